"""Sample data for the reminder, receipt and aging tests: a business, clients and issued invoices
with chosen due dates, through the real services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.services.mail_fixtures import SMTP_PASSWORD, MemoryKeyring, mail_settings
from tests.services.outbox_helpers import BUSINESS

ISSUE_DAY = dt.date(2026, 11, 2)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(ISSUE_DAY)


@pytest.fixture
def services(
    tmp_path: Any, clock: FixedClock, use_keyring: Any, trusting_context_factory: Any, smtp_server: Any
) -> Iterator[Services]:
    """Services of a business with its mail configured for the loopback SMTP server (the test module
    imports the mail fixtures this one asks for, as it does these two)."""
    use_keyring(MemoryKeyring())
    built = build_services(tmp_path / "data", clock=clock, ssl_context_factory=trusting_context_factory)
    built.mail_config.configure(mail_settings(smtp_server.port), SMTP_PASSWORD)
    business(built)
    yield built
    built.close()


_counter = iter(range(10_000_000, 99_999_999, 7919))


def dni() -> str:
    """A valid Spanish DNI (VERI*FACTU wants the recipient's tax id on full invoices)."""
    number = next(_counter)
    return f"{number}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def client(services: Any, name: str, email: str | None = None, language: str = "es", **extra: Any) -> Any:
    slug = name.lower().replace(" ", "")
    return services.clients.add_payload(
        {
            "name": name,
            "tax_id": dni(),
            "address": "Calle Falsa 1",
            "postal_code": "28001",
            "city": "Madrid",
            "country": "ES",
            "email": f"{slug}@clientes.example.test" if email is None else email,
            "payment_terms_days": 30,
            "language": language,
            **extra,
        }
    )


def invoice(
    services: Any, client_id: str, due: dt.date, price: str = "100.00", issue: dt.date | None = None
) -> Any:
    """An issued invoice: 1 × price + 21 % VAT (total = price × 1.21), due on `due`."""
    payload = {
        "client_id": client_id,
        "issue_date": (issue or services.clock.today()).isoformat(),
        "due_date": due.isoformat(),
        "lines": [{"description": "Consultoría", "quantity": "1", "unit_price": price, "vat_rate": "21"}],
    }
    draft = services.invoices.create_draft_from_payload(payload).invoice
    return services.invoices.issue(draft.id)


def business(services: Any) -> None:
    services.business.save_payload(BUSINESS)


def total_of(price: str) -> Decimal:
    return (Decimal(price) * Decimal("1.21")).quantize(Decimal("0.01"))
