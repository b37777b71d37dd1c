"""An issued invoice as the document it is (#18): its status and money in one line, «Registrar
cobro» at hand, and what happened to it — payments (removed ones too), emails, reminders and its
VERI*FACTU records — newest first. The editor shows it above an issued invoice instead of greyed
inputs alone; every figure comes from the services, loaded off the GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.invoice import DocType, Invoice, Status
from ui.i18n import status_name
from ui.models.invoice_list_columns import verifactu_text
from ui.views import configure_table, show_error
from ui.widgets.money import format_date, format_money

VISIBLE_ROWS = 4


@dataclass(frozen=True)
class ActivityItem:
    on: dt.date
    what: str
    detail: str


def _payment_items(services: Any, invoice_id: str) -> list[ActivityItem]:
    from ui.views.payments import method_names

    names = method_names()
    items = []
    for p in services.payments.list(invoice_id, include_removed=True):
        what = (
            QCoreApplication.translate("InvoiceDocumentPanel", "Cobro anulado")
            if p.removed_at
            else QCoreApplication.translate("InvoiceDocumentPanel", "Cobro")
        )
        detail = f"{format_money(p.amount)} · {names.get(p.method, p.method)}"
        items.append(ActivityItem(p.paid_on, what, detail + (f" · {p.reference}" if p.reference else "")))
    return items


def _mail_state(state: str) -> str:
    words = {
        "queued": QCoreApplication.translate("InvoiceDocumentPanel", "Correo en cola"),
        "sending": QCoreApplication.translate("InvoiceDocumentPanel", "Correo enviándose"),
        "sent": QCoreApplication.translate("InvoiceDocumentPanel", "Correo enviado"),
        "failed": QCoreApplication.translate("InvoiceDocumentPanel", "Correo no enviado"),
        "unknown": QCoreApplication.translate("InvoiceDocumentPanel", "Correo sin confirmar"),
        "cancelled": QCoreApplication.translate("InvoiceDocumentPanel", "Correo cancelado"),
    }
    return words.get(state, state)


def _mail_items(services: Any, invoice_id: str) -> list[ActivityItem]:
    return [
        ActivityItem((e.sent_at or e.created_at).date(), _mail_state(e.state), f"{e.to} · {e.subject}")
        for e in services.outbox.list(invoice_id=invoice_id)
    ]


def _reminder_items(services: Any, invoice_id: str) -> list[ActivityItem]:
    items = []
    for r in services.reminders.history(invoice_id):
        what = (
            QCoreApplication.translate("InvoiceDocumentPanel", "Recordatorio")
            if r.outcome == "queued"
            else QCoreApplication.translate("InvoiceDocumentPanel", "Recordatorio omitido")
        )
        items.append(ActivityItem(r.due_on, what, r.stage))
    return items


def _verifactu_items(services: Any, invoice_id: str) -> list[ActivityItem]:
    from facturas_app.services.verifactu.status import kind_of, state_of

    kinds = {
        "alta": QCoreApplication.translate("InvoiceDocumentPanel", "Alta"),
        "anulacion": QCoreApplication.translate("InvoiceDocumentPanel", "Anulación"),
        "subsanacion": QCoreApplication.translate("InvoiceDocumentPanel", "Subsanación"),
    }
    return [
        ActivityItem(
            row.generated_at.date(),
            QCoreApplication.translate("InvoiceDocumentPanel", "Registro VERI*FACTU"),
            f"{kinds.get(kind_of(row), kind_of(row))} · {verifactu_text(state_of(row))}",
        )
        for row in services.verifactu.records_of(invoice_id)
    ]


def activity_of(services: Any, invoice_id: str) -> list[ActivityItem]:
    """Everything that happened to one invoice, newest first (runs on a worker thread)."""
    items = [
        *_payment_items(services, invoice_id),
        *_mail_items(services, invoice_id),
        *_reminder_items(services, invoice_id),
        *_verifactu_items(services, invoice_id),
    ]
    return sorted(items, key=lambda item: item.on, reverse=True)


def summary_text(invoice: Invoice) -> str:
    """«Cobro parcial · Total 1.210,00 € · Cobrado 600,00 € · Pendiente 610,00 € · Vence 11/04/2026»"""
    parts = [
        f"<b>{status_name(invoice.status)}</b>",
        QCoreApplication.translate("InvoiceDocumentPanel", "Total %1").replace(
            "%1", format_money(invoice.totals.amount_due)
        ),
        QCoreApplication.translate("InvoiceDocumentPanel", "Cobrado %1").replace(
            "%1", format_money(invoice.paid)
        ),
        QCoreApplication.translate("InvoiceDocumentPanel", "Pendiente %1").replace(
            "%1", format_money(invoice.outstanding)
        ),
        QCoreApplication.translate("InvoiceDocumentPanel", "Vence %1").replace(
            "%1", format_date(invoice.due_date)
        ),
    ]
    return " · ".join(parts)


class InvoiceDocumentPanel(QWidget):
    payment_recorded = Signal()

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.invoice: Invoice | None = None
        self.items: list[ActivityItem] = []
        self.summary = QLabel(self)
        self.record_button = QPushButton(self.tr("Registrar cobro…"), self)
        self.history_button = QPushButton(self.tr("Historial de cobros…"), self)
        self.verifactu_button = QPushButton(self.tr("Registro VERI*FACTU…"), self)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Qué"), self.tr("Detalle")])
        configure_table(self.table, stretch_column=2)
        for column in (0, 1):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self._lay_out()
        self.record_button.clicked.connect(self.record_payment)
        self.history_button.clicked.connect(self.show_history)
        self.verifactu_button.clicked.connect(self.show_verifactu)
        self.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.record_button, self.history_button, self.verifactu_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def show_for(self, invoice: Invoice | None) -> None:
        """Shown for an issued invoice (not a draft, quote or proforma); hidden otherwise."""
        shown = invoice is not None and not invoice.is_draft and invoice.doc_type is DocType.INVOICE
        self.invoice = invoice if shown else None
        self.setVisible(shown)
        if self.invoice is not None:
            self._show_summary(self.invoice)
            self.refresh()

    def _show_summary(self, invoice: Invoice) -> None:
        self.summary.setText(summary_text(invoice))
        self.record_button.setEnabled(invoice.status is not Status.CANCELLED and invoice.outstanding != 0)
        self.verifactu_button.setVisible(self.services.verifactu.enabled())

    def refresh(self) -> None:
        invoice_id = self.invoice.id if self.invoice else None
        if invoice_id is None:
            return
        self.runner.submit(
            lambda: (self.services.invoices.get(invoice_id), activity_of(self.services, invoice_id)),
            self._show_activity,
            lambda exc: show_error(self, exc),
        )

    def _show_activity(self, found: tuple[Invoice, list[ActivityItem]]) -> None:
        invoice, self.items = found
        if self.invoice is None or invoice.id != self.invoice.id:
            return  # another invoice was opened meanwhile
        self.invoice = invoice
        self._show_summary(invoice)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            for column, text in enumerate((format_date(item.on), item.what, item.detail)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._fit_rows(min(max(len(self.items), 1), VISIBLE_ROWS))

    def _fit_rows(self, rows: int) -> None:
        """As tall as its rows (up to VISIBLE_ROWS, then it scrolls): the lines keep the room."""
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + rows * self.table.verticalHeader().defaultSectionSize())

    def record_payment(self) -> None:
        from ui.views.payments import PaymentDialog

        if self.invoice is None:
            return
        dialog = PaymentDialog(self.services, self.runner, self.invoice, self)  # type: ignore[arg-type]
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.payment_recorded.emit()

    def show_history(self) -> None:
        from ui.views.payment_history import PaymentHistoryDialog

        if self.invoice is not None:
            PaymentHistoryDialog(
                self.services, self.runner, self.invoice.id, self.invoice.number or "", self
            ).exec()
            self.refresh()

    def show_verifactu(self) -> None:
        from ui.views.verifactu_record_dialog import open_verifactu_record

        if self.invoice is not None:
            open_verifactu_record(self, self.services, self.runner, self.invoice.id)
