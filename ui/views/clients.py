"""Clients: a lazily loaded, searchable table; the client page shows their invoices and totals."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from babel.numbers import format_decimal
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.parties import Client
from facturas_app.storage.api import ListSummary
from ui.i18n import babel_locale
from ui.models.client_list import ClientListModel
from ui.models.invoice_list import COL_CLIENT, COL_STATUS, InvoiceFilters, InvoiceListModel
from ui.views import SearchBox, configure_table, enable_with_selection, show_error, show_status
from ui.views.archive_actions import ClientArchiveActions
from ui.views.client_dialog import ClientDialog
from ui.widgets.money import format_money, format_one_decimal


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
        self.edit_button, self.page_button = edit, page
        enable_with_selection(self.table, edit, page)
        # Eliminar / Archivar / Desarchivar and «Mostrar archivados» (issue #18)
        self.archive = ClientArchiveActions(services, runner, self.table, self.model.client_at, self.refresh)
        self.archive.show_archived.toggled.connect(self.model.set_include_archived)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for button in (add, edit, page, self.archive):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Clientes</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.page: ClientPage | None = None
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def add_client(self) -> Client | None:
        dialog = ClientDialog(self.services, self.runner, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()
            return dialog.saved_client
        return None

    def _saved(self) -> None:
        self.model.reload()
        show_status(self, self.tr("Cliente guardado"))

    def edit_selected(self) -> None:
        client = self.model.client_at(self.table.currentIndex().row())
        if client is None:
            return
        dialog = ClientDialog(self.services, self.runner, client, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved()

    def _open_page(self, index: QModelIndex) -> None:
        client = self.model.client_at(index.row())
        if client is not None:
            page = ClientPage(self.services, self.runner, client, self)
            page.open_invoice_requested.connect(self.open_invoice_requested)
            page.client_changed.connect(lambda _c: self.model.reload())
            page.open()
            self.page = page  # the latest page (tests and screenshots reach it here)


class ClientPage(QDialog):
    """The client's details, average days to pay and reminders opt-out; tabs with every invoice of
    theirs (with totals), their timeline (with notes) and their feedback (with a rating form)."""

    open_invoice_requested = Signal(str)
    client_changed = Signal(object)

    def __init__(self, services: Any, runner: Any, client: Client, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.views.feedback import FeedbackView
        from ui.views.timeline import TimelineView

        self.services, self.runner, self.client = services, runner, client
        self.setWindowTitle(client.name)
        self.resize(980, 680)
        details = QLabel(self._details(client))
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days_to_pay = QLabel(self.tr("Días medios de cobro: …"))
        self.reminders_paused = QCheckBox(self.tr("No enviarle recordatorios de pago"))
        self.reminders_paused.setChecked(client.reminders_paused)
        self.reminders_paused.toggled.connect(self._pause_reminders)
        self.totals = QLabel()
        self.model = InvoiceListModel(services, runner, parent=self)
        self.model.summary_changed.connect(self._show_summary)
        table = QTableView()
        table.setModel(self.model)
        # the client column is hidden (always this client): the status column takes the free width
        configure_table(
            table, stretch_column=COL_STATUS, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder
        )
        table.doubleClicked.connect(lambda i: self._open(i.row()))
        table.setColumnHidden(COL_CLIENT, True)
        self.timeline = TimelineView(services, runner, self)
        self.feedback = FeedbackView(services, runner, self)
        _client_only(self.feedback)
        self.rating = QLabel()
        self.feedback.recorded.connect(lambda _id: (self.timeline.refresh(), self._load_rating()))
        self.tabs = QTabWidget()
        self.tabs.addTab(_column(table, self.totals), self.tr("Facturas"))
        self.tabs.addTab(self.timeline, self.tr("Historial"))
        self.tabs.addTab(self.feedback, self.tr("Opiniones"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(self.days_to_pay)
        side.addWidget(self.rating)
        side.addWidget(self.reminders_paused)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(details, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.model.set_filters(InvoiceFilters(client_id=client.id))
        self.timeline.set_client(client.id)
        self.feedback.set_client(client.id)
        runner.submit(lambda: services.aging.client_days_to_pay(client.id), self._show_days, self._failed)
        self._load_rating()

    def _load_rating(self) -> None:
        client_id, feedback = self.client.id, self.services.feedback
        self.runner.submit(
            lambda: next((a for a in feedback.averages_by_client() if a.key == client_id), None),
            self._show_rating,
            self._failed,
        )

    def _show_rating(self, average: Any) -> None:
        if average is None:
            self.rating.setText(self.tr("Valoración media: sin opiniones"))
            return
        value = format_decimal(average.average, format="0.0", locale=babel_locale())
        text = self.tr("Valoración media: %1 ★ (%2)").replace("%1", str(value))
        self.rating.setText(text.replace("%2", str(average.count)))

    def _details(self, client: Client) -> str:
        lines = [
            f"<h2>{html.escape(client.name)}</h2>",
            client.tax_id,
            " ".join(p for p in (client.address, client.postal_code, client.city) if p),
            client.email,
        ]
        return "<br>".join(html.escape(line) if i else line for i, line in enumerate(lines) if line)

    def _show_days(self, days: Decimal | None) -> None:
        if days is None:
            self.days_to_pay.setText(self.tr("Días medios de cobro: sin cobros todavía"))
        else:
            value = format_one_decimal(days)  # as the aging table writes the same figure
            self.days_to_pay.setText(self.tr("Días medios de cobro: %1").replace("%1", value))

    def _pause_reminders(self, paused: bool) -> None:
        client_id = self.client.id
        self.runner.submit(
            lambda: self.services.clients.set_reminders_paused(client_id, paused), self._saved, self._failed
        )

    def _saved(self, client: Client) -> None:
        self.client = client
        self.client_changed.emit(client)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

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


def _client_only(feedback: QWidget) -> None:
    """On a client's page the everyone-wide averages (overall, per client, per month) are noise:
    keep the client's comments and the rating form."""
    layout = feedback.layout()
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        if isinstance(inner, QGridLayout):
            for j in range(inner.count()):
                widget = inner.itemAt(j).widget()
                if widget is not None:
                    widget.hide()
    overall = getattr(feedback, "overall", None)
    if overall is not None:
        overall.hide()


def _column(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
