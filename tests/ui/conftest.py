from __future__ import annotations

import pytest

from app.ui.tasks import wait_idle


@pytest.fixture(autouse=True)
def _drain_background_tasks(qtbot):
    yield
    wait_idle()
