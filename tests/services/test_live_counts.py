"""The status bar's counts: the narrowed query must agree with the full one."""

from __future__ import annotations

from app.services.stats import live_counts
from tests.services.rich_vault import build_rich_vault


def test_only_counts_the_named_tables_and_agrees_with_the_full_count(vault):
    build_rich_vault(vault)
    full = live_counts(vault)
    narrow = live_counts(vault, only=("persons", "cases", "charges"))
    assert set(narrow) == {"persons", "cases", "charges"}
    assert narrow == {name: full[name] for name in narrow}
    assert narrow["persons"] > 0 and narrow["charges"] > 0
    assert "ops" in full and full["ops"] > 0
