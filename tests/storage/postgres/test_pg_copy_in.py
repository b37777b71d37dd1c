"""`db copy-to` (#22): a SQLite data set copied into an empty office database reads back the same
through the same services — every invoice, list, report, timeline and the VERI*FACTU chain — and
numbering goes on where it stopped; a database that already holds books is refused untouched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict
from facturas_app.services.demo import DemoService
from facturas_app.storage.postgres.copy_in import copy_data_set
from facturas_app.storage.sqlite.files import DB_FILENAME
from tests.fakes import FixedClock
from tests.store_rows import stored_rows

TODAY = dt.date(2026, 11, 30)
DEMO_INVOICES = 120


def _demo(data_dir: Path) -> Services:
    services = build_services(data_dir, clock=FixedClock(TODAY))
    DemoService(services.store, services.clock).generate(DEMO_INVOICES, seed=7)
    client = services.clients.list()[0]
    services.feedback.add(client.id, 4, "Muy claro, gracias")
    return services


def _everything(services: Services) -> dict[str, object]:
    invoices = services.invoices.list(services.invoices.query())
    return {
        "list": invoices,
        "invoices": [services.invoices.get(row.id) for row in invoices],
        "clients": services.clients.list(),
        "products": services.products.list(),
        "vat": [services.reports.vat_summary(f"2026T{q}") for q in (1, 2, 3, 4)],
        "timelines": [services.timeline.for_client(c.id) for c in services.clients.list()],
        "records": services.verifactu.rows(),
        "payments": stored_rows(
            services,
            "SELECT id, invoice_id, amount_cents, paid_on, method, removed_at FROM payments ORDER BY id",
        ),
    }


def test_a_copied_data_set_reads_back_the_same_and_numbering_goes_on(tmp_path: Path, pg_url: str) -> None:
    source = _demo(tmp_path / "data")
    before = _everything(source)
    source.close()

    report = copy_data_set(tmp_path / "data" / DB_FILENAME, pg_url)

    office = build_services(tmp_path / "unused", clock=FixedClock(TODAY), database_url=pg_url)
    try:
        assert _everything(office) == before
        assert report.rows > DEMO_INVOICES * 3 and report.tables >= 30
        assert office.verifactu.verify().intact and office.verifactu.verify().count > 0
        last = max((r.number for r in before["list"] if r.number), key=lambda n: (len(n), n))  # type: ignore[attr-defined]
        draft = office.invoices.create_draft_from_payload(
            {"client_id": office.clients.list()[0].id, "lines": [_line()]}
        ).invoice
        issued = office.invoices.issue(draft.id)
        assert (
            issued.number
            and issued.number != last
            and issued.number
            not in {
                r.number
                for r in before["list"]  # type: ignore[attr-defined]
            }
        )
    finally:
        office.close()


def test_a_database_that_holds_books_is_refused_and_left_as_it_was(tmp_path: Path, pg_url: str) -> None:
    _demo(tmp_path / "one").close()
    copy_data_set(tmp_path / "one" / DB_FILENAME, pg_url)
    office = build_services(tmp_path / "unused", clock=FixedClock(TODAY), database_url=pg_url)
    before = _everything(office)
    office.close()
    second = build_services(tmp_path / "two", clock=FixedClock(TODAY))
    second.close()

    with pytest.raises(Conflict) as refused:
        copy_data_set(tmp_path / "two" / DB_FILENAME, pg_url)

    assert refused.value.code == "copy_target_not_empty"
    office = build_services(tmp_path / "unused", clock=FixedClock(TODAY), database_url=pg_url)
    try:
        assert _everything(office) == before
    finally:
        office.close()


def _line() -> dict[str, str]:
    return {"description": "Revisión anual", "quantity": "1", "unit_price": "120", "vat_rate": "21"}
