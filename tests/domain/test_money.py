"""The money primitives: exact decimals from text only, one half-up rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facturas_app.domain.money import (
    NotADecimal,
    decimal_places,
    decimal_text,
    from_cents,
    money_text,
    percent_of,
    round_money,
    to_cents,
    to_decimal,
)


@pytest.mark.parametrize(
    "value",
    [
        0.1,
        85.5,
        float("nan"),
        float("inf"),
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "-Infinity",
        "inf",
        "",
        "   ",
        "abc",
        "1,5.3",
        None,
        True,
        False,
        [],
        b"1",
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
    ],
)
def test_to_decimal_refuses_anything_not_an_exact_finite_number(value: object) -> None:
    with pytest.raises(NotADecimal):
        to_decimal(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("85.50", Decimal("85.50")),
        (" 3 ", Decimal(3)),
        (7, Decimal(7)),
        ("-0.005", Decimal("-0.005")),
        (Decimal("1.000001"), Decimal("1.000001")),
        ("1e3", Decimal(1000)),
    ],
)
def test_to_decimal_accepts_text_int_and_decimal(value: object, expected: Decimal) -> None:
    assert to_decimal(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("2.675", "2.68"),
        ("-0.005", "-0.01"),
        ("-2.675", "-2.68"),
        ("0.004999", "0.00"),
        ("1.125", "1.13"),
        ("1.135", "1.14"),
        ("53.865", "53.87"),
        ("38.475", "38.48"),
        ("0.015", "0.02"),
    ],
)
def test_round_money_is_half_up_not_bankers(value: str, expected: str) -> None:
    assert str(round_money(Decimal(value))) == expected


@given(st.integers(min_value=-(10**9), max_value=10**9))
def test_every_half_cent_boundary_rounds_away_from_zero(cents: int) -> None:
    # x.xx5 exactly: ROUND_HALF_UP means away from zero for both signs.
    half = (Decimal(abs(cents)) + Decimal("0.5")) / 100
    assert round_money(half) == (Decimal(abs(cents)) + 1) / 100
    assert round_money(-half) == -(Decimal(abs(cents)) + 1) / 100


@given(st.decimals(min_value=-(10**7), max_value=10**7, places=6, allow_nan=False, allow_infinity=False))
def test_round_money_is_within_half_a_cent_and_has_two_places(value: Decimal) -> None:
    rounded = round_money(value)
    assert abs(rounded - value) <= Decimal("0.005")
    assert rounded.as_tuple().exponent == -2


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip_is_exact(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents
    assert (
        money_text(from_cents(cents))
        == f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    )


def test_percent_of_rounds_once_half_up() -> None:
    assert percent_of(Decimal("256.50"), Decimal(21)) == Decimal("53.87")
    assert percent_of(Decimal("256.50"), Decimal(15)) == Decimal("38.48")
    assert percent_of(Decimal("1620.00"), Decimal("5.2")) == Decimal("84.24")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("85.50", "85.5"),
        ("3.000", "3"),
        ("0.000001", "0.000001"),
        ("1E+3", "1000"),
        ("-2.50", "-2.5"),
        ("0", "0"),
    ],
)
def test_decimal_text_has_no_exponent_and_no_trailing_zeros(value: str, expected: str) -> None:
    assert decimal_text(Decimal(value)) == expected


def test_decimal_places_counts_significant_decimals() -> None:
    assert decimal_places(Decimal("1.123456")) == 6
    assert decimal_places(Decimal("1.1234560")) == 6
    assert decimal_places(Decimal("1.1234567")) == 7
    assert decimal_places(Decimal("100")) == 0
