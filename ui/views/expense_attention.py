"""The dashboard's line on received invoices waiting for our answer (#21, RD 238/2026: accepted or
rejected within four days of receipt): how many, the nearest deadline, in red when some are late.
Hidden while there is nothing to answer; read on the worker (services.dashboard.responses_due, one
SQL count). A click opens the Gastos view on the received ones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.views.verifactu_attention import BANNER_STYLE as LATE_STYLE
from ui.widgets.money import format_date

IN_TIME_STYLE = (
    "QLabel { background: #fff6dd; color: #5c4400; border: 1px solid #e5cf8f;"
    " border-radius: 4px; padding: 4px 8px; }"
)
LATE_LINE_STYLE = LATE_STYLE.replace("padding: 8px", "padding: 4px 8px")  # one line, beside the title


class ExpenseAttention(QLabel):
    """`open_requested` when the user clicks the line (or its link): the received invoices' list."""

    open_requested = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.late = False
        self._link_followed = False
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.linkActivated.connect(self._follow_link)
        self.hide()

    def refresh(self) -> None:
        self.runner.submit(self.services.dashboard.responses_due, self.show_due, lambda _exc: None)

    def show_due(self, due: Any) -> None:
        self.late = due.late > 0
        self.setStyleSheet(LATE_LINE_STYLE if self.late else IN_TIME_STYLE)
        self.setText(self.message(due.count, due.nearest_due, due.late))
        self.setVisible(due.count > 0)

    def message(self, count: int, nearest: Any, late: int) -> str:
        if count == 1:
            waiting = self.tr("1 factura recibida por responder")
        else:
            waiting = self.tr("%1 facturas recibidas por responder").replace("%1", _count(count))
        parts = ["<b>" + waiting + "</b>"]
        if late:  # the nearest deadline is then the oldest one, already past
            parts.append(self.tr("%1 fuera de plazo").replace("%1", _count(late)))
            parts.append(self.tr("el más antiguo venció el %1").replace("%1", format_date(nearest)))
        elif nearest is not None:
            parts.append(self.tr("plazo más próximo: %1").replace("%1", format_date(nearest)))
        link = '<a href="#expenses">' + self.tr("Ver facturas recibidas") + "</a>"
        return " · ".join(parts) + " " + link

    def _follow_link(self, _link: str) -> None:
        self._link_followed = True
        self.open_requested.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on the line opens the list too (once: the link may have done it)."""
        self._link_followed = False
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self._link_followed:
            self.open_requested.emit()


def _count(number: int) -> str:
    from babel.numbers import format_decimal

    from ui.i18n import babel_locale

    return str(format_decimal(number, locale=babel_locale()))
