"""Assign a credit to invoices by hand (the Bank view's «Asignar a facturas…»): search the open
invoices as typed, tick one or several, see what the credit leaves owing. The service decides
(BankService.match): less than they owe makes the last a partial payment; more is refused, said
here before the click."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.views import SearchBox, show_error
from ui.widgets.money import format_date, format_money

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_ROWS = 50


class AssignDialog(QDialog):
    def __init__(self, services: Any, runner: Any, movement: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner, self.movement = services, runner, movement
        self.numbers: list[str] = []
        self.chosen: dict[str, Decimal] = {m.number: m.amount for m in movement.matches if m.number}
        self.setWindowTitle(self.tr("Asignar el ingreso de %1").replace("%1", format_money(movement.amount)))
        self.resize(620, 460)
        about = QLabel(
            f"{format_date(movement.booked_on)} · {format_money(movement.amount)} · {movement.concept}"
        )
        about.setWordWrap(True)
        self.search = SearchBox(self.tr("Buscar número o cliente…"))
        self.list = QListWidget()
        self.balance = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Registrar cobro"))
        layout = QVBoxLayout(self)
        for widget in (about, self.search, self.list, self.balance, self.buttons):
            layout.addWidget(widget)
        self.search.searched.connect(self.refresh)
        self.list.itemChanged.connect(self._ticked)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.refresh("")

    def refresh(self, text: str) -> None:
        def find() -> list[Any]:
            rows = self.services.invoices.list(self.services.invoices.query(text=text, limit=MAX_ROWS * 2))
            return [r for r in rows if r.number and r.outstanding > 0][:MAX_ROWS]

        self.runner.submit(find, self._show, lambda exc: show_error(self, exc))

    def _show(self, rows: list[Any]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            if row.number in self.chosen:
                self.chosen[row.number] = row.outstanding  # a suggestion's ticks count what is owed
            item = QListWidgetItem(
                f"{row.number} · {row.client_name} · {self.tr('pendiente')} {format_money(row.outstanding)}"
                f" · {self.tr('vence')} {format_date(row.due_date)}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.number in self.chosen else Qt.CheckState.Unchecked
            )
            item.setData(ROW_ROLE, (row.number, row.outstanding))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_balance()

    def _ticked(self, item: QListWidgetItem) -> None:
        number, outstanding = item.data(ROW_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.chosen[number] = outstanding
        else:
            self.chosen.pop(number, None)
        self._show_balance()

    def _show_balance(self) -> None:
        owed = sum(self.chosen.values(), Decimal(0))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen) and owed >= self.movement.amount)
        if not self.chosen:
            self.balance.setText(self.tr("Marque la factura o facturas que paga este ingreso."))
        elif owed < self.movement.amount:
            self.balance.setText(
                self.tr("El ingreso supera lo pendiente de las marcadas (%1): marque la que falta.").replace(
                    "%1", format_money(owed)
                )
            )
        else:
            left = owed - self.movement.amount
            self.balance.setText(self.tr("Quedará pendiente: %1").replace("%1", format_money(left)))

    def _accept(self) -> None:
        self.numbers = list(self.chosen)
        self.accept()
