"""Who did what in office mode (#22): each person logs in with their own database role; the
timeline says who issued, recorded a payment or wrote a note. On one computer nobody is named."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import psycopg

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.parties import Business, Client
from tests.fakes import FixedClock
from tests.pg_server import PgServer

TODAY = dt.date(2026, 11, 26)
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}
LINE = {"description": "Consultoría", "quantity": "1", "unit_price": "100", "vat_rate": "21"}


def _person(pg_server: PgServer, pg_url: str, role: str) -> str:
    """A login role with the staff's rights on this database (docs/office-mode.md)."""
    pg_server.admin(
        f"DO $$ BEGIN CREATE ROLE {role} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$"
    )
    with psycopg.connect(pg_url) as conn:
        conn.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        conn.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    return pg_url.replace("postgres@", f"{role}@", 1)


def _open(url: str, tmp_path: Path) -> Services:
    return build_services(tmp_path, clock=FixedClock(TODAY), database_url=url)


def test_the_timeline_names_who_issued_and_who_recorded_the_payment(
    pg_server: PgServer, pg_url: str, tmp_path: Path
) -> None:
    owner = _open(pg_url, tmp_path)
    owner.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    owner.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS))
    owner.close()
    laura, pedro = (_open(_person(pg_server, pg_url, name), tmp_path) for name in ("laura", "pedro"))

    draft = laura.invoices.create_draft_from_payload({"client_id": "sol", "lines": [LINE]}).invoice
    invoice = laura.invoices.issue(draft.id)
    pedro.payments.add(invoice.id, Decimal("121.00"), TODAY, "transfer")

    by_kind = {item.kind: item.done_by for item in pedro.timeline.for_client("sol")}
    assert by_kind["invoice_issued"] == "laura" and by_kind["payment_recorded"] == "pedro", by_kind
    assert laura.timeline.for_client("sol")[0].to_json()["done_by"] in ("laura", "pedro")
    laura.close()
    pedro.close()


def test_on_one_computer_nobody_is_named(tmp_path: Path) -> None:
    services = build_services(tmp_path, clock=FixedClock(TODAY))
    services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    services.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS))
    draft = services.invoices.create_draft_from_payload({"client_id": "sol", "lines": [LINE]}).invoice
    services.invoices.issue(draft.id)
    assert [item.done_by for item in services.timeline.for_client("sol")] == [""]
    services.close()
