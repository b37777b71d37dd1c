"""`facturas recurring update|delete` in subprocesses (issue #18): the same RecurringService calls
as the window's schedule dialog; refusals exit 2 and change nothing."""

from __future__ import annotations

import json

import pytest

from tests.cli.cli_helpers import LINE, dump_tables, ok_json, run_cli, setup_business_and_client

TODAY = "2026-03-31"


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def client_id(data):
    return setup_business_and_client(data)


def _schedule(client_id, start, **extra):
    return {"template": {"client_id": client_id, "lines": [LINE]}, "every": "month", "start": start,
            "auto_send": False, **extra}  # fmt: skip


def _add(data, client_id, start, **extra):
    payload = json.dumps(_schedule(client_id, start, **extra))
    return ok_json(data, "recurring", "add", "-", stdin=payload, today=TODAY)["id"]


def test_update_moves_the_series_after_what_was_issued(data, client_id):
    schedule_id = _add(data, client_id, "2026-01-31")
    assert len(ok_json(data, "recurring", "run", "--json", today=TODAY)) == 3
    early = json.dumps(_schedule(client_id, "2026-03-01"))
    before = dump_tables(data)
    refused = run_cli(data, "recurring", "update", schedule_id, "-", stdin=early, today=TODAY)
    assert refused.returncode == 2 and "2026-03-31" in refused.stderr and "Traceback" not in refused.stderr
    assert dump_tables(data) == before
    moved = json.dumps(_schedule(client_id, "2026-04-15", count=5))
    shown = ok_json(data, "recurring", "update", schedule_id, "-", stdin=moved, today=TODAY)
    assert (shown["start"], shown["count"], shown["issued_count"]) == ("2026-04-15", 5, 3)
    issued = ok_json(data, "recurring", "run", "--json", today="2026-12-31")
    assert [i["issue_date"] for i in issued] == ["2026-04-15", "2026-05-15"]


def test_delete_only_without_history(data, client_id):
    unused = _add(data, client_id, "2026-06-30")
    used = _add(data, client_id, "2026-03-31")
    ok_json(data, "recurring", "run", "--json", today=TODAY)
    before = dump_tables(data)
    refused = run_cli(data, "recurring", "delete", used, today=TODAY)
    assert refused.returncode == 2 and "páusela" in refused.stderr
    assert dump_tables(data) == before
    assert ok_json(data, "recurring", "delete", unused, "--json", today=TODAY) == {
        "id": unused,
        "deleted": True,
    }
    assert [s["id"] for s in ok_json(data, "recurring", "list", "--json", today=TODAY)] == [used]
    assert run_cli(data, "recurring", "delete", "nope", today=TODAY).returncode == 2
