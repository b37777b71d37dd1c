"""Invoices: the lazy SQL-backed list with filters, totals of the filtered set and a context menu."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QPoint, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow, ListSummary
from ui.models.invoice_list import InvoiceFilters, InvoiceListModel
from ui.models.invoice_list_columns import COL_VERIFACTU
from ui.views import SearchBox, configure_table, enable_with_selection, show_error
from ui.views.draft_delete import confirm_delete_draft
from ui.views.einvoice_list_menu import EInvoiceMenu
from ui.widgets.money import format_money

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date edits means "no limit"


def _date_edit(placeholder: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(placeholder)
    edit.setDate(NO_DATE)
    return edit


def _date_value(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else edit.date().toPython()


class ClientPicker(SearchBox):
    """Client filter: the completer asks the services at every keystroke (never all clients at once)
    and shows what the folded search found ("sanchez" offers "Sánchez": Qt's own contains-filter
    would hide it, it does not fold accents); an answer to an older text is dropped."""

    client_chosen = Signal(object)  # client id or None

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cliente…"), parent)
        self.services, self.runner = services, runner
        self.ids: dict[str, str] = {}
        self.names = QStringListModel(self)
        self.generation = 0
        completer = QCompleter(self.names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(lambda name: self.client_chosen.emit(self.ids.get(name)))
        self.setCompleter(completer)
        self.textEdited.connect(lambda text: self._search(text.strip()))

    def _search(self, text: str) -> None:
        if not text:
            self.client_chosen.emit(None)
            return
        # archived clients too: their invoices stay in the list (issue #18)
        search = self.services.clients.list
        self.generation += 1
        generation = self.generation
        self.runner.submit(
            lambda: search(text, 20, include_archived=True), lambda found: self._found(generation, found)
        )

    def _found(self, generation: int, clients: list[Any]) -> None:
        if generation != self.generation:
            return
        self.ids = {c.name: c.id for c in clients}
        self.names.setStringList(list(self.ids))
        if clients and self.text().strip():
            self.completer().complete()  # this keystroke's answer, now


class InvoicesView(QWidget):
    open_invoice_requested = Signal(str)
    new_invoice_requested = Signal()
    mail_settings_requested = Signal()  # from the send dialog: "Ajustes › Correo"
    sent = Signal()  # an invoice was emailed (its status changed)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.footer = QLabel()
        self.model = InvoiceListModel(services, runner, parent=self, show_verifactu=True)
        self.model.summary_changed.connect(self._show_summary)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.status = QComboBox()
        self.status.addItem(self.tr("Todos los estados"), None)
        for status, label in self._filter_names().items():
            self.status.addItem(label, status.value)  # Qt stores plain strings
        self.client = ClientPicker(services, runner)
        self.client_id: str | None = None
        self.date_from, self.date_to = _date_edit(self.tr("Desde")), _date_edit(self.tr("Hasta"))
        self.search = SearchBox(self.tr("Buscar número, cliente, concepto…"))
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._build()
        self._connect_filters()
        self.apply_filters()
        self._show_verifactu_column(False)  # until the worker says the business keeps records
        runner.submit(services.verifactu.enabled, self._show_verifactu_column, lambda _exc: None)

    def _filter_names(self) -> dict[Status, str]:
        """A filter names the invoices it lists: «Borradores», not the status «Borrador»."""
        return {
            Status.DRAFT: self.tr("Borradores"),
            Status.ISSUED: self.tr("Emitidas"),
            Status.SENT: self.tr("Enviadas"),
            Status.PARTIALLY_PAID: self.tr("Con cobro parcial"),
            Status.PAID: self.tr("Cobradas"),
            Status.OVERDUE: self.tr("Vencidas"),
            Status.CANCELLED: self.tr("Anuladas"),
        }

    def _show_verifactu_column(self, shown: bool) -> None:
        self.table.setColumnHidden(self.model.columns.index(COL_VERIFACTU), not shown)

    def _build(self) -> None:
        new = QPushButton(self.tr("Nueva factura"))
        new.clicked.connect(self.new_invoice_requested)
        self.send_button = QPushButton(self.tr("Enviar por email…"))
        self.send_button.clicked.connect(self.send_selected)
        enable_with_selection(self.table, self.send_button)
        self.delete_button = QPushButton(self.tr("Eliminar borrador…"))  # issue #18
        self.delete_button.clicked.connect(lambda: self.delete_draft(self._selected_row()))
        enable_with_selection(self.table, self.delete_button, when=self._selected_is_draft)
        self.export_button = QPushButton(self.tr("Exportar PDF de todas…"))
        self.export_button.clicked.connect(self.export_all)
        self.einvoice_button = QPushButton(self.tr("Factura electrónica"))  # UBL / Facturae (#20)
        self.einvoice_menu = EInvoiceMenu(self.services, self.runner, self._selected_row, self)
        self.einvoice_button.setMenu(self.einvoice_menu)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.status, self.client, self.date_from, self.date_to):
            filters.addWidget(widget)
        filters.setStretchFactor(self.client, 1)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<h2>Facturas</h2>")))
        header.addStretch(1)
        for button in (new, self.send_button, self.delete_button, self.export_button, self.einvoice_button):
            header.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.footer)

    def _connect_filters(self) -> None:
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.date_from.dateChanged.connect(lambda _d: self.apply_filters())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filters())
        self.search.searched.connect(lambda _t: self.apply_filters())
        self.client.client_chosen.connect(self._client_chosen)

    def _client_chosen(self, client_id: str | None) -> None:
        self.client_id = client_id
        self.apply_filters()

    def filters(self) -> InvoiceFilters:
        status = Status(self.status.currentData()) if self.status.currentData() else None
        return InvoiceFilters(
            statuses=(status,),
            client_id=self.client_id,
            date_from=_date_value(self.date_from),
            date_to=_date_value(self.date_to),
            text=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self.footer.setText(self.tr("Cargando…"))
        self.model.set_filters(self.filters())

    def refresh(self) -> None:
        self.model.refresh()  # keeps the scroll position and selection

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_summary(self, summary: ListSummary) -> None:
        self.footer.setText(
            self.tr("%n factura(s) · Total: {0} · Pendiente: {1}", "", summary.count).format(
                format_money(summary.total), format_money(summary.outstanding)
            )
        )

    def _open_row(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self.open_invoice_requested.emit(item.id)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.model.row_at(self.table.indexAt(pos).row())
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Abrir"), lambda: self.open_invoice_requested.emit(item.id))
        menu.addAction(self.tr("Duplicar"), lambda: self.duplicate(item.id))
        issue = menu.addAction(self.tr("Emitir…"), lambda: self.issue(item.id))
        issue.setEnabled(item.status is Status.DRAFT)
        send = menu.addAction(self.tr("Enviar por email…"), lambda: self.send(item.id))
        send.setEnabled(item.status is not Status.CANCELLED)
        delete = menu.addAction(self.tr("Eliminar borrador…"), lambda: self.delete_draft(item))
        delete.setEnabled(item.status is Status.DRAFT)
        menu.addSeparator()
        menu.addAction(self.tr("Exportar PDF de todas…"), self.export_all)
        menu.addMenu(self.einvoice_menu).setText(self.tr("Factura electrónica"))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def send_selected(self) -> QWidget | None:
        selected = self.table.selectionModel().selectedRows()
        item = self.model.row_at(selected[0].row() if selected else self.table.currentIndex().row())
        if item is None:
            QMessageBox.information(self, self.tr("Enviar por email"), self.tr("Seleccione una factura."))
            return None
        return self.send(item.id)

    def send(self, invoice_id: str) -> QWidget | None:
        """The send dialog (another module; a build without it says so instead of failing)."""
        try:
            from ui.views.send_dialog import SendDialog
        except ImportError:
            QMessageBox.information(
                self, self.tr("Enviar por email"), self.tr("El envío por email no está disponible.")
            )
            return None
        dialog = SendDialog(self.services, self.runner, invoice_id, self)
        dialog.finished_sending.connect(lambda _entry: (self.model.refresh(), self.sent.emit()))
        dialog.mail_settings_requested.connect(self.mail_settings_requested)
        dialog.open()
        return dialog

    def export_all(self) -> QWidget | None:
        try:
            from ui.views.batch_export import BatchExportDialog
        except ImportError:
            return None
        dialog = BatchExportDialog(self.services, self.runner, self)
        dialog.run()
        return dialog

    def duplicate(self, invoice_id: str) -> None:
        self.runner.submit(
            lambda: self.services.invoices.duplicate(invoice_id),
            lambda saved: (self.model.refresh(), self.open_invoice_requested.emit(saved.invoice.id)),
            lambda exc: show_error(self, exc),
        )

    def _selected_row(self) -> InvoiceListRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected_is_draft(self) -> bool:
        item = self._selected_row()
        return item is not None and item.status is Status.DRAFT

    def delete_draft(self, item: InvoiceListRow | None) -> None:
        """Only a draft (an issued invoice is cancelled or rectified); asks first, naming it."""
        if item is None or item.status is not Status.DRAFT:
            return
        if confirm_delete_draft(self, item):
            self.runner.submit(
                lambda: self.services.invoices.delete_draft(item.id),
                lambda _r: self.model.refresh(),
                lambda exc: show_error(self, exc),
            )

    def issue(self, invoice_id: str, confirm: bool = True) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Emitir factura"),
                self.tr("Al emitirla se le asigna número y ya no se podrá modificar. ¿Emitir la factura?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runner.submit(
            lambda: self.services.invoices.issue(invoice_id),
            lambda _inv: self.model.refresh(),
            lambda exc: show_error(self, exc),
        )
