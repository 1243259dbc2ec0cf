"""The one background-work helper (the Picard/Anki pattern).

``run_in_background(fn, on_done, on_error)`` runs ``fn`` off the GUI thread and delivers the
result back on the GUI thread. Database work goes through ONE serial lane (a pool of one thread),
so SQLite is never used from two threads at once and writes are naturally ordered; CPU-only work
such as the KDF may use the general lane.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_db_lane: QThreadPool | None = None
_live: set[_Task] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to on_error on the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def db_lane() -> QThreadPool:
    global _db_lane
    if _db_lane is None:
        _db_lane = QThreadPool()
        _db_lane.setMaxThreadCount(1)
        _db_lane.setExpiryTimeout(-1)
    return _db_lane


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    lane: str = "db",
    owner: QObject | None = None,
) -> None:
    """``owner``: a widget or model whose deletion (window closed, vault locked) makes the
    result moot; callbacks are then skipped instead of touching a deleted C++ object."""
    if owner is None:  # a bound method of a widget: that widget owns the result
        candidate = getattr(on_done, "__self__", None)
        owner = candidate if isinstance(candidate, QObject) else None
    task = _Task(fn)
    _live.add(task)

    def gone() -> bool:
        return owner is not None and not shiboken6.isValid(owner)

    def finished(result: Any) -> None:
        _live.discard(task)
        if on_done is not None and not gone():
            on_done(result)

    def failed(exc: BaseException) -> None:
        _live.discard(task)
        if gone():
            return
        if on_error is not None:
            on_error(exc)
        else:
            raise exc

    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    pool = db_lane() if lane == "db" else QThreadPool.globalInstance()
    pool.start(task)


def wait_idle(timeout_ms: int = 30000) -> bool:
    """Block until queued background work is finished (tests, shutdown, locking)."""
    ok = db_lane().waitForDone(timeout_ms)
    return QThreadPool.globalInstance().waitForDone(timeout_ms) and ok
