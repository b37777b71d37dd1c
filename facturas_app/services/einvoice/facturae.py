"""Facturae 3.2.2 (unsigned) from the printed document's model, for FACe and the B2B platforms.

Every amount is the totals engine's (doc.totals); Facturae's arithmetic holds on them:
TotalGrossAmount = Σ GrossAmount = base, TotalTaxOutputs = VAT + surcharge, TotalTaxesWithheld =
IRPF, InvoiceTotal = base + TotalTaxOutputs − IRPF = amount due = TotalOutstandingAmount =
TotalExecutableAmount (we record no advances, subsidies, guarantees or reimbursable expenses).
"""

from __future__ import annotations

import datetime as dt

from lxml import etree

from facturas_app.domain.einvoice import Dir3Codes, dir3_problems, normalized_dir3
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import Kind
from facturas_app.domain.totals import Totals
from facturas_app.services.einvoice.facturae_items import items, taxes_outputs, taxes_withheld
from facturas_app.services.einvoice.facturae_parties import party, tax_number
from facturas_app.services.einvoice.facturae_payment import payment_details
from facturas_app.services.einvoice.facturae_values import (
    CURRENCY,
    amount,
    bounded,
    document_bytes,
    root,
    sub,
    subs,
    two,
)
from facturas_app.services.pdf.model import InvoiceDocument, Rectified

SCHEMA_VERSION = "3.2.2"
MAX_NUMBER = 20  # InvoiceNumber is TextMax20Type
# ReasonCode by AEAT rectification kind: R2 is insolvency (art. 80.Tres), the rest change the base
# (R1, R3: art. 80 and unpaid debts) or the invoice's details (R4 other causes, R5 simplified).
_REASONS = {
    "R1": ("16", "Base imponible"),
    "R2": (
        "85",
        "Base imponible modificada cuotas repercutidas no satisfechas. Auto de declaración de concurso",
    ),
    "R3": ("16", "Base imponible"),
    "R4": ("10", "Detalle Operación"),
    "R5": ("10", "Detalle Operación"),
}
_METHODS = {False: ("01", "Rectificación íntegra"), True: ("02", "Rectificación por diferencias")}


def facturae_bytes(doc: InvoiceDocument, *, dir3: Dir3Codes | None = None) -> bytes:
    """The invoice as Facturae 3.2.2, UTF-8, ready to sign; `dir3` adds a public administration's
    offices to the buyer. Raises ValidationFailed when the data cannot make a valid Facturae."""
    problems: list[Problem] = []
    tree = root()
    _file_header(tree, doc)
    parties = sub(tree, "Parties")
    party(parties, "SellerParty", doc.issuer, problems)
    if dir3 is not None:
        problems.extend(dir3_problems(dir3))
        dir3 = normalized_dir3(dir3)
    party(parties, "BuyerParty", doc.client, problems, dir3)
    _invoice(sub(sub(tree, "Invoices"), "Invoice"), doc, problems)
    if problems:
        raise ValidationFailed(problems)
    return document_bytes(tree)


def _file_header(tree: etree._Element, doc: InvoiceDocument) -> None:
    header = sub(tree, "FileHeader")
    subs(header, {"SchemaVersion": SCHEMA_VERSION, "Modality": "I", "InvoiceIssuerType": "EM"})
    batch = sub(header, "Batch")
    batch_id = tax_number(doc.issuer) + (doc.number or "")
    subs(batch, {"BatchIdentifier": bounded(batch_id, 70), "InvoicesCount": "1"})
    due = doc.totals.amount_due
    for tag in ("TotalInvoicesAmount", "TotalOutstandingAmount", "TotalExecutableAmount"):
        amount(batch, tag, due)
    sub(batch, "InvoiceCurrencyCode", CURRENCY)


def _invoice(node: etree._Element, doc: InvoiceDocument, problems: list[Problem]) -> None:
    _header(sub(node, "InvoiceHeader"), doc, problems)
    _issue_data(sub(node, "InvoiceIssueData"), doc)
    taxes_outputs(node, doc.totals)
    taxes_withheld(node, doc.totals)
    _totals(sub(node, "InvoiceTotals"), doc.totals)
    items(node, doc)
    payment_details(node, doc)
    _legal_literals(node, doc)
    if doc.notes.strip():
        sub(
            sub(node, "AdditionalData"),
            "InvoiceAdditionalInformation",
            bounded(doc.notes, 2500, one_line=False),
        )


def _number(value: str | None, field: str, problems: list[Problem]) -> str:
    text = value or ""
    if not text:
        problems.append(Problem(field, "einvoice_not_issued", {"number": ""}))
    elif len(text) > MAX_NUMBER:
        problems.append(Problem(field, "facturae_number_too_long", {"value": text, "length": len(text)}))
    return text[:MAX_NUMBER]


def _header(node: etree._Element, doc: InvoiceDocument, problems: list[Problem]) -> None:
    sub(node, "InvoiceNumber", _number(doc.number, "number", problems))
    rectified = doc.rectified
    simplified = doc.kind is Kind.SIMPLIFIED or (rectified is not None and rectified.kind == "R5")
    sub(node, "InvoiceDocumentType", "FA" if simplified else "FC")
    sub(node, "InvoiceClass", "OR" if rectified is not None else "OO")
    if rectified is not None:
        _corrective(sub(node, "Corrective"), rectified, doc.issue_date, problems)


def _corrective(node: etree._Element, rectified: Rectified, issued: dt.date, problems: list[Problem]) -> None:
    sub(node, "InvoiceNumber", _number(rectified.number, "rectified.number", problems))
    code, description = _REASONS.get(rectified.kind, _REASONS["R4"])
    subs(node, {"ReasonCode": code, "ReasonDescription": description})
    start, end = tax_period(rectified.issue_date or issued)
    subs(sub(node, "TaxPeriod"), {"StartDate": start.isoformat(), "EndDate": end.isoformat()})
    method, method_text = _METHODS[rectified.by_differences]
    subs(node, {"CorrectionMethod": method, "CorrectionMethodDescription": method_text})
    if rectified.reason.strip():
        sub(node, "AdditionalReasonDescription", bounded(rectified.reason, 2500, one_line=False))
    if rectified.issue_date is not None:
        sub(node, "InvoiceIssueDate", rectified.issue_date.isoformat())


def tax_period(day: dt.date) -> tuple[dt.date, dt.date]:
    """The VAT quarter the corrected invoice was declared in (Modelo 303 is quarterly for the
    freelancers and small businesses this app serves)."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    start = dt.date(day.year, first_month, 1)
    following = dt.date(day.year + (first_month == 10), (first_month + 2) % 12 + 1, 1)
    return start, following - dt.timedelta(days=1)


def _issue_data(node: etree._Element, doc: InvoiceDocument) -> None:
    sub(node, "IssueDate", doc.issue_date.isoformat())
    if doc.operation_date is not None:
        sub(node, "OperationDate", doc.operation_date.isoformat())
    subs(
        node,
        {"InvoiceCurrencyCode": CURRENCY, "TaxCurrencyCode": CURRENCY, "LanguageName": doc.language},
    )


def _totals(node: etree._Element, totals: Totals) -> None:
    due = two(totals.amount_due)
    subs(
        node,
        {
            "TotalGrossAmount": two(totals.base),
            "TotalGrossAmountBeforeTaxes": two(totals.base),
            "TotalTaxOutputs": two(totals.tax_total),
            "TotalTaxesWithheld": two(totals.irpf),
            "InvoiceTotal": due,
            "TotalOutstandingAmount": due,
            "TotalExecutableAmount": due,
        },
    )


def _legal_literals(node: etree._Element, doc: InvoiceDocument) -> None:
    """The legends the PDF prints (exemption grounds, reverse charge), each within 250 characters."""
    if doc.legends:
        literals = sub(node, "LegalLiterals")
        for legend in doc.legends:
            sub(literals, "LegalReference", bounded(legend, 250))
