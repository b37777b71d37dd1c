"""Run service calls off the GUI thread; results come back on the GUI thread through signals.

Workers never touch widgets: they return values. Tests swap in `SynchronousRunner`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("facturas.ui.workers")

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; queued signal delivery hops the result back to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # reported to the GUI, never swallowed
            self._emit("failed", exc)
            return
        self._emit("succeeded", result)

    def _emit(self, signal_name: str, value: Any) -> None:
        try:
            getattr(self.relay, signal_name).emit(value)
        except RuntimeError:  # the app is shutting down and the receiver is gone: nobody to tell
            log.debug("result dropped: its receiver was deleted")


class TaskRunner(QObject):
    """Runs callables on a QThreadPool and calls back on the GUI thread."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def submit(
        self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        @Slot(object)
        def done(result: Any) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(result)

        @Slot(object)
        def failed(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed: %r", exc)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        self.pool.start(_Job(fn, relay))

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)


class SynchronousRunner(TaskRunner):
    """For tests: runs the callable at once on the calling thread."""

    def submit(
        self, fn: Callable[[], Any], on_done: Callback | None = None, on_error: ErrorCallback | None = None
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)
