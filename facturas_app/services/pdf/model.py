"""`InvoiceDocument`: everything a printed invoice shows, built from domain objects only.

Amounts come from `Invoice.totals` (the one engine); nothing here recomputes a total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from facturas_app.domain.identifiers import EU_COUNTRIES, normalize_tax_id
from facturas_app.domain.invoice import DocType, Invoice, Kind, Status
from facturas_app.domain.money import ZERO, money_text
from facturas_app.domain.parties import LANGUAGES, Business, Client
from facturas_app.domain.taxes import tax_table
from facturas_app.domain.totals import Totals

TEMPLATES = ("clasica", "moderna", "minimal")
DEFAULT_TEMPLATE = "clasica"


@dataclass(frozen=True)
class Party:
    name: str
    tax_id: str = ""
    address_lines: tuple[str, ...] = ()
    country: str = "ES"
    email: str = ""
    phone: str = ""
    trade_name: str = ""
    # The address as typed, for structured documents (e-invoices); `address_lines` is for print.
    street: str = ""
    postal_code: str = ""
    city: str = ""


@dataclass(frozen=True)
class DocLine:
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    surcharge_rate: Decimal
    exemption: str | None
    net: Decimal


@dataclass(frozen=True)
class Rectified:
    number: str
    issue_date: dt.date | None
    reason: str
    kind: str
    by_differences: bool = False  # RD 1619/2012 art. 15: the invoice says which way it corrects


@dataclass(frozen=True)
class InvoiceDocument:
    doc_type: DocType
    kind: Kind
    status: Status
    number: str | None
    series: str | None
    issue_date: dt.date
    due_date: dt.date
    issuer: Party
    client: Party
    lines: tuple[DocLine, ...]
    totals: Totals
    language: str = "es"
    template: str = DEFAULT_TEMPLATE
    operation_date: dt.date | None = None
    valid_until: dt.date | None = None
    paid: Decimal = ZERO
    debt_change: Decimal = ZERO  # moved onto this debt by rectifying invoices (domain/settlement.py)
    debt_label: str = "debt_change"  # the labels key that says where debt_change comes from
    payment_methods: tuple[str, ...] = ()
    iban: str = ""
    bic: str = ""
    payment_link: str = ""  # placeholders already filled in and URL-quoted
    notes: str = ""
    thank_you: str = ""
    legends: tuple[str, ...] = ()
    rectified: Rectified | None = None
    accent_color: str = "#1F5F8B"
    logo_path: str = ""
    verifactu_qr_url: str | None = None  # filled in by the VERI*FACTU service; drawn top right
    intra_eu: bool = False  # to a business in another EU state: the issuer shows its NIF-IVA (ES…)
    # Paid by SEPA direct debit under a mandate (#19): the client's masked IBAN, and the collection
    # date once remitted (None: "al vencimiento"); the transfer QR is not printed then.
    debit_iban: str = ""
    debit_date: dt.date | None = None
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def is_draft(self) -> bool:
        return self.status is Status.DRAFT or not self.number

    @property
    def outstanding(self) -> Decimal:
        """What is still owed once issued (the same rule as Invoice.outstanding); below zero, owed back.
        A cancelled invoice is owed by nobody."""
        if self.status is Status.CANCELLED:
            return ZERO
        return self.totals.amount_due + self.debt_change - self.paid

    @property
    def amount_to_pay(self) -> Decimal:
        """What the payment QR and link ask for: the whole amount on a draft, what is owed once issued."""
        return self.totals.amount_due if self.is_draft else self.outstanding


def _address_lines(values: Mapping[str, Any]) -> tuple[str, ...]:
    address = str(values.get("address") or "").strip()
    city_line = " ".join(
        p for p in (str(values.get("postal_code") or ""), str(values.get("city") or "")) if p
    )
    country = str(values.get("country") or "ES").upper()
    lines = [line for line in (address, city_line.strip()) if line]
    if country != "ES":
        lines.append(country)
    return tuple(lines)


def party_from(values: Mapping[str, Any]) -> Party:
    return Party(
        name=str(values.get("name") or ""),
        tax_id=str(values.get("tax_id") or ""),
        address_lines=_address_lines(values),
        country=str(values.get("country") or "ES").upper(),
        email=str(values.get("email") or ""),
        phone=str(values.get("phone") or ""),
        trade_name=str(values.get("trade_name") or ""),
        street=str(values.get("address") or "").strip(),
        postal_code=str(values.get("postal_code") or "").strip(),
        city=str(values.get("city") or "").strip(),
    )


def _party_values(obj: Business | Client) -> dict[str, Any]:
    return {
        name: getattr(obj, name, "")
        for name in (
            "name",
            "tax_id",
            "address",
            "postal_code",
            "city",
            "country",
            "email",
            "phone",
            "trade_name",
        )
    }


def fill_payment_link(template: str, number: str, amount: Decimal) -> str:
    """The business's own link with {number} and {amount} filled in, URL-quoted."""
    if not template.strip():
        return ""
    return (
        template.strip()
        .replace("{number}", quote(number, safe=""))
        .replace("{amount}", quote(money_text(amount), safe=""))
    )


def legends_for(invoice: Invoice, country: str, lang: str) -> tuple[str, ...]:
    table = tax_table(country)
    if table is None:
        return ()
    codes: list[str] = []
    for line in invoice.lines:
        if line.exemption and line.exemption not in codes:
            codes.append(line.exemption)
    texts = [table.legend(code, lang) for code in codes]
    return tuple(t for t in texts if t)


def choose_template(invoice: Invoice, business: Business, override: str | None = None) -> str:
    for candidate in (override, invoice.template, business.pdf_template):
        if candidate and candidate in TEMPLATES:
            return candidate
    return DEFAULT_TEMPLATE


def _language(client: Party, client_obj: Client | None, snapshot: Mapping[str, Any]) -> str:
    lang = str(snapshot.get("language") or (client_obj.language if client_obj else "es"))
    return lang if lang in LANGUAGES else "es"


def build_document(
    invoice: Invoice,
    business: Business,
    client: Client | None = None,
    *,
    paid: Decimal | None = None,
    rectified: Invoice | None = None,
    template: str | None = None,
    language: str | None = None,
    verifactu_qr_url: str | None = None,
) -> InvoiceDocument:
    """Assemble the printable document from domain objects (no services, no storage).

    Issued invoices print their issue-time snapshots of issuer and client; drafts print the
    current profiles. Presentation (template, colour, logo, payment link) is the business's now.
    """
    issuer_values = invoice.issuer_snapshot or _party_values(business)
    client_values: Mapping[str, Any] = invoice.client_snapshot or (_party_values(client) if client else {})
    client_party = party_from(client_values)
    lang = language if language in LANGUAGES else _language(client_party, client, invoice.client_snapshot)
    number = invoice.number or ""
    paid_now = invoice.paid if paid is None else paid
    amount = _amount_to_pay(invoice, paid_now)
    issuer = party_from(issuer_values)
    intra_eu = issuer.country == "ES" and is_intra_eu(invoice, client_party)
    return InvoiceDocument(
        doc_type=invoice.doc_type,
        kind=invoice.kind,
        status=invoice.status,
        number=invoice.number,
        series=invoice.series,
        issue_date=invoice.issue_date,
        due_date=invoice.due_date,
        operation_date=invoice.operation_date if invoice.operation_date != invoice.issue_date else None,
        valid_until=invoice.valid_until,
        issuer=replace(issuer, tax_id=vat_number(issuer.tax_id)) if intra_eu else issuer,
        client=client_party,
        lines=tuple(_doc_lines(invoice)),
        totals=invoice.totals,
        language=lang,
        template=choose_template(invoice, business, template),
        paid=paid_now,
        debt_change=invoice.debt_change,
        debt_label=_debt_label(invoice),
        payment_methods=invoice.payment_methods,
        iban=str(issuer_values.get("iban") or business.iban or ""),
        bic=str(issuer_values.get("bic") or business.bic or ""),
        payment_link=fill_payment_link(business.payment_link, number, amount)
        if number and amount > 0
        else "",
        notes=invoice.notes,
        thank_you=invoice.thank_you,
        legends=legends_for(invoice, business.country, lang),
        rectified=_rectified(invoice, rectified),
        accent_color=business.accent_color or "#1F5F8B",
        logo_path=business.logo_path if business.logo_path and Path(business.logo_path).is_file() else "",
        verifactu_qr_url=verifactu_qr_url,
        intra_eu=intra_eu,
    )


def _amount_to_pay(invoice: Invoice, paid: Decimal) -> Decimal:
    """What a payment link or QR may ask for: nothing on a cancelled invoice, what is owed otherwise."""
    if invoice.status is Status.CANCELLED:
        return ZERO
    return invoice.totals.amount_due + invoice.debt_change - paid


def is_intra_eu(invoice: Invoice, client: Party) -> bool:
    """An intra-EU supply (E5) or a client established in another EU state."""
    foreign_eu = client.country != "ES" and client.country in EU_COUNTRIES
    return foreign_eu or any(line.exemption == "E5" for line in invoice.lines)


def vat_number(tax_id: str) -> str:
    """A Spanish NIF as the EU VAT number (NIF-IVA) that intra-EU invoices print: ES + NIF."""
    compact = normalize_tax_id(tax_id)
    if not compact or compact.startswith("ES"):
        return compact or tax_id
    return f"ES{compact}"


def _debt_label(invoice: Invoice) -> str:
    """A difference is applied to the invoice it corrects; a substitution takes off what was paid
    on the version it replaces; anything else was changed by corrective invoices."""
    if invoice.is_by_differences:
        return "applied_to_rectified"
    if invoice.kind is Kind.RECTIFYING and invoice.debt_change < 0:
        return "paid_on_rectified"
    return "debt_change"


def _doc_lines(invoice: Invoice) -> Iterable[DocLine]:
    for line in invoice.lines:
        yield DocLine(
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            discount_percent=line.discount_percent,
            vat_rate=line.vat_rate,
            surcharge_rate=line.surcharge_rate,
            exemption=line.exemption,
            net=line.net,
        )


def _rectified(invoice: Invoice, original: Invoice | None) -> Rectified | None:
    if invoice.kind is not Kind.RECTIFYING and not invoice.rectifies_id:
        return None
    return Rectified(
        number=(original.number if original else "") or "",
        issue_date=original.issue_date if original else None,
        reason=invoice.rectification_reason,
        kind=invoice.rectification_kind or "",
        by_differences=invoice.is_by_differences,
    )
