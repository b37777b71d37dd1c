"""The client timeline in office mode (#22): each line says who did it, as the database's login
roles record it (tests/storage/postgres/test_pg_who.py for the storage side)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from facturas_app.bootstrap import build_services
from facturas_app.domain.parties import Business, Client
from tests.fakes import FixedClock
from tests.pg_server import PgServer
from tests.storage.postgres.test_pg_who import ADDRESS, LINE, _person
from ui.workers import SynchronousRunner

TODAY = dt.date(2026, 11, 26)


def test_the_timeline_says_who_issued_and_who_was_paid(
    qtbot, pg_server: PgServer, pg_url: str, tmp_path: Path
):
    from ui.views.timeline import TimelineView

    owner = build_services(tmp_path, clock=FixedClock(TODAY), database_url=pg_url)
    owner.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    owner.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS))
    owner.close()
    laura = build_services(
        tmp_path, clock=FixedClock(TODAY), database_url=_person(pg_server, pg_url, "laura")
    )
    draft = laura.invoices.create_draft_from_payload({"client_id": "sol", "lines": [LINE]}).invoice
    invoice = laura.invoices.issue(draft.id)
    laura.payments.add(invoice.id, Decimal("121.00"), TODAY, "transfer")

    view = TimelineView(laura, SynchronousRunner())
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.set_client("sol")

    details = [row[3] for row in view.model.rows]
    assert details and all(text.endswith(" · por laura") for text in details), details
    if os.environ.get("FACTURAS_SCREENSHOTS"):
        view.grab().save(str(Path(os.environ["FACTURAS_SCREENSHOTS"]) / "office_timeline_es.png"))
    laura.close()
