"""Recurring invoices under a fixed Clock: exact dates, exactly once (also across two processes),
auto-send through the outbox to a real SMTP server (aiosmtpd + trustme)."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.invoice import Status
from facturas_app.services.recurring import add_months, occurrence_date
from tests.cli.cli_helpers import REPO_ROOT, clean_env
from tests.fakes import FixedClock
from tests.services.mail_fixtures import (
    SMTP_PASSWORD,
    MemoryKeyring,
    mail_settings,
    server_tls_context,
    smtp_server,
    trusting_context_factory,
    trustme_ca,
    use_keyring,
)
from tests.services.outbox_helpers import CLIENT_EMAIL, parse, pdf_attachments
from tests.services.sales_helpers import schedule_payload, setup_client

MONTH_ENDS_2026 = [
    "2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30",
    "2026-07-31", "2026-08-31", "2026-09-30", "2026-10-31", "2026-11-30", "2026-12-31",
]  # fmt: skip


@pytest.fixture
def clock():
    return FixedClock(dt.date(2026, 12, 31))


@pytest.fixture
def services(tmp_path, clock, database_url):
    built = build_services(tmp_path / "data", clock=clock, database_url=database_url)
    yield built
    built.close()


def test_month_arithmetic_keeps_the_day_or_takes_the_last_one():
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)  # leap year
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert occurrence_date("month", dt.date(2026, 1, 31), 3) == dt.date(
        2026, 3, 31
    )  # not dragged to the 28th
    assert occurrence_date("year", dt.date(2028, 2, 29), 2) == dt.date(2029, 2, 28)
    assert occurrence_date("quarter", dt.date(2026, 11, 30), 2) == dt.date(2027, 2, 28)
    assert occurrence_date("week", dt.date(2026, 12, 28), 2) == dt.date(2027, 1, 4)


def test_a_year_monthly_from_january_31_issues_each_month_end_once(services):
    client = setup_client(services)
    schedule = services.recurring.add(schedule_payload(client.id, "2026-01-31"))

    report = services.recurring.run()

    assert [r.issue_date.isoformat() for r in report.issued] == MONTH_ENDS_2026
    assert [r.number for r in report.issued] == [f"F-2026-{n:04d}" for n in range(1, 13)]
    for result in report.issued:
        invoice = services.invoices.get(result.number)
        assert invoice.issue_date == result.issue_date and invoice.status is Status.ISSUED
        assert invoice.due_date == result.issue_date + dt.timedelta(days=30)  # the client's terms
        assert invoice.totals.amount_due == Decimal("127.20")  # 120 + 21 % VAT − 15 % IRPF
    assert services.recurring.run().issued == []  # a re-run issues nothing
    assert len(services.recurring.history(schedule.id)) == 12
    assert services.recurring.next_run(services.recurring.get(schedule.id)) == dt.date(2027, 1, 31)


def test_runs_month_by_month_issue_only_what_has_come(services, clock):
    client = setup_client(services)
    services.recurring.add(schedule_payload(client.id, "2026-01-31", count=3))
    issued = []
    for day in ("2026-01-30", "2026-01-31", "2026-02-27", "2026-03-01", "2026-03-31", "2026-04-30"):
        clock.today_date = dt.date.fromisoformat(day)
        issued.append([r.issue_date.isoformat() for r in services.recurring.run().issued])
    assert issued == [[], ["2026-01-31"], [], ["2026-02-28"], ["2026-03-31"], []]  # count 3: then done


def test_end_date_weekly_quarterly_and_two_schedules_number_in_date_order(services):
    client = setup_client(services)
    services.recurring.add(schedule_payload(client.id, "2026-11-02", every="week", end="2026-11-30"))
    services.recurring.add(schedule_payload(client.id, "2026-02-15", every="quarter"))
    dates = [(r.number, r.issue_date.isoformat()) for r in services.recurring.run().issued]
    assert dates == [
        ("F-2026-0001", "2026-02-15"), ("F-2026-0002", "2026-05-15"), ("F-2026-0003", "2026-08-15"),
        ("F-2026-0004", "2026-11-02"), ("F-2026-0005", "2026-11-09"), ("F-2026-0006", "2026-11-15"),
        ("F-2026-0007", "2026-11-16"), ("F-2026-0008", "2026-11-23"), ("F-2026-0009", "2026-11-30"),
    ]  # fmt: skip


def test_a_run_date_in_the_future_or_a_bad_schedule_is_refused(services):
    client = setup_client(services)
    with pytest.raises(ValidationFailed):
        services.recurring.run(dt.date(2027, 1, 1))
    bad = [
        schedule_payload(client.id, "2026-01-01", every="daily"),
        schedule_payload(client.id, "2026-13-01"),
        schedule_payload(client.id, "2026-01-01", count=0),
        schedule_payload(client.id, "2026-02-01", end="2026-01-01"),
        schedule_payload("unknown-client", "2026-01-01"),
        {"every": "month", "start": "2026-01-01"},
    ]
    for payload in bad:
        with pytest.raises(ValidationFailed):
            services.recurring.add(payload)
    assert services.recurring.list() == []


def test_two_concurrent_cli_runs_issue_each_occurrence_once(tmp_path):
    data = tmp_path / "data"
    services = build_services(data, clock=FixedClock(dt.date(2026, 12, 31)))
    client = setup_client(services)
    # --today is the end of the year while the real clock is earlier: a VERI*FACTU record may not
    # be generated before its issue date (AEAT 1112), and this test is about the recurring runs.
    services.verifactu.set_mode("off")
    for start in ("2026-01-31", "2026-01-15", "2026-03-01"):
        services.recurring.add(schedule_payload(client.id, start))
    services.close()
    command = [sys.executable, "-m", "facturas_app", "--data-dir", str(data), "--today", "2026-12-31",
               "recurring", "run", "--json"]  # fmt: skip
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    runs = [subprocess.Popen(command, cwd=REPO_ROOT, env=clean_env(), **pipes) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    issued = [item for out, _err in outputs for item in json.loads(out)]

    numbers = [item["number"] for item in issued]
    assert len(numbers) == len(set(numbers)) == 12 + 12 + 10
    again = build_services(data, clock=FixedClock(dt.date(2026, 12, 31)))
    try:
        history = again.recurring.history()
        assert len(history) == 34 and len({(o.schedule_id, o.occurrence_date) for o in history}) == 34
        assert sorted(o.number for o in history) == [f"F-2026-{n:04d}" for n in range(1, 35)]
    finally:
        again.close()


def test_auto_send_goes_through_the_outbox_to_the_smtp_server(tmp_path, clock, use_keyring, smtp_server,
                                                             trusting_context_factory):  # fmt: skip
    use_keyring(MemoryKeyring())
    services = build_services(tmp_path / "data", clock=clock, ssl_context_factory=trusting_context_factory)
    try:
        services.mail_config.configure(mail_settings(smtp_server.port), SMTP_PASSWORD)
        clock.today_date = dt.date(2026, 3, 31)
        client = setup_client(services)
        services.recurring.add(schedule_payload(client.id, "2026-01-31", auto_send=True))

        report = services.recurring.run()

        assert [(r.number, r.sent) for r in report.issued] == [
            ("F-2026-0001", True),
            ("F-2026-0002", True),
            ("F-2026-0003", True),
        ]
        assert len(smtp_server.envelopes) == 3
        for envelope, result in zip(smtp_server.envelopes, report.issued, strict=True):
            message = parse(envelope.content)
            assert envelope.rcpt_tos == [CLIENT_EMAIL] and result.number in message["Subject"]
            assert [name for name, _pdf in pdf_attachments(message)] and message["Message-ID"]
            assert services.outbox.get(result.outbox_id).state == "sent"
            assert services.invoices.get(result.number).status is Status.SENT
        assert services.recurring.run().issued == [] and len(smtp_server.envelopes) == 3
    finally:
        services.close()
