"""`payment add --amount` as people in Spain type it: a decimal comma is a decimal mark ('512,11',
'1.000,50'); a lone dot stays a decimal point ('1.5'); what could be either ('1.500' with three
decimals) is refused with exit 2 and changes nothing. Real CLI subprocesses on a real data dir."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_helpers import draft_json, dump_tables, ok_json, run_cli, seed_in_process


@pytest.fixture
def issued(tmp_path: Path) -> tuple[Path, str]:
    """An invoice of 20 × 85.50 + 21 % VAT − 15 % IRPF: 1,812.60 to pay, room for every amount."""
    client_id, _numbers = seed_in_process(tmp_path)
    draft = json.loads(draft_json(client_id))
    draft["lines"][0]["quantity"] = "20"
    draft_id = ok_json(tmp_path, "invoice", "draft", "-", stdin=json.dumps(draft))["id"]
    return tmp_path, ok_json(tmp_path, "invoice", "issue", draft_id, "--json")["number"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("1,50", "1.50"), ("0,5", "0.50"), ("1.000,50", "1000.50"), ("1,000.50", "1000.50"), ("1.5", "1.50")],
)
def test_a_decimal_comma_is_read_as_people_type_it(issued: tuple[Path, str], typed: str, stored: str) -> None:
    data_dir, number = issued
    paid = ok_json(data_dir, "payment", "add", number, "--amount", typed, "--json")
    assert paid["amount"] == stored
    listed = ok_json(data_dir, "payment", "list", number, "--json")
    assert [p["amount"] for p in listed] == [stored]


@pytest.mark.parametrize("typed", ["1.500", "1,2,3", "12,345,6", "1.000.000,5,5", "uno"])
def test_an_amount_that_could_be_read_two_ways_changes_nothing(issued: tuple[Path, str], typed: str) -> None:
    data_dir, number = issued
    before = dump_tables(data_dir)
    result = run_cli(data_dir, "payment", "add", number, "--amount", typed)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert dump_tables(data_dir) == before
    assert json.loads(run_cli(data_dir, "payment", "list", number, "--json").stdout) == []
