"""`facturas client mandate` and `facturas sepa remittance` (CLI.md "Bank statements and direct
debits") through the real CLI: bad input exits 2 with its message and changes nothing; a
remittance prints the contract's JSON and writes a pain.008.001.02 file the ISO schema accepts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.domain.sepa import creditor_id_for
from tests.cli.cli_helpers import BUSINESS, draft_json, dump_tables, ok_json, run_cli, seed_in_process
from tests.services.sepa.sepa_helpers import IBANS, transactions, xsd

CREDITOR = creditor_id_for("12345678Z")


@pytest.fixture
def client_id(tmp_path: Path) -> str:
    client, _ = seed_in_process(tmp_path / "data")
    return client


def _issue_direct_debit(data_dir: Path, client: str, methods: list[str]) -> str:
    draft = ok_json(data_dir, "invoice", "draft", "-", stdin=draft_json(client, payment_methods=methods))
    return str(ok_json(data_dir, "invoice", "issue", draft["id"], "--json")["number"])


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--iban", "ES7821000813610123456789", "--signed", "2026-01-15"], "dígito de control"),
        (["--iban", IBANS[0]], "fecha de firma"),
        (["--iban", IBANS[0], "--signed", "15/01/2026"], "15/01/2026"),
    ],
)
def test_a_bad_mandate_exits_2_and_saves_nothing(
    tmp_path: Path, client_id: str, extra: list[str], words: str
) -> None:
    data = tmp_path / "data"
    before = dump_tables(data)
    result = run_cli(data, "client", "mandate", client_id, "--mandate-id", "MND-1", *extra)
    assert result.returncode == 2 and words in result.stderr and "Traceback" not in result.stderr
    assert dump_tables(data) == before


def test_a_creditor_id_of_another_country_is_refused(tmp_path: Path, client_id: str) -> None:
    data = tmp_path / "data"
    before = dump_tables(data)
    payload = json.dumps({**BUSINESS, "sepa_creditor_id": "DE98ZZZ09999999999"})
    result = run_cli(data, "business", "set", "-", stdin=payload)
    assert result.returncode == 2 and "DE98ZZZ09999999999" in result.stderr and "ES" in result.stderr
    assert dump_tables(data) == before


def test_a_remittance_prints_the_contract_and_writes_a_valid_file(tmp_path: Path, client_id: str) -> None:
    data = tmp_path / "data"
    assert (
        run_cli(
            data, "business", "set", "-", stdin=json.dumps({**BUSINESS, "sepa_creditor_id": CREDITOR})
        ).returncode
        == 0
    )
    shown = ok_json(data, "business", "show", "--json")
    assert (shown["sepa_creditor_id"], shown["sepa_prenotice_days"]) == (CREDITOR, 2)
    mandate = ok_json(data, "client", "mandate", client_id, "--iban", "ES79 2100 0813 6101 2345 6789",
                      "--mandate-id", "MND-7", "--signed", "2026-01-15", "--scheme", "core")  # fmt: skip
    assert mandate == {"client_id": client_id, "mandate_id": "MND-7", "iban": IBANS[0],
                       "signed": "2026-01-15", "scheme": "CORE", "next_sequence_type": "FRST"}  # fmt: skip
    debits = [_issue_direct_debit(data, client_id, ["direct_debit"]) for _ in range(2)]
    _issue_direct_debit(data, client_id, ["transfer"])  # not paid by direct debit: not a candidate at all
    out = tmp_path / "remesa.xml"
    printed = ok_json(data, "sepa", "remittance", "--collection-date", "2026-11-30", "-o", str(out), "--json")
    # each: 3 × 85.50 = 256.50, + 21 % VAT 53.87, − 15 % IRPF 38.48 = 271.89 due
    assert (printed["file"], printed["count"], printed["total"], printed["excluded"]) == (
        str(out),
        2,
        "543.78",
        [],
    )
    tree = etree.parse(str(out))
    assert xsd().validate(tree), xsd().error_log
    assert [(r["e2e"], r["seq"], r["mandate"]) for r in transactions(tree)] == [
        (n, "FRST", "MND-7") for n in debits
    ]
    again = run_cli(
        data, "sepa", "remittance", "--collection-date", "2026-12-01", "-o", str(tmp_path / "b.xml")
    )
    assert again.returncode == 2 and "no hay facturas que remesar" in again.stderr
    assert [r["count"] for r in ok_json(data, "sepa", "list", "--json")] == [2]


def test_a_remittance_too_soon_names_the_earliest_date_and_writes_nothing(
    tmp_path: Path, client_id: str
) -> None:
    data = tmp_path / "data"
    run_cli(data, "business", "set", "-", stdin=json.dumps({**BUSINESS, "sepa_creditor_id": CREDITOR}))
    ok_json(
        data,
        "client",
        "mandate",
        client_id,
        "--iban",
        IBANS[0],
        "--mandate-id",
        "M1",
        "--signed",
        "2026-01-15",
    )
    _issue_direct_debit(data, client_id, ["direct_debit"])
    before = dump_tables(data)
    result = run_cli(
        data, "sepa", "remittance", "--collection-date", "2026-11-27", "-o", str(tmp_path / "r.xml")
    )
    assert result.returncode == 2 and "2026-11-30" in result.stderr
    assert not (tmp_path / "r.xml").exists() and dump_tables(data) == before
