"""Quotes and proformas: the list (expired flagged), send, accept (→ draft invoice) and reject.

Editing uses the invoice editor: `open_requested(id)` asks the shell to open the document in
InvoiceEditorView.open_invoice (it keeps the doc_type); `new_requested(doc_type)` asks for a new one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import error_message
from ui.views.sales_models import RowsModel
from ui.widgets.money import format_date, format_money


class QuotesView(QWidget):
    open_requested = Signal(str)  # quote id: open it in the invoice editor
    new_requested = Signal(str)  # doc_type ('quote' or 'proforma'): a new one in the editor
    invoice_created = Signal(str)  # the draft invoice an accepted quote became
    changed = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.items: list[Any] = []
        self.model = RowsModel(
            [
                self.tr("Número"),
                self.tr("Tipo"),
                self.tr("Cliente"),
                self.tr("Fecha"),
                self.tr("Válido hasta"),
                self.tr("Total"),
                self.tr("Estado"),
            ],
            self,
        )
        self.model.alignments[5] = Qt.AlignmentFlag.AlignRight
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.show_proformas = QCheckBox(self.tr("Incluir proformas"), self)
        self.show_proformas.setChecked(True)
        self.show_proformas.toggled.connect(lambda _on: self.refresh())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("new", self.tr("Nuevo presupuesto"), lambda: self.new_requested.emit("quote")),
            ("new_proforma", self.tr("Nueva proforma"), lambda: self.new_requested.emit("proforma")),
            ("open", self.tr("Abrir"), self.open_selected),
            ("send", self.tr("Enviar…"), self.send_selected),
            ("accept", self.tr("Aceptado → factura"), self.accept_selected),
            ("reject", self.tr("Rechazado…"), self.ask_reject),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.show_proformas)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        self.refresh()

    # ----- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        include = self.show_proformas.isChecked()
        self.runner.submit(
            lambda: self.services.quotes.list(include_proformas=include), self._show, self._failed
        )

    def state_text(self, item: Any) -> str:
        row = item.row
        if row.outcome == "accepted":
            return self.tr("Aceptado")
        if row.outcome == "rejected":
            return self.tr("Rechazado")
        if item.expired:
            return self.tr("Caducado")
        return {"draft": self.tr("Borrador"), "issued": self.tr("Emitido"), "sent": self.tr("Enviado")}.get(
            row.status, row.status
        )

    def _show(self, items: list[Any]) -> None:
        self.items = items
        rows = [
            (
                i.row.number or "—",
                self.tr("Proforma") if i.row.doc_type == "proforma" else self.tr("Presupuesto"),
                i.row.client_name,
                format_date(i.row.issue_date),
                format_date(i.row.valid_until),
                format_money(i.row.total),
                self.state_text(i),
            )
            for i in items
        ]
        self.model.set_rows(rows, [i.row.id for i in items])
        self._update_buttons()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def select_id(self, quote_id: str) -> None:
        for row, item in enumerate(self.items):
            if item.row.id == quote_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        item = self.selected()
        undecided = item is not None and item.row.outcome is None
        self.buttons["open"].setEnabled(item is not None)
        self.buttons["send"].setEnabled(undecided and item.row.doc_type == "quote")
        self.buttons["accept"].setEnabled(undecided)
        self.buttons["reject"].setEnabled(undecided)

    # ----- actions --------------------------------------------------------------------------------
    def open_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_requested.emit(item.row.id)

    def send_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.runner.submit(lambda: self.services.quotes.send(item.row.id), self._sent, self._failed)

    def _sent(self, entry: Any) -> None:
        text = self.tr("Enviado a %1") if entry.state == "sent" else self.tr("No enviado (%1)")
        self.status.setText(text.replace("%1", entry.to if entry.state == "sent" else entry.state))
        self._done()

    def accept_selected(self, note: str = "") -> None:
        item = self.selected()
        if item is not None:
            self.runner.submit(
                lambda: self.services.quotes.accept(item.row.id, note=note), self._accepted, self._failed
            )

    def _accepted(self, invoice: Any) -> None:
        self.status.setText(self.tr("Convertido en factura borrador"))
        self.invoice_created.emit(invoice.id)
        self._done()

    def ask_reject(self) -> None:
        note, ok = QInputDialog.getText(self, self.tr("Presupuesto rechazado"), self.tr("Motivo (opcional):"))
        if ok:
            self.reject_selected(note)

    def reject_selected(self, note: str = "") -> None:
        item = self.selected()
        if item is not None:
            self.runner.submit(
                lambda: self.services.quotes.reject(item.row.id, note), lambda _d: self._done(), self._failed
            )

    def _done(self) -> None:
        self.changed.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_message(exc))
