"""`facturas quote/recurring/feedback/client timeline|note` in subprocesses (CLI.md shapes, exit codes)."""

from __future__ import annotations

import json

import pytest

from tests.cli.cli_helpers import LINE, dump_tables, ok_json, run_cli, setup_business_and_client


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def client_id(data):
    return setup_business_and_client(data)


def test_quote_draft_accept_gives_a_draft_invoice_with_the_same_totals(data, client_id):
    quote_id = ok_json(
        data, "quote", "draft", "-", stdin=json.dumps({"client_id": client_id, "lines": [LINE]})
    )["id"]
    numbered = ok_json(data, "quote", "finalise", quote_id)
    invoice_id = ok_json(data, "quote", "accept", quote_id, "--note", "OK")["invoice_id"]

    quote = ok_json(data, "invoice", "show", quote_id, "--json")
    invoice = ok_json(data, "invoice", "show", invoice_id, "--json")
    assert numbered["number"] == "P-2026-0001" and invoice["status"] == "draft" and invoice["number"] is None
    amounts = ("taxes", "base", "vat", "surcharge", "irpf", "total", "amount_due")
    assert [invoice["totals"][k] for k in amounts] == [quote["totals"][k] for k in amounts]
    assert invoice["lines"] == quote["lines"]
    listed = ok_json(data, "quote", "list", "--json")
    assert [(q["id"], q["outcome"], q["invoice_id"], q["expired"]) for q in listed] == [
        (quote_id, "accepted", invoice_id, False)
    ]
    assert run_cli(data, "quote", "accept", quote_id).returncode == 2  # decided once


def test_quote_reject_and_unknown_ids_exit_2(data, client_id):
    quote_id = ok_json(
        data, "quote", "draft", "-", stdin=json.dumps({"client_id": client_id, "lines": [LINE]})
    )["id"]
    assert ok_json(data, "quote", "reject", quote_id, "--note", "Caro")["outcome"] == "rejected"
    assert run_cli(data, "quote", "accept", "nope").returncode == 2
    assert run_cli(data, "quote", "send", "nope").returncode in (1, 2)


def test_recurring_add_run_and_rerun(data, client_id):
    schedule = {
        "template": {"client_id": client_id, "lines": [LINE]},
        "every": "month",
        "start": "2026-01-31",
        "count": 12,
        "auto_send": False,
    }
    schedule_id = ok_json(data, "recurring", "add", "-", stdin=json.dumps(schedule), today="2026-12-31")["id"]
    issued = ok_json(data, "recurring", "run", "--date", "2026-04-30", "--json", today="2026-12-31")
    assert issued == [
        {"number": f"F-2026-000{n}", "issue_date": d, "sent": False} | issued[n - 1]
        for n, d in enumerate(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"], 1)
    ]
    assert [i["issue_date"] for i in issued] == ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]
    assert ok_json(data, "recurring", "run", "--date", "2026-04-30", "--json", today="2026-12-31") == []
    listed = ok_json(data, "recurring", "list", "--json", today="2026-12-31")
    assert listed[0]["id"] == schedule_id and listed[0]["next_run"] == "2026-05-31"
    assert run_cli(data, "recurring", "add", "-", stdin='{"every": "day"}').returncode == 2
    assert run_cli(data, "recurring", "run", "--date", "2027-01-01", today="2026-12-31").returncode == 2


@pytest.mark.parametrize("rating", ["0", "6", "abc"])
def test_bad_rating_exits_2_and_saves_nothing(data, client_id, rating):
    before = dump_tables(data)
    result = run_cli(data, "feedback", "add", client_id, "--rating", rating)
    assert result.returncode == 2 and result.stderr.strip() and "Traceback" not in result.stderr
    assert dump_tables(data) == before


def test_feedback_add_and_list_keys(data, client_id):
    ok_json(data, "feedback", "add", client_id, "--rating", "4", "--comment", "Todo claro")
    listed = ok_json(data, "feedback", "list", "--json")
    assert [set(i) for i in listed] == [{"id", "client_id", "rating", "comment", "date", "invoice"}]
    assert (listed[0]["rating"], listed[0]["comment"], listed[0]["invoice"]) == (4, "Todo claro", None)
    averages = ok_json(data, "feedback", "averages", "--json")
    assert averages["clients"][0]["average"] == "4.0"


def test_client_note_and_timeline(data, client_id):
    ok_json(data, "client", "note", client_id, "Reunión inicial", "--date", "2026-11-20")
    draft = ok_json(
        data, "invoice", "draft", "-", stdin=json.dumps({"client_id": client_id, "lines": [LINE]})
    )
    ok_json(data, "invoice", "issue", draft["id"])
    timeline = ok_json(data, "client", "timeline", client_id, "--json")
    assert [(t["date"], t["category"]) for t in timeline] == [
        ("2026-11-20", "note"),
        ("2026-11-26", "invoice"),
    ]
    assert run_cli(data, "client", "timeline", "nobody", "--json").returncode == 2
    assert run_cli(data, "client", "list", "--json").returncode == 0  # the existing group still works
