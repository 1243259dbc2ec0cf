from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.tasks import wait_idle


@pytest.fixture(autouse=True)
def _drain_background_tasks(qtbot):
    """Finish queued work and deliver its results while this test's widgets still exist."""
    yield
    wait_idle()
    QApplication.processEvents()
