"""`facturas expense …` and `facturas supplier list` (#21) through the real CLI in a subprocess:
CLI.md's shapes, money as strings with two decimals, exit 2 with one line and nothing stored for
bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import dump_tables, ok_json, run_cli, seed_in_process
from tests.services.purchases.ubl_samples import EUR_INVOICES, addressed_to, example

EXPENSE = {
    "supplier": {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"},
    "number": "FV-2026-17",
    "issue_date": "2026-11-20",
    "taxes": [{"base": "100.00", "vat_rate": "21", "vat": "21.00", "surcharge_rate": "0", "surcharge": "0"}],
    "irpf": "0",
    "category": "material",
    "deductible_percent": "50",
}
LIST_KEYS = {"id", "supplier", "supplier_tax_id", "number", "issue_date", "base", "vat", "total", "status"}
IMPORT_KEYS = {"id", "supplier", "number", "issue_date", "total", "valid", "problems"}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    seed_in_process(tmp_path)  # the business is 12345678Z: received UBL must be addressed to it
    return tmp_path


def _refused(data_dir: Path, *args: str, stdin: str | None = None) -> dict[str, Any]:
    """Exit 2, one line on stderr, the JSON error on stdout, no traceback and nothing changed."""
    before = dump_tables(data_dir)
    result = run_cli(data_dir, *args, "--json", stdin=stdin)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert dump_tables(data_dir) == before
    return dict(json.loads(result.stdout)["error"])


def test_add_list_show_and_the_supplier_list(data_dir: Path) -> None:
    added = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))
    assert set(added) == {"id"}
    listed = ok_json(data_dir, "expense", "list", "--json")
    assert len(listed) == 1 and set(listed[0]) >= LIST_KEYS
    item = {key: listed[0][key] for key in LIST_KEYS}
    assert item == {"id": added["id"], "supplier": "Papelería Sol S.L.", "supplier_tax_id": "B12345674",
                    "number": "FV-2026-17", "issue_date": "2026-11-20", "base": "100.00", "vat": "21.00",
                    "total": "121.00", "status": "received"}  # fmt: skip
    shown = ok_json(data_dir, "expense", "show", added["id"], "--json")
    suppliers = ok_json(data_dir, "supplier", "list", "--json")
    assert suppliers == [{**shown["supplier"]}] and shown["supplier"]["tax_id"] == "B12345674"
    assert shown["taxes"] == [{"base": "100.00", "vat_rate": "21", "vat": "21.00", "surcharge_rate": "0",
                               "surcharge": "0.00", "vat_category": "", "exemption_reason": ""}]  # fmt: skip
    keys = ("received_on", "deductible_percent", "deductible_vat", "surcharge", "irpf", "response_due",
            "source", "attachments", "status_at", "paid_on")  # fmt: skip
    picked = {k: shown[k] for k in keys}
    assert picked == {"received_on": "2026-11-26", "deductible_percent": "50", "deductible_vat": "10.50",
                      "surcharge": "0.00", "irpf": "0.00", "response_due": "2026-11-30", "source": "typed",
                      "attachments": [], "status_at": None, "paid_on": None}  # fmt: skip


def test_show_for_a_person_writes_money_and_dates_as_the_screen(data_dir: Path) -> None:
    added = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))
    spanish = run_cli(data_dir, "expense", "show", added["id"])
    english = run_cli(data_dir, "--lang", "en", "expense", "show", added["id"])
    assert spanish.returncode == english.returncode == 0
    assert spanish.stdout.splitlines()[:2] == [
        "FV-2026-17 · Papelería Sol S.L. (B12345674, ES)",
        "emitida 20/11/2026 · recibida 26/11/2026",
    ]
    nbsp = "\u00a0"
    assert f"Total 121,00{nbsp}€ · IVA deducible 10,50{nbsp}€" in spanish.stdout
    assert "Estado: recibida · responder antes del 30/11/2026" in spanish.stdout
    assert "Total €121.00 · Deductible VAT €10.50" in english.stdout
    assert "Status: received · answer by 30/11/2026" in english.stdout
    assert "{" not in spanish.stdout + english.stdout  # no Python dict, no JSON for a person


def test_add_with_a_scan_attached(data_dir: Path, tmp_path: Path) -> None:
    scan = tmp_path / "factura escaneada.pdf"
    scan.write_bytes(b"%PDF-1.4\nescaneo")
    added = ok_json(data_dir, "expense", "add", "-", "--attach", str(scan), stdin=json.dumps(EXPENSE))
    shown = ok_json(data_dir, "expense", "show", added["id"], "--json")
    assert shown["attachments"] == [{"file_name": "factura escaneada.pdf", "size": 16}]


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        (
            {"supplier": {"name": "Sol", "tax_id": "B12345675"}},
            "validation_failed",
            "Proveedor · NIF / ID fiscal",
        ),
        (
            {"taxes": [{"base": "100.00", "vat_rate": "21", "vat": "20.00"}]},
            "validation_failed",
            "Bases e impuestos, fila 1 · IVA",
        ),
        ({"total": "120.00"}, "validation_failed", "no es la suma de bases, IVA y recargo"),
        ({"issue_date": "20-11-2026"}, "validation_failed", "Fecha de emisión"),
    ],
)
def test_bad_input_exits_2_and_stores_nothing(
    data_dir: Path, change: dict[str, Any], code: str, words: str
) -> None:
    error = _refused(data_dir, "expense", "add", "-", stdin=json.dumps({**EXPENSE, **change}))
    assert error["code"] == code and words in error["message"]


def test_malformed_json_and_a_duplicate_are_refused(data_dir: Path) -> None:
    assert _refused(data_dir, "expense", "add", "-", stdin="{not json")["code"] == "validation_failed"
    ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))
    again = {**EXPENSE, "supplier": {"name": "Sol", "tax_id": "ESB12345674", "country": "ES"}}
    assert _refused(data_dir, "expense", "add", "-", stdin=json.dumps(again))["code"] == "expense_duplicate"


def test_import_one_file_prints_the_object_and_refuses_it_again(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "recibida.xml"
    path.write_bytes(addressed_to(example(EUR_INVOICES[0]), "ES12345678Z"))
    imported = ok_json(data_dir, "expense", "import", str(path), "--json")
    assert set(imported) >= IMPORT_KEYS
    assert {k: imported[k] for k in ("supplier", "number", "issue_date", "total", "valid", "problems")} == {
        "supplier": "De Koksmaat", "number": "12115118", "issue_date": "2015-01-09", "total": "250.33",
        "valid": True, "problems": []}  # fmt: skip
    assert _refused(data_dir, "expense", "import", str(path))["code"] == "expense_duplicate"


def test_import_several_names_each_result_and_exits_2_when_one_is_refused(
    data_dir: Path, tmp_path: Path
) -> None:
    good, other = tmp_path / "buena.xml", tmp_path / "ajena.xml"
    good.write_bytes(addressed_to(example(EUR_INVOICES[1]), "12345678Z"))
    other.write_bytes(example(EUR_INVOICES[0]))  # addressed to its own buyer, not to us
    result = run_cli(data_dir, "expense", "import", str(good), str(other), "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    shapes = json.loads(result.stdout)
    assert [s["file"] for s in shapes] == ["buena.xml", "ajena.xml"]
    assert shapes[0]["number"] == "1100512149" and shapes[1]["error"]["code"] == "incoming_other_buyer"
    assert [e["number"] for e in ok_json(data_dir, "expense", "list", "--json")] == ["1100512149"]


def test_import_and_list_for_a_person_write_money_as_the_screen(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "recibida.xml"
    path.write_bytes(addressed_to(example(EUR_INVOICES[0]), "ES12345678Z"))
    imported = run_cli(data_dir, "--lang", "en", "expense", "import", str(path))
    assert imported.returncode == 0
    assert imported.stdout.strip() == "recibida.xml: 12115118 De Koksmaat €250.33"
    listed = run_cli(data_dir, "expense", "list")
    assert listed.stdout.split() == ["09/01/2015", "12115118", "De", "Koksmaat", "250,33", "€", "recibida"]


def test_a_30_mb_file_is_refused_with_words(data_dir: Path, tmp_path: Path) -> None:
    huge = tmp_path / "enorme.xml"
    huge.write_bytes(b"<Invoice>" + b" " * (30 * 1024 * 1024) + b"</Invoice>")
    error = _refused(data_dir, "expense", "import", str(huge))
    assert error["code"] == "incoming_too_large" and "30 MB" in error["message"]


def test_status_moves_and_their_refusals(data_dir: Path) -> None:
    expense_id = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))["id"]
    accepted = ok_json(data_dir, "expense", "status", expense_id, "accepted", "--json")
    assert accepted["status"] == "accepted" and accepted["status_at"] and accepted["recorded_at"]
    paid = ok_json(data_dir, "expense", "status", expense_id, "paid", "--date", "2026-11-25", "--json")
    assert (paid["status"], paid["paid_on"]) == ("paid", "2026-11-25")
    assert _refused(data_dir, "expense", "status", expense_id, "accepted")["code"] == "expense_status_move"
    assert _refused(data_dir, "expense", "status", "no-such-id", "paid")["code"] == "expense_not_found"
    assert _refused(data_dir, "expense", "delete", expense_id)["code"] == "expense_not_deletable"
    other = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps({**EXPENSE, "number": "FV-2"}))["id"]
    error = _refused(data_dir, "expense", "status", other, "rejected")
    assert error["code"] == "validation_failed" and "motivo" in error["message"]
    rejected = ok_json(
        data_dir, "expense", "status", other, "rejected", "--reason", "Precio erróneo", "--json"
    )
    assert rejected["reason"] == "Precio erróneo"


def test_delete_a_received_expense(data_dir: Path) -> None:
    expense_id = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))["id"]
    assert run_cli(data_dir, "expense", "delete", expense_id).returncode == 0
    assert ok_json(data_dir, "expense", "list", "--json") == []


def test_list_filters_and_words_in_english(data_dir: Path) -> None:
    for number, date in (("A-1", "2026-11-20"), ("B-2", "2026-05-04")):
        ok_json(
            data_dir,
            "expense",
            "add",
            "-",
            stdin=json.dumps({**EXPENSE, "number": number, "issue_date": date}),
        )
    numbers = lambda *args: [e["number"] for e in ok_json(data_dir, "expense", "list", "--json", *args)]  # noqa: E731
    assert numbers() == ["A-1", "B-2"]
    assert numbers("--quarter", "2026-2") == ["B-2"] and numbers("--quarter", "2026Q4") == ["A-1"]
    assert numbers("--search", "PAPELERIA") == ["A-1", "B-2"] and numbers("--search", "b-2") == ["B-2"]
    assert numbers("--status", "paid") == []
    assert _refused(data_dir, "expense", "list", "--quarter", "2026-5")["code"] == "validation_failed"
    result = run_cli(data_dir, "--lang", "en", "expense", "status", "nope", "paid")
    assert result.returncode == 2 and result.stderr.strip() == "facturas: received invoice not found: nope"


def test_status_writes_the_schema_valid_response_for_the_supplier(data_dir: Path, tmp_path: Path) -> None:
    from tests.services.purchases.test_response import assert_valid, one

    expense_id = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))["id"]
    target = tmp_path / "respuestas" / "rechazo.xml"
    args = ("expense", "status", expense_id, "rejected", "--reason", "Falta el pedido", "-o", str(target))
    shown = ok_json(data_dir, *args, "--json")
    assert shown["status"] == "rejected" and shown["response_file"] == str(target)
    root = assert_valid(target.read_bytes())
    assert one(root, "cac:DocumentResponse/cac:Response/cbc:ResponseCode") == "RE"
    assert one(root, "cac:DocumentResponse/cac:DocumentReference/cbc:ID") == "FV-2026-17"
    assert "Falta el pedido" in target.read_text("utf-8")


def test_an_unwritable_response_leaves_the_status_as_it_was(data_dir: Path, tmp_path: Path) -> None:
    expense_id = ok_json(data_dir, "expense", "add", "-", stdin=json.dumps(EXPENSE))["id"]
    blocker = tmp_path / "un archivo"
    blocker.write_text("no es una carpeta")
    result = run_cli(data_dir, "expense", "status", expense_id, "accepted", "-o", str(blocker / "r.xml"))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert ok_json(data_dir, "expense", "show", expense_id, "--json")["status"] == "received"
