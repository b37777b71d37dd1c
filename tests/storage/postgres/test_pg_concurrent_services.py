"""Several machines on one office database (#22), through the real services in separate processes:
4 processes × 100 issues get gapless, distinct numbers with the VERI*FACTU chain intact; two
`recurring run` at once issue every occurrence once."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.parties import Business, Client
from tests.cli.cli_helpers import REPO_ROOT, clean_env
from tests.fakes import FixedClock
from tests.services.sales_helpers import schedule_payload, setup_client

TODAY = dt.date(2026, 11, 26)
NOW = dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC)
WORKERS, EACH = 4, 100
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}
LINE = {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}


def _open(url: str, today: dt.date = TODAY) -> Services:
    return build_services(Path("/nonexistent-office"), clock=FixedClock(today, NOW), database_url=url)


def _seed(url: str) -> list[str]:
    services = _open(url)
    try:
        services.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
        services.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS))
        payload = {"client_id": "sol", "lines": [LINE]}
        return [
            services.invoices.create_draft_from_payload(payload).invoice.id for _ in range(WORKERS * EACH)
        ]
    finally:
        services.close()


def _issue_all(url: str, ids: list[str], start: Any, results: Any) -> None:
    """A child process: its own engine and connections, competing for the writer's lock."""
    try:
        services = _open(url)
        start.wait(60)
        results.put([str(services.invoices.issue(invoice_id).number) for invoice_id in ids])
        services.close()
    except BaseException as exc:  # report, never hang the parent
        results.put(repr(exc))


@pytest.mark.slow
def test_four_processes_issuing_at_once_get_gapless_numbers_and_one_intact_chain(pg_url: str) -> None:
    ids = _seed(pg_url)
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Event(), ctx.Queue()
    workers = [
        ctx.Process(target=_issue_all, args=(pg_url, ids[w::WORKERS], start, results)) for w in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    start.set()
    per_worker = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(30)
    assert all(isinstance(numbers, list) for numbers in per_worker), per_worker

    numbers = [n for numbers in per_worker for n in numbers]
    assert sorted(numbers) == [f"F-2026-{n:04d}" for n in range(1, WORKERS * EACH + 1)]
    services = _open(pg_url)
    try:
        verified = services.verifactu.verify()
        assert verified.intact and verified.count == WORKERS * EACH
    finally:
        services.close()


def test_two_recurring_runs_at_once_issue_each_occurrence_once(tmp_path: Path, pg_url: str) -> None:
    services = _open(pg_url, dt.date(2026, 12, 31))
    client = setup_client(services)
    services.verifactu.set_mode("off")  # the runs' --today is after the real clock (AEAT 1112)
    for start in ("2026-01-31", "2026-01-15", "2026-03-01"):
        services.recurring.add(schedule_payload(client.id, start))
    services.close()
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path), "--database", pg_url,
               "--today", "2026-12-31", "recurring", "run", "--json"]  # fmt: skip
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    runs = [subprocess.Popen(command, cwd=REPO_ROOT, env=clean_env(), **pipes) for _ in range(2)]
    outputs = [run.communicate(timeout=180) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs

    numbers = [item["number"] for out, _err in outputs for item in json.loads(out)]
    assert len(numbers) == len(set(numbers)) == 12 + 12 + 10
    again = _open(pg_url, dt.date(2026, 12, 31))
    try:
        history = again.recurring.history()
        assert len({(o.schedule_id, o.occurrence_date) for o in history}) == len(history) == 34
        assert sorted(o.number for o in history) == [f"F-2026-{n:04d}" for n in range(1, 35)]
    finally:
        again.close()
