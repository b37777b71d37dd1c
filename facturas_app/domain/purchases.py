"""Received invoices (expenses) and their suppliers (issue #21): pure values, no storage.

An expense is what a supplier invoiced us, as received: the supplier's name, tax id and country as
the invoice gives them (the supplier list keeps its own copy), its tax groups (base, VAT, recargo),
the IRPF *we* withhold when we pay a professional, and how much of its VAT we may deduct
(`deductible_percent`: 100, 50 for a car used half privately, 0 for a non-deductible cost).

Amounts: a credit note (factura rectificativa received) carries negative amounts, as the libro
registro shows them; an ordinary invoice none. Every derived amount is rounded by domain/money.py.
Validation lives in domain/purchase_checks.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from facturas_app.domain.money import ZERO, percent_of
from facturas_app.domain.parties import tax_id_key

EXPENSE_STATUSES = ("received", "accepted", "rejected", "paid")
EXPENSE_SOURCES = ("typed", "ubl", "facturae", "facturx", "cii")
CURRENCY = "EUR"  # Spanish VAT is stated in EUR (SPAIN.md); other currencies are refused
# RD 238/2026 (B2B e-invoicing): the recipient reports acceptance or rejection within four days.
RESPONSE_DAYS = 4
# What the status may become next. A paid invoice is final; a rejection may be withdrawn (accepted
# after the supplier explains); an accepted one may still be paid or, on a later dispute, rejected.
STATUS_MOVES: dict[str, tuple[str, ...]] = {
    "received": ("accepted", "rejected", "paid"),
    "accepted": ("paid", "rejected"),
    "rejected": ("accepted",),
    "paid": (),
}
MEGABYTE = 1024 * 1024
MAX_ATTACHMENT_BYTES = 30 * MEGABYTE  # issue #21: "a 30 MB file" is refused, with words


@dataclass(frozen=True)
class Supplier:
    id: str
    name: str
    tax_id: str
    country: str = "ES"
    address: str = ""
    postal_code: str = ""
    city: str = ""
    email: str = ""


@dataclass(frozen=True)
class ExpenseTax:
    """One tax group as the invoice states it. The deductible parts are derived with the one
    rounding rule: round(amount × deductible_percent / 100), half up, per group of each expense."""

    base: Decimal
    vat_rate: Decimal
    vat: Decimal
    surcharge_rate: Decimal = ZERO
    surcharge: Decimal = ZERO
    # EN 16931's VAT category (UNCL5305: S standard, E exempt, AE reverse charge, K intra-EU, G
    # export, O not subject, Z zero) and the exemption's words, as a structured invoice states them.
    category: str = ""
    exemption_reason: str = ""

    def deductible_base(self, percent: Decimal) -> Decimal:
        return percent_of(self.base, percent)

    def deductible_vat(self, percent: Decimal) -> Decimal:
        return percent_of(self.vat, percent)


@dataclass(frozen=True)
class Attachment:
    """The file the invoice came as (PDF, XML, a scan), kept byte for byte."""

    file_name: str
    content: bytes
    media_type: str = "application/octet-stream"


@dataclass(frozen=True)
class StatusEvent:
    """One status change as recorded: the day it applies to (`on`: a payment's date) and when it
    was recorded (`recorded_at`, the real UTC time)."""

    id: str
    expense_id: str
    status: str
    on: dt.date
    recorded_at: dt.datetime
    reason: str = ""


@dataclass(frozen=True)
class Expense:
    id: str
    supplier_id: str
    supplier_name: str
    supplier_tax_id: str
    supplier_country: str
    number: str
    issue_date: dt.date
    received_on: dt.date
    taxes: tuple[ExpenseTax, ...]
    irpf_rate: Decimal = ZERO
    irpf: Decimal = ZERO
    category: str = ""
    deductible_percent: Decimal = Decimal(100)
    operation_date: dt.date | None = None
    due_date: dt.date | None = None
    is_credit_note: bool = False
    corrects: str = ""  # a credit note's corrected invoice number, as the supplier wrote it
    currency: str = CURRENCY
    status: str = "received"
    status_at: dt.datetime | None = None
    reason: str = ""
    paid_on: dt.date | None = None
    source: str = "typed"
    notes: str = ""
    # What the structured document's checks found (schema errors, EN 16931 rule ids), one line each;
    # empty for a typed-in expense. An expense with findings is stored, shown as not valid.
    findings: tuple[str, ...] = ()
    signature: str = ""  # a Facturae's signature as verified: "valid" or "absent"; "" otherwise
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)

    @property
    def valid(self) -> bool:
        return not self.findings

    @property
    def base(self) -> Decimal:
        return sum((t.base for t in self.taxes), ZERO)

    @property
    def vat(self) -> Decimal:
        return sum((t.vat for t in self.taxes), ZERO)

    @property
    def surcharge(self) -> Decimal:
        return sum((t.surcharge for t in self.taxes), ZERO)

    @property
    def invoice_total(self) -> Decimal:
        """The invoice's own total: Σ bases + Σ VAT + Σ recargo (SPAIN.md «Totals»)."""
        return self.base + self.vat + self.surcharge

    @property
    def total(self) -> Decimal:
        """What we pay the supplier: the invoice total less the IRPF we withhold (and pay to AEAT)."""
        return self.invoice_total - self.irpf

    @property
    def vat_deduction_percent(self) -> Decimal:
        """The share of its VAT the 303 may deduct: the deductible % of Spanish VAT only. A foreign
        supplier's own VAT (a hotel in Amsterdam) is not Spanish VAT: it is never deducted here (it
        is claimed from that country, Modelo 360) and counts as a cost."""
        return self.deductible_percent if (self.supplier_country or "ES").upper() == "ES" else ZERO

    @property
    def deductible_vat(self) -> Decimal:
        return sum((t.deductible_vat(self.vat_deduction_percent) for t in self.taxes), ZERO)


def irpf_for(taxes: tuple[ExpenseTax, ...], rate: Decimal) -> Decimal:
    """IRPF = round(Σ bases × rate / 100), on the bases, never on VAT (SPAIN.md «Rounding»)."""
    return percent_of(sum((t.base for t in taxes), ZERO), rate)


def response_due(expense: Expense) -> dt.date:
    """The last day to tell the supplier whether we accept or reject it: received + 4 days."""
    return expense.received_on + dt.timedelta(days=RESPONSE_DAYS)


def can_move(current: str, new: str) -> bool:
    return new in STATUS_MOVES.get(current, ())


def supplier_key(tax_id: str, country: str) -> str:
    """The supplier's tax id as duplicates are found by: compact, upper case, without its own
    country's VAT prefix (ESB12345674 and B-12345674 are one supplier), as for clients."""
    return tax_id_key(tax_id, country)


def megabytes(size: int) -> Decimal:
    """A file size in MB to one decimal, rounded half up (31457281 bytes → 30.0): the number the
    size-limit messages give, written with the reader's decimal mark by messages_fields."""
    return (Decimal(size) / MEGABYTE).quantize(Decimal("0.1"), ROUND_HALF_UP)
