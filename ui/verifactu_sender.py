"""The open app sends pending VERI*FACTU records by itself: once after start, then every minute,
and right after an invoice is issued or cancelled in the window. Always on the TaskRunner (a worker
thread, never the GUI thread); `send_if_due` never raises and waits for AEAT's TiempoEsperaEnvio."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("facturas.ui.verifactu")
MINUTE_MS = 60 * 1000


class VerifactuBackgroundSender(QObject):
    """`sent(report_or_None)` after each try; `busy` while one runs (a second request is folded in)."""

    sent = Signal(object)

    def __init__(self, services: Any, runner: Any, parent: QObject | None = None,
                 interval_ms: int = MINUTE_MS) -> None:  # fmt: skip
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.busy = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.send_now)

    def start(self) -> None:
        self.send_now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def send_now(self, *_args: Any) -> None:
        """Ask for a send; while one is running, one more follows it."""
        if self.busy:
            self._again = True
            return
        self.busy = True
        sending = self.services.verifactu_sending
        self.runner.submit(lambda: sending.send_if_due(), self._done, self._failed)

    def _done(self, report: Any) -> None:
        self.busy = False
        self.sent.emit(report)
        if self._again:
            self._again = False
            self.send_now()

    def _failed(self, exc: BaseException) -> None:  # send_if_due never raises; belt and braces
        log.warning("VERI*FACTU background send failed: %r", exc)
        self._done(None)


def report_changed_something(report: Any) -> bool:
    if report is None:
        return False
    return bool(report.delivered or report.rejected or report.duplicates or report.in_doubt)
