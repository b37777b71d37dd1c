"""Status transitions, derived overdue, status after payments and the number format."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from facturas_app.domain.errors import InvalidTransition
from facturas_app.domain.invoice import (
    Invoice,
    InvoiceLine,
    Status,
    check_transition,
    format_number,
    is_overdue,
    status_after_payments,
    with_status,
)

D = Decimal
ISSUE = dt.date(2026, 10, 1)
DUE = dt.date(2026, 10, 31)


def issued(paid: str = "0", status: Status = Status.ISSUED) -> Invoice:
    return Invoice(
        id="i",
        client_id="c",
        lines=(InvoiceLine("x", D(3), D("85.50"), D(21)),),
        issue_date=ISSUE,
        due_date=DUE,
        irpf_rate=D(15),
        status=status,
        number="F-2026-0001",
        paid=D(paid),
    )


ALLOWED = [
    (Status.DRAFT, Status.ISSUED),
    (Status.ISSUED, Status.SENT),
    (Status.ISSUED, Status.PAID),
    (Status.ISSUED, Status.PARTIALLY_PAID),
    (Status.ISSUED, Status.CANCELLED),
    (Status.SENT, Status.PAID),
    (Status.SENT, Status.CANCELLED),
    (Status.PARTIALLY_PAID, Status.PAID),
]
REFUSED = [
    (Status.DRAFT, Status.PAID),
    (Status.DRAFT, Status.CANCELLED),
    (Status.ISSUED, Status.DRAFT),
    (Status.PAID, Status.DRAFT),
    (Status.CANCELLED, Status.ISSUED),
    (Status.CANCELLED, Status.PAID),
    (Status.PAID, Status.CANCELLED),
    (Status.ISSUED, Status.OVERDUE),
]


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed_transitions(current: Status, target: Status) -> None:
    check_transition(current, target)


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_refused_transitions(current: Status, target: Status) -> None:
    with pytest.raises(InvalidTransition):
        check_transition(current, target)


def test_with_status_returns_a_changed_copy() -> None:
    invoice = issued()
    assert with_status(invoice, Status.SENT).status is Status.SENT
    assert invoice.status is Status.ISSUED


def test_overdue_is_derived_from_due_date_and_what_is_unpaid() -> None:
    invoice = issued()
    assert invoice.outstanding == D("271.89")
    assert invoice.effective_status(DUE) is Status.ISSUED  # due today: not yet overdue
    assert invoice.effective_status(DUE + dt.timedelta(days=1)) is Status.OVERDUE
    assert issued("100", Status.PARTIALLY_PAID).effective_status(DUE + dt.timedelta(days=1)) is Status.OVERDUE
    assert is_overdue(Status.SENT, DUE, D("1"), DUE + dt.timedelta(days=1))


@pytest.mark.parametrize("status", [Status.PAID, Status.CANCELLED, Status.DRAFT])
def test_never_overdue_when_paid_cancelled_or_draft(status: Status) -> None:
    invoice = issued("271.89" if status is Status.PAID else "0", status)
    assert invoice.effective_status(DUE + dt.timedelta(days=400)) is status


def test_drafts_and_cancelled_owe_nothing() -> None:
    assert replace(issued(), status=Status.DRAFT).outstanding == 0
    assert replace(issued(), status=Status.CANCELLED).outstanding == 0


def test_status_follows_money() -> None:
    invoice = issued()
    assert status_after_payments(invoice, D(0), was_sent=False) is Status.ISSUED
    assert status_after_payments(invoice, D(0), was_sent=True) is Status.SENT
    assert status_after_payments(invoice, D("0.01"), was_sent=False) is Status.PARTIALLY_PAID
    assert status_after_payments(invoice, D("271.88"), was_sent=True) is Status.PARTIALLY_PAID
    assert status_after_payments(invoice, D("271.89"), was_sent=False) is Status.PAID


@pytest.mark.parametrize(
    ("series", "year", "seq", "number"),
    [("F", 2026, 1, "F-2026-0001"), ("R", 2027, 42, "R-2027-0042"), ("F", 2026, 12345, "F-2026-12345")],
)
def test_number_format(series: str, year: int, seq: int, number: str) -> None:
    assert format_number(series, year, seq) == number
