#!/usr/bin/env bash
# Linux build, called by `make dist`: the PyInstaller one-folder build in dist/letapis/ plus a
# tarball dist/letapis-VERSION-linux-ARCH.tar.gz holding that folder, the .desktop file, the
# icon and install-desktop-entry.sh. Expects .venv (make dist runs `scripts/dev.sh translations`
# first, which creates it and builds the .qm files).
set -euo pipefail
cd "$(dirname "$0")/../.."
py=.venv/bin/python
[ -x .venv/bin/pyinstaller ] || "$py" -m pip install -q -e '.[dist]'
read -r name version < <("$py" -c 'import tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
print(p["name"], p["version"])')
app="dist/$name"

rm -rf "$app"
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/letapis.spec
install -m 644 installer/linux/letapis.desktop "$app/letapis.desktop"
install -m 644 resources/icons/letapis-256.png "$app/letapis.png"
install -m 755 installer/linux/install-desktop-entry.sh "$app/install-desktop-entry.sh"

tarball="dist/$name-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$tarball" "$name"
unpacked=$(du -s --apparent-size --block-size=1 "$app" | cut -f1)
echo "Built $app: $((unpacked / 1000000)) MB unpacked ($((unpacked / 1048576)) MiB)"
echo "Built $tarball: $(($(stat -c %s "$tarball") / 1000000)) MB"
