# Maintainer targets. Day-to-day work goes through scripts/dev.sh (run, test); this file only
# adds packaging. Name and version come from pyproject.toml (see installer/letapis.spec).
.PHONY: translations dist selftest clean-dist

# resources/i18n/*.qm from the .ts sources (the same step `dev.sh run|test` performs).
translations:
	bash scripts/dev.sh translations

# Linux one-folder build (dist/letapis/) and tarball; see README "Build installers".
dist: translations
	bash installer/linux/build.sh

# The frozen build's end-to-end check (CI runs it after `make dist`).
selftest:
	dist/letapis/letapis --self-test

clean-dist:
	rm -rf dist build/pyinstaller
