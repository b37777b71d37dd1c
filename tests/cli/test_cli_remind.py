"""`facturas remind`, `payment add/remove/list`, `invoice pause-reminders`, `client reminders` as
real subprocesses against aiosmtpd (STARTTLS + AUTH, trustme CA trusted through SSL_CERT_FILE),
with `--today` moving the app's clock. Two `remind` processes started together must not send any
(invoice, stage) pair twice: the UNIQUE constraint decides, the server counts."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.services.mail_fixtures import SMTP_PASSWORD, SMTP_USER, server_tls_context, smtp_server, trustme_ca
from tests.services.outbox_helpers import parse
from tests.services.reminder_helpers import ISSUE_DAY, business, client, invoice

REPO_ROOT = Path(__file__).resolve().parents[2]
REMIND_KEYS = {"number", "client_id", "stage", "sent"}


@pytest.fixture
def cli(tmp_path, trustme_ca, smtp_server):
    """`facturas` subprocesses sharing one data dir, a file-backed stand-in keyring and the test CA;
    mail is configured against the aiosmtpd server."""
    ca_file = tmp_path / "ca.pem"
    trustme_ca.cert_pem.write_to_path(str(ca_file))
    data, keyring_file = tmp_path / "data", tmp_path / "os-keyring.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTURAS_", "PYTHON_KEYRING"))}
    env |= {
        "SSL_CERT_FILE": str(ca_file),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": str(REPO_ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "PYTHON_KEYRING_BACKEND": "tests.services.file_keyring.FileKeyring",
        "FACTURAS_TEST_KEYRING_FILE": str(keyring_file),
    }

    def command(today: dt.date, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "facturas_app",
            "--data-dir",
            str(data),
            "--today",
            today.isoformat(),
            *args,
        ]

    def run(today: dt.date, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            command(today, *args),
            input=stdin,
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            env=env,
            timeout=120,
            check=False,
        )

    def start(today: dt.date, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            command(today, *args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO_ROOT,
            env=env,
        )

    run.start = start  # type: ignore[attr-defined]
    run.data = data  # type: ignore[attr-defined]
    ok(
        run(
            ISSUE_DAY,
            "mail",
            "configure",
            "--host",
            "127.0.0.1",
            "--port",
            str(smtp_server.port),
            "--security",
            "starttls",
            "--user",
            SMTP_USER,
            "--from",
            "facturas@example.test",
            "--password-stdin",
            stdin=SMTP_PASSWORD + "\n",
        )
    )
    return run


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (result.args[6:], result.stdout, result.stderr)
    return result


def in_process(cli, today: dt.date = ISSUE_DAY):
    from facturas_app.bootstrap import build_services
    from facturas_app.services.secrets import SessionSecretStore
    from tests.fakes import FixedClock

    return build_services(cli.data, clock=FixedClock(today), secret_store=SessionSecretStore())


def setup_invoices(cli, dues: list[dt.date]) -> list[str]:
    services = in_process(cli)
    try:
        business(services)
        sol = client(services, "Sol")
        return [invoice(services, sol.id, due).number for due in dues]
    finally:
        services.close()


def reminder_pairs(cli, smtp_server) -> list[tuple[str, str]]:
    """(number, stage) of each reminder the server accepted: its Message-ID looked up in the outbox."""
    rows = json.loads(ok(cli(ISSUE_DAY, "outbox", "list", "--json")).stdout)
    by_message_id = {row["message_id"]: row for row in rows}
    accepted = [by_message_id[str(parse(e.original_content)["Message-ID"])] for e in smtp_server.envelopes]
    return [(row["invoice_number"], row["stage"]) for row in accepted if row["kind"] == "reminder"]


def test_remind_runs_on_four_days_send_one_email_per_due_pair(cli, smtp_server):
    a, b = setup_invoices(cli, [dt.date(2026, 11, 10), dt.date(2026, 11, 4)])
    days = [dt.date(2026, 11, 7), dt.date(2026, 11, 11), dt.date(2026, 11, 30), dt.date(2026, 12, 20)]
    printed = []
    for day in days:
        result = ok(cli(day, "remind", "--json"))
        rows = json.loads(result.stdout)
        assert all(set(row) >= REMIND_KEYS and row["sent"] is True for row in rows)
        printed += [(row["number"], row["stage"]) for row in rows]
    assert json.loads(ok(cli(days[-1], "remind", "--json")).stdout) == []
    assert Counter(reminder_pairs(cli, smtp_server)) == Counter(printed)
    assert set(printed) == {
        (a, "before_due"),
        (a, "due"),
        (a, "overdue_15"),
        (a, "overdue_30"),
        (b, "due"),
        (b, "overdue_7"),
        (b, "overdue_15"),
        (b, "overdue_30"),
    }


def test_two_concurrent_remind_processes_send_each_pair_once(cli, smtp_server):
    numbers = setup_invoices(cli, [dt.date(2026, 11, 3) + dt.timedelta(days=i % 5) for i in range(24)])
    day = dt.date(2026, 11, 6)
    processes = [cli.start(day, "remind", "--json") for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    claimed = [(row["number"], row["stage"]) for out, _err in outputs for row in json.loads(out)]
    assert len(claimed) == len(set(claimed)) == len(numbers)  # every invoice once, by one process
    received = reminder_pairs(cli, smtp_server)
    assert len(received) == len(smtp_server.envelopes) == len(numbers)
    assert Counter(received) == Counter(claimed)


def test_dry_run_prints_what_would_go_and_sends_and_records_nothing(cli, smtp_server):
    (a,) = setup_invoices(cli, [dt.date(2026, 11, 10)])
    rows = json.loads(ok(cli(dt.date(2026, 11, 10), "remind", "--dry-run", "--json")).stdout)
    assert rows == [
        {
            "number": a,
            "client_id": rows[0]["client_id"],
            "stage": "due",
            "sent": False,
            "outbox_id": None,
            "state": None,
            "error": None,
        }
    ]
    assert smtp_server.envelopes == []
    assert json.loads(ok(cli(dt.date(2026, 11, 10), "outbox", "list", "--json")).stdout) == []
    assert [r["stage"] for r in json.loads(ok(cli(dt.date(2026, 11, 10), "remind", "--json")).stdout)] == [
        "due"
    ]


def test_paused_and_opted_out_invoices_are_not_reminded_until_resumed(cli, smtp_server):
    a, b = setup_invoices(cli, [dt.date(2026, 11, 5), dt.date(2026, 11, 5)])
    ok(cli(ISSUE_DAY, "invoice", "pause-reminders", a))
    client_id = json.loads(ok(cli(ISSUE_DAY, "client", "list", "--json")).stdout)[0]["id"]
    off = json.loads(ok(cli(ISSUE_DAY, "client", "reminders", client_id, "--off", "--json")).stdout)
    assert off == {"id": client_id, "reminders_paused": True}
    assert json.loads(ok(cli(dt.date(2026, 11, 6), "remind", "--json")).stdout) == []
    ok(cli(ISSUE_DAY, "client", "reminders", client_id, "--on"))
    rows = json.loads(ok(cli(dt.date(2026, 11, 6), "remind", "--json")).stdout)
    assert [(r["number"], r["stage"]) for r in rows] == [(b, "due")]
    ok(cli(ISSUE_DAY, "invoice", "pause-reminders", a, "--resume"))
    rows = json.loads(ok(cli(dt.date(2026, 11, 6), "remind", "--json")).stdout)
    assert [(r["number"], r["stage"]) for r in rows] == [(a, "due")]
    assert len(smtp_server.envelopes) == 2


def test_payments_partial_full_remove_list_and_one_receipt_each(cli, smtp_server):
    (a,) = setup_invoices(cli, [dt.date(2026, 11, 30)])  # 100.00 + 21 % = 121.00
    first = json.loads(
        ok(
            cli(
                ISSUE_DAY,
                "payment",
                "add",
                a,
                "--amount",
                "21.10",
                "--method",
                "bizum",
                "--reference",
                "BZ-1",
                "--json",
            )
        ).stdout
    )
    assert (first["status"], first["outstanding"]) == ("partially_paid", "99.90")
    over = cli(ISSUE_DAY, "payment", "add", a, "--amount", "99.91")
    assert over.returncode == 2 and "supera lo pendiente (99,90\xa0€)" in over.stderr  # money as money
    second = json.loads(ok(cli(ISSUE_DAY, "payment", "add", a, "--amount", "99.90", "--json")).stdout)
    assert (second["status"], second["outstanding"]) == ("paid", "0.00")
    receipts = [parse(e.original_content) for e in smtp_server.envelopes]
    assert [str(m["Subject"]) for m in receipts] == [f"Pago recibido: factura {a}"] * 2
    assert "21,10" in receipts[0].get_body(("plain",)).get_content()
    removed = json.loads(
        ok(cli(ISSUE_DAY, "payment", "remove", first["id"], "--reason", "duplicado", "--json")).stdout
    )
    assert (removed["status"], removed["outstanding"]) == ("partially_paid", "21.10")
    history = json.loads(ok(cli(ISSUE_DAY, "payment", "list", a, "--json")).stdout)
    assert [(p["amount"], p["removed"], p["removed_reason"]) for p in history] == [
        ("21.10", True, "duplicado"),
        ("99.90", False, None),
    ]
    assert len(smtp_server.envelopes) == 2  # removing sends nothing
    missing = cli(ISSUE_DAY, "payment", "remove", "no-such-id", "--reason", "x")
    assert missing.returncode == 2


def test_demand_letter_and_receipt_pdfs(cli, smtp_server, tmp_path):
    from tests.services.outbox_helpers import pdf_text

    (a,) = setup_invoices(cli, [dt.date(2026, 11, 3)])
    pay = json.loads(ok(cli(ISSUE_DAY, "payment", "add", a, "--amount", "21.00", "--json")).stdout)
    letter = tmp_path / "out" / "carta.pdf"
    ok(cli(dt.date(2026, 12, 10), "invoice", "demand-letter", a, "-o", str(letter)))
    text = " ".join(pdf_text(letter.read_bytes()).split())
    assert "REQUERIMIENTO DE PAGO" in text and "100,00" in text and a in text
    receipt = tmp_path / "out" / "recibo.pdf"
    ok(cli(ISSUE_DAY, "payment", "receipt", pay["id"], "-o", str(receipt)))
    text = " ".join(pdf_text(receipt.read_bytes()).split())
    assert "RECIBO DE PAGO" in text and "21,00" in text and "¡Gracias!" in text
