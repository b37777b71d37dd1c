"""DSO is shown only once the books have history (issue #18): a payment recorded and 30 days since
the first issued invoice. Real SQLite books under a fixed clock."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.services.dashboard import DSO_MIN_HISTORY, dso_missing
from tests.fakes import FixedClock
from tests.services.reminder_helpers import business, client, invoice

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def clock():
    return FixedClock(TODAY)


@pytest.fixture
def services(tmp_path, clock, database_url):
    built = build_services(tmp_path / "data", clock=clock, database_url=database_url)
    business(built)
    yield built
    built.close()


def _issue(services, who, issue, price="100.00"):
    return invoice(services, who.id, issue + dt.timedelta(days=30), price=price, issue=issue)


def test_one_invoice_issued_today_shows_no_dso(services):
    _issue(services, client(services, "Ana"), TODAY)
    figures = services.dashboard.figures()
    assert figures.billed_90_days > 0  # the old rule would have shown 90.0 days here
    assert figures.dso_days is None and figures.dso_missing == "short_history"


def test_history_without_any_payment_shows_no_dso(services):
    _issue(services, client(services, "Ana"), TODAY - dt.timedelta(days=60))
    figures = services.dashboard.figures()
    assert figures.dso_days is None and figures.dso_missing == "no_payment"


def test_a_removed_payment_does_not_count_as_history(services):
    first = _issue(services, client(services, "Ana"), TODAY - dt.timedelta(days=60))
    payment = services.payments.add(first.number, Decimal("10.00"), paid_on=TODAY)
    services.payments.remove(payment.id, "error")
    assert services.dashboard.figures().dso_missing == "no_payment"


def test_dso_appears_at_thirty_days_with_a_payment(services, clock):
    ana = client(services, "Ana")
    first = _issue(services, ana, TODAY - dt.timedelta(days=DSO_MIN_HISTORY - 1))
    services.payments.add(first.number, first.totals.amount_due, paid_on=TODAY)
    second = _issue(services, ana, TODAY, price="300.00")
    assert services.dashboard.figures().dso_missing == "short_history"  # 29 days: not yet

    clock.today_date = TODAY + dt.timedelta(days=1)
    figures = services.dashboard.figures()
    assert figures.dso_missing is None
    expected = second.totals.amount_due / (first.totals.amount_due + second.totals.amount_due) * 90
    assert figures.dso_days == expected.quantize(Decimal("0.1")) > 0


def test_cancelled_first_invoice_does_not_start_the_history(services):
    ana = client(services, "Ana")
    old = _issue(services, ana, TODAY - dt.timedelta(days=60))
    services.invoices.cancel(old.number, "Error")
    recent = _issue(services, ana, TODAY - dt.timedelta(days=5))
    services.payments.add(recent.number, Decimal("10.00"), paid_on=TODAY)
    assert services.dashboard.figures().dso_missing == "short_history"


def test_the_rule_in_order():
    day = dt.date(2026, 1, 31)
    enough = day - dt.timedelta(days=DSO_MIN_HISTORY)
    assert dso_missing(day, None, True, Decimal("1")) == "short_history"
    assert dso_missing(day, enough + dt.timedelta(days=1), True, Decimal("1")) == "short_history"
    assert dso_missing(day, enough, False, Decimal("1")) == "no_payment"
    assert dso_missing(day, enough, True, Decimal("0")) == "nothing_billed"
    assert dso_missing(day, enough, True, Decimal("1")) is None
