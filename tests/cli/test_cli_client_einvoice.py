"""A client's e-invoice format and DIR3 codes through the CLI (CLI.md's client "dir3" object, #20),
and `invoice export`'s refusals that need no builder: a draft, a quote, a missing invoice."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.cli_helpers import CLIENT, dump_tables, ok_json, run_cli, seed_in_process

DIR3 = {"oficina_contable": "L01280796", "organo_gestor": "L01280796", "unidad_tramitadora": "L01280796"}
TOWN_HALL = {
    "name": "Ayuntamiento de Villaprueba",
    "tax_id": "P2807900B",
    "address": "Plaza Mayor 1",
    "postal_code": "28079",
    "city": "Madrid",
    "email": "facturas@villaprueba.example",
    "einvoice_format": "facturae",
    "dir3": DIR3,
}


def _add(data_dir: Path, payload: dict) -> str:
    return str(ok_json(data_dir, "client", "add", "-", "--json", stdin=json.dumps(payload))["id"])


def test_dir3_and_format_round_trip_and_update_merges(tmp_path: Path) -> None:
    seed_in_process(tmp_path)
    client_id = _add(tmp_path, TOWN_HALL)
    shown = ok_json(tmp_path, "client", "show", client_id, "--json")
    assert shown["dir3"] == DIR3 and shown["einvoice_format"] == "facturae"
    ok_json(tmp_path, "client", "update", client_id, "-", "--json", stdin='{"einvoice_format": "ubl"}')
    shown = ok_json(tmp_path, "client", "show", client_id, "--json")
    assert shown["einvoice_format"] == "ubl" and shown["dir3"] == DIR3  # the rest stays
    ok_json(tmp_path, "client", "update", client_id, "-", "--json", stdin='{"dir3": null}')
    assert ok_json(tmp_path, "client", "show", client_id, "--json")["dir3"] is None


def test_a_client_without_codes_shows_null(tmp_path: Path) -> None:
    client_id, _numbers = seed_in_process(tmp_path)
    shown = ok_json(tmp_path, "client", "show", client_id, "--json")
    assert shown["dir3"] is None and shown["einvoice_format"] == ""


def test_bad_einvoice_data_is_refused_with_the_screen_names_and_changes_nothing(tmp_path: Path) -> None:
    seed_in_process(tmp_path)
    before = dump_tables(tmp_path)
    cases = {
        "DIR3": {**CLIENT, "name": "A", "dir3": {"oficina_contable": "L01280796"}},
        "Factura electrónica": {**CLIENT, "name": "B", "einvoice_format": "pdf"},
        "DIR3: debe ser un objeto JSON": {**CLIENT, "name": "C", "dir3": "L01280796"},
    }
    for expected, payload in cases.items():
        result = run_cli(tmp_path, "client", "add", "-", stdin=json.dumps(payload))
        assert result.returncode == 2, (payload, result.stderr)
        assert expected in result.stderr and "Traceback" not in result.stderr
    assert dump_tables(tmp_path) == before


def test_export_refuses_a_draft_and_an_unknown_number(tmp_path: Path) -> None:
    client_id, _numbers = seed_in_process(tmp_path)
    draft = ok_json(
        tmp_path, "invoice", "draft", "-", "--json",
        stdin=json.dumps({"client_id": client_id, "lines": [{"description": "x", "quantity": "1",
                          "unit_price": "10", "vat_rate": "21"}]}),
    )  # fmt: skip
    target = tmp_path / "out.xml"
    refused = run_cli(tmp_path, "invoice", "export", draft["id"], "--format", "ubl", "-o", str(target))
    assert refused.returncode == 2 and "no está emitida" in refused.stderr, refused.stderr
    missing = run_cli(tmp_path, "invoice", "export", "F-2099-9999", "--format", "ubl", "-o", str(target))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr, missing.stderr
    assert not target.exists()
    both = run_cli(tmp_path, "invoice", "export", "--all", "F-1", "--format", "ubl", "-o", str(tmp_path))
    assert both.returncode == 2
