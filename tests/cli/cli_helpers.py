"""Running the real `facturas` CLI in a subprocess, and reading back everything it stored."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-26"
DB_FILENAME = "facturas.sqlite3"

BUSINESS = {
    "name": "Laura Gómez Ruiz",
    "trade_name": "Gómez Consultoría",
    "tax_id": "12345678Z",
    "address": "Calle Mayor 1",
    "postal_code": "28001",
    "city": "Madrid",
    "country": "ES",
    "email": "facturas@example.com",
    "iban": "ES9121000418450200051332",
    "default_series": "F",
}
CLIENT = {
    "name": "Inmobiliaria Sol S.A.",
    "tax_id": "A58818501",
    "address": "Av. del Puerto 22",
    "postal_code": "46021",
    "city": "Valencia",
    "country": "ES",
    "email": "admin@sol.example",
    "payment_terms_days": 30,
    "language": "es",
}
LINE = {
    "description": "Consultoría",
    "quantity": "3",
    "unit_price": "85.50",
    "discount_percent": "0",
    "vat_rate": "21",
    "surcharge_rate": "0",
}


def clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTURAS_")}
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def run_cli(
    data_dir: Path, *args: str, stdin: str | None = None, today: str | None = TODAY, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(data_dir)]
    if today is not None:
        command += ["--today", today]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=clean_env(),
        timeout=timeout,
        check=False,
    )


def ok_json(data_dir: Path, *args: str, stdin: str | None = None, today: str | None = TODAY) -> Any:
    result = run_cli(data_dir, *args, stdin=stdin, today=today)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    return json.loads(result.stdout)


def setup_business_and_client(data_dir: Path) -> str:
    """A configured data dir through the CLI itself; returns the client id."""
    ok = run_cli(data_dir, "business", "set", "-", stdin=json.dumps(BUSINESS))
    assert ok.returncode == 0, ok.stderr
    return str(ok_json(data_dir, "client", "add", "-", stdin=json.dumps(CLIENT))["id"])


def draft_json(client_id: str, **extra: Any) -> str:
    return json.dumps({"client_id": client_id, "lines": [LINE], "irpf_rate": "15", **extra})


def dump_tables(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for 'bad input changes nothing' checks."""
    path = data_dir / DB_FILENAME
    if not path.exists():
        return {}
    raw = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        return {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        raw.close()


def seed_in_process(data_dir: Path, issue: int = 0) -> tuple[str, list[str]]:
    """Business + client (+ issued invoices) through the services: a fast start for tests that are
    about a later command. Returns the client id and the issued numbers."""
    import datetime as dt

    from facturas_app.bootstrap import build_services

    services = build_services(data_dir, today=dt.date.fromisoformat(TODAY))
    try:
        services.business.save_payload(BUSINESS)
        client_id = services.clients.add_payload(CLIENT).id
        numbers = []
        for _ in range(issue):
            draft = services.invoices.create_draft_from_payload(json.loads(draft_json(client_id)))
            numbers.append(str(services.invoices.issue(draft.invoice.id).number))
        return client_id, numbers
    finally:
        services.close()
