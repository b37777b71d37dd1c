"""The `facturas` CLI through a real subprocess: CLI.md's JSON shapes, stdin files, rectify/cancel, demo."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import (
    BUSINESS,
    CLIENT,
    LINE,
    draft_json,
    ok_json,
    run_cli,
    seed_in_process,
    setup_business_and_client,
)

ITEM_KEYS = {
    "id",
    "number",
    "status",
    "client_id",
    "client_name",
    "issue_date",
    "due_date",
    "total",
    "outstanding",
}
TOTALS_KEYS = {"taxes", "base", "vat", "surcharge", "irpf", "total", "amount_due", "paid", "outstanding"}
TAX_KEYS = {"vat_rate", "surcharge_rate", "base", "vat", "surcharge"}
SHOW_KEYS = {"id", "number", "status", "issue_date", "due_date", "client", "lines", "totals"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One data dir with a business, a client, an issued invoice (via stdin '-') and a draft."""
    data_dir = tmp_path_factory.mktemp("cli")
    client_id = setup_business_and_client(data_dir)
    draft = ok_json(data_dir, "invoice", "draft", "-", stdin=draft_json(client_id, notes="Gracias"))
    issued = ok_json(data_dir, "invoice", "issue", draft["id"])
    file = data_dir / "draft.json"
    file.write_text(draft_json(client_id), encoding="utf-8")
    second = ok_json(data_dir, "invoice", "draft", str(file))
    return {"dir": data_dir, "client_id": client_id, "issued": issued, "draft_id": second["id"]}


def test_business_show_is_what_was_set(world: dict[str, Any]) -> None:
    shown = ok_json(world["dir"], "business", "show", "--json")
    assert {k: shown[k] for k in BUSINESS} == BUSINESS


def test_client_list_has_the_client_shape_plus_id(world: dict[str, Any]) -> None:
    clients = ok_json(world["dir"], "client", "list", "--json")
    assert isinstance(clients, list) and len(clients) == 1
    assert clients[0]["id"] == world["client_id"]
    assert {k: clients[0][k] for k in CLIENT} == CLIENT
    assert isinstance(clients[0]["payment_terms_days"], int)


def test_issue_prints_id_and_number(world: dict[str, Any]) -> None:
    assert set(world["issued"]) == {"id", "number"}
    assert world["issued"]["number"] == "F-2026-0001"


def test_invoice_show_json_shape_and_golden_amounts(world: dict[str, Any]) -> None:
    shown = ok_json(world["dir"], "invoice", "show", "F-2026-0001", "--json")
    assert set(shown) >= SHOW_KEYS
    assert (shown["id"], shown["number"], shown["status"]) == (world["issued"]["id"], "F-2026-0001", "issued")
    assert (shown["issue_date"], shown["due_date"]) == ("2026-11-26", "2026-12-26")
    assert shown["client"]["tax_id"] == CLIENT["tax_id"] and shown["client"]["name"] == CLIENT["name"]
    assert shown["lines"][0]["net"] == "256.50"
    assert {k: shown["lines"][0][k] for k in ("quantity", "unit_price", "vat_rate")} == {
        "quantity": "3",
        "unit_price": "85.5",
        "vat_rate": "21",
    }
    totals = shown["totals"]
    assert set(totals) >= TOTALS_KEYS
    assert set(totals["taxes"][0]) >= TAX_KEYS
    assert {k: totals["taxes"][0][k] for k in TAX_KEYS} == {
        "vat_rate": "21",
        "surcharge_rate": "0",
        "base": "256.50",
        "vat": "53.87",
        "surcharge": "0.00",
    }
    assert {k: totals[k] for k in TOTALS_KEYS - {"taxes"}} == {
        "base": "256.50",
        "vat": "53.87",
        "surcharge": "0.00",
        "irpf": "38.48",
        "total": "310.37",
        "amount_due": "271.89",
        "paid": "0.00",
        "outstanding": "271.89",
    }
    by_id = ok_json(world["dir"], "invoice", "show", world["issued"]["id"], "--json")
    assert by_id == shown


def test_invoice_list_items_include_drafts(world: dict[str, Any]) -> None:
    items = ok_json(world["dir"], "invoice", "list", "--json")
    assert all(set(item) >= ITEM_KEYS for item in items)
    by_id = {item["id"]: item for item in items}
    issued = by_id[world["issued"]["id"]]
    assert {
        k: issued[k] for k in ("number", "status", "client_id", "client_name", "total", "outstanding")
    } == {
        "number": "F-2026-0001",
        "status": "issued",
        "client_id": world["client_id"],
        "client_name": CLIENT["name"],
        "total": "310.37",
        "outstanding": "271.89",
    }
    assert by_id[world["draft_id"]]["number"] is None and by_id[world["draft_id"]]["status"] == "draft"
    for item in items:
        assert isinstance(item["total"], str) and isinstance(item["outstanding"], str)
    only_drafts = ok_json(world["dir"], "invoice", "list", "--json", "--status", "draft")
    assert [i["id"] for i in only_drafts] == [world["draft_id"]]


def test_json_float_numbers_are_read_exactly(tmp_path: Path) -> None:
    """Decision: a JSON number like 85.5 is accepted, read as decimal TEXT (parse_float=str), not a float."""
    client_id, _ = seed_in_process(tmp_path)
    payload = json.dumps(
        {
            "client_id": client_id,
            "irpf_rate": 15,
            "lines": [
                {"description": "a", "quantity": 3, "unit_price": 85.5, "vat_rate": 21},
                {"description": "b", "quantity": 3, "unit_price": 0.1, "vat_rate": 21},
                {"description": "c", "quantity": 1, "unit_price": 2.675, "vat_rate": 0, "exemption": "E1"},
            ],
        }
    )
    draft = ok_json(tmp_path, "invoice", "draft", "-", stdin=payload)
    shown = ok_json(tmp_path, "invoice", "show", draft["id"], "--json")
    assert [line["net"] for line in shown["lines"]] == ["256.50", "0.30", "2.68"]  # a float would give 2.67
    assert [line["unit_price"] for line in shown["lines"]] == ["85.5", "0.1", "2.675"]
    assert (shown["totals"]["base"], shown["totals"]["vat"]) == ("259.48", "53.93")


@pytest.mark.slow
def test_rectify_and_cancel(tmp_path: Path) -> None:
    _, (number,) = seed_in_process(tmp_path, issue=1)
    rect = ok_json(
        tmp_path,
        "invoice",
        "rectify",
        number,
        "-",
        "--reason",
        "Dos horas, no tres",
        stdin=json.dumps({"lines": [{**LINE, "quantity": "2"}]}),
    )
    rect_number = ok_json(tmp_path, "invoice", "issue", rect["id"])["number"]
    assert rect_number == "R-2026-0001"
    original = ok_json(tmp_path, "invoice", "show", number, "--json")
    assert original["status"] == "issued" and original["rectified_by"] == [rect["id"]]
    cancelled = ok_json(tmp_path, "invoice", "cancel", rect_number, "--reason", "Duplicada", "--json")
    assert cancelled == {"id": rect["id"], "number": rect_number, "status": "cancelled"}
    rectifying = ok_json(tmp_path, "invoice", "show", rect_number, "--json")
    assert rectifying["rectifies"] == original["id"] and rectifying["rectification_kind"] == "R1"
    assert (rectifying["totals"]["total"], rectifying["totals"]["amount_due"]) == ("206.91", "181.26")
    assert (rectifying["status"], rectifying["cancel_reason"], rectifying["totals"]["outstanding"]) == (
        "cancelled",
        "Duplicada",
        "0.00",
    )


@pytest.mark.slow
def test_demo_200_then_list_is_gapless_and_matches_show(tmp_path: Path) -> None:
    summary = run_cli(tmp_path, "demo", "--invoices", "200", "--json")
    assert summary.returncode == 0, summary.stderr
    items = ok_json(tmp_path, "invoice", "list", "--json")
    assert len(items) == 200
    sequences: dict[tuple[str, str], list[int]] = defaultdict(list)
    for item in items:
        if item["number"] is not None:
            series, year, seq = re.fullmatch(r"([A-Z0-9_]+)-(\d{4})-(\d{4,})", item["number"]).groups()  # type: ignore[union-attr]
            sequences[(series, year)].append(int(seq))
    assert sequences
    for key, seqs in sequences.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), key
    # Every listed total (stored cents) equals what `invoice show` computes: one through the CLI ...
    first = next(i for i in items if i["number"])
    assert (
        ok_json(tmp_path, "invoice", "show", first["number"], "--json")["totals"]["total"] == first["total"]
    )
    # ... and all of them through the same code path `show` uses, in-process.
    from facturas_app.bootstrap import build_services
    from facturas_app.domain.money import money_text

    services = build_services(tmp_path)
    try:
        for item in items:
            invoice = services.invoices.get(item["id"])
            assert money_text(invoice.totals.total) == item["total"], item["number"]
            assert Decimal(item["outstanding"]) == invoice.outstanding
    finally:
        services.close()
    again = run_cli(tmp_path, "demo", "--invoices", "5")
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    services = build_services(tmp_path)
    try:
        assert len(services.invoices.list(services.invoices.query())) == 200  # the refusal added nothing
    finally:
        services.close()
