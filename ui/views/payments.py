"""Cobros: what clients still owe, most overdue first, and a dialog to record a payment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import FacturasError
from facturas_app.domain.parties import PAYMENT_METHODS
from facturas_app.services.payments import parse_amount
from facturas_app.storage.api import InvoiceListRow, ListSummary
from ui.i18n import error_message
from ui.models.invoice_list import OUTSTANDING_STATUSES, InvoiceFilters, InvoiceListModel
from ui.views import SearchBox, configure_table, enable_with_selection, show_error, show_status
from ui.widgets.money import MoneyEdit, format_money
from ui.widgets.validated_line_edit import ERROR_RED


def method_names() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PaymentMethods", text)

    names = {
        "transfer": tr("Transferencia"),
        "card": tr("Tarjeta"),
        "cash": tr("Efectivo"),
        "bizum": "Bizum",
        "paypal": "PayPal",
        "direct_debit": tr("Domiciliación"),
        "other": tr("Otro"),
    }
    return {code: names.get(code, code) for code in PAYMENT_METHODS}


def _ignore(_exc: BaseException) -> None:
    """A receipt that could not go out now is retried by the outbox, which shows its state."""


class PaymentDialog(QDialog):
    """Amount checked with services.payments.parse_amount as typed; service errors shown inline.
    On an invoice that owes money back (after a rectification) it records the refund instead."""

    def __init__(
        self, services: Any, runner: Any, invoice: InvoiceListRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.invoice = services, runner, invoice
        self.recorded: Any = None
        self.refund = invoice.outstanding < 0
        self.setWindowTitle(self.tr("Registrar devolución") if self.refund else self.tr("Registrar cobro"))
        self.setMinimumWidth(420)
        self.amount = MoneyEdit()
        self.amount.set_value(abs(invoice.outstanding))
        self.date = QDateEdit(QDate(services.clock.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMaximumDate(QDate(services.clock.today()))
        self.method = QComboBox()
        for code, name in method_names().items():
            self.method.addItem(name, code)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Nº de operación, concepto…"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        palette = self.error.palette()
        palette.setColor(self.error.foregroundRole(), ERROR_RED)
        self.error.setPalette(palette)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Registrar devolución") if self.refund else self.tr("Registrar")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Factura"), QLabel(f"{invoice.number} · {invoice.client_name}"))
        owed_label = self.tr("A devolver") if self.refund else self.tr("Pendiente")
        form.addRow(owed_label, QLabel(format_money(abs(invoice.outstanding))))
        for label, widget in (
            (self.tr("Importe"), self.amount),
            (self.tr("Fecha"), self.date),
            (self.tr("Forma de pago"), self.method),
            (self.tr("Referencia"), self.reference),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.textChanged.connect(lambda _t: self._check())

    def _check(self) -> bool:
        try:
            parse_amount(self.amount.canonical_text())
        except FacturasError as exc:
            self.error.setText(error_message(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return False
        self.error.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def save(self) -> None:
        if not self._check():
            return
        amount = parse_amount(self.amount.canonical_text())
        if self.refund:  # money given back is recorded as a negative payment
            amount = -amount
        paid_on, method = self.date.date().toPython(), self.method.currentData()
        reference = self.reference.text()
        self.runner.submit(
            lambda: self.services.payments.add(self.invoice.id, amount, paid_on, method, reference),
            self._saved,
            lambda exc: self.error.setText(error_message(exc)),
        )

    def _saved(self, payment: Any) -> None:
        self.recorded = payment
        # The thank-you goes out now, off the GUI thread; if the server is away it waits in the
        # outbox (shown there), and the payment is already saved either way.
        self.runner.submit(lambda: self.services.receipts.deliver_now(payment.id), lambda _e: None, _ignore)
        self.accept()


class PaymentsView(QWidget):
    payment_recorded = Signal()
    open_invoice_requested = Signal(str)

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.footer = QLabel()
        self.model = InvoiceListModel(services, runner, show_days_overdue=True, parent=self)
        self.model.order_by, self.model.descending = "due_date", False
        self.model.summary_changed.connect(self._show_summary)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.search = SearchBox(self.tr("Buscar número o cliente…"))
        self.search.searched.connect(lambda _t: self.refresh())
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table)  # not sortable: grouped, overdue first, then by due date
        self.table.doubleClicked.connect(lambda _i: self.record_payment())
        self.record = QPushButton(self.tr("Registrar cobro"))
        self.record.clicked.connect(self.record_payment)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.record)
        self.history = QPushButton(self.tr("Historial de cobros…"))  # see payment_history.py
        self.history.clicked.connect(self.show_history)
        top.addWidget(self.history)
        self.remittances = QPushButton(self.tr("Remesas SEPA…"))  # direct debits (#19): remittances.py
        self.remittances.clicked.connect(self.show_remittances)
        top.addWidget(self.remittances)
        enable_with_selection(self.table, self.record, self.history)
        from ui.views.aging_panel import AgingPanel

        self.aging = AgingPanel(services, runner, self)
        last = self.aging.model.columnCount() - 1  # "Días medios de cobro": never clipped
        header = self.aging.table.horizontalHeader()
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Cobros pendientes</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.footer)
        layout.addWidget(self.aging)
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text().strip()
        self.model.set_filters(InvoiceFilters(statuses=OUTSTANDING_STATUSES, text=text, refunds=True))
        self.aging.refresh()

    def show_history(self) -> None:
        from ui.views.payment_history import PaymentHistoryDialog

        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        dialog = PaymentHistoryDialog(self.services, self.runner, row.id, row.number or "", self)
        dialog.payment_removed.connect(lambda _id: (self.refresh(), self.payment_recorded.emit()))
        dialog.exec()

    def show_remittances(self) -> None:
        from ui.views.remittances import RemittancesDialog

        RemittancesDialog(self.services, self.runner, self).exec()
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()

    def _show_summary(self, summary: ListSummary) -> None:
        self.footer.setText(
            self.tr("%n factura(s) pendiente(s) · Pendiente: {0}", "", summary.count).format(
                format_money(summary.outstanding)
            )
        )

    def record_payment(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        dialog = PaymentDialog(self.services, self.runner, row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            show_status(self, self.tr("Cobro registrado"))
            self.payment_recorded.emit()
