"""Rules an invoice must satisfy (problems) and implausible combinations (warnings, never refusals)."""

from __future__ import annotations

from decimal import Decimal

from facturas_app.domain.errors import Problem
from facturas_app.domain.invoice import DocType, Invoice, Kind
from facturas_app.domain.money import MAX_PRICE_DECIMALS, MAX_QUANTITY_OR_PRICE, ZERO, decimal_places
from facturas_app.domain.parties import PAYMENT_METHODS, Business, Client
from facturas_app.domain.taxes import LINE_TAX_CODES, TaxTable, tax_table
from facturas_app.domain.text_rules import (
    MAX_DESCRIPTIONS_TOTAL,
    MAX_LINE_DESCRIPTION,
    MAX_NOTES,
    fields_problems,
    length_problems,
    text_problems,
)

MAX_LINES = 1000
HUNDRED = Decimal(100)
# Bounds that keep every amount computable at Decimal's 28 digits and storable as 64-bit cents.
MAX_TOTAL = 1_000_000_000_000


def invoice_problems(invoice: Invoice, business: Business) -> list[Problem]:
    """Problems that make a draft unsavable: the same checks for GUI, CLI and import."""
    problems: list[Problem] = []
    table = tax_table(business.country)
    if not invoice.lines:
        problems.append(Problem("lines", "no_lines"))
    if len(invoice.lines) > MAX_LINES:
        problems.append(Problem("lines", "too_many_lines", {"max": MAX_LINES}))
    for index, line in enumerate(invoice.lines):
        problems.extend(_line_problems(index, line, table))
    problems.extend(_invoice_text_problems(invoice))
    if not ZERO <= invoice.irpf_rate < HUNDRED:
        problems.append(
            Problem("irpf_rate", "out_of_range", {"min": 0, "max": 99, "value": str(invoice.irpf_rate)})
        )
    if invoice.due_date < invoice.issue_date:
        problems.append(Problem("due_date", "due_before_issue"))
    for method in invoice.payment_methods:
        if method not in PAYMENT_METHODS:
            problems.append(Problem("payment_methods", "invalid_payment_method", {"value": method}))
    if invoice.lines and not problems and abs(invoice.totals.total) > MAX_TOTAL:
        problems.append(Problem("lines", "out_of_range", {"min": -MAX_TOTAL, "max": MAX_TOTAL}))
    # Only a difference can be negative: a substitution states the corrected invoice in full.
    if not invoice.is_by_differences and invoice.lines and not problems and invoice.totals.total < 0:
        problems.append(Problem("lines", "negative_total"))
    return problems


def _invoice_text_problems(invoice: Invoice) -> list[Problem]:
    total = sum(len(line.description) for line in invoice.lines)
    problems = length_problems("lines", total, MAX_DESCRIPTIONS_TOTAL)  # what one PDF lays out in seconds
    texts = {
        name: getattr(invoice, name)
        for name in ("notes", "thank_you", "rectification_reason", "cancel_reason")
    }
    limits = dict.fromkeys(texts, MAX_NOTES)
    return problems + fields_problems({**texts, "template": invoice.template}, limits=limits)


def _line_problems(index: int, line, table: TaxTable | None) -> list[Problem]:  # type: ignore[no-untyped-def]
    where = f"lines[{index}]"
    problems = text_problems(
        f"{where}.description", line.description, multiline=True, limit=MAX_LINE_DESCRIPTION
    )
    problems += text_problems(f"{where}.unit", line.unit)
    if not line.description.strip():
        problems.append(Problem(f"{where}.description", "required"))
    if line.quantity == 0:
        problems.append(Problem(f"{where}.quantity", "zero_quantity"))
    for name in ("quantity", "unit_price"):
        if abs(getattr(line, name)) > MAX_QUANTITY_OR_PRICE:  # 1e400 is exact, but no invoice can hold it
            bounds = {"min": -MAX_QUANTITY_OR_PRICE, "max": MAX_QUANTITY_OR_PRICE}
            problems.append(Problem(f"{where}.{name}", "out_of_range", bounds))
        elif decimal_places(getattr(line, name)) > MAX_PRICE_DECIMALS:
            problems.append(Problem(f"{where}.{name}", "too_many_decimals", {"max": MAX_PRICE_DECIMALS}))
    if not ZERO <= line.discount_percent <= HUNDRED:
        problems.append(Problem(f"{where}.discount_percent", "out_of_range", {"min": 0, "max": 100}))
    problems.extend(_rate_problems(where, line, table))
    return problems


def _rate_problems(where: str, line, table: TaxTable | None) -> list[Problem]:  # type: ignore[no-untyped-def]
    problems: list[Problem] = []
    if line.exemption is not None and line.exemption not in LINE_TAX_CODES:
        problems.append(Problem(f"{where}.exemption", "invalid_exemption", {"value": line.exemption}))
    if line.exemption and line.vat_rate != 0:
        problems.append(Problem(f"{where}.vat_rate", "exempt_line_has_vat", {"code": line.exemption}))
    if not ZERO <= line.vat_rate <= HUNDRED:
        problems.append(Problem(f"{where}.vat_rate", "out_of_range", {"min": 0, "max": 100}))
    elif table is not None and not table.knows_vat_rate(line.vat_rate):
        problems.append(
            Problem(
                f"{where}.vat_rate",
                "unknown_vat_rate",
                {"value": str(line.vat_rate), "country": table.country},
            )
        )
    if not ZERO <= line.surcharge_rate < HUNDRED:
        problems.append(Problem(f"{where}.surcharge_rate", "out_of_range", {"min": 0, "max": 99}))
    elif table is not None and not table.knows_surcharge(line.surcharge_rate):
        problems.append(
            Problem(f"{where}.surcharge_rate", "unknown_surcharge_rate", {"value": str(line.surcharge_rate)})
        )
    return problems


def invoice_warnings(invoice: Invoice, business: Business, client: Client | None) -> list[Problem]:
    """Implausible but possibly right: shown to the user, never a refusal (SPAIN.md)."""
    warnings: list[Problem] = []
    table = tax_table(business.country)
    if invoice.irpf_rate > 0 and business.is_company:
        warnings.append(Problem("irpf_rate", "irpf_by_company_issuer"))
    if invoice.irpf_rate > 0 and client is not None and client.country == "ES" and not client.is_company:
        warnings.append(Problem("irpf_rate", "irpf_to_private_person"))
    has_surcharge = any(line.surcharge_rate > 0 for line in invoice.lines)
    if has_surcharge and client is not None and client.is_company:
        warnings.append(Problem("surcharge_rate", "surcharge_to_company"))
    for index, line in enumerate(invoice.lines):
        warnings.extend(_line_warnings(index, line, invoice, table))
    limit = table.simplified_limit if table is not None else None
    simplified = invoice.kind is Kind.SIMPLIFIED and bool(invoice.lines)
    if simplified and limit is not None and invoice.totals.total > limit:
        warnings.append(Problem("kind", "simplified_over_limit", {"limit": str(limit)}))
    return warnings


def _line_warnings(index: int, line, invoice: Invoice, table: TaxTable | None) -> list[Problem]:  # type: ignore[no-untyped-def]
    where = f"lines[{index}]"
    warnings: list[Problem] = []
    if line.vat_rate == 0 and line.exemption is None:
        warnings.append(Problem(f"{where}.vat_rate", "zero_vat_without_reason"))
    if (
        table is not None
        and line.vat_rate > 0
        and not table.vat_rate_valid_on(line.vat_rate, invoice.issue_date)
    ):
        warnings.append(Problem(f"{where}.vat_rate", "vat_rate_not_in_force", {"value": str(line.vat_rate)}))
    if table is not None and line.surcharge_rate > 0:
        expected = table.surcharge_for(line.vat_rate)
        if expected is not None and expected != line.surcharge_rate:
            warnings.append(
                Problem(
                    f"{where}.surcharge_rate", "surcharge_does_not_match_vat", {"expected": str(expected)}
                )
            )
    return warnings


def recipient_problems(invoice: Invoice, client: Client) -> list[Problem]:
    """What a full invoice to this client lacks: a company's address (RD 1619/2012 art. 6.1.e).
    A refusal before issuing, not a warning: the law requires it. A simplified invoice (art. 7)
    and its rectification (R5) carry no recipient's address."""
    if invoice.doc_type is not DocType.INVOICE or invoice.kind is Kind.SIMPLIFIED:
        return []
    if invoice.rectification_kind == "R5":
        return []
    return [
        Problem(f"client.{name}", f"company_recipient_needs_{name}", {"name": client.name})
        for name in client.missing_address_fields
    ]
