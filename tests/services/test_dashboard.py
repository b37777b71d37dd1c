"""Dashboard figures (SQL aggregates) against a recomputation in Python from the invoices and
payments the services returned: issued, paid in part, paid, removed payments, a cancelled invoice,
a draft, a rectifying invoice and invoices outside the 12-month window."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import OPEN_STATUSES
from facturas_app.services.dashboard import dso, month_start
from tests.fakes import FixedClock
from tests.services.reminder_helpers import business, client, invoice

TODAY = dt.date(2026, 11, 20)
ZERO = Decimal("0.00")


@pytest.fixture
def services(tmp_path, database_url):
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY), database_url=database_url)
    business(built)
    yield built
    built.close()


def _issue(services, client_id, issue, days=30, price="100.00"):
    return invoice(services, client_id, issue + dt.timedelta(days=days), price=price, issue=issue)


@pytest.fixture
def book(services):
    """Invoices issued in date order (numbering is chronological), then payments and changes."""
    names = ["Ana", "Bea", "Carlos", "Dora", "Eva", "Fede", "Gil"]
    clients = [client(services, n) for n in names]
    issued = []
    day = dt.date(2025, 8, 3)  # before the 12-month window (Dec 2025 – Nov 2026)
    k = 0
    while day <= TODAY:
        who = clients[k % len(clients)]
        price = f"{100 + 37 * (k % 11)}.{k % 100:02d}"
        issued.append(_issue(services, who.id, day, days=15 + 10 * (k % 4), price=price))
        day += dt.timedelta(days=9)
        k += 1
    # a draft never counts
    services.invoices.create_draft_from_payload(
        {
            "client_id": clients[0].id,
            "issue_date": TODAY.isoformat(),
            "due_date": TODAY.isoformat(),
            "lines": [{"description": "Borrador", "quantity": "1", "unit_price": "999", "vat_rate": "21"}],
        }
    )
    cancelled = issued[-3]
    services.invoices.cancel(cancelled.number, "Error")
    # payments: full, partial, and one removed
    paid_dates = {}
    for n, inv in enumerate(issued[:-3]):
        if n % 3 == 0:
            on = min(inv.issue_date + dt.timedelta(days=20), TODAY)
            services.payments.add(inv.number, inv.totals.amount_due, paid_on=on)
        elif n % 3 == 1:
            on = min(inv.issue_date + dt.timedelta(days=40), TODAY)
            payment = services.payments.add(inv.number, Decimal("10.00"), paid_on=on)
            if n % 2:
                services.payments.remove(payment.id, "error")
            else:
                paid_dates.setdefault(inv.id, []).append((on, Decimal("10.00")))
                continue
        else:
            continue
        if n % 3 == 0:
            paid_dates.setdefault(inv.id, []).append((on, inv.totals.amount_due))
    services.payments.add(issued[-2].number, Decimal("25.00"), paid_on=TODAY)  # collected this month
    paid_dates.setdefault(issued[-2].id, []).append((TODAY, Decimal("25.00")))
    # a rectifying invoice (by substitution) of an invoice issued in the window
    original = issued[-8]
    draft = services.invoices.rectify(
        original.number,
        {
            "lines": [
                {"description": "Corregido", "quantity": "2", "unit_price": "333.33", "vat_rate": "21"}
            ],
        },
        "Precio",
    )
    rect = services.invoices.issue(draft.invoice.id)
    return {
        "issued": issued,
        "cancelled": cancelled.id,
        "paid": paid_dates,
        "original": original,
        "rect": rect,
    }


def test_figures_match_an_independent_recomputation(services, book):
    figures = services.dashboard.figures()
    current = {i.id: services.invoices.get(i.number) for i in [*book["issued"], book["rect"]]}
    live = [i for i in current.values() if i.status.value != "cancelled"]
    open_ = [i for i in current.values() if i.status in OPEN_STATUSES]
    owed = {i.id: i.totals.amount_due - i.paid for i in open_}
    # The substitution carries the original's debt: the original owes nothing, the substitute its
    # amount due less what was paid on the original (CLI.md, "what is owed").
    original, rect = current[book["original"].id], current[book["rect"].id]
    owed.pop(original.id, None)
    owed[rect.id] = rect.totals.amount_due - original.paid - rect.paid
    assert figures.outstanding == sum(owed.values(), ZERO)
    overdue = [i for i in open_ if i.due_date < TODAY and owed[i.id] > 0]
    assert figures.overdue == sum((owed[i.id] for i in overdue), ZERO)
    assert figures.overdue_count == len(overdue) > 0

    payments = [p for rows in book["paid"].values() for p in rows]
    assert figures.collected_month == sum((a for on, a in payments if on >= dt.date(2026, 11, 1)), ZERO)
    assert figures.collected_quarter == sum((a for on, a in payments if on >= dt.date(2026, 10, 1)), ZERO)
    assert figures.collected_quarter > figures.collected_month > 0

    # revenue: base by issue month; the rectifying invoice counts by its difference
    start = month_start(TODAY, 11)
    delta = {i.id: i.totals.base for i in live}
    rect, original = book["rect"], current[book["original"].id]
    delta[rect.id] = rect.totals.base - original.totals.base
    months = [month_start(TODAY, b) for b in range(11, -1, -1)]
    expected = {m: ZERO for m in months}
    for i in live:
        if start <= i.issue_date <= TODAY:
            expected[month_start(i.issue_date)] += delta[i.id]
    assert [(m.month, m.revenue) for m in figures.revenue_by_month] == list(expected.items())
    assert figures.revenue_by_month[0].month == dt.date(2025, 12, 1)

    per_client: dict[str, Decimal] = {}
    for i in live:
        if start <= i.issue_date <= TODAY:
            per_client[i.client_id] = per_client.get(i.client_id, ZERO) + delta[i.id]
    top = sorted(per_client.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    assert [(c.client_id, c.revenue) for c in figures.top_clients] == top
    assert len(per_client) == 7  # the cut to five is exercised

    since = TODAY - dt.timedelta(days=89)
    billed = sum(
        (i.totals.amount_due for i in live if since <= i.issue_date <= TODAY and i.id != rect.id), ZERO
    )
    if since <= rect.issue_date:
        billed += rect.totals.amount_due - original.totals.amount_due
    assert figures.billed_90_days == billed
    assert figures.dso_days == (figures.outstanding / billed * 90).quantize(Decimal("0.1"))


def test_empty_book_has_zero_figures_and_no_dso(services):
    figures = services.dashboard.figures()
    assert (figures.outstanding, figures.overdue, figures.overdue_count) == (ZERO, ZERO, 0)
    assert figures.collected_month == figures.collected_quarter == ZERO
    assert len(figures.revenue_by_month) == 12 and all(m.revenue == ZERO for m in figures.revenue_by_month)
    assert figures.top_clients == () and figures.dso_days is None


def test_dso_rounds_to_a_tenth():
    assert dso(Decimal("1000.00"), Decimal("3000.00")) == Decimal("30.0")
    assert dso(Decimal("1.00"), ZERO) is None
