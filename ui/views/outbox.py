"""The outbox: every email with its state and the server's words; retry and cancel.

Retrying sends at once on the TaskRunner (never on the GUI thread), with the same Message-ID.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.messages_outbox import outbox_error_text
from ui.i18n import current_language, error_message

PAGE = 500  # the outbox of one business stays small; older rows are reachable with offset later


class OutboxView(QWidget):
    """Needs `services.outbox` (OutboxService). Emits `changed` after a retry/cancel/mark-sent."""

    changed = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.entries: list[Any] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fecha"), self.tr("Estado"), self.tr("Para"), self.tr("Asunto"), self.tr("Error")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.retry_button = QPushButton(self.tr("Reintentar"))
        self.cancel_button = QPushButton(self.tr("Cancelar envío"))
        self.mark_sent_button = QPushButton(self.tr("Marcar como enviado"))
        self.mark_sent_button.setToolTip(self.tr("Solo si ha comprobado que el mensaje llegó"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.mark_sent_button.clicked.connect(self.mark_sent_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.cancel_button, self.mark_sent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_buttons()
        self.refresh()

    def state_label(self, state: str) -> str:
        return {
            "queued": self.tr("En cola"),
            "sending": self.tr("Enviando"),
            "sent": self.tr("Enviado"),
            "failed": self.tr("Fallido"),
            "unknown": self.tr("Desconocido"),
            "cancelled": self.tr("Cancelado"),
        }.get(state, state)

    @staticmethod
    def error_text(entry: Any) -> str:
        """Why it did not go out, in the user's language; the server's reply only as a detail."""
        return outbox_error_text(entry, current_language()) if entry.state != "sent" else ""

    def refresh(self) -> None:
        self.runner.submit(lambda: self.services.outbox.list(limit=PAGE), self._show, self._failed)

    def _show(self, entries: list[Any]) -> None:
        self.entries = list(entries)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (
                entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self.state_label(entry.state),
                entry.to,
                entry.subject,
                self.error_text(entry),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        state = entry.state if (entry := self.selected()) else ""
        self.retry_button.setEnabled(state in ("failed", "unknown", "queued"))
        self.cancel_button.setEnabled(state in ("failed", "unknown", "queued"))
        self.mark_sent_button.setEnabled(state == "unknown")

    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        outbox = self.services.outbox

        def work() -> Any:
            outbox.retry(entry.id)
            return outbox.deliver([entry.id])[0]

        self._run(work)

    def cancel_selected(self) -> None:
        if (entry := self.selected()) is not None:
            self._run(lambda: self.services.outbox.cancel(entry.id))

    def mark_sent_selected(self) -> None:
        if (entry := self.selected()) is not None:
            self._run(lambda: self.services.outbox.mark_sent(entry.id))

    def _run(self, work: Any) -> None:
        self.status.setText(self.tr("Un momento…"))
        for button in (self.retry_button, self.cancel_button, self.mark_sent_button):
            button.setEnabled(False)
        self.runner.submit(work, self._done, self._failed)

    def _done(self, entry: Any) -> None:
        error = self.error_text(entry)
        self.status.setText(self.state_label(entry.state) + (f": {error}" if error else ""))
        self.changed.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))
        self._update_buttons()
