"""Input past its limits through the real CLI (#17): each case once ended as 'error inesperado' (exit 1)
or was silently accepted; now exit 2, one line (or one line per import error) and nothing stored."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import LINE, dump_tables, run_cli, seed_in_process


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    stdin: str | None = None
    says: str = ""  # a fragment the message must hold
    today: str | None = "2026-11-26"


def _draft(client_id: str, **extra: Any) -> str:
    return json.dumps({"client_id": client_id, "lines": [LINE], **extra})


def write_inputs(folder: Path) -> None:
    (folder / "deep_array.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "deep_object.json").write_text('{"a": ' * 25 + "1" + "}" * 25)  # json reads it; we stop at 20
    products = "nombre;precio;iva\nA;85,50;21\nB;1.500;22\nC;1.234;21\nD;1.234,5;21\nE;3.5;21\n"
    (folder / "products.csv").write_text(products)


def _cases(client_id: str, draft_id: str) -> list[Case]:
    tiny = json.dumps({"client_id": client_id, "lines": [{**LINE, "unit_price": "1e-999999999"}]})
    huge = json.dumps({"client_id": client_id, "lines": [{**LINE, "unit_price": "1" * 30}]})
    surrogate_note = _draft(client_id)[:-1] + ', "notes": "a\\udc80"}'
    issue = ("invoice", "issue", draft_id, "--date")
    pay = ("payment", "add", "F-2026-0001", "--amount")
    return [
        Case("payment_1e-999999999", (*pay, "1e-999999999"), says="Importe:"),
        Case("price_1e-999999999", ("invoice", "draft", "-"), tiny, says="Línea 1 · Precio:"),
        Case("price_30_digits", ("invoice", "draft", "-"), huge, says="Línea 1 · Precio:"),
        Case("payment_30_digits", (*pay, "9" * 30), says="Importe:"),
        Case("deep_json_array", ("invoice", "draft", "{inputs}/deep_array.json"), says="JSON"),
        Case("deep_json_object", ("client", "add", "{inputs}/deep_object.json"), says="JSON"),
        Case("surrogate_in_notes", ("invoice", "draft", "-"), surrogate_note, says="Notas:"),
        Case("surrogate_in_a_key", ("client", "add", "-"), '{"name": "X", "\\ud83d": 1}', says="U+D83D"),
        Case("issue_already_issued", ("invoice", "issue", "F-2026-0001"), says="F-2026-0001"),
        Case("issue_date_basic_format", (*issue, "20261126"), says="20261126"),
        Case("issue_date_week", (*issue, "2026-W48-4"), says="2026-W48-4"),
        Case("payment_date_arabic_digits", (*pay, "1", "--date", "٢٠٢٦-١١-٢٦"), says="Fecha:"),
        Case("today_week", ("invoice", "list", "--json"), today="2026-W48-4", says="--today"),
        Case("draft_issue_date_basic", ("invoice", "draft", "-"), _draft(client_id, issue_date="20261126")),
        Case("import_ambiguous_and_rate", ("import", "products", "{inputs}/products.csv"), says="línea 3"),
    ]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Path, list[Case]]:
    template = tmp_path_factory.mktemp("template")
    client_id, _ = seed_in_process(template, issue=1)
    draft = run_cli(template, "invoice", "draft", "-", stdin=_draft(client_id))
    assert draft.returncode == 0, draft.stderr
    inputs = tmp_path_factory.mktemp("inputs")
    write_inputs(inputs)
    cases = _cases(client_id, json.loads(draft.stdout)["id"])
    return template, dump_tables(template), inputs, cases


@pytest.fixture(scope="module")
def outcomes(
    prepared: tuple[Path, dict[str, Any], Path, list[Case]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    template, baseline, inputs, cases = prepared
    work = tmp_path_factory.mktemp("runs")

    def one(case: Case) -> tuple[str, Any, bool]:
        data_dir = work / case.name
        shutil.copytree(template, data_dir)
        args = [arg.replace("{inputs}", str(inputs)) for arg in case.args]
        result = run_cli(data_dir, *args, stdin=case.stdin, today=case.today)
        return case.name, result, dump_tables(data_dir) == baseline

    with ThreadPoolExecutor(max_workers=2) as pool:
        return {name: (result, unchanged) for name, result, unchanged in pool.map(one, cases)}


CASES = _cases("client", "draft")  # names and expectations: the ids are filled in by `prepared`


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_refused_with_exit_2_a_clear_message_and_nothing_stored(outcomes: dict[str, Any], case: Case) -> None:
    result, unchanged = outcomes[case.name]
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "inesperado" not in result.stderr
    lines = result.stderr.strip().splitlines()
    if case.args[0] != "import":  # an import lists one error per line under its headline
        assert len(lines) == 1, result.stderr
    assert case.says in result.stderr, result.stderr
    assert unchanged


def test_issuing_an_issued_invoice_says_so(outcomes: dict[str, Any]) -> None:
    result, _ = outcomes["issue_already_issued"]
    assert "ya está emitida" in result.stderr and "issued" not in result.stderr


def test_import_names_each_row_and_column(outcomes: dict[str, Any]) -> None:
    result, _ = outcomes["import_ambiguous_and_rate"]
    errors = [line.strip() for line in result.stderr.splitlines()[1:]]
    # '85,50' and '1.234,5' show a decimal comma, '3.5' a decimal point: '1.500' and '1.234' stay open.
    assert [e.split(":")[0] for e in errors] == [
        "línea 3, unit_price",
        "línea 3, vat_rate",
        "línea 4, unit_price",
    ]
    assert "1.500" in errors[0] and "22" in errors[1] and "1.234" in errors[2]
