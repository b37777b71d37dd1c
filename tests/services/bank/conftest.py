"""A business (its IBAN is the statements' account), two clients and issued invoices, through
the real services on a temp SQLite file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.services.outbox_helpers import BUSINESS
from tests.services.reminder_helpers import dni

TODAY = dt.date(2026, 12, 1)
SANCHEZ_IBAN = "ES7921000813610123456789"


@pytest.fixture
def services(tmp_path: Any, database_url: str | None) -> Iterator[Services]:
    built = build_services(tmp_path / "data", clock=FixedClock(TODAY), database_url=database_url)
    built.business.save_payload(BUSINESS)
    yield built
    built.close()


def add_client(services: Any, name: str, iban: str = "") -> Any:
    return services.clients.add_payload(
        {
            "name": name,
            "tax_id": dni(),
            "address": "Calle Falsa 1",
            "postal_code": "28001",
            "city": "Madrid",
            "country": "ES",
            "payment_terms_days": 30,
            "iban": iban,
        }
    )


def issue(services: Any, client_id: str, price: str, due: dt.date = TODAY) -> Any:
    """1 × price + 21 % VAT, issued a month before TODAY."""
    payload = {
        "client_id": client_id,
        "issue_date": (TODAY - dt.timedelta(days=30)).isoformat(),
        "due_date": due.isoformat(),
        "lines": [{"description": "Consultoría", "quantity": "1", "unit_price": price, "vat_rate": "21"}],
    }
    draft = services.invoices.create_draft_from_payload(payload).invoice
    return services.invoices.issue(draft.id)
