"""Money and dates for the screen, formatted for the UI language with Babel (never f-strings)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, format_decimal
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from facturas_app.domain.money import NotADecimal, to_decimal, typed_amount_text
from ui.i18n import babel_locale

CENTS_EXPONENT = -2


@dataclass(frozen=True)
class _MoneyShape:
    """How Babel writes an amount of one currency in one locale, learnt once from Babel itself."""

    prefixes: tuple[str, str]  # positive, negative
    suffixes: tuple[str, str]
    group: str
    decimal: str
    groups_four_digits: bool  # '1.234' (es_ES, en) or '1234' (CLDR minimum grouping digits = 2)


def format_money(amount: Decimal, currency: str = "EUR") -> str:
    """'1.234,56 €' in Spanish, '€1,234.56' in English.

    Babel takes ~30 µs an amount, which lists painting hundreds of cells a frame cannot afford, so
    amounts in cents are written from the shape Babel gave for the locale; anything else goes to Babel.
    """
    locale = babel_locale()
    shape = _money_shape(locale, currency)
    if shape is None or not amount.is_finite() or amount.as_tuple().exponent != CENTS_EXPONENT:
        return format_currency(amount, currency, locale=locale)
    whole, cents = f"{abs(amount):,.2f}".split(".")
    if len(whole) == 5 and not shape.groups_four_digits:  # '1,234' → '1234'
        whole = whole.replace(",", "")
    sign = 1 if amount.is_signed() else 0
    digits = whole.replace(",", shape.group) + shape.decimal + cents
    return shape.prefixes[sign] + digits + shape.suffixes[sign]


def format_owed(amount: Decimal) -> str:
    """What is owed; below zero (after a rectification) it is owed back: '112,11 € a devolver'."""
    if amount >= 0:
        return format_money(amount)
    return QCoreApplication.translate("Money", "%1 a devolver").replace("%1", format_money(-amount))


@lru_cache(maxsize=16)
def _money_shape(locale: str, currency: str) -> _MoneyShape | None:
    written = [
        format_currency(Decimal(sample), currency, locale=locale)
        for sample in ("1234567.89", "-1234567.89", "1234.56")
    ]
    found = [_MONEY_DIGITS.search(text) for text in written[:2]]
    if found[0] is None or found[1] is None or found[0].groups() != found[1].groups():
        return None  # a locale written some other way: Babel formats every amount itself
    group, decimal = found[0].group(1), found[0].group(3)
    return _MoneyShape(
        prefixes=(written[0][: found[0].start()], written[1][: found[1].start()]),
        suffixes=(written[0][found[0].end() :], written[1][found[1].end() :]),
        group=group,
        decimal=decimal,
        groups_four_digits=f"1{group}234" in written[2],
    )


_MONEY_DIGITS = re.compile(r"1(\D)234(\D)567(\D)89")


def format_rate(rate: Decimal) -> str:
    """A percentage rate as the user writes it: '21 %', '5,2 %'."""
    return _rate_text(rate, babel_locale())


@lru_cache(maxsize=256)
def _rate_text(rate: Decimal, locale: str) -> str:
    # Babel takes ~70 µs; a book of thousands of rows has a handful of distinct rates. Decimal('21')
    # and Decimal('21.00') are equal keys here, and Babel writes both as '21'.
    return format_decimal(rate, format="#,##0.##", locale=locale) + " %"


def format_one_decimal(value: Decimal | float) -> str:
    """Averages (days to pay, ratings): one decimal everywhere, the UI language's separator
    ('8,9' / '8.9') — the same figure once written '8,9' in an English table."""
    return str(format_decimal(value, format="#,##0.0", locale=babel_locale()))


def format_date(day: dt.date | None) -> str:
    """dd/mm/yyyy in both languages (what Babel writes for that pattern, without its 4 µs a date)."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def normalize_amount_text(text: str) -> str:
    """User text ('1.234,56', '1234.56', '12,5 €') → canonical '1234.56' for Decimal parsing
    (a Spanish screen reads '1.500' as 1500)."""
    return typed_amount_text(text, dots_group_thousands=babel_locale().startswith("es"))


def parse_money(text: str) -> Decimal:
    """Raises NotADecimal for text that is not an amount."""
    return to_decimal(normalize_amount_text(text))


class MoneyEdit(QLineEdit):
    """A line edit for amounts: accepts Spanish or English notation, shows it formatted on leave."""

    value_changed = Signal(object)  # Decimal | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(format_decimal(Decimal(0), format="#,##0.00", locale=babel_locale()))
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
