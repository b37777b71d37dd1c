"""The invoice editor's fields around the lines: client, kind, dates, IRPF, payment methods, notes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.invoice import Invoice, Kind
from facturas_app.domain.parties import PAYMENT_METHODS, Client
from facturas_app.domain.taxes import TaxTable
from ui.models.line_records import number_text, parse_number
from ui.views.client_dialog import ClientDialog
from ui.widgets.client_picker import ClientPicker


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class InvoiceForm(QWidget):
    """Header (client, kind, dates, IRPF) and footer (methods, notes, thanks) of the editor."""

    changed = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.client_picker = ClientPicker(services, runner, self)
        self.client_dialog: ClientDialog | None = None  # the one "+ Nuevo cliente…" opened
        self.kind_combo = QComboBox(self)
        self.issue_date = self._date_edit()
        self.due_date = self._date_edit()
        self.irpf_combo = QComboBox(self)
        self.notes = QPlainTextEdit(self)
        self.thank_you = QLineEdit(self)
        self.method_checks: dict[str, QCheckBox] = {}
        self._filling = False
        self._last_issue = QDate()
        self.header = self._build_header()
        self.footer = self._build_footer()
        self._fill_kinds(rectifying=False)
        self._connect()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumWidth(120)
        edit.setMaximumWidth(170)
        return edit

    def method_names(self) -> dict[str, str]:
        return {
            "transfer": self.tr("Transferencia bancaria"),
            "card": self.tr("Tarjeta"),
            "cash": self.tr("Efectivo"),
            "bizum": self.tr("Bizum"),
            "paypal": self.tr("PayPal"),
            "direct_debit": self.tr("Domiciliación bancaria"),
            "other": self.tr("Otra"),
        }

    def _build_header(self) -> QWidget:
        header = QWidget(self)
        grid = QGridLayout(header)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(QLabel(self.tr("Cliente"), header), 0, 0)
        grid.addWidget(self.client_picker, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Tipo"), header), 0, 4)
        grid.addWidget(self.kind_combo, 0, 5)
        grid.addWidget(QLabel(self.tr("Fecha de emisión"), header), 1, 0)
        grid.addWidget(self.issue_date, 1, 1)
        grid.addWidget(QLabel(self.tr("Vencimiento"), header), 1, 2)
        grid.addWidget(self.due_date, 1, 3)
        grid.addWidget(QLabel(self.tr("Retención IRPF"), header), 1, 4)
        grid.addWidget(self.irpf_combo, 1, 5)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return header

    def _build_footer(self) -> QWidget:
        footer = QWidget(self)
        methods = QGroupBox(self.tr("Formas de pago"), footer)
        methods_layout = QGridLayout(methods)
        names = self.method_names()
        for position, method in enumerate(PAYMENT_METHODS):
            check = QCheckBox(names.get(method, method), methods)
            self.method_checks[method] = check
            methods_layout.addWidget(check, position // 2, position % 2)
        texts = QFormLayout()
        self.notes.setPlaceholderText(self.tr("Notas que aparecerán en la factura"))
        self.notes.setFixedHeight(64)
        self.thank_you.setPlaceholderText(self.tr("Gracias por su confianza"))
        texts.addRow(self.tr("Notas"), self.notes)
        texts.addRow(self.tr("Mensaje de agradecimiento"), self.thank_you)
        layout = QVBoxLayout(footer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(methods)
        layout.addLayout(texts)
        return footer

    def _connect(self) -> None:
        self.client_picker.new_client_requested.connect(self.add_client)
        self.issue_date.dateChanged.connect(self._issue_date_moved)
        for signal in (
            self.kind_combo.currentIndexChanged,
            self.issue_date.dateChanged,
            self.due_date.dateChanged,
            self.irpf_combo.currentIndexChanged,
            self.notes.textChanged,
            self.thank_you.textEdited,
            self.client_picker.client_chosen,
        ):
            signal.connect(self.changed)
        for check in self.method_checks.values():
            check.toggled.connect(self.changed)

    def add_client(self, name: str) -> None:
        """The client dialog with the typed text as the name; the client it saves is chosen."""
        dialog = ClientDialog(self.services, self.runner, parent=self)
        dialog.name.setText(name)
        dialog.accepted.connect(lambda: self._client_added(dialog.saved_client))
        self.client_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _client_added(self, client: Client | None) -> None:
        if client is not None:
            self.client_picker.choose(client)

    def _issue_date_moved(self, new: QDate) -> None:
        """Moving the issue date keeps the payment term: the due date moves by as many days."""
        if not self._filling and self._last_issue.isValid():
            self.due_date.setDate(self.due_date.date().addDays(self._last_issue.daysTo(new)))
        self._last_issue = new

    # ----- choices ----------------------------------------------------------------------------------
    def _fill_kinds(self, rectifying: bool) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        if rectifying:
            self.kind_combo.addItem(self.tr("Rectificativa"), Kind.RECTIFYING.value)
        else:
            self.kind_combo.addItem(self.tr("Factura"), Kind.INVOICE.value)
            self.kind_combo.addItem(self.tr("Simplificada"), Kind.SIMPLIFIED.value)
        self.kind_combo.blockSignals(False)

    def configure(self, table: TaxTable | None, irpf_rate: Decimal) -> None:
        """IRPF choices: 0 and the country's withholding rates (plus the current one if unusual)."""
        rates = [Decimal(0), *(table.withholding_rates if table else ())]
        if irpf_rate not in rates:
            rates.append(irpf_rate)
        self.irpf_combo.blockSignals(True)
        self.irpf_combo.clear()
        for value in sorted(set(rates)):
            self.irpf_combo.addItem(f"{number_text(value)} %", number_text(value))
        self.irpf_combo.setCurrentIndex(self.irpf_combo.findData(number_text(irpf_rate)))
        self.irpf_combo.blockSignals(False)

    # ----- values -------------------------------------------------------------------------------------
    def fill(self, invoice: Invoice) -> None:
        self.blockSignals(True)
        self._filling = True
        self._fill_kinds(invoice.kind is Kind.RECTIFYING)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(invoice.kind.value), 0))
        self.kind_combo.setEnabled(invoice.kind is not Kind.RECTIFYING)
        self.issue_date.setDate(to_qdate(invoice.issue_date))
        self.due_date.setDate(to_qdate(invoice.due_date))
        for method, check in self.method_checks.items():
            check.setChecked(method in invoice.payment_methods)
        self.notes.setPlainText(invoice.notes)
        self.thank_you.setText(invoice.thank_you)
        self._filling = False
        self.blockSignals(False)

    def irpf_rate(self) -> Decimal:
        return parse_number(str(self.irpf_combo.currentData() or "0")) or Decimal(0)

    def kind(self) -> Kind:
        return Kind(self.kind_combo.currentData() or Kind.INVOICE.value)

    def payment_methods(self) -> tuple[str, ...]:
        return tuple(method for method, check in self.method_checks.items() if check.isChecked())

    def set_due_from_terms(self, days: int) -> None:
        self.due_date.setDate(to_qdate(from_qdate(self.issue_date.date()) + dt.timedelta(days=days)))

    def inputs(self) -> list[QWidget]:
        """Every widget the user types or clicks into (disabled once the invoice is issued)."""
        return [
            self.client_picker,
            self.kind_combo,
            self.issue_date,
            self.due_date,
            self.irpf_combo,
            self.notes,
            self.thank_you,
            *self.method_checks.values(),
        ]

    def set_read_only(self, read_only: bool, rectifying: bool = False) -> None:
        for widget in self.inputs():
            widget.setEnabled(not read_only)
        if rectifying:
            self.kind_combo.setEnabled(False)
