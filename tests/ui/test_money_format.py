"""The screen's fast money and date formatting writes exactly what Babel writes."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from ui.i18n import babel_locale, set_current_language
from ui.widgets.money import format_date, format_money

cents = st.integers(min_value=-(10**13), max_value=10**13)


@given(
    cents=cents, lang=st.sampled_from(["es", "en"]), currency=st.sampled_from(["EUR", "USD", "GBP", "MXN"])
)
def test_amounts_in_cents_match_babel(cents: int, lang: str, currency: str) -> None:
    set_current_language(lang)
    try:
        amount = Decimal(cents).scaleb(-2)
        assert format_money(amount, currency) == format_currency(amount, currency, locale=babel_locale())
    finally:
        set_current_language("es")


def test_edge_amounts_match_babel() -> None:
    for lang in ("es", "en"):
        set_current_language(lang)
        try:
            for text in (
                "0.00",
                "-0.00",
                "999.99",
                "1000.00",
                "-1000.00",
                "9999.99",
                "10000.00",
                "12.5",
                "3",
                "1.005",
            ):
                amount = Decimal(text)
                assert format_money(amount) == format_currency(amount, "EUR", locale=babel_locale()), text
        finally:
            set_current_language("es")


def test_spanish_amounts_read_as_spaniards_write_them() -> None:
    set_current_language("es")
    assert format_money(Decimal("1234.56")) == "1.234,56\xa0€"
    assert format_money(Decimal("-7.00")) == "-7,00\xa0€"


@given(day=st.dates(min_value=dt.date(1, 1, 1)), lang=st.sampled_from(["es", "en"]))
def test_dates_match_babel(day: dt.date, lang: str) -> None:
    set_current_language(lang)
    try:
        assert format_date(day) == babel_format_date(day, "dd/MM/yyyy", locale=babel_locale())
    finally:
        set_current_language("es")
