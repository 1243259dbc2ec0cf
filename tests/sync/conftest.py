"""Fixtures for sync tests: a three-device team (plus an outsider) on fresh copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    created = make_team(tmp_path)
    yield created
    created.close()
