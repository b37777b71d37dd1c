"""ReminderService against a real SMTP server (aiosmtpd + STARTTLS + AUTH, trustme CA) with a
fixed clock moved day by day: what is due, what is skipped, and that each (invoice, stage) pair
produces exactly one email however often `run` is called."""

# ruff: noqa: F401, F811

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import Status
from facturas_app.services.reminders import ReminderSettings, Stage, stages_to_send
from facturas_app.storage.api import ReminderCandidate
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
from tests.services.outbox_helpers import parse, pdf_attachments, pdf_text
from tests.services.reminder_helpers import ISSUE_DAY, business, client, clock, invoice, services

# The Spanish subjects of the default templates, one per stage (number filled in).
SUBJECTS = {
    "before_due": "Recordatorio: la factura {n} vence",
    "due": "La factura {n} vence hoy",
    "overdue_7": "Factura {n} pendiente de pago",
    "overdue_15": "Segundo aviso: factura {n} vencida",
    "overdue_30": "Último aviso: factura {n} impagada",
}


def received(smtp_server) -> list[tuple[str, str]]:
    """(invoice number, stage) of every message the server accepted, recognised by its subject."""
    pairs = []
    for envelope in smtp_server.envelopes:
        subject = str(parse(envelope.original_content)["Subject"])
        matches = [
            (number, stage)
            for number in _numbers(subject)
            for stage, pattern in SUBJECTS.items()
            if subject.startswith(pattern.format(n=number))
        ]
        pairs.append(matches[0] if matches else ("?", subject))
    return pairs


def _numbers(subject: str) -> list[str]:
    return [word for word in subject.split() if word.startswith("F-2026-")]


def run_on(services, clock, day: dt.date, **kwargs):
    clock.today_date = day
    return services.reminders.run(**kwargs)


def test_four_runs_on_different_days_send_each_due_pair_exactly_once(services, clock, smtp_server):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 10))
    h = invoice(services, sol.id, dt.date(2026, 11, 4))
    services.payments.add(h.number, Decimal("20.00"))  # partly paid: still reminded
    paid = invoice(services, sol.id, dt.date(2026, 11, 10))
    services.payments.add(paid.number, Decimal("121.00"))
    paused = invoice(services, sol.id, dt.date(2026, 11, 10))
    services.reminders.pause_invoice(paused.number)
    opted_out = client(services, "Luna", reminders_paused=True)
    invoice(services, opted_out.id, dt.date(2026, 11, 10))
    receipts = len(smtp_server.envelopes)

    days = [dt.date(2026, 11, 7), dt.date(2026, 11, 11), dt.date(2026, 11, 30), dt.date(2026, 12, 20)]
    per_run = [[(r.number, r.stage, r.sent) for r in run_on(services, clock, day)] for day in days]
    assert per_run == [
        [(h.number, "due", True), (a.number, "before_due", True)],
        [(h.number, "overdue_7", True), (a.number, "due", True)],
        [(h.number, "overdue_15", True), (a.number, "overdue_15", True)],  # a's +7 passed over
        [(h.number, "overdue_30", True), (a.number, "overdue_30", True)],
    ]
    assert run_on(services, clock, dt.date(2026, 12, 20)) == []  # the same day again: nothing
    assert run_on(services, clock, dt.date(2027, 3, 1)) == []  # every stage taken
    mails = received(smtp_server)[receipts:]
    assert Counter(mails) == Counter((n, s) for run in per_run for n, s, _sent in run)
    assert max(Counter(mails).values()) == 1
    history = {(r.stage, r.outcome) for r in services.reminders.history(a.number)}
    assert history == {
        ("before_due", "queued"),
        ("due", "queued"),
        ("overdue_7", "skipped"),
        ("overdue_15", "queued"),
        ("overdue_30", "queued"),
    }
    assert {(r.stage, r.outcome) for r in services.reminders.history(h.number)} >= {("before_due", "skipped")}
    for never in (paid, paused):
        assert services.reminders.history(never.number) == []


def test_a_passed_over_stage_is_never_sent_later(services, clock, smtp_server):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 10))
    results = run_on(services, clock, dt.date(2026, 11, 26))  # +16: +15 is the latest that has come
    assert [(r.number, r.stage) for r in results] == [(a.number, "overdue_15")]
    for day in range(27, 31):
        assert run_on(services, clock, dt.date(2026, 11, day)) == []
    stages = [stage for _n, stage in received(smtp_server)]
    assert stages == ["overdue_15"]


def test_dry_run_sends_nothing_and_records_nothing(services, clock, smtp_server):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 10))
    preview = run_on(services, clock, dt.date(2026, 11, 10), dry_run=True)
    assert [(r.number, r.stage, r.sent) for r in preview] == [(a.number, "due", False)]
    assert smtp_server.envelopes == []
    assert services.reminders.history(a.number) == []
    assert services.outbox.list() == []
    # and the real run afterwards still sends it
    assert [(r.stage, r.sent) for r in run_on(services, clock, dt.date(2026, 11, 10))] == [("due", True)]


def test_paid_cancelled_paused_and_opted_out_invoices_are_never_reminded(services, clock, smtp_server):
    sol, luna = client(services, "Sol"), client(services, "Luna")
    paid = invoice(services, sol.id, dt.date(2026, 11, 3))
    services.payments.add(paid.number, Decimal("121.00"))
    cancelled = invoice(services, sol.id, dt.date(2026, 11, 3))
    services.invoices.cancel(cancelled.number, "error")
    paused = invoice(services, sol.id, dt.date(2026, 11, 3))
    services.reminders.pause_invoice(paused.number)
    services.clients.set_reminders_paused(luna.id, True)
    invoice(services, luna.id, dt.date(2026, 11, 3))
    before = len(smtp_server.envelopes)
    for day in (dt.date(2026, 11, 3), dt.date(2026, 11, 20), dt.date(2026, 12, 31)):
        assert run_on(services, clock, day) == []
    assert len(smtp_server.envelopes) == before
    # resuming makes the latest stage due again (and only that one)
    services.reminders.pause_invoice(paused.number, paused=False)
    assert [(r.number, r.stage) for r in run_on(services, clock, dt.date(2026, 12, 31))] == [
        (paused.number, "overdue_30")
    ]


def test_no_reminder_on_the_day_the_invoice_itself_was_emailed(services, clock, smtp_server):
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 5))  # before_due falls on 11-02, the issue day
    entry = services.outbox.queue_invoice(a.number)
    assert services.outbox.deliver([entry.id])[0].state == "sent"
    assert services.invoices.get(a.number).status is Status.SENT
    assert run_on(services, clock, ISSUE_DAY) == []
    assert [(r.stage, r.sent) for r in run_on(services, clock, dt.date(2026, 11, 3))] == [
        ("before_due", True)
    ]


def test_a_client_without_email_waits_and_the_others_still_go(services, clock, smtp_server):
    nomail, sol = client(services, "Sin Correo", email=""), client(services, "Sol")
    a = invoice(services, nomail.id, dt.date(2026, 11, 5))
    b = invoice(services, sol.id, dt.date(2026, 11, 5))
    results = {r.number: r for r in run_on(services, clock, dt.date(2026, 11, 5))}
    assert results[b.number].sent and results[a.number].error == "client_has_no_email"
    assert not results[a.number].sent and services.reminders.history(a.number) == []


def test_later_stages_attach_the_demand_letter_with_the_amount_due(services, clock, smtp_server):
    settings = ReminderSettings(
        True,
        tuple(Stage(s.name, s.days, s.enabled, s.name == "overdue_30") for s in ReminderSettings().stages),
    )
    services.reminders.save_settings(settings)
    sol = client(services, "Sol")
    a = invoice(services, sol.id, dt.date(2026, 11, 3), price="1000.00")
    services.payments.add(a.number, Decimal("210.00"))
    smtp_server.envelopes.clear()
    run_on(services, clock, dt.date(2026, 12, 3))
    message = parse(smtp_server.envelopes[-1].original_content)
    files = dict(pdf_attachments(message))
    letter = next(name for name in files if name.startswith("Requerimiento-de-pago"))
    text = pdf_text(files[letter])
    assert "REQUERIMIENTO DE PAGO" in text and a.number in text
    assert "1.000,00" in text  # 1,210.00 total − 210.00 paid
    assert "(30" in " ".join(text.split())  # days overdue, in the body


def test_the_schedule_comes_from_settings(services, clock, smtp_server):
    only_late = ReminderSettings(
        True,
        (
            Stage("before_due", -3, enabled=False),
            Stage("due", 0, enabled=False),
            Stage("overdue_7", 10),
            Stage("overdue_15", 20, enabled=False),
            Stage("overdue_30", 40),
        ),
    )
    services.reminders.save_settings(only_late)
    sol = client(services, "Sol")
    invoice(services, sol.id, dt.date(2026, 11, 3))
    assert run_on(services, clock, dt.date(2026, 11, 12)) == []
    assert [r.stage for r in run_on(services, clock, dt.date(2026, 11, 13))] == ["overdue_7"]
    services.reminders.save_settings(ReminderSettings(enabled=False))
    assert run_on(services, clock, dt.date(2026, 12, 31)) == []
    assert services.reminders.settings().enabled is False


def test_stage_rule_is_pure_latest_stage_only():
    stages = ReminderSettings().active_stages()
    due = dt.date(2026, 11, 10)
    candidate = ReminderCandidate("i", "F-1", "c", due, None, frozenset())
    assert stages_to_send(candidate, stages, dt.date(2026, 11, 6)) is None
    pick = stages_to_send(candidate, stages, dt.date(2026, 11, 27))
    assert pick is not None and pick.stage.name == "overdue_15"
    assert [name for name, _d in pick.skipped] == ["before_due", "due", "overdue_7"]
    taken = ReminderCandidate("i", "F-1", "c", due, None, frozenset({"overdue_15"}))
    assert stages_to_send(taken, stages, dt.date(2026, 12, 5)) is None  # +30 has not come yet
