"""CSV import, the text layer: decimal commas and dots, encodings and separators, header
normalisation, and hostile files that must give one file-level error."""

from __future__ import annotations

from decimal import Decimal

import pytest

from facturas_app.services.importers import RowError, parse_clients, parse_products
from facturas_app.services.importers.csv_reader import normalise_header, read_table
from facturas_app.services.importers.values import BadValue, parse_decimal
from tests.services.csv_import_helpers import codes

# --- decimal commas and dots -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.234,56", "1234.56"),
        ("1234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("1234.56", "1234.56"),
        ("1.234.567", "1234567"),
        ("1.234.567,5", "1234567.5"),
        ("-0,5", "-0.5"),
        ("85,50 €", "85.50"),
        ("21 %", "21"),
        ("1 234,5", "1234.5"),
        ("7", "7"),
    ],
)
def test_decimal_forms(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "1e5", "NaN", "Infinity", "1,2,3", "1.23.4", "1.", ",5", "1.234,5.6", "--1", "٣"]
)
def test_not_decimals(text: str) -> None:
    with pytest.raises(BadValue):
        parse_decimal(text)


# --- encodings and separators ----------------------------------------------------------------


SPANISH = "nombre;nif;población\nPeña Ñúñez;12345678Z;Logroño\n"


@pytest.mark.parametrize(
    "data",
    [
        SPANISH.encode("utf-8"),
        SPANISH.encode("utf-8-sig"),
        SPANISH.encode("cp1252"),
        SPANISH.encode("utf-16"),  # Excel's "Texto Unicode" (with BOM)
        SPANISH.replace(";", ",").encode(),
        SPANISH.replace(";", "\t").encode(),
    ],
    ids=["utf8", "bom", "cp1252", "utf16", "comma", "tab"],
)
def test_encodings_and_separators_give_the_same_rows(data: bytes) -> None:
    result = parse_clients(data)
    assert result.errors == []
    assert [(r["name"], r["tax_id"], r["city"]) for r in result.rows] == [
        ("Peña Ñúñez", "12345678Z", "Logroño")
    ]


def test_reader_reports_encoding_and_delimiter() -> None:
    table = read_table(SPANISH.encode("cp1252"))
    assert (table.encoding, table.delimiter, table.header) == ("cp1252", ";", ("nombre", "nif", "poblacion"))
    assert read_table(SPANISH.encode("utf-8-sig")).encoding == "utf-8"


def test_separator_inside_quotes_does_not_fool_the_sniffer() -> None:
    data = b'nombre,nif\n"Sol; Mar; y Tierra, S.L.",A58818501\n'
    assert parse_clients(data).rows[0]["name"] == "Sol; Mar; y Tierra, S.L."


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("Código Postal", "codigo postal"),
        ("CÓD. POSTAL*", "cod postal"),
        ("N.I.F.", "nif"),
        ("C.P.", "cp"),
        ("payment_terms_days", "payment terms days"),
        ("  E-mail ", "e mail"),
        ("% IVA", "iva"),
        ("NIF/CIF", "nif cif"),
    ],
)
def test_header_normalisation(raw: str, normalised: str) -> None:
    assert normalise_header(raw) == normalised


# --- hostile files ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty_file"),
        (b"   \r\n\r\n", "empty_file"),
        (b"\xef\xbb\xbf", "empty_file"),
        (b"nombre;nif\nA\x00B;12345678Z\n", "nul_byte"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "nul_byte"),
        (b"%PDF-1.7\n\x81\x8d\x8f\x90", "not_text"),
        (bytes(range(1, 32)) * 4, "not_text"),
        (b"nombre;precio;iva\n", "no_rows"),
        (b"foo;bar\n1;2\n", "unknown_columns"),
        (b"Inmobiliaria Sol;A58818501;46021\nOtra;B12345674;28001\n", "no_header"),
        (b'nombre;nif\n"sin cerrar;12345678Z\n', "malformed_csv"),
        (b"nombre\n" + b'"' + b"x" * 200_000 + b'"\n', "malformed_csv"),
    ],
)
def test_bad_files_give_one_file_level_error(data: bytes, code: str) -> None:
    for parse in (parse_clients, parse_products):
        result = parse(data)
        assert result.rows == [] or code == "no_rows"
        assert [e.code for e in result.errors] == [code]


def test_a_missing_required_column_is_a_header_error() -> None:
    result = parse_products(b"nombre;precio\nA;1\n")
    assert result.errors == [RowError(1, "vat_rate", "missing_column", "")]


def test_a_huge_file_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    from facturas_app.services.importers import csv_reader

    monkeypatch.setattr(csv_reader, "MAX_FILE_BYTES", 10)
    assert codes(parse_clients(b"nombre\nAAAAAAAAAA\n")) == [(0, "file", "file_too_large")]
