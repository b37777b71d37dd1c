"""The expense editor's tax groups: one row per VAT rate — base, rate, VAT (computed from the base
and rate, editable: the invoice's own figure is what is booked), recargo rate and amount."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.money import NotADecimal, percent_of
from facturas_app.domain.purchases import ExpenseTax
from facturas_app.domain.taxes import TaxTable
from ui.widgets.money import MoneyEdit, normalize_amount_text, parse_money

BASE, RATE, VAT, SURCHARGE_RATE, SURCHARGE = range(5)
MAX_ROWS = 10


def rate_text(rate: Decimal) -> str:
    """'21', '5,2' (Spanish) / '5.2' (English): a rate as the user types it."""
    text = f"{rate.normalize():f}"
    return text.replace(".", ",") if normalize_amount_text("1,5") == "1.5" else text


def rate_value(text: str) -> Decimal | None:
    try:
        return parse_money(text.replace("%", "").strip() or "0")
    except NotADecimal:
        return None


def _rate_box(rates: list[Decimal]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems([rate_text(rate) for rate in rates])
    return box


class TaxRow:
    """The widgets of one row and whether the user typed the VAT / recargo over the computed one."""

    def __init__(self, table: TaxTable | None, today: dt.date) -> None:
        self.base, self.vat, self.surcharge = MoneyEdit(), MoneyEdit(), MoneyEdit()
        rates = table.vat_rates_on(today) if table else [Decimal(21), Decimal(10), Decimal(4)]
        self.rate = _rate_box(sorted(set(rates) | {Decimal(0)}, reverse=True))
        surcharges = sorted(set(table.surcharge_pairs.values())) if table else []
        self.surcharge_rate = _rate_box([Decimal(0), *surcharges])
        self.table = table
        self.loaded: ExpenseTax | None = None  # its VAT category and exemption, kept while its rate stays

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.base, self.rate, self.vat, self.surcharge_rate, self.surcharge)

    def compute(self) -> None:
        """VAT and recargo from the base and rates (typed over afterwards if the invoice differs)."""
        base = self.base.value()
        for rate_box, amount in ((self.rate, self.vat), (self.surcharge_rate, self.surcharge)):
            rate = rate_value(rate_box.currentText())
            amount.blockSignals(True)
            amount.set_value(percent_of(base, rate) if base is not None and rate is not None else None)
            amount.blockSignals(False)

    def pair_surcharge(self) -> None:
        """The recargo that goes with the VAT rate, once recargo is in use on this row."""
        rate = rate_value(self.rate.currentText())
        paired = self.table.surcharge_for(rate) if self.table and rate is not None else None
        if paired is not None and rate_value(self.surcharge_rate.currentText()):
            self.surcharge_rate.setCurrentText(rate_text(paired))

    def payload(self) -> dict[str, str]:
        return {
            "base": self.base.canonical_text(),
            "vat_rate": _canonical_rate(self.rate.currentText()),
            "vat": self.vat.canonical_text(),
            "surcharge_rate": _canonical_rate(self.surcharge_rate.currentText()),
            "surcharge": self.surcharge.canonical_text() or "0",
            **self._kept(),
        }

    def _kept(self) -> dict[str, str]:
        loaded = self.loaded
        if loaded is None or rate_value(self.rate.currentText()) != loaded.vat_rate:
            return {}
        return {"vat_category": loaded.category, "exemption_reason": loaded.exemption_reason}

    def load(self, tax: ExpenseTax) -> None:
        self.loaded = tax
        self.base.set_value(tax.base)
        self.rate.setCurrentText(rate_text(tax.vat_rate))
        self.surcharge_rate.setCurrentText(rate_text(tax.surcharge_rate))
        self.vat.set_value(tax.vat)
        self.surcharge.set_value(tax.surcharge)


def _canonical_rate(text: str) -> str:
    value = rate_value(text)
    return text.strip() if value is None else f"{value:f}"


class TaxGroups(QWidget):
    changed = Signal()

    def __init__(self, table: TaxTable | None, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tax_table, self.today = table, today
        self.rows: list[TaxRow] = []
        self.grid = QTableWidget(0, 5)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Base"), self.tr("IVA %"), self.tr("IVA"), self.tr("Recargo %"), self.tr("Recargo")]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumHeight(96)
        self.grid.setMaximumHeight(150)
        self.add_button = QPushButton(self.tr("Añadir tipo de IVA"))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Quitar"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        self.add_row()

    def add_row(self, tax: ExpenseTax | None = None) -> TaxRow:
        row = TaxRow(self.tax_table, self.today)
        at = self.grid.rowCount()
        self.grid.insertRow(at)
        for column, widget in enumerate(row.widgets()):
            self.grid.setCellWidget(at, column, widget)
        self.rows.append(row)
        if tax is not None:
            row.load(tax)
        self._connect(row)
        self._update_buttons()
        return row

    def _connect(self, row: TaxRow) -> None:
        row.base.textEdited.connect(lambda _t: self._recompute(row))
        row.rate.currentTextChanged.connect(lambda _t: (row.pair_surcharge(), self._recompute(row)))
        row.surcharge_rate.currentTextChanged.connect(lambda _t: self._recompute(row))
        row.vat.textChanged.connect(lambda _t: self.changed.emit())
        row.surcharge.textChanged.connect(lambda _t: self.changed.emit())

    def _recompute(self, row: TaxRow) -> None:
        row.compute()
        self.changed.emit()

    def remove_current(self) -> None:
        at = self.grid.currentRow()
        if len(self.rows) > 1 and 0 <= at < len(self.rows):
            self.grid.removeRow(at)
            del self.rows[at]
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(len(self.rows) > 1)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)

    def payload(self) -> list[dict[str, str]]:
        return [row.payload() for row in self.rows if row.base.text().strip()]

    def load(self, taxes: tuple[ExpenseTax, ...]) -> None:
        self.grid.setRowCount(0)
        self.rows = []
        for tax in taxes or (None,):
            self.add_row(tax)
