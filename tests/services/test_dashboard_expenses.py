"""The dashboard's received invoices waiting for our answer (#21): one SQL count over a real SQLite
file, against what the expenses recorded through the service say by hand (received + 4 days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.services.dashboard import ResponsesDue
from tests.fakes import FixedClock
from tests.services.reminder_helpers import business

TODAY = dt.date(2026, 11, 20)
SUPPLIER = {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY))
    business(built)
    yield built
    built.close()


def add(services: Services, number: str, received: dt.date) -> str:
    group = {"base": "100.00", "vat_rate": "21", "vat": "21.00", "surcharge_rate": "0", "surcharge": "0"}
    payload = {
        "supplier": SUPPLIER,
        "number": number,
        "issue_date": (received - dt.timedelta(days=1)).isoformat(),
        "received_on": received.isoformat(),
        "taxes": [group],
    }
    return services.expenses.add(payload).id


def test_nothing_to_answer(services: Services) -> None:
    assert services.dashboard.responses_due() == ResponsesDue(0, None, 0)


def test_count_nearest_deadline_and_late_ones(services: Services) -> None:
    add(services, "A-1", TODAY)  # due 24/11
    add(services, "A-2", dt.date(2026, 11, 17))  # due 21/11: not late yet
    answered = add(services, "A-3", dt.date(2026, 11, 1))  # accepted: not waiting any more
    services.expenses.set_status(answered, "accepted")
    rejected = add(services, "A-4", dt.date(2026, 11, 2))
    services.expenses.set_status(rejected, "rejected", reason="No es nuestro pedido")
    assert services.dashboard.responses_due() == ResponsesDue(2, dt.date(2026, 11, 21), 0)
    add(services, "A-5", dt.date(2026, 11, 16))  # due 20/11 = today: still in time
    assert services.dashboard.responses_due() == ResponsesDue(3, TODAY, 0)
    add(services, "A-6", dt.date(2026, 11, 15))  # due 19/11: late
    add(services, "A-7", dt.date(2026, 10, 30))  # due 03/11: late
    assert services.dashboard.responses_due() == ResponsesDue(5, dt.date(2026, 11, 3), 2)
