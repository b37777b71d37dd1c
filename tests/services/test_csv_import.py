"""CSV import of clients and products: each source format and every invalid row, on its line.
Decimals, encodings, separators and hostile files: test_csv_import_text.py; fuzzing and round trips
through our own export: test_csv_import_fuzz.py."""

from __future__ import annotations

import codecs

import pytest

from facturas_app.services.importers import RowError, parse_clients, parse_products
from tests.services.csv_import_helpers import DATA, client, clients_of, codes, product, products_of

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
