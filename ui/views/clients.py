"""Clients: a lazily loaded, searchable table; the client page shows their invoices and totals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.parties import Client
from facturas_app.storage.api import ListSummary
from ui.models.client_list import ClientListModel
from ui.models.invoice_list import InvoiceFilters, InvoiceListModel
from ui.views import SearchBox, configure_table, show_error
from ui.views.client_dialog import ClientDialog
from ui.widgets.money import format_money


class ClientsView(QWidget):
    open_invoice_requested = Signal(str)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.model = ClientListModel(services, runner, parent=self)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.search = SearchBox(self.tr("Buscar por nombre, NIF, ciudad o correo…"))
        self.search.searched.connect(self.model.set_text)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=0, sort_column=0)
        self.table.doubleClicked.connect(self._open_page)
        add = QPushButton(self.tr("Nuevo cliente"))
        add.clicked.connect(self.add_client)
        edit = QPushButton(self.tr("Editar"))
        edit.clicked.connect(self.edit_selected)
        page = QPushButton(self.tr("Ficha y facturas"))
        page.clicked.connect(lambda: self._open_page(self.table.currentIndex()))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (add, edit, page):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Clientes</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def add_client(self) -> Client | None:
        dialog = ClientDialog(self.services, self.runner, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.reload()
            return dialog.saved_client
        return None

    def edit_selected(self) -> None:
        client = self.model.client_at(self.table.currentIndex().row())
        if client is None:
            return
        dialog = ClientDialog(self.services, self.runner, client, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.reload()

    def _open_page(self, index: QModelIndex) -> None:
        client = self.model.client_at(index.row())
        if client is not None:
            page = ClientPage(self.services, self.runner, client, self)
            page.open_invoice_requested.connect(self.open_invoice_requested)
            page.open()


class ClientPage(QDialog):
    """The client's details, every invoice of theirs and the totals (services.invoices.summarize)."""

    open_invoice_requested = Signal(str)

    def __init__(self, services: Any, runner: Any, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(client.name)
        self.resize(860, 560)
        details = QLabel(self._details(client))
        details.setWordWrap(True)
        self.totals = QLabel()
        self.model = InvoiceListModel(services, runner, parent=self)
        self.model.summary_changed.connect(self._show_summary)
        table = QTableView()
        table.setModel(self.model)
        configure_table(table, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(lambda i: self._open(i.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(details)
        layout.addWidget(table)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.model.set_filters(InvoiceFilters(client_id=client.id))

    def _details(self, client: Client) -> str:
        lines = [
            f"<h2>{client.name}</h2>",
            client.tax_id,
            " ".join(p for p in (client.address, client.postal_code, client.city) if p),
            client.email,
        ]
        return "<br>".join(line for line in lines if line)

    def _show_summary(self, summary: ListSummary) -> None:
        self.totals.setText(
            self.tr("%n factura(s) · Facturado: {0} · Pendiente: {1}", "", summary.count).format(
                format_money(summary.total), format_money(summary.outstanding)
            )
        )

    def _open(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self.open_invoice_requested.emit(item.id)
            self.accept()
