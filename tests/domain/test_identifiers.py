"""Tax ids (python-stdnum), IBANs and emails."""

from __future__ import annotations

import pytest

from facturas_app.domain.identifiers import (
    format_iban,
    is_spanish_company,
    is_valid_email,
    is_valid_iban,
    is_valid_tax_id,
    normalize_tax_id,
    split_emails,
)

VALID = [
    ("12345678Z", "ES"),  # DNI-based NIF
    ("12345678-z", "ES"),
    ("X2482300W", "ES"),  # NIE
    ("A58818501", "ES"),  # CIF
    ("ES12345678Z", "ES"),
    ("FR40303265045", "FR"),
    ("40303265045", "FR"),  # without the prefix, country given
    ("DE136695976", "DE"),
    ("PT501964843", "PT"),
    ("GODE561231GR8", "MX"),  # RFC
    ("20-26756539-3", "AR"),  # CUIT
    ("76.086.428-5", "CL"),  # RUT
]
INVALID = [
    ("12345678A", "ES"),
    ("X2482300A", "ES"),
    ("A58818502", "ES"),
    ("ABC", "ES"),
    ("", "ES"),
    ("   ", "ES"),
    ("FR40303265046", "FR"),
    ("DE136695977", "DE"),
    ("PT501964842", "PT"),
    ("GODE561331GR8", "MX"),  # month 13
    ("1234", "MX"),
    ("20267565394", "AR"),
    ("76086428-4", "CL"),
]


@pytest.mark.parametrize(("value", "country"), VALID)
def test_valid_tax_ids(value: str, country: str) -> None:
    assert is_valid_tax_id(value, country)


@pytest.mark.parametrize(("value", "country"), INVALID)
def test_invalid_tax_ids(value: str, country: str) -> None:
    assert not is_valid_tax_id(value, country)


def test_normalize_tax_id_strips_separators_and_uppercases() -> None:
    assert normalize_tax_id(" 12.345.678-z ") == "12345678Z"


@pytest.mark.parametrize(
    ("tax_id", "company"),
    [("A58818501", True), ("ESA58818501", True), ("12345678Z", False), ("X2482300W", False)],
)
def test_company_or_person(tax_id: str, company: bool) -> None:
    assert is_spanish_company(tax_id) is company


@pytest.mark.parametrize(
    "iban",
    [
        "ES9121000418450200051332",
        "es91 2100 0418 4502 0005 1332",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
    ],
)
def test_valid_ibans(iban: str) -> None:
    assert is_valid_iban(iban)


@pytest.mark.parametrize(
    "iban", ["ES9121000418450200051333", "ES91", "", "XX00 0000", "DE89370400440532013001"]
)
def test_invalid_ibans(iban: str) -> None:
    assert not is_valid_iban(iban)


def test_format_iban_groups_by_four() -> None:
    assert format_iban("es9121000418450200051332") == "ES91 2100 0418 4502 0005 1332"


@pytest.mark.parametrize("email", ["a@b.es", "laura.gomez+facturas@example.com", "admin@sol.example"])
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email", ["a@b", "a b@c.es", "@c.es", "a@@c.es", "a@c..es", "", "x" * 250 + "@a.es", "a@-c.es"]
)
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


def test_several_addresses_split_on_commas_and_semicolons() -> None:
    assert split_emails("a@b.es; c@d.es,e@f.es ,") == ["a@b.es", "c@d.es", "e@f.es"]
