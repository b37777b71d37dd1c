"""Bad input through the real CLI: exit 2, one line on stderr, no traceback, and NOTHING changed.

Each case gets its own copy of a prepared data dir and compares a dump of all tables with the untouched
original afterwards. The whole matrix (plain, --json, --lang en) runs through the CLI's entry point
in-process; a representative subset also runs as a real subprocess.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import LINE, dump_tables, ok_json, run_cli, seed_in_process


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    stdin: str | None = None
    today: str | None = "2026-11-26"
    english: str = ""  # with --lang en: a word the English message must contain


def _draft(client_id: str, **line: Any) -> str:
    return json.dumps({"client_id": client_id, "lines": [{**LINE, **line}]})


def _cases(client_id: str, draft_id: str) -> list[Case]:
    bad_line = {
        "quantity_abc": {"quantity": "abc"},
        "price_abc": {"unit_price": "abc"},
        "quantity_nan": {"quantity": "NaN"},
        "price_snan": {"unit_price": "sNaN"},
        "price_infinity": {"unit_price": "Infinity"},
        "quantity_minus_infinity": {"quantity": "-Infinity"},
        "quantity_empty": {"quantity": ""},
        "price_empty": {"unit_price": ""},
        "price_1e400_text": {"unit_price": "1e400"},
        "quantity_7_decimals": {"quantity": "1.1234567"},
        "quantity_bool": {"quantity": True},
        "quantity_list": {"quantity": [3]},
        "vat_17_not_in_spain": {"vat_rate": "17"},
        "negative_total": {"quantity": "-3"},
        "unknown_exemption": {"vat_rate": "0", "exemption": "E9"},
    }
    cases = [
        Case(name, ("invoice", "draft", "-"), _draft(client_id, **line)) for name, line in bad_line.items()
    ]
    body = _draft(client_id)
    cases += [
        Case("unknown_client", ("invoice", "draft", "-"), _draft("no-such-client"), english="unknown client"),
        Case("price_1e400_json_number", ("invoice", "draft", "-"), body.replace('"85.50"', "1e400")),
        Case(
            "price_nan_json_constant",
            ("invoice", "draft", "-"),
            body.replace('"85.50"', "NaN"),
            english="malformed JSON",
        ),
        Case("price_infinity_json_constant", ("invoice", "draft", "-"), body.replace('"85.50"', "Infinity")),
        Case("malformed_json", ("invoice", "draft", "-"), '{"client_id": ', english="malformed JSON"),
        Case("json_not_an_object", ("invoice", "draft", "-"), "[1, 2]"),
        Case("no_lines", ("invoice", "draft", "-"), json.dumps({"client_id": client_id, "lines": []})),
        Case("missing_file", ("invoice", "draft", "/nonexistent/draft.json")),
        Case(
            "invalid_nif",
            ("client", "add", "-"),
            json.dumps({"name": "X", "tax_id": "12345678A"}),
            english="invalid tax id",
        ),
        Case("invalid_email", ("client", "add", "-"), json.dumps({"name": "X", "email": "a@@b"})),
        Case(
            "business_invalid_nif", ("business", "set", "-"), json.dumps({"name": "X", "tax_id": "A5881850X"})
        ),
        Case("issue_unknown_invoice", ("invoice", "issue", "F-2026-9999"), english="not found"),
        Case("show_unknown_invoice", ("invoice", "show", "F-2026-9999", "--json")),
        Case(
            "issue_date_in_future", ("invoice", "issue", draft_id, "--date", "2026-11-27"), english="future"
        ),
        Case("issue_date_before_last", ("invoice", "issue", draft_id, "--date", "2026-11-01")),
        Case("issue_date_garbage", ("invoice", "issue", draft_id, "--date", "26/11/2026")),
        Case("issue_reserved_series", ("invoice", "issue", draft_id, "--series", "R")),
        Case("today_garbage", ("invoice", "list", "--json"), today="2026-13-45", english="valid date"),
        Case("rectify_a_draft", ("invoice", "rectify", draft_id, "-", "--reason", "x"), "{}"),
        Case("rectify_without_reason", ("invoice", "rectify", "F-2026-0001", "-", "--reason", " "), "{}"),
        Case("cancel_without_reason", ("invoice", "cancel", "F-2026-0001", "--reason", "")),
        Case("cancel_a_draft", ("invoice", "cancel", draft_id, "--reason", "x")),
        Case(
            "payment_overpayment", ("payment", "add", "F-2026-0001", "--amount", "271.90"), english="exceeds"
        ),
        Case("payment_abc", ("payment", "add", "F-2026-0001", "--amount", "abc")),
        Case("payment_1e400", ("payment", "add", "F-2026-0001", "--amount", "1e400")),
        Case("payment_nan", ("payment", "add", "F-2026-0001", "--amount", "NaN")),
        Case("demo_over_issued_invoices", ("demo", "--invoices", "3")),
    ]
    return cases


# Run through the real subprocess (interpreter start, stdin, exit code); the full matrix runs in-process.
SUBPROCESS_CASES = (
    "unknown_client",
    "quantity_nan",
    "price_1e400_json_number",
    "malformed_json",
    "vat_17_not_in_spain",
    "today_garbage",
)


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


def run_in_process(data_dir: Path, case: Case, *extra: str, lang: str | None = None) -> Result:
    """The same entry point `python -m facturas_app` calls, with stdin/stdout/stderr swapped for buffers."""
    from facturas_app.cli.main import run

    argv = ["--data-dir", str(data_dir)] + (["--today", case.today] if case.today else [])
    argv += ["--lang", lang] if lang else []
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(case.stdin or ""), out, err
    try:
        code = run([*argv, *case.args, *extra])
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    return Result(code, out.getvalue(), err.getvalue())


@dataclass(frozen=True)
class Outcome:
    plain: Result
    json: Result
    english: Result | None
    changed: list[str]
    json_requested: bool  # the case itself passes --json


def _changed(baseline: dict[str, Any], data_dir: Path) -> list[str]:
    after = dump_tables(data_dir)
    # A table that appears empty is a migration another part of the app added at open, not a change.
    return sorted(t for t in baseline.keys() | after.keys() if baseline.get(t, []) != after.get(t, []))


def _run_case(case: Case, template: Path, work: Path, baseline: dict[str, Any]) -> Outcome:
    data_dir = work / case.name
    shutil.copytree(template, data_dir)
    plain = run_in_process(data_dir, case)
    as_json = run_in_process(data_dir, case, *(() if "--json" in case.args else ("--json",)))
    english = run_in_process(data_dir, case, lang="en") if case.english else None
    return Outcome(plain, as_json, english, _changed(baseline, data_dir), "--json" in case.args)


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], list[Case]]:
    template = tmp_path_factory.mktemp("template")
    client_id, _ = seed_in_process(template, issue=1)  # F-2026-0001, issued today
    draft_id = ok_json(template, "invoice", "draft", "-", stdin=_draft(client_id))["id"]
    return template, dump_tables(template), _cases(client_id, draft_id)


@pytest.fixture(scope="module")
def outcomes(
    prepared: tuple[Path, dict[str, Any], list[Case]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Outcome]:
    template, baseline, cases = prepared
    work = tmp_path_factory.mktemp("cases")
    return {case.name: _run_case(case, template, work, baseline) for case in cases}


CASE_NAMES = [c.name for c in _cases("client", "draft")]


def _one_clean_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].strip(), stderr


@pytest.mark.parametrize("name", CASE_NAMES)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    assert outcome.plain.returncode == 2, (outcome.plain.stdout, outcome.plain.stderr)
    _one_clean_line(outcome.plain.stderr)
    if not outcome.json_requested:
        assert outcome.plain.stdout.strip() == ""
    assert outcome.changed == []


@pytest.mark.parametrize("name", CASE_NAMES)
def test_with_json_the_error_is_an_object_on_stdout(outcomes: dict[str, Outcome], name: str) -> None:
    result = outcomes[name].json
    assert result.returncode == 2
    _one_clean_line(result.stderr)
    error = json.loads(result.stdout)
    assert set(error) == {"error"} and set(error["error"]) == {"code", "message"}
    assert error["error"]["code"] and error["error"]["message"]


@pytest.mark.parametrize("name", [c.name for c in _cases("client", "draft") if c.english])
def test_lang_en_speaks_english(outcomes: dict[str, Outcome], name: str) -> None:
    english = outcomes[name].english
    assert english is not None and english.returncode == 2
    _one_clean_line(english.stderr)
    word = next(c.english for c in _cases("client", "draft") if c.name == name)
    assert word.lower() in english.stderr.lower()
    assert english.stderr != outcomes[name].plain.stderr  # the default is Spanish


@pytest.mark.slow
def test_bad_input_through_the_real_subprocess(
    prepared: tuple[Path, dict[str, Any], list[Case]], tmp_path: Path
) -> None:
    template, baseline, cases = prepared
    chosen = [c for c in cases if c.name in SUBPROCESS_CASES]
    assert len(chosen) == len(SUBPROCESS_CASES)

    def one(case: Case) -> tuple[Case, subprocess.CompletedProcess[str], list[str]]:
        data_dir = tmp_path / case.name
        shutil.copytree(template, data_dir)
        args = case.args if "--json" in case.args else (*case.args, "--json")
        result = run_cli(data_dir, *args, stdin=case.stdin, today=case.today)
        return case, result, _changed(baseline, data_dir)

    with ThreadPoolExecutor(max_workers=3) as pool:
        for case, result, changed in pool.map(one, chosen):
            assert result.returncode == 2, (case.name, result.stdout, result.stderr)
            _one_clean_line(result.stderr)
            assert set(json.loads(result.stdout)["error"]) == {"code", "message"}, case.name
            assert changed == [], case.name


def test_unusable_data_dir_is_one_line_without_traceback(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("x")
    result = run_in_process(not_a_dir / "sub", Case("x", ("invoice", "list", "--json")))
    assert result.returncode == 1
    _one_clean_line(result.stderr)


def test_corrupt_database_is_refused_at_open(tmp_path: Path) -> None:
    (tmp_path / "facturas.sqlite3").write_bytes(b"not a database at all" * 100)
    result = run_cli(tmp_path, "invoice", "list", "--json")
    assert result.returncode == 1
    _one_clean_line(result.stderr)
    assert json.loads(result.stdout)["error"]["code"] == "not_a_database"
    assert (tmp_path / "facturas.sqlite3").read_bytes() == b"not a database at all" * 100
