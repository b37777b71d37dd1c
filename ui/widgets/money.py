"""Money and dates for the screen, formatted for the UI language with Babel (never f-strings)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from facturas_app.domain.money import NotADecimal, to_decimal
from ui.i18n import babel_locale

_THOUSANDS_ES = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def format_money(amount: Decimal, currency: str = "EUR") -> str:
    """'1.234,56 €' in Spanish, '€1,234.56' in English."""
    return format_currency(amount, currency, locale=babel_locale())


def format_rate(rate: Decimal) -> str:
    """A percentage rate as the user writes it: '21 %', '5,2 %'."""
    text = format_decimal(rate, format="#,##0.##", locale=babel_locale())
    return text + " %"


def format_date(day: dt.date | None) -> str:
    if day is None:
        return ""
    return babel_format_date(day, "dd/MM/yyyy", locale=babel_locale())


def normalize_amount_text(text: str) -> str:
    """User text ('1.234,56', '1234.56', '12,5 €') → canonical '1234.56' for Decimal parsing."""
    cleaned = re.sub(r"[\s€$£]", "", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    elif _THOUSANDS_ES.match(cleaned) and babel_locale().startswith("es"):
        cleaned = cleaned.replace(".", "")
    return cleaned


def parse_money(text: str) -> Decimal:
    """Raises NotADecimal for text that is not an amount."""
    return to_decimal(normalize_amount_text(text))


class MoneyEdit(QLineEdit):
    """A line edit for amounts: accepts Spanish or English notation, shows it formatted on leave."""

    value_changed = Signal(object)  # Decimal | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0,00")
        self.textChanged.connect(lambda _t: self.value_changed.emit(self.value()))
        self.editingFinished.connect(self._reformat)

    def value(self) -> Decimal | None:
        if not self.text().strip():
            return None
        try:
            return parse_money(self.text())
        except NotADecimal:
            return None

    def canonical_text(self) -> str:
        """What the services parse (e.g. services.payments.parse_amount)."""
        return normalize_amount_text(self.text())

    def set_value(self, amount: Decimal | None) -> None:
        if amount is None:
            self.clear()
            return
        self.setText(format_decimal(amount, format="#,##0.00", locale=babel_locale()))

    def _reformat(self) -> None:
        value = self.value()
        if value is not None and value == value.quantize(Decimal("0.01")):
            self.blockSignals(True)
            self.set_value(value)
            self.blockSignals(False)
