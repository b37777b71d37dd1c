"""Imported numbers (#17): '1.500' is never silently 1.5 — it is read by the file's evident decimal
mark or refused with its line; a VAT rate the business's country lacks is refused; a 30-digit price
is out of range, not a crash."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturas_app.services.importers import parse_products
from facturas_app.services.importers.values import BadValue, evident_decimal_mark, parse_decimal


def _products(
    *rows: str, country: str | None = "ES"
) -> tuple[list[tuple[str, str]], list[tuple[int, str, str]]]:
    data = ("nombre;precio;iva\n" + "\n".join(rows) + "\n").encode()
    result = parse_products(data, country)
    prices = [(row["unit_price"], row["vat_rate"]) for row in result.rows]
    return prices, [(e.line, e.field, e.code) for e in result.errors]


@pytest.mark.parametrize("text", ["1.500", "1,500", "12.345", "999,000", "-1.500", "1.500 €"])
def test_one_separator_before_three_digits_alone_is_ambiguous(text: str) -> None:
    with pytest.raises(BadValue) as raised:
        parse_decimal(text)
    assert raised.value.code == "ambiguous_number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0,500", "0.5"), ("1234.500", "1234.5"), ("1.5", "1.5"), ("85,50", "85.5"), ("1.234,567", "1234.567")],
)
def test_what_only_one_reading_fits_is_read(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


def test_a_file_that_shows_its_decimal_comma_reads_1500_as_thousands() -> None:
    prices, errors = _products("A;85,50;21", "B;1.500;21", "C;2.000;10")
    assert errors == [] and prices == [("85.5", "21"), ("1500", "21"), ("2000", "10")]


def test_a_file_that_shows_its_decimal_point_reads_1500_as_one_and_a_half() -> None:
    prices, errors = _products("A;85.50;21", "B;1.500;21", "C;1,500;21")
    assert errors == [] and prices == [("85.5", "21"), ("1.5", "21"), ("1500", "21")]  # its comma: thousands


def test_ambiguous_without_evidence_or_with_both_marks_is_refused_with_its_line() -> None:
    assert _products("A;1.500;21")[1] == [(2, "unit_price", "ambiguous_number")]
    _, errors = _products("A;1.234,50;21", "B;2500.5;21", "C;1.500;21")
    assert errors == [(4, "unit_price", "ambiguous_number")]
    assert evident_decimal_mark(["1.234,50", "2500.5"]) is None


def test_vat_rates_outside_the_countrys_table_are_refused_with_their_line() -> None:
    _, errors = _products("A;10;21", "B;10;22", "C;10;17,5", "D;10;4")
    assert errors == [(3, "vat_rate", "unknown_vat_rate"), (4, "vat_rate", "unknown_vat_rate")]
    assert _products("A;10;22", country="IT")[1] == []  # Italy's standard rate


def test_a_30_digit_price_is_out_of_range() -> None:
    assert _products("A;123456789012345678901234567890;21")[1] == [(2, "unit_price", "out_of_range")]
