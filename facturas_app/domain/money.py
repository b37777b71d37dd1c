"""The one place that builds decimals and rounds money.

Every amount shown on screen, printed on a PDF, written to an email, a report or a compliance
record is rounded here: ROUND_HALF_UP to cents (SPAIN.md), never Python's default half-even.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0")
MAX_PRICE_DECIMALS = 6
# Keeps every amount computable at Decimal's 28 digits and storable as 64-bit cents.
MAX_QUANTITY_OR_PRICE = 1_000_000_000


class NotADecimal(ValueError):
    """Raised when a value cannot be an exact, finite decimal (floats included)."""


def to_decimal(value: object) -> Decimal:
    """Build an exact finite Decimal from str, int or Decimal. Floats, NaN and infinities raise."""
    if isinstance(value, bool | float):
        raise NotADecimal(repr(value))
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise NotADecimal(repr(value))
        try:
            result = Decimal(text)
        except InvalidOperation as exc:
            raise NotADecimal(repr(value)) from exc
    else:
        raise NotADecimal(repr(value))
    if not result.is_finite():
        raise NotADecimal(repr(value))
    return result


def round_money(value: Decimal) -> Decimal:
    """Half-up to cents: the one rounding rule."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def round_places(value: Decimal, places: int) -> Decimal:
    """Half-up to `places` decimals, for formats that cap them (Facturae's amounts: at most 8)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent_of(base: Decimal, rate: Decimal) -> Decimal:
    """base × rate / 100, rounded half-up to cents (VAT, surcharge, IRPF)."""
    return round_money(base * rate / Decimal(100))


def to_cents(amount: Decimal) -> int:
    """An amount already rounded to cents, as integer cents for storage."""
    rounded = round_money(amount)
    return int(rounded * 100)


def from_cents(cents: int) -> Decimal:
    """Stored integer cents as an amount: '12.34', '-0.05', '0.00'. Scaling an integer is exact (no
    rounding), gives the cents exponent and costs a fraction of a division (reports convert
    hundreds of thousands of amounts)."""
    return Decimal(int(cents)).scaleb(-2)


def money_text(amount: Decimal) -> str:
    """Canonical machine text for an amount: '1234.50', '-3.00'."""
    return str(round_money(amount))


def decimal_text(value: Decimal) -> str:
    """Canonical text for a rate, quantity or unit price: no exponent, no trailing zeros ('85.5', '3')."""
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    text = format(value.normalize(), "f")
    return text


def decimal_places(value: Decimal) -> int:
    # Not value.normalize(): under the default context it rounds 1E-999999999 to 0 (0 places).
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    trailing_zeros = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing_zeros))


_THOUSANDS_DOTS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def looks_like_thousands(text: str) -> bool:
    """'1.500', '12.345.678': dots that group thousands on a Spanish screen, a decimal point elsewhere."""
    return bool(_THOUSANDS_DOTS.match(text.strip()))


def typed_amount_text(text: str, dots_group_thousands: bool) -> str:
    """An amount as a person types it ('1.234,56', '1234.56', '512,11', '12,5 €') → the canonical
    '1234.56' that to_decimal reads. With both marks, the last one is the decimal mark; a lone
    comma is one; dots alone are thousands only when `dots_group_thousands` (a Spanish screen:
    '1.500' is 1500) — elsewhere '1.500' stays a decimal point."""
    cleaned = re.sub(r"[\s€$£]", "", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        return cleaned.replace(thousands, "").replace(decimal_mark, ".")
    if "," in cleaned:
        return cleaned.replace(",", ".")
    if dots_group_thousands and _THOUSANDS_DOTS.match(cleaned):
        return cleaned.replace(".", "")
    return cleaned
