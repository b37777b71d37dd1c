"""Problems refuse a draft; implausible combinations are warnings only (SPAIN.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from facturas_app.domain.checks import invoice_problems, invoice_warnings
from facturas_app.domain.invoice import Invoice, InvoiceLine, Kind, RectificationMethod
from facturas_app.domain.parties import Business, Client, business_problems, client_problems

D = Decimal
TODAY = dt.date(2026, 11, 26)
FREELANCER = Business(name="Laura Gómez Ruiz", tax_id="12345678Z", country="ES")
COMPANY = Business(name="Gómez Consultoría S.L.", tax_id="B58818501", country="ES")
COMPANY_CLIENT = Client(id="c1", name="Inmobiliaria Sol S.A.", tax_id="A58818501")
PERSON_CLIENT = Client(id="c2", name="Pedro Pérez", tax_id="X2482300W")


def inv(*lines: InvoiceLine, irpf: str = "0", kind: Kind = Kind.INVOICE) -> Invoice:
    return Invoice(
        id="i1",
        client_id="c1",
        lines=tuple(lines),
        issue_date=TODAY,
        due_date=TODAY + dt.timedelta(days=30),
        irpf_rate=D(irpf),
        kind=kind,
    )


def ln(
    price: str,
    vat: str = "21",
    qty: str = "1",
    surcharge: str = "0",
    exemption: str | None = None,
    discount: str = "0",
) -> InvoiceLine:
    return InvoiceLine("Consultoría", D(qty), D(price), D(vat), D(discount), D(surcharge), exemption)


def codes(problems: list) -> set[str]:  # type: ignore[type-arg]
    return {p.code for p in problems}


def test_a_plain_invoice_has_neither_problems_nor_warnings() -> None:
    invoice = inv(ln("85.50", qty="3"), irpf="15")
    assert invoice_problems(invoice, FREELANCER) == []
    assert invoice_warnings(invoice, FREELANCER, COMPANY_CLIENT) == []


@pytest.mark.parametrize(
    ("invoice", "business", "client", "code"),
    [
        (inv(ln("100"), irpf="15"), COMPANY, COMPANY_CLIENT, "irpf_by_company_issuer"),
        (inv(ln("100", surcharge="5.2")), FREELANCER, COMPANY_CLIENT, "surcharge_to_company"),
        (inv(ln("100", vat="0")), FREELANCER, COMPANY_CLIENT, "zero_vat_without_reason"),
        (inv(ln("500"), kind=Kind.SIMPLIFIED), FREELANCER, PERSON_CLIENT, "simplified_over_limit"),
        (inv(ln("100"), irpf="15"), FREELANCER, PERSON_CLIENT, "irpf_to_private_person"),
        (inv(ln("100", surcharge="1.4")), FREELANCER, PERSON_CLIENT, "surcharge_does_not_match_vat"),
        (inv(ln("100", vat="5")), FREELANCER, PERSON_CLIENT, "vat_rate_not_in_force"),
    ],
)
def test_implausible_combinations_warn_but_never_refuse(
    invoice: Invoice, business: Business, client: Client, code: str
) -> None:
    assert code in codes(invoice_warnings(invoice, business, client))
    assert invoice_problems(invoice, business) == []


def test_simplified_at_the_limit_does_not_warn() -> None:
    # 330.58 + 21 % = 400.00 exactly: the limit is VAT included and "over" means strictly above.
    invoice = inv(ln("330.58"), kind=Kind.SIMPLIFIED)
    assert invoice.totals.total == D("400.00")
    assert "simplified_over_limit" not in codes(invoice_warnings(invoice, FREELANCER, PERSON_CLIENT))


def test_exempt_zero_vat_line_does_not_warn() -> None:
    invoice = inv(ln("100", vat="0", exemption="E1"))
    assert invoice_warnings(invoice, FREELANCER, COMPANY_CLIENT) == []


@pytest.mark.parametrize(
    ("invoice", "code"),
    [
        (inv(ln("100", vat="17")), "unknown_vat_rate"),
        (inv(ln("100", vat="101")), "out_of_range"),
        (inv(ln("100", surcharge="3")), "unknown_surcharge_rate"),
        (inv(ln("100", vat="21", exemption="E1")), "exempt_line_has_vat"),
        (inv(ln("100", vat="0", exemption="E9")), "invalid_exemption"),
        (inv(ln("100", qty="0")), "zero_quantity"),
        (inv(ln("1.1234567")), "too_many_decimals"),
        (inv(ln("100", discount="101")), "out_of_range"),
        (inv(), "no_lines"),
        (inv(ln("100"), irpf="100"), "out_of_range"),
        (inv(ln("100"), ln("-150")), "negative_total"),
    ],
)
def test_problems(invoice: Invoice, code: str) -> None:
    assert code in codes(invoice_problems(invoice, FREELANCER))


def test_a_vat_rate_of_another_country_is_a_problem_here_and_fine_there() -> None:
    invoice = inv(ln("100", vat="19"))
    assert "unknown_vat_rate" in codes(invoice_problems(invoice, FREELANCER))
    german = Business(name="Müller GmbH", tax_id="DE136695976", country="DE")
    assert invoice_problems(invoice, german) == []


def test_due_date_before_issue_is_a_problem() -> None:
    invoice = replace(inv(ln("100")), due_date=TODAY - dt.timedelta(days=1))
    assert "due_before_issue" in codes(invoice_problems(invoice, FREELANCER))


def test_unknown_payment_method_is_a_problem() -> None:
    invoice = replace(inv(ln("100")), payment_methods=("barter",))
    assert "invalid_payment_method" in codes(invoice_problems(invoice, FREELANCER))


def test_negative_lines_are_allowed_when_the_total_is_not_negative() -> None:
    invoice = inv(ln("100"), ln("-20"), ln("5", qty="-1"))
    assert invoice_problems(invoice, FREELANCER) == []
    assert invoice.totals.base == D("75.00")


def test_negative_total_only_on_a_rectifying_invoice_by_differences() -> None:
    lines = (ln("-100"),)
    assert "negative_total" in codes(invoice_problems(inv(*lines), FREELANCER))
    assert "negative_total" in codes(invoice_problems(inv(*lines, kind=Kind.SIMPLIFIED), FREELANCER))
    # A substitution states the corrected invoice in full: a negative one is a difference mistyped.
    assert "negative_total" in codes(invoice_problems(inv(*lines, kind=Kind.RECTIFYING), FREELANCER))
    rectifying = inv(*lines, kind=Kind.RECTIFYING)
    differences = replace(rectifying, rectification_method=RectificationMethod.DIFFERENCES)
    assert invoice_problems(differences, FREELANCER) == []


def test_party_validators() -> None:
    assert business_problems(FREELANCER) == []
    assert "invalid_tax_id" in codes(business_problems(replace(FREELANCER, tax_id="12345678A")))
    assert "series_must_differ" in codes(business_problems(replace(FREELANCER, rectifying_series="F")))
    assert "invalid_iban" in codes(business_problems(replace(FREELANCER, iban="ES00")))
    assert client_problems(COMPANY_CLIENT) == []
    assert "invalid_email" in codes(client_problems(replace(COMPANY_CLIENT, email="a@b.es, nope")))
    assert "out_of_range" in codes(client_problems(replace(COMPANY_CLIENT, payment_terms_days=400)))
    assert "required" in codes(client_problems(replace(COMPANY_CLIENT, name="  ")))


def test_company_and_person_detection_drives_the_warnings() -> None:
    assert COMPANY.is_company and not FREELANCER.is_company
    assert COMPANY_CLIENT.is_company and not PERSON_CLIENT.is_company


@pytest.mark.parametrize(
    ("quantity", "price", "field"),
    [
        ("1e400", "1", "lines[0].quantity"),
        ("1", "1e400", "lines[0].unit_price"),
        ("-1e20", "1", "lines[0].quantity"),
        ("1e9", "1e9", "lines"),
    ],
)
def test_absurd_magnitudes_are_problems_not_crashes(quantity: str, price: str, field: str) -> None:
    # Exact finite decimals, but no invoice can round or store them: refused before any total is computed.
    problems = invoice_problems(inv(ln(price, qty=quantity)), FREELANCER)
    assert [(p.field, p.code) for p in problems] == [(field, "out_of_range")]


def test_large_but_plausible_amounts_are_fine() -> None:
    invoice = inv(ln("999999999.999999", qty="800"))
    assert invoice_problems(invoice, FREELANCER) == []
    assert invoice.totals.total == D("968000000000.00")
