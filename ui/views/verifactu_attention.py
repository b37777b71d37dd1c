"""The dashboard's VERI*FACTU warning: records AEAT rejected, or that have waited over an hour for
its answer. Hidden while there is nothing to act on; read on the worker like every other figure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

BANNER_STYLE = (
    "QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #e0a39c;"
    " border-radius: 4px; padding: 8px; }"
)


class VerifactuAttention(QLabel):
    """`settings_requested` when the user follows the link to the sending settings."""

    settings_requested = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.linkActivated.connect(lambda _link: self.settings_requested.emit())
        self.hide()

    def refresh(self) -> None:
        self.runner.submit(self.services.verifactu.attention, self.show_attention, lambda _exc: None)

    def show_attention(self, attention: Any) -> None:
        self.setText(self.message(attention.rejected, attention.pending_over_an_hour))
        self.setVisible(attention.needed)

    def message(self, rejected: int, waiting: int) -> str:
        parts = []
        if rejected:
            parts.append(
                self.tr(
                    "La AEAT ha rechazado %n registro(s): abra la factura, corrija el dato"
                    " y pulse «Subsanar y reenviar».", "", rejected
                )
            )  # fmt: skip
        if waiting:
            parts.append(
                self.tr(
                    "%n registro(s) sin respuesta de la AEAT desde hace más de una hora.",
                    "",
                    waiting,
                )
            )  # fmt: skip
        link = '<a href="#verifactu">' + self.tr("Ver el envío a la AEAT") + "</a>"
        return "<b>VERI*FACTU</b> · " + " ".join(parts) + " " + link
