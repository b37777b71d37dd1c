"""Payments of one invoice, removed ones included (struck through, with the reason); removing a
mistaken payment asks for confirmation and a reason, and keeps it in the history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.views import configure_table, enable_with_selection, show_error
from ui.widgets.money import format_date, format_money


class PaymentHistoryDialog(QDialog):
    payment_removed = Signal(str)

    def __init__(
        self, services: Any, runner: Any, invoice_id: str, number: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.invoice_id = services, runner, invoice_id
        self.payments: list[Any] = []
        self.setWindowTitle(self.tr("Cobros de la factura %1").replace("%1", number))
        self.setMinimumWidth(560)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Fecha"),
                self.tr("Importe"),
                self.tr("Forma de pago"),
                self.tr("Referencia"),
                self.tr("Estado"),
            ]
        )
        configure_table(self.table, stretch_column=3)
        self.remove_button = QPushButton(self.tr("Anular cobro…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self._update_remove = enable_with_selection(self.table, self.remove_button, when=self._removable)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Los cobros anulados se conservan en el historial.")))
        layout.addWidget(self.table)
        layout.addWidget(self.remove_button)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.runner.submit(
            lambda: self.services.payments.list(self.invoice_id, include_removed=True),
            self._show,
            lambda exc: show_error(self, exc),
        )

    def _show(self, payments: list[Any]) -> None:
        from ui.views.payments import method_names

        self.payments = payments
        names = method_names()
        self.table.setRowCount(len(payments))
        for row, p in enumerate(payments):
            state = (
                self.tr("Anulado: %1").replace("%1", p.removed_reason) if p.removed_at else self.tr("Vigente")
            )
            values = (
                format_date(p.paid_on),
                format_money(p.amount),
                names.get(p.method, p.method),
                p.reference,
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if p.removed_at:
                    font = item.font()
                    font.setStrikeOut(column < 4)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self._update_remove()  # the selected payment may just have been removed

    def _removable(self) -> bool:
        payment = self.selected_payment()
        return payment is not None and payment.removed_at is None

    def selected_payment(self) -> Any:
        row = self.table.currentRow()
        return self.payments[row] if 0 <= row < len(self.payments) else None

    def remove_selected(self, reason: str | None = None) -> None:
        """Asks for a reason (the confirmation); tests pass it in."""
        payment = self.selected_payment()
        if payment is None or payment.removed_at is not None:
            return
        if not reason:
            text, accepted = QInputDialog.getText(
                self,
                self.tr("Anular cobro"),
                self.tr("¿Anular el cobro de %1? Quedará en el historial. Motivo:").replace(
                    "%1", format_money(payment.amount)
                ),
            )
            if not accepted or not text.strip():
                return
            reason = text.strip()
        self.runner.submit(
            lambda: self.services.payments.remove(payment.id, reason),
            lambda _r: self._removed(payment.id),
            lambda exc: QMessageBox.warning(self, self.tr("Facturas"), str(exc)),
        )

    def _removed(self, payment_id: str) -> None:
        self.payment_removed.emit(payment_id)
        self.refresh()
