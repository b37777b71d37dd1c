"""Gapless numbering under real concurrency: separate PROCESSES issue drafts of the same series at once."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, ValidationFailed
from facturas_app.domain.parties import Business, Client
from facturas_app.services import inputs
from tests.fakes import FixedClock

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

TODAY = dt.date(2026, 11, 26)
DRAFTS = 200
WORKERS = 3


def _seed(data_dir: Path, drafts: int) -> list[str]:
    services = build_services(data_dir, clock=FixedClock(TODAY))
    try:
        services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
        services.clients.add(Client(id="c-1", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS))
        payload = {
            "client_id": "c-1",
            "irpf_rate": "15",
            "lines": [
                {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}
            ],
        }
        # Drafts go in through the bulk loader (one transaction) so the test spends its time issuing.
        draft_input = inputs.parse_draft(payload)
        drafts_built = [services.invoices.build_draft(draft_input) for _ in range(drafts)]
        business = services.business.require()
        services.store.bulk_loader().load(
            business, [], [], [(d, None) for d in drafts_built], [], services.clock.now()
        )
        return [d.id for d in drafts_built]
    finally:
        services.close()


def _issue_all(data_dir: str, ids: list[str], start: Any, results: Any) -> None:
    """Runs in a child process: its own engine, its own connections, competing for the write lock."""
    services = build_services(Path(data_dir), clock=FixedClock(TODAY))
    try:
        start.wait(60)
        results.put([(invoice_id, str(services.invoices.issue(invoice_id).number)) for invoice_id in ids])
    except BaseException as exc:  # report, never hang the parent
        results.put(repr(exc))
    finally:
        services.close()


@pytest.mark.slow
def test_processes_issuing_at_once_get_distinct_consecutive_numbers(tmp_path: Path) -> None:
    ids = _seed(tmp_path, DRAFTS)
    ctx = multiprocessing.get_context(
        "spawn"
    )  # no fork: each worker starts clean, as separate app instances do
    start, results = ctx.Event(), ctx.Queue()
    # Interleaved slices so every worker keeps competing until the end.
    workers = [
        ctx.Process(target=_issue_all, args=(str(tmp_path), ids[w::WORKERS], start, results))
        for w in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    start.set()
    per_worker = [results.get(timeout=240) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert all(isinstance(r, list) for r in per_worker), per_worker
    pairs = [pair for chunk in per_worker for pair in chunk]

    numbers = [number for _, number in pairs]
    assert len(pairs) == DRAFTS and len({i for i, _ in pairs}) == DRAFTS
    assert sorted(numbers) == [f"F-2026-{n:04d}" for n in range(1, DRAFTS + 1)]  # no gaps, no duplicates
    # They really competed: every worker got a number below some other worker's highest.
    for i, chunk in enumerate(per_worker):
        others = [n for j, c in enumerate(per_worker) if j != i for _, n in c]
        assert min(n for _, n in chunk) < max(others)

    check = build_services(tmp_path, clock=FixedClock(TODAY))
    try:
        rows = check.invoices.list(check.invoices.query())
        assert sorted(r.number for r in rows if r.number) == sorted(numbers)
        assert {r.total for r in rows} == {Decimal("310.37")}
        for invoice_id, number in pairs:  # each process saw the number the database kept
            assert check.invoices.get(invoice_id).number == number
    finally:
        check.close()


# ----- dates: correlative numbers must follow the dates ------------------------------------------
@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Services, list[str]]:
    ids = _seed(tmp_path, 3)
    return build_services(tmp_path, clock=FixedClock(TODAY)), ids


def test_issue_date_before_the_last_issued_in_the_series_is_refused(
    seeded: tuple[Services, list[str]],
) -> None:
    services, ids = seeded
    first = services.invoices.issue(ids[0], issue_date=dt.date(2026, 11, 20))
    assert first.number == "F-2026-0001"
    with pytest.raises(Conflict) as caught:
        services.invoices.issue(ids[1], issue_date=dt.date(2026, 11, 19))
    assert caught.value.code == "issue_date_before_last"
    assert services.invoices.get(ids[1]).number is None  # nothing half-saved, no number burnt
    same_day = services.invoices.issue(ids[1], issue_date=dt.date(2026, 11, 20))
    later = services.invoices.issue(ids[2])
    assert (same_day.number, later.number) == ("F-2026-0002", "F-2026-0003")
    services.close()


def test_issue_date_in_the_future_is_refused(seeded: tuple[Services, list[str]]) -> None:
    services, ids = seeded
    with pytest.raises(ValidationFailed) as caught:
        services.invoices.issue(ids[0], issue_date=TODAY + dt.timedelta(days=1))
    assert [p.code for p in caught.value.problems] == ["issue_date_in_future"]
    assert services.invoices.get(ids[0]).number is None
    assert services.invoices.issue(ids[0]).number == "F-2026-0001"  # the refused try burnt no number
    services.close()


def test_a_new_year_restarts_the_series(tmp_path: Path) -> None:
    ids = _seed(tmp_path, 2)
    services = build_services(tmp_path, clock=FixedClock(dt.date(2027, 1, 2)))
    try:
        old = services.invoices.issue(ids[0], issue_date=dt.date(2026, 12, 31))
        new = services.invoices.issue(ids[1], issue_date=dt.date(2027, 1, 2))
        assert (old.number, new.number) == ("F-2026-0001", "F-2027-0001")
        assert re.fullmatch(r"F-\d{4}-\d{4}", new.number or "")
    finally:
        services.close()
