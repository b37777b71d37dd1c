"""`client update|delete`, `product add|list|update|delete`, `invoice delete`, the warning on a
duplicate tax id and the refusal to issue to a company without its address (CLI.md, issue #18) —
the real `facturas` command in a subprocess, the database read back with raw SQL."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.cli.cli_helpers import (
    CLIENT,
    DB_FILENAME,
    LINE,
    draft_json,
    ok_json,
    run_cli,
    seed_in_process,
)


def _rows(data_dir: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data_dir / DB_FILENAME) as raw:
        return raw.execute(sql).fetchall()


def _error(data_dir: Path, *args: str, stdin: str | None = None) -> dict[str, Any]:
    result = run_cli(data_dir, *args, "--json", stdin=stdin)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return dict(json.loads(result.stdout)["error"])


def test_client_delete_without_documents_then_refused_with_a_draft(tmp_path: Path) -> None:
    client_id, _ = seed_in_process(tmp_path)
    other = ok_json(tmp_path, "client", "add", "-", stdin=json.dumps({"name": "Pedro Pérez"}))["id"]
    assert ok_json(tmp_path, "client", "delete", other) == {"id": other, "deleted": True}
    ok_json(tmp_path, "invoice", "draft", "-", stdin=draft_json(client_id))
    error = _error(tmp_path, "client", "delete", client_id)
    assert error["code"] == "client_has_documents"
    assert CLIENT["name"] in error["message"] and '"archived": true' in error["message"]
    assert _rows(tmp_path, "SELECT id FROM clients") == [(client_id,)]


def test_a_client_with_issued_invoices_is_refused_with_words_not_the_trigger(tmp_path: Path) -> None:
    client_id, _numbers = seed_in_process(tmp_path, issue=1)
    result = run_cli(tmp_path, "--lang", "en", "client", "delete", client_id)
    assert result.returncode == 2
    assert "cannot be deleted" in result.stderr and "Archive it instead" in result.stderr
    assert "immutable" not in result.stderr and "issued invoices cannot" not in result.stderr


def test_archived_client_is_hidden_from_the_list_unless_asked(tmp_path: Path) -> None:
    client_id, _ = seed_in_process(tmp_path, issue=1)
    shown = ok_json(tmp_path, "client", "update", client_id, "-", stdin='{"archived": true}')
    assert shown["archived"] is True and shown["name"] == CLIENT["name"]  # the rest is kept
    assert shown["address"] == CLIENT["address"] and shown["warnings"] == []
    assert ok_json(tmp_path, "client", "list", "--json") == []
    listed = ok_json(tmp_path, "client", "list", "--json", "--include-archived")
    assert [(c["id"], c["archived"]) for c in listed] == [(client_id, True)]
    items = ok_json(tmp_path, "invoice", "list", "--json")
    assert [i["client_name"] for i in items] == [CLIENT["name"]]
    assert _rows(tmp_path, "SELECT archived FROM clients") == [(1,)]


def test_a_duplicate_tax_id_is_saved_with_a_warning_naming_the_other(tmp_path: Path) -> None:
    client_id, _ = seed_in_process(tmp_path)
    twin = {**CLIENT, "name": "Sol Sucursal Norte", "tax_id": "es-" + CLIENT["tax_id"].lower()}
    result = run_cli(tmp_path, "client", "add", "-", stdin=json.dumps(twin))
    assert result.returncode == 0, result.stderr
    added = json.loads(result.stdout)
    assert [(w["code"], w["other_id"], w["other_name"]) for w in added["warnings"]] == [
        ("duplicate_tax_id", client_id, CLIENT["name"])
    ]
    assert CLIENT["name"] in added["warnings"][0]["message"] and "aviso:" in result.stderr
    assert len(_rows(tmp_path, "SELECT id FROM clients")) == 2
    fresh = ok_json(tmp_path, "client", "add", "-", stdin=json.dumps({"name": "Otra", "tax_id": "B12345674"}))
    assert fresh["warnings"] == []


def test_issuing_to_a_company_without_address_exits_2_naming_the_fields(tmp_path: Path) -> None:
    seed_in_process(tmp_path)
    company = {"name": "Talleres Norte S.L.", "tax_id": "B12345674", "city": "Bilbao"}
    client_id = ok_json(tmp_path, "client", "add", "-", stdin=json.dumps(company))["id"]
    draft_id = ok_json(tmp_path, "invoice", "draft", "-", stdin=draft_json(client_id))["id"]
    result = run_cli(tmp_path, "--lang", "en", "invoice", "issue", draft_id)
    assert result.returncode == 2
    assert "address of Talleres Norte S.L. is missing" in result.stderr
    assert "postal code of Talleres Norte S.L. is missing" in result.stderr
    assert "city of" not in result.stderr
    assert _rows(tmp_path, f"SELECT number FROM invoices WHERE id = '{draft_id}'") == [(None,)]
    fix = json.dumps({"address": "C/ Uno 1", "postal_code": "48001"})
    ok_json(tmp_path, "client", "update", client_id, "-", stdin=fix)
    assert ok_json(tmp_path, "invoice", "issue", draft_id)["number"] == "F-2026-0001"


def test_invoice_delete_removes_a_draft_and_refuses_an_issued_invoice(tmp_path: Path) -> None:
    client_id, numbers = seed_in_process(tmp_path, issue=1)
    draft_id = ok_json(tmp_path, "invoice", "draft", "-", stdin=draft_json(client_id))["id"]
    assert ok_json(tmp_path, "invoice", "delete", draft_id) == {"id": draft_id, "deleted": True}
    assert _rows(tmp_path, f"SELECT count(*) FROM invoice_lines WHERE invoice_id = '{draft_id}'") == [(0,)]
    error = _error(tmp_path, "invoice", "delete", numbers[0])
    assert error["code"] == "draft_not_deletable" and numbers[0] in error["message"]
    assert _rows(tmp_path, "SELECT number FROM invoices") == [(numbers[0],)]
    assert _error(tmp_path, "invoice", "delete", "no-such-id")["code"] == "invoice_not_found"


def test_product_catalogue_add_list_update_archive_delete(tmp_path: Path) -> None:
    client_id, _ = seed_in_process(tmp_path)
    item = {
        "name": "Hora",
        "description": "Consultoría",
        "unit_price": "85.5",  # canonical decimal text (shapes.product_json)
        "vat_rate": "21",
        "unit": "h",
    }
    product_id = ok_json(tmp_path, "product", "add", "-", stdin=json.dumps(item))["id"]
    listed = ok_json(tmp_path, "product", "list", "--json")
    assert [{k: p[k] for k in (*item, "archived")} for p in listed] == [{**item, "archived": False}]
    updated = ok_json(tmp_path, "product", "update", product_id, "-", stdin='{"unit_price": "90"}')
    assert (updated["unit_price"], updated["description"], updated["unit"]) == ("90", "Consultoría", "h")
    line = {**LINE, "product_id": product_id}
    draft = json.dumps({"client_id": client_id, "lines": [line]})
    ok_json(tmp_path, "invoice", "draft", "-", stdin=draft)
    error = _error(tmp_path, "product", "delete", product_id)
    assert error["code"] == "product_in_use" and "Hora" in error["message"]
    ok_json(tmp_path, "product", "update", product_id, "-", stdin='{"archived": true}')
    assert ok_json(tmp_path, "product", "list", "--json") == []
    hidden = ok_json(tmp_path, "product", "list", "--json", "--include-archived")
    assert [(p["id"], p["archived"]) for p in hidden] == [(product_id, True)]
    spare = ok_json(tmp_path, "product", "add", "-", stdin=json.dumps({**item, "name": "Otro"}))["id"]
    assert ok_json(tmp_path, "product", "delete", spare) == {"id": spare, "deleted": True}
    assert _rows(tmp_path, "SELECT id, active FROM products") == [(product_id, 0)]


def test_product_add_with_bad_input_saves_nothing(tmp_path: Path) -> None:
    seed_in_process(tmp_path)
    error = _error(tmp_path, "product", "add", "-", stdin='{"name": "", "unit_price": "x"}')
    assert error["code"] == "validation_failed"
    assert _rows(tmp_path, "SELECT count(*) FROM products") == [(0,)]
