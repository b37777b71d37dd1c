"""Wall time of a dozen common `facturas` commands vs a bare `python -c pass` (issue #23).

Usage: python benchmarks/cli_startup.py [--runs N] [--invoices N] [--data-dir DIR]
Without --data-dir a fresh folder gets `facturas demo --invoices N` (30 by default); the writing
commands (draft, issue, payment add) change it, so give a copy of real data, never the original.
Prints, for each command, the median of N runs (5 by default) in ms, its ratio to the bare
interpreter and the issue's goal (0.3 s for the quick reads, 0.5 s for issue and payment add).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TODAY = "2026-11-26"
READ_GOAL, WRITE_GOAL = 0.3, 0.5


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTURAS_")}
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def _run(cmd: list[str], stdin: str | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        cmd, cwd=ROOT, env=_env(), input=stdin, capture_output=True, text=True, timeout=300, check=False
    )
    elapsed = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"{cmd[3:]} failed ({out.returncode}): {out.stderr[-800:]}")
    return elapsed, out.stdout


def _facturas(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "facturas_app", "--data-dir", str(data_dir), "--today", TODAY, *args]


def _draft_payload(data_dir: Path) -> str:
    client_id = json.loads(_run(_facturas(data_dir, "client", "list", "--json"))[1])[0]["id"]
    line = {"description": "Consultoría", "quantity": "1", "unit_price": "100", "vat_rate": "21"}
    return json.dumps({"client_id": client_id, "issue_date": TODAY, "lines": [line]})


def _open_invoice(data_dir: Path) -> str:
    rows = json.loads(_run(_facturas(data_dir, "invoice", "list", "--json"))[1])
    return next(r["number"] for r in rows if r["number"] and Decimal(r["outstanding"]) > Decimal("1"))


def _median(cmd: list[str], runs: int, stdin: str | None = None) -> float:
    return statistics.median(_run(cmd, stdin)[0] for _ in range(runs))


def _issue_median(data_dir: Path, runs: int, payload: str) -> tuple[float, float]:
    """`invoice draft -` then `invoice issue ID`, each timed: every issue needs a fresh draft."""
    drafts, issues = [], []
    for _ in range(runs):
        elapsed, out = _run(_facturas(data_dir, "invoice", "draft", "-", "--json"), payload)
        drafts.append(elapsed)
        issues.append(_run(_facturas(data_dir, "invoice", "issue", json.loads(out)["id"], "--json"))[0])
    return statistics.median(drafts), statistics.median(issues)


def _read_commands(number: str) -> list[tuple[str, list[str], float | None]]:
    return [
        ("--help", ["--help"], None),
        ("invoice list --json", ["invoice", "list", "--json"], READ_GOAL),
        ("invoice show --json", ["invoice", "show", number, "--json"], READ_GOAL),
        ("client list --json", ["client", "list", "--json"], READ_GOAL),
        ("verifactu status --json", ["verifactu", "status", "--json"], READ_GOAL),
        ("business show --json", ["business", "show", "--json"], None),
        ("product list --json", ["product", "list", "--json"], None),
        ("payment list --json", ["payment", "list", number, "--json"], None),
        ("outbox list --json", ["outbox", "list", "--json"], None),
        ("aging --json", ["aging", "--json"], None),
        ("search --json", ["search", "Sol", "--json"], None),
    ]


def _line(name: str, seconds: float, floor: float, goal: float | None) -> str:
    verdict = "" if goal is None else f"  goal {goal * 1000:.0f} ms {'met' if seconds <= goal else 'MISSED'}"
    return f"{name:<26} {seconds * 1000:7.0f} ms  {seconds / floor:5.1f}x{verdict}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--invoices", type=int, default=30)
    parser.add_argument("--data-dir", type=Path)
    opts = parser.parse_args(argv)
    data_dir = opts.data_dir or Path(tempfile.mkdtemp(prefix="cli_startup_")) / "data"
    if opts.data_dir is None:
        _run(_facturas(data_dir, "demo", "--invoices", str(opts.invoices), "--json"))
    number, payload = _open_invoice(data_dir), _draft_payload(data_dir)
    floor = _median([sys.executable, "-c", "pass"], opts.runs)
    print(f"python -c pass (median of {opts.runs}): {floor * 1000:.0f} ms; data: {data_dir}")
    for name, args, goal in _read_commands(number):
        print(_line(name, _median(_facturas(data_dir, *args), opts.runs), floor, goal), flush=True)
    draft, issue = _issue_median(data_dir, opts.runs, payload)
    print(_line("invoice draft -", draft, floor, None))
    print(_line("invoice issue", issue, floor, WRITE_GOAL))
    pay = _facturas(data_dir, "payment", "add", number, "--amount", "0.01", "--json")
    print(_line("payment add", _median(pay, opts.runs), floor, WRITE_GOAL))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
