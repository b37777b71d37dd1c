"""Shared set-up for the VERI*FACTU integration, CLI and storage tests: a Spanish business with a
Spanish and a French client, and short ways to draft, issue, rectify and cancel."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.invoice import Invoice
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 10, 15, 30, tzinfo=dt.UTC)  # 11:15:30 in Madrid (CET)
BUSINESS = {
    "name": "Laura Gómez Ruiz", "tax_id": "12345678Z", "address": "Calle Mayor 1", "postal_code": "28001",
    "city": "Madrid", "country": "ES", "email": "facturas@example.com", "default_series": "F",
}  # fmt: skip
CLIENT_ES = {"name": "Inmobiliaria Sol S.A.", "tax_id": "A58818501", "address": "Av. del Puerto 22",
             "postal_code": "46021", "city": "Valencia", "country": "ES"}  # fmt: skip
CLIENT_FR = {"name": "Société Lune SARL", "tax_id": "FR40303265045", "address": "1 rue de la Paix",
             "postal_code": "75002", "city": "Paris", "country": "FR"}  # fmt: skip


def line(price: str = "85.50", qty: str = "3", vat: str = "21", **extra: str) -> dict[str, str]:
    return {"description": "Consultoría", "quantity": qty, "unit_price": price, "vat_rate": vat, **extra}


def open_services(data_dir: Path, country: str = "ES", now: dt.datetime = NOW) -> Services:
    services = build_services(data_dir, clock=FixedClock(TODAY, now))
    services.business.save_payload({**BUSINESS, "country": country} if country == "ES" else
                                   {**BUSINESS, "country": country, "tax_id": "FR40303265045"})  # fmt: skip
    return services


def add_client(services: Services, payload: dict[str, Any] = CLIENT_ES) -> str:
    return services.clients.add_payload(dict(payload)).id


def issue(
    services: Services, client_id: str, lines: list[dict[str, str]] | None = None, **extra: Any
) -> Invoice:
    payload = {"client_id": client_id, "lines": lines or [line()], **extra}
    draft = services.invoices.create_draft_from_payload(payload).invoice
    return services.invoices.issue(draft.id)


def rectify(
    services: Services, number: str, kind: str = "R1", lines: list[dict[str, str]] | None = None
) -> Invoice:
    payload = {"lines": lines or [line("80.00")]}
    draft = services.invoices.rectify(number, payload, "Precio corregido", kind).invoice
    return services.invoices.issue(draft.id)


def raw(data_dir: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection to the data dir's database, outside the app (for tampering)."""
    return sqlite3.connect(data_dir / DB_FILENAME, isolation_level=None)
