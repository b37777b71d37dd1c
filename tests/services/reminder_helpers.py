"""Sample data for the reminder, receipt and aging tests: a business, clients and issued invoices
with chosen due dates, through the real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from tests.services.outbox_helpers import BUSINESS

ISSUE_DAY = dt.date(2026, 11, 2)


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
