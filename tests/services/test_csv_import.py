"""CSV import of clients and products: each source format, every invalid row, hostile files."""

from __future__ import annotations

import codecs
import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facturas_app.services.exporters.csv_safe import write_csv
from facturas_app.services.importers import ImportResult, RowError, parse_clients, parse_products
from facturas_app.services.importers.csv_reader import normalise_header, read_table
from facturas_app.services.importers.values import BadValue, parse_decimal

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
CLIENT_KEYS = [
    "name", "tax_id", "address", "postal_code", "city", "country", "email", "payment_terms_days",
    "language",
]  # fmt: skip
PRODUCT_KEYS = ["name", "unit_price", "vat_rate", "unit", "code"]


def client(name: str, tax_id: str, address: str, postal_code: str, city: str, **rest: object) -> dict:
    defaults = {"country": "ES", "email": "", "payment_terms_days": 30, "language": "es"}
    fields = {"name": name, "tax_id": tax_id, "address": address, "postal_code": postal_code}
    return {**fields, "city": city, **defaults, **rest}


def product(name: str, unit_price: str, vat_rate: str, unit: str = "", code: str = "") -> dict:
    return {"name": name, "unit_price": unit_price, "vat_rate": vat_rate, "unit": unit, "code": code}


def clients_of(name: str) -> ImportResult:
    return parse_clients((DATA / name).read_bytes())


def products_of(name: str) -> ImportResult:
    return parse_products((DATA / name).read_bytes())


def codes(result: ImportResult) -> list[tuple[int, str, str]]:
    return [(e.line, e.field, e.code) for e in result.errors]


# --- each supported format -------------------------------------------------------------------


def test_generic_spanish_headers_with_defaults_padding_and_eu_vat() -> None:
    result = clients_of("generic_clients.csv")
    assert result.errors == [] and result.format == "generic"
    assert result.rows == [
        client("Inmobiliaria Sol S.A.", "A58818501", "Av. del Puerto 22", "46021", "Valencia",
               email="admin@sol.example"),
        client("Laura Gómez Ruiz", "12345678Z", "Calle Mayor 1", "08001", "Barcelona",
               email="laura@example.com"),
        client("Librairie Dupont SARL", "FR40303265045", "12 rue de la Paix", "75002", "Paris",
               country="FR", email="compta@dupont.example", payment_terms_days=60, language="en"),
    ]  # fmt: skip


def test_generic_english_keys_with_bom_and_commas() -> None:
    result = clients_of("generic_clients_en_bom.csv")
    assert (DATA / "generic_clients_en_bom.csv").read_bytes().startswith(codecs.BOM_UTF8)
    assert result.errors == []
    assert result.rows == [
        client("Construcciones Martín, S.L.", "B12345674", "Calle Alcalá 100, 3º", "28009", "Madrid",
               email="obra@martin.example", payment_terms_days=45),
        client("Acme Ltd", "GB980780684", "1 High Street", "SW1A 1AA", "London", country="GB",
               email="billing@acme.example", language="en"),
    ]  # fmt: skip


def test_factusol_clients_in_windows_1252() -> None:
    data = (DATA / "factusol_clients.csv").read_bytes()
    assert "Muñoz".encode("cp1252") in data  # the sample really is cp1252
    result = parse_clients(data)
    assert result.errors == [] and result.format == "factusol"
    assert result.rows == [
        client("Panadería Muñoz S.L.", "B60645900", "Plaza España 3", "08014", "Barcelona",
               email="pedidos@munoz.example"),
        client("José Ibáñez Peña", "87654321X", "Camí de la Font 7", "07001", "Palma"),
    ]  # fmt: skip


def test_holded_contacts_prefer_the_iso_country_code_column() -> None:
    result = clients_of("holded_contacts.csv")
    assert result.errors == [] and result.format == "holded"
    assert result.rows == [
        client("Talleres Ruiz SL", "B12345674", "Calle Real 5, nave 2", "28901", "Getafe",
               email="taller@ruiz.example"),
        client("Vinhos do Porto Lda", "PT501964843", "Rua das Flores 10", "4050-262", "Porto",
               country="PT", email="geral@vinhos.example", language="en"),
    ]  # fmt: skip


def test_quipu_contacts() -> None:
    result = clients_of("quipu_contacts.csv")
    assert result.errors == [] and result.format == "quipu"
    assert result.rows == [
        client("Asesoría Pérez", "11111111H", "C/ Mayor 10", "50001", "Zaragoza",
               email="info@perez.example"),
        client("Fundación Ñandú", "Q2826000H", "Paseo del Prado 1", "28014", "Madrid"),
    ]  # fmt: skip


def test_generic_products_with_decimal_commas() -> None:
    result = products_of("generic_products.csv")
    assert result.errors == []
    assert result.rows == [
        product("Consultoría", "85.5", "21", "hora", "CONS-01"),
        product("Licencia anual", "1234.56", "21", "ud", "LIC-12"),
        product("Libro técnico", "19.9", "4", "ud", "LIB-7"),
        product("Formación bonificada", "0", "0"),
    ]


def test_generic_products_tab_separated_with_decimal_points() -> None:
    result = products_of("generic_products_en.tsv")
    assert result.errors == []
    assert result.rows == [
        product("Hosting plan", "12.5", "21", "month", "HOST"),
        product("Domain", "9.99", "21", "year", "DOM"),
        product("Translation", "0.085", "21", "word", "TRA"),
    ]


def test_factusol_products() -> None:
    result = products_of("factusol_products.csv")
    assert result.errors == [] and result.format == "factusol"
    assert result.rows == [
        product("Café molido 1 kg", "12.4", "10", code="0001"),
        product("Cafetera exprés", "1299", "21", code="0002"),
    ]


def test_holded_products_take_name_over_description() -> None:
    result = products_of("holded_products.csv")
    assert result.errors == [] and result.format == "holded"
    assert result.rows == [
        product("Diseño web", "1500", "21", code="WEB-1"),
        product("Mantenimiento mensual", "49.9", "21", code="MANT"),
    ]


# --- invalid rows: every one reported, on its physical line ----------------------------------


def test_every_invalid_client_row_is_reported_with_its_physical_line() -> None:
    result = clients_of("invalid_clients.csv")  # a quoted two-line note makes row 2 end on line 3
    assert result.errors == [
        RowError(4, "name", "required", ""),
        RowError(4, "tax_id", "invalid_tax_id", "12345678A"),
        RowError(4, "email", "invalid_email", "no-es-un-email"),
        RowError(5, "postal_code", "invalid_postal_code", "99999"),
        RowError(5, "tax_id", "duplicate", "A58818501"),
        RowError(7, "country", "unknown_country", "Narnia"),
    ]


def test_every_invalid_product_row_is_reported() -> None:
    assert codes(products_of("invalid_products.csv")) == [
        (3, "unit_price", "required"),
        (4, "unit_price", "invalid_number"),
        (5, "unit_price", "too_many_decimals"),
        (5, "vat_rate", "out_of_range"),
        (5, "code", "duplicate"),
    ]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("a@b.example, c@d.example", "several_emails"),
        ("sin arroba", "invalid_email"),
        ("a@b", "invalid_email"),
        ("a..b@c.example", "invalid_email"),
    ],
)
def test_bad_emails(cell: str, code: str) -> None:
    data = f'nombre;email\nX;"{cell}"\n'.encode()
    assert codes(parse_clients(data)) == [(2, "email", code)]


@pytest.mark.parametrize(
    ("cell", "field", "code"),
    [
        ("Atlántida", "country", "unknown_country"),
        ("klingon", "language", "unsupported_language"),
        ("treinta", "payment_terms_days", "invalid_days"),
        ("400", "payment_terms_days", "invalid_days"),
    ],
)
def test_bad_client_cells(cell: str, field: str, code: str) -> None:
    data = f"name;{field}\nX;{cell}\n".encode()
    assert codes(parse_clients(data)) == [(2, field, code)]


def test_country_names_codes_and_greek_prefix() -> None:
    data = b"name;tax_id;country\nA;EL094259216;Grecia\nB;DE136695976;germany\nC;;pt\n"
    result = parse_clients(data)
    assert result.errors == []
    assert [(r["country"], r["tax_id"]) for r in result.rows] == [
        ("GR", "EL094259216"), ("DE", "DE136695976"), ("PT", "")]  # fmt: skip


def test_duplicate_tax_ids_in_different_spellings() -> None:
    data = b"nombre;nif\nA;12345678Z\nB;12.345.678-z\nC;ES12345678Z\n"
    assert codes(parse_clients(data)) == [(3, "tax_id", "duplicate"), (4, "tax_id", "duplicate")]


def test_a_shifted_row_is_reported() -> None:
    data = "nombre,nif,cp\nPérez, Juan,12345678Z,28001\n".encode()
    assert (2, "row", "too_many_cells") in codes(parse_clients(data))


def test_short_rows_are_padded_and_blank_lines_skipped_but_counted() -> None:
    data = b"nombre;nif;cp\n\nA;12345678Z\n\r\nB\n"
    result = parse_clients(data)
    assert result.errors == [] and [r["name"] for r in result.rows] == ["A", "B"]
    bad = b"nombre;nif\n\n\nA;bad\n"
    assert codes(parse_clients(bad)) == [(4, "tax_id", "invalid_tax_id")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_whatever_the_line_ending(newline: str) -> None:
    data = newline.join(["nombre;email", "A;a@a.example", "B;mal", "C;c@c.example", ""]).encode()
    assert codes(parse_clients(data)) == [(3, "email", "invalid_email")]


def test_escaped_formula_cells_from_our_own_export_are_restored() -> None:
    data = b"nombre;precio;iva\n'=Consultor\xc3\xada;10;21\n"
    assert parse_products(data).rows == [product("=Consultoría", "10", "21")]


def test_control_characters_inside_a_quoted_name_are_refused() -> None:
    data = b'nombre\n"Dos\nl\xc3\xadneas"\n'
    assert codes(parse_clients(data)) == [(2, "name", "control_character")]


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


# --- fuzzing ---------------------------------------------------------------------------------


def _assert_well_formed(result: ImportResult) -> None:
    assert isinstance(result, ImportResult)
    assert result.rows or result.errors
    assert all(isinstance(e.line, int) and e.line >= 0 for e in result.errors)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    _assert_well_formed(parse_clients(data))
    _assert_well_formed(parse_products(data))


CSVISH = st.text(alphabet=st.sampled_from(list(";,\t\"'\r\n =-.@0123456789aAñÑz€")), max_size=300)
HEADERS = st.sampled_from(
    ["nombre;nif;cp;pais;email\n", "name,unit_price,vat_rate\n", "descripcion\tprecio\tiva\n"]
)


@settings(max_examples=300)
@given(HEADERS, CSVISH, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_csv_like_text_never_raises(header: str, body: str, encoding: str) -> None:
    data = (header + body).encode(encoding, errors="replace")
    _assert_well_formed(parse_clients(data))
    _assert_well_formed(parse_products(data))


LETTER = "TRWAGMYFPDXBNJZSQVHLCKE"
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40
).map(str.strip)
NAMES = TEXT.filter(bool)
DNIS = st.integers(0, 99_999_999).map(lambda n: f"{n:08d}{LETTER[n % 23]}")
EMAILS = st.from_regex(r"[a-z0-9._%+-]{1,10}@[a-z0-9]{1,10}\.(es|com|example)", fullmatch=True).filter(
    lambda e: ".." not in e
)
POSTAL_CODES = st.integers(1000, 52999).map(lambda n: f"{n:05d}")


@st.composite
def clients(draw: st.DrawFn) -> dict:
    return {
        "name": draw(NAMES),
        "tax_id": draw(DNIS),
        "address": draw(TEXT),
        "postal_code": draw(POSTAL_CODES),
        "city": draw(TEXT),
        "country": "ES",
        "email": draw(st.one_of(st.just(""), EMAILS)),
        "payment_terms_days": draw(st.integers(0, 365)),
        "language": draw(st.sampled_from(["es", "en"])),
    }


def _through_csv(rows: list[dict], keys: list[str], decimal_comma: bool) -> bytes:
    buffer = io.BytesIO()
    write_csv(rows, keys, buffer, decimal_comma=decimal_comma)
    return buffer.getvalue()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(clients(), min_size=1, max_size=8, unique_by=lambda c: c["tax_id"]))
def test_clients_round_trip_through_write_csv(rows: list[dict]) -> None:
    result = parse_clients(_through_csv(rows, CLIENT_KEYS, decimal_comma=True))
    assert result.errors == []
    assert result.rows == rows


PRICES = st.decimals(min_value=0, max_value=10**9, places=6, allow_nan=False, allow_infinity=False)
RATES = st.sampled_from(["0", "4", "5", "10", "21", "7", "9.5"])


@st.composite
def products(draw: st.DrawFn) -> dict:
    return {
        "name": draw(NAMES),
        "unit_price": draw(PRICES),
        "vat_rate": Decimal(draw(RATES)),
        "unit": draw(TEXT),
        "code": draw(TEXT),
    }


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(products(), min_size=1, max_size=8, unique_by=lambda p: p["code"] or object()),
    st.booleans(),
)
def test_products_round_trip_through_write_csv(rows: list[dict], decimal_comma: bool) -> None:
    from facturas_app.domain.money import decimal_text

    result = parse_products(_through_csv(rows, PRODUCT_KEYS, decimal_comma))
    assert result.errors == []
    expected = [
        {**row, "unit_price": decimal_text(row["unit_price"]), "vat_rate": decimal_text(row["vat_rate"])}
        for row in rows
    ]
    assert result.rows == expected
