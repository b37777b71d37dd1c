"""`invoice rectify --method`, `payment add` refunds and what `invoice list/show --json` and `remind`
say after a correction, through a real `facturas` subprocess (CLI.md, "what is owed")."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.cli_helpers import dump_tables, ok_json, run_cli, setup_business_and_client

# 1 × 423.23 + 21 % VAT = 512.11 (the example); 330.58 → 400.00; -92.65 → -112.11.
ORIGINAL = {"description": "Reforma", "quantity": "1", "unit_price": "423.23", "vat_rate": "21"}


def issued_and_paid(data_dir: Path) -> str:
    client_id = setup_business_and_client(data_dir)
    draft = json.dumps({"client_id": client_id, "lines": [ORIGINAL], "issue_date": "2026-09-01"})
    draft_id = ok_json(data_dir, "invoice", "draft", "-", stdin=draft)["id"]
    number = str(ok_json(data_dir, "invoice", "issue", draft_id)["number"])
    ok_json(data_dir, "payment", "add", number, "--amount", "512.11", "--date", "2026-09-10", "--json")
    return number


def rectified(data_dir: Path, number: str, price: str, *method: str) -> str:
    lines = json.dumps({"lines": [{**ORIGINAL, "unit_price": price}]})
    draft = ok_json(data_dir, "invoice", "rectify", number, "-", "--reason", "Precio", *method, stdin=lines)
    return str(ok_json(data_dir, "invoice", "issue", draft["id"])["number"])


def items(data_dir: Path) -> dict[str, dict[str, str]]:
    return {i["number"]: i for i in ok_json(data_dir, "invoice", "list", "--json")}


def test_substitution_then_refund(tmp_path: Path) -> None:
    number = issued_and_paid(tmp_path)
    substitute = rectified(tmp_path, number, "330.58")  # substitution is the default
    listed = items(tmp_path)
    assert (listed[number]["outstanding"], listed[number]["to_refund"]) == ("0.00", "0.00")
    assert (listed[substitute]["outstanding"], listed[substitute]["to_refund"]) == ("-112.11", "112.11")
    shown = ok_json(tmp_path, "invoice", "show", substitute, "--json")
    assert shown["rectification_method"] == "substitution" and shown["totals"]["amount_due"] == "400.00"
    assert ok_json(tmp_path, "--today", "2027-03-01", "remind", "--dry-run", "--json") == []
    before = dump_tables(tmp_path)
    too_much = run_cli(tmp_path, "payment", "add", substitute, "--amount", "200", "--refund", "--json")
    assert too_much.returncode == 2 and "refund_exceeds" in too_much.stdout
    assert dump_tables(tmp_path) == before
    refund = ok_json(tmp_path, "payment", "add", substitute, "--amount", "-112.11", "--json")
    assert (refund["amount"], refund["outstanding"], refund["status"]) == ("-112.11", "0.00", "paid")


def test_differences_change_the_original(tmp_path: Path) -> None:
    number = issued_and_paid(tmp_path)
    difference = rectified(tmp_path, number, "-92.65", "--method", "differences")
    shown = ok_json(tmp_path, "invoice", "show", difference, "--json")
    assert shown["rectification_method"] == "differences" and shown["totals"]["total"] == "-112.11"
    listed = items(tmp_path)
    assert (listed[number]["outstanding"], listed[difference]["outstanding"]) == ("-112.11", "0.00")
    refund = ok_json(tmp_path, "payment", "add", number, "--amount", "112.11", "--refund", "--json")
    assert (refund["amount"], refund["outstanding"]) == ("-112.11", "0.00")


def test_bad_method_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    number = issued_and_paid(tmp_path)
    before = dump_tables(tmp_path)
    lines = json.dumps({"lines": [ORIGINAL]})
    bad = run_cli(
        tmp_path, "invoice", "rectify", number, "-", "--reason", "x", "--method", "swap", stdin=lines
    )
    assert bad.returncode == 2 and "--method" in bad.stderr
    negative = json.dumps({"lines": [{**ORIGINAL, "quantity": "-1"}]})
    by_substitution = run_cli(tmp_path, "invoice", "rectify", number, "-", "--reason", "x", stdin=negative)
    assert by_substitution.returncode == 2 and "diferencias" in by_substitution.stderr
    assert dump_tables(tmp_path) == before
