"""Shared set-up for the report tests: a business, clients, and invoices issued on chosen dates.

Expected figures are recomputed here from the domain engine (`Invoice.totals`), never from the
report code, so the tests compare two independent paths.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.invoice import Invoice
from facturas_app.domain.parties import Business, Client
from tests.fakes import FixedClock

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

D = Decimal
ZERO = D("0.00")
TODAY = dt.date(2026, 12, 31)


def make_services(path: Path, today: dt.date = TODAY, database_url: str | None = None) -> Services:
    services = build_services(path, clock=FixedClock(today), database_url=database_url)
    services.business.save(
        Business(
            name="Laura Gómez Ruiz",
            tax_id="12345678Z",
            address="Calle Mayor 1",
            postal_code="28013",
            city="Madrid",
        )
    )
    for client in (
        Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS),
        Client(id="luna", name="Librería Luna S.L.", tax_id="B12345674", **ADDRESS),
        Client(id="paris", name="Société Paris SARL", tax_id="FR40303265045", country="FR"),
    ):
        services.clients.add(client)
    return services


def line(
    price: str, vat: str = "21", qty: str = "1", surcharge: str = "0", exemption: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": "Servicio",
        "quantity": qty,
        "unit_price": price,
        "vat_rate": vat,
        "surcharge_rate": surcharge,
    }
    if exemption:
        data["exemption"] = exemption
    return data


def issue(
    services: Services, client_id: str, day: dt.date, lines: list[dict[str, Any]], irpf: str = "0"
) -> Invoice:
    payload = {"client_id": client_id, "lines": lines, "irpf_rate": irpf, "issue_date": day.isoformat()}
    draft = services.invoices.create_draft_from_payload(payload).invoice
    return services.invoices.issue(draft.id, issue_date=day)


def rectify(services: Services, original: Invoice, day: dt.date, lines: list[dict[str, Any]]) -> Invoice:
    draft = services.invoices.rectify(original.number or "", {"lines": lines}, "Error en el precio").invoice
    return services.invoices.issue(draft.id, issue_date=day)


Signed = Iterable[tuple[int, Invoice]]


def expected_groups(signed: Signed) -> dict[tuple[str, D, D], list[D]]:
    """Σ sign × engine group amounts per (exemption, VAT rate, surcharge rate)."""
    sums: dict[tuple[str, D, D], list[D]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for sign, invoice in signed:
        for g in invoice.totals.groups:
            entry = sums[(g.exemption or "", g.vat_rate, g.surcharge_rate)]
            entry[0] += sign * g.base
            entry[1] += sign * g.vat
            entry[2] += sign * g.surcharge
    return dict(sums)


def expected_total(signed: Signed, attribute: str) -> D:
    return sum((sign * getattr(invoice.totals, attribute) for sign, invoice in signed), ZERO)
