"""Formula injection and the shape of the CSV Spanish Excel opens (BOM, `;`, CRLF, decimal comma)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facturas_app.services.exporters.csv_safe import safe_cell, unescape_cell, write_csv

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://evil.example","Haz clic")',
    "+34 600 000 000",
    "-1+1",
    "-A1",
    "-cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "-",
    "+12",
    "-12,50+1",
    "-12,5,0",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_formula_triggers_get_an_apostrophe(value: str) -> None:
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["-12,50", "-12.50", "-1.234,56", "-7", "-0,000001", "-1234567"])
def test_a_plain_negative_number_stays_a_number(value: str) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("value", ["Inmobiliaria Sol", "12,50", "", "a=b", " =1", "'texto", "€-5"])
def test_ordinary_text_is_unchanged(value: str) -> None:
    assert safe_cell(value) == value


def test_none_and_numbers_become_text() -> None:
    assert safe_cell(None) == ""
    assert safe_cell(Decimal("-3.5")) == "-3.5"
    assert safe_cell(7) == "7"


def test_an_apostrophe_before_a_trigger_is_doubled_so_import_restores_it() -> None:
    assert safe_cell("'=1") == "''=1"
    assert unescape_cell("''=1") == "'=1"
    assert unescape_cell("'=1") == "=1"
    assert unescape_cell("'hola") == "'hola"  # not added by us: left alone


@given(st.text())
def test_unescape_inverts_safe_cell(value: str) -> None:
    assert unescape_cell(safe_cell(value)) == value


@given(st.text())
def test_no_escaped_cell_starts_with_a_trigger_unless_a_plain_negative_number(value: str) -> None:
    cell = safe_cell(value)
    if cell and cell[0] in "=+-@\t\r":
        assert cell == value and cell.startswith("-")
        float(cell.replace(".", "").replace(",", "."))  # a number, nothing else


def _written(rows: list, header: list[str], **kwargs: bool) -> bytes:
    buffer = io.BytesIO()
    write_csv(rows, header, buffer, **kwargs)
    return buffer.getvalue()


def test_csv_has_bom_semicolons_crlf_and_decimal_comma() -> None:
    data = _written([["Sol; S.A.", Decimal("1234.50"), 3]], ["Cliente", "Total", "Facturas"])
    assert data == '\ufeffCliente;Total;Facturas\r\n"Sol; S.A.";1234,5;3\r\n'.encode()


def test_decimal_point_when_asked() -> None:
    data = _written([[Decimal("-0.10")]], ["Importe"], decimal_comma=False)
    assert data.decode("utf-8-sig").splitlines()[1] == "-0.1"


def test_mapping_rows_follow_the_header_and_missing_keys_are_empty() -> None:
    data = _written([{"b": "2", "a": dt.date(2026, 11, 26)}], ["a", "b", "c"])
    assert data.decode("utf-8-sig") == "a;b;c\r\n2026-11-26;2;\r\n"


def test_injection_is_neutralised_in_the_written_file() -> None:
    data = _written([['=HYPERLINK("x")', Decimal("-12.50")]], ["=cabecera", "Importe"])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows == [["'=cabecera", "Importe"], ['\'=HYPERLINK("x")', "-12,5"]]


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        _written([[0.1]], ["Importe"])


def test_writes_to_a_path_and_to_a_text_stream(tmp_path: Path) -> None:
    target = tmp_path / "libro.csv"
    write_csv([["Ñandú", Decimal("5")]], ["Nombre", "Base"], target)
    assert target.read_bytes() == "\ufeffNombre;Base\r\nÑandú;5\r\n".encode()
    stream = io.StringIO(newline="")
    write_csv([["Ñandú", Decimal("5")]], ["Nombre", "Base"], stream)
    assert stream.getvalue() == "\ufeffNombre;Base\r\nÑandú;5\r\n"
