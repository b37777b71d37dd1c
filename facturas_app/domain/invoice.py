"""Invoices (and quotes/proformas, which share the shape), their lines and status transitions."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from facturas_app.domain.errors import InvalidTransition
from facturas_app.domain.money import ZERO
from facturas_app.domain.totals import TaxableLine, Totals, compute_totals, line_net


class DocType(StrEnum):
    INVOICE = "invoice"
    QUOTE = "quote"
    PROFORMA = "proforma"


class Kind(StrEnum):
    INVOICE = "invoice"
    SIMPLIFIED = "simplified"
    RECTIFYING = "rectifying"


class Status(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    OVERDUE = "overdue"  # derived, never stored
    CANCELLED = "cancelled"


STORED_STATUSES = tuple(s for s in Status if s is not Status.OVERDUE)
OPEN_STATUSES = (Status.ISSUED, Status.SENT, Status.PARTIALLY_PAID)
RECTIFICATION_KINDS = ("R1", "R2", "R3", "R4", "R5")


class RectificationMethod(StrEnum):
    """RD 1619/2012 art. 15: the corrected full amounts, or only the difference (AEAT: S / I)."""

    SUBSTITUTION = "substitution"
    DIFFERENCES = "differences"


@dataclass(frozen=True)
class InvoiceLine:
    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    discount_percent: Decimal = ZERO
    surcharge_rate: Decimal = ZERO
    exemption: str | None = None
    unit: str = ""
    product_id: str | None = None

    def taxable(self) -> TaxableLine:
        return TaxableLine(
            quantity=self.quantity,
            unit_price=self.unit_price,
            discount_percent=self.discount_percent,
            vat_rate=self.vat_rate,
            surcharge_rate=self.surcharge_rate,
            exemption=self.exemption,
        )

    @property
    def net(self) -> Decimal:
        return line_net(self.taxable())


@dataclass(frozen=True)
class Invoice:
    id: str
    client_id: str
    lines: tuple[InvoiceLine, ...]
    issue_date: dt.date
    due_date: dt.date
    doc_type: DocType = DocType.INVOICE
    kind: Kind = Kind.INVOICE
    status: Status = Status.DRAFT
    series: str | None = None
    number: str | None = None
    irpf_rate: Decimal = ZERO
    payment_methods: tuple[str, ...] = ()
    notes: str = ""
    thank_you: str = ""
    operation_date: dt.date | None = None
    rectifies_id: str | None = None
    rectification_kind: str | None = None
    rectification_reason: str = ""
    rectification_method: RectificationMethod | None = None
    cancel_reason: str = ""
    template: str = ""
    paid: Decimal = ZERO
    # What rectifying invoices moved onto (or off) this invoice's debt (domain/settlement.py).
    debt_change: Decimal = ZERO
    valid_until: dt.date | None = None  # quotes
    sent_at: dt.datetime | None = None
    client_snapshot: dict[str, object] = field(default_factory=dict)
    issuer_snapshot: dict[str, object] = field(default_factory=dict)

    @cached_property
    def totals(self) -> Totals:
        return compute_totals((line.taxable() for line in self.lines), self.irpf_rate)

    @property
    def is_draft(self) -> bool:
        return self.status is Status.DRAFT

    @property
    def outstanding(self) -> Decimal:
        if self.status in (Status.DRAFT, Status.CANCELLED):
            return ZERO
        return self.totals.amount_due + self.debt_change - self.paid

    @property
    def is_by_differences(self) -> bool:
        return self.kind is Kind.RECTIFYING and self.rectification_method is RectificationMethod.DIFFERENCES

    def effective_status(self, today: dt.date) -> Status:
        """The stored status, or OVERDUE when money is still owed after the due date."""
        if self.status in OPEN_STATUSES and self.due_date < today and self.outstanding > 0:
            return Status.OVERDUE
        return self.status


def is_overdue(status: Status, due_date: dt.date, outstanding: Decimal, today: dt.date) -> bool:
    return status in OPEN_STATUSES and due_date < today and outstanding > 0


_ALLOWED = {
    Status.DRAFT: {Status.ISSUED},
    Status.ISSUED: {Status.SENT, Status.PARTIALLY_PAID, Status.PAID, Status.CANCELLED},
    Status.SENT: {Status.PARTIALLY_PAID, Status.PAID, Status.CANCELLED},
    Status.PARTIALLY_PAID: {Status.PAID, Status.ISSUED, Status.SENT, Status.PARTIALLY_PAID},
    Status.PAID: {Status.PARTIALLY_PAID, Status.ISSUED, Status.SENT},  # a payment removed by mistake
    Status.CANCELLED: set(),
}


def check_transition(current: Status, target: Status) -> None:
    if target not in _ALLOWED[current]:
        raise InvalidTransition("invalid_transition", current=current.value, target=target.value)


def status_after_payments(invoice: Invoice, paid: Decimal, was_sent: bool) -> Status:
    """Status follows money: unpaid → issued/sent, some → partially paid, all → paid."""
    return status_for_debt(invoice.totals.amount_due, paid, was_sent)


def status_for_debt(due: Decimal, received: Decimal, was_sent: bool) -> Status:
    """The same rule for a debt rectifications changed: `due` what is asked in all, `received`
    what the client paid towards it (on this invoice and on the versions it replaced)."""
    if received <= 0:
        return Status.SENT if was_sent else Status.ISSUED
    if received >= due:
        return Status.PAID
    return Status.PARTIALLY_PAID


def format_number(series: str, year: int, sequence: int) -> str:
    """The legal number: series, year and a zero-padded correlative ('F-2026-0001')."""
    return f"{series}-{year}-{sequence:04d}"


def evolve(invoice: Invoice, **changes: object) -> Invoice:
    """dataclasses.replace that keeps the computed totals when lines and IRPF rate are untouched."""
    changed = replace(invoice, **changes)  # type: ignore[arg-type]
    if "lines" not in changes and "irpf_rate" not in changes and "totals" in invoice.__dict__:
        changed.__dict__["totals"] = invoice.__dict__["totals"]
    return changed


def with_status(invoice: Invoice, target: Status) -> Invoice:
    check_transition(invoice.status, target)
    return replace(invoice, status=target)
