"""A client's timeline widget: quotes, invoices, emails, payments, reminders, feedback and notes,
oldest first, with a box to add a free note. Meant for the client's page (set_client)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from ui.i18n import error_message
from ui.views.sales_models import RowsModel
from ui.widgets.money import format_date


class TimelineView(QWidget):
    note_added = Signal(str)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.client_id: str | None = None
        self.items: list[Any] = []
        self.model = RowsModel(
            [self.tr("Fecha"), self.tr("Tipo"), self.tr("Documento"), self.tr("Detalle")], self
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Escriba una nota (llamada, reunión, acuerdo…)"))
        self.add_button = QPushButton(self.tr("Añadir nota"), self)
        self.add_button.clicked.connect(self.add_note)
        self.note.returnPressed.connect(self.add_note)
        self.status = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self._enable()

    def category_text(self, category: str) -> str:
        return {
            "quote": self.tr("Presupuesto"),
            "invoice": self.tr("Factura"),
            "email": self.tr("Correo"),
            "payment": self.tr("Cobro"),
            "reminder": self.tr("Recordatorio"),
            "feedback": self.tr("Opinión"),
            "note": self.tr("Nota"),
        }.get(category, self.tr("Otro"))

    def detail_text(self, item: Any) -> str:
        text = str(item.summary)
        if item.category == "feedback" and item.details:
            text = f"{'★' * int(item.details.get('rating', 0))} {item.summary}".strip()
        if getattr(item, "done_by", ""):  # office mode (#22): who did it
            text = self.tr("%1 · por %2").replace("%1", text).replace("%2", item.done_by)
        return text

    def set_client(self, client_id: str | None) -> None:
        self.client_id = client_id
        self._enable()
        self.refresh()

    def _enable(self) -> None:
        self.note.setEnabled(self.client_id is not None)
        self.add_button.setEnabled(self.client_id is not None)

    def refresh(self) -> None:
        if self.client_id is None:
            self._show([])
            return
        client_id = self.client_id
        self.runner.submit(lambda: self.services.timeline.for_client(client_id), self._show, self._failed)

    def _show(self, items: list[Any]) -> None:
        self.items = items
        rows = [
            (format_date(i.date), self.category_text(i.category), i.number or "", self.detail_text(i))
            for i in items
        ]
        self.model.set_rows(rows, [i.seq for i in items])
        if rows:
            self.table.scrollToBottom()  # the newest at hand

    def add_note(self) -> None:
        text = self.note.text().strip()
        if self.client_id is None or not text:
            return
        client_id = self.client_id
        self.runner.submit(
            lambda: self.services.timeline.add_note(client_id, text), self._noted, self._failed
        )

    def _noted(self, item: Any) -> None:
        self.note.clear()
        self.status.clear()
        self.note_added.emit(item.summary)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))
