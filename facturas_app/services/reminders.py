"""Automatic payment reminders: a schedule of stages around the due date, at most one email per
invoice per run, and each (invoice, stage) pair taken at most once ever.

Per run, for every issued and unpaid invoice (emailed or delivered by hand) of a client who did not
opt out and that is not paused: the LATEST stage whose date has come is due until it is taken;
earlier stages not taken by then are recorded as skipped (never sent later, never in a burst). No
reminder goes out on the day the invoice itself was emailed. Taking a stage inserts its row under
UNIQUE(invoice_id, stage) in the same transaction that queues the email, so a second process
running at the same moment finds the pair taken and sends nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import Any

from facturas_app.domain.errors import FacturasError, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import OPEN_STATUSES, Invoice
from facturas_app.services.mail.composer import Attachment
from facturas_app.services.mail.templates import REMINDER_STAGES
from facturas_app.services.ports import Clock
from facturas_app.services.queued_mail import outbox_entry
from facturas_app.storage.api import Event, OutboxEntry, ReminderCandidate, ReminderRecord, Store, Transaction

log = logging.getLogger(__name__)

SETTINGS_KEY = "reminders"
STAGE_NAMES = tuple(name for name, _days in REMINDER_STAGES)
LATER_STAGES = ("overdue_15", "overdue_30")  # the ones that may carry a demand letter
MIN_DAYS, MAX_DAYS = -60, 365


@dataclass(frozen=True)
class Stage:
    name: str  # one of STAGE_NAMES (each has its own email template)
    days: int  # relative to the due date: -3 is three days before
    enabled: bool = True
    demand_letter: bool = False  # attach «Requerimiento de pago» (later stages only)


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    stages: tuple[Stage, ...] = tuple(Stage(name, days) for name, days in REMINDER_STAGES)

    def active_stages(self) -> tuple[Stage, ...]:
        return tuple(sorted((s for s in self.stages if s.enabled), key=lambda s: s.days))

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "stages": [
                {"stage": s.name, "days": s.days, "enabled": s.enabled, "demand_letter": s.demand_letter}
                for s in self.stages
            ],
        }


@dataclass(frozen=True)
class DueReminder:
    invoice_id: str
    number: str
    client_id: str
    stage: Stage
    due_on: dt.date
    skipped: tuple[tuple[str, dt.date], ...] = ()  # earlier stages passed over, recorded as skipped


@dataclass
class ReminderResult:
    number: str
    client_id: str
    stage: str
    sent: bool = False
    outbox_id: str | None = None
    state: str = ""  # the outbox state after delivery; "" when nothing was queued
    error: str = ""  # why nothing was queued (e.g. the client has no email address)

    def to_json(self) -> dict[str, Any]:
        """CLI.md keys first, then extras."""
        return {
            "number": self.number,
            "client_id": self.client_id,
            "stage": self.stage,
            "sent": self.sent,
            "outbox_id": self.outbox_id,
            "state": self.state or None,
            "error": self.error or None,
        }


def settings_from_json(values: Any) -> ReminderSettings:
    if not isinstance(values, dict):
        return ReminderSettings()
    default = {s.name: s for s in ReminderSettings().stages}
    stages = []
    for item in values.get("stages") or []:
        name = item.get("stage")
        if name in default:
            stages.append(
                Stage(
                    name,
                    int(item.get("days", default[name].days)),
                    bool(item.get("enabled", True)),
                    bool(item.get("demand_letter", False)),
                )
            )
    known = {s.name for s in stages}
    stages += [s for s in default.values() if s.name not in known]
    return ReminderSettings(bool(values.get("enabled", True)), tuple(stages))


def settings_problems(settings: ReminderSettings) -> list[Problem]:
    problems = []
    names = [s.name for s in settings.stages]
    for stage in settings.stages:
        if stage.name not in STAGE_NAMES:
            problems.append(
                Problem(
                    f"stages.{stage.name}", "invalid_choice", {"value": stage.name, "choices": STAGE_NAMES}
                )
            )
        if not MIN_DAYS <= stage.days <= MAX_DAYS:
            problems.append(
                Problem(f"stages.{stage.name}.days", "out_of_range", {"min": MIN_DAYS, "max": MAX_DAYS})
            )
    if len(set(names)) != len(names):
        problems.append(Problem("stages", "duplicate_reminder_stage"))
    active = [s.days for s in settings.active_stages()]
    if len(set(active)) != len(active):
        problems.append(Problem("stages", "reminder_days_must_differ"))
    return problems


def stages_to_send(
    candidate: ReminderCandidate, stages: tuple[Stage, ...], today: dt.date
) -> DueReminder | None:
    """The one reminder this invoice gets today, if any (pure: the rule of the module docstring)."""
    if candidate.sent_at is not None and _local_date(candidate.sent_at) == today:
        return None
    passed = [s for s in stages if candidate.due_date + dt.timedelta(days=s.days) <= today]
    if not passed or passed[-1].name in candidate.taken_stages:
        return None
    latest = passed[-1]
    skipped = tuple(
        (s.name, candidate.due_date + dt.timedelta(days=s.days))
        for s in passed[:-1]
        if s.name not in candidate.taken_stages
    )
    return DueReminder(
        candidate.invoice_id,
        candidate.number,
        candidate.client_id,
        latest,
        candidate.due_date + dt.timedelta(days=latest.days),
        skipped,
    )


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


class ReminderService:
    def __init__(self, store: Store, clock: Clock, outbox: Any, documents: Any | None = None) -> None:
        self.store = store
        self.clock = clock
        self.outbox = outbox  # OutboxService: composing (templates, invoice PDF) and delivering
        self.documents = documents  # DocumentService, for the demand letter (built lazily if None)

    # ----- settings -----------------------------------------------------------------------------
    def settings(self) -> ReminderSettings:
        with self.store.read() as tx:
            return settings_from_json(tx.get_setting(SETTINGS_KEY))

    def save_settings(self, settings: ReminderSettings) -> ReminderSettings:
        problems = settings_problems(settings)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            tx.set_setting(SETTINGS_KEY, settings.to_json())
        return settings

    # ----- pauses -------------------------------------------------------------------------------
    def pause_invoice(self, number_or_id: str, paused: bool = True) -> Invoice:
        with self.store.write() as tx:
            invoice = _require_invoice(tx, number_or_id)
            tx.set_invoice_reminders_paused(invoice.id, paused, self.clock.now())
            tx.add_event(
                Event(
                    new_id(),
                    "reminders_paused" if paused else "reminders_resumed",
                    self.clock.now(),
                    invoice.client_id,
                    invoice.id,
                    invoice.number or "",
                )
            )
        return invoice

    def is_invoice_paused(self, number_or_id: str) -> bool:
        with self.store.read() as tx:
            return tx.invoice_reminders_paused(_require_invoice(tx, number_or_id).id)

    def history(self, number_or_id: str) -> list[ReminderRecord]:
        with self.store.read() as tx:
            return tx.list_reminders(_require_invoice(tx, number_or_id).id)

    # ----- what is due, and sending it ----------------------------------------------------------
    def due_reminders(self, today: dt.date | None = None) -> list[DueReminder]:
        today = today or self.clock.today()
        settings = self.settings()
        stages = settings.active_stages()
        if not settings.enabled or not stages:
            return []
        with self.store.read() as tx:
            candidates = tx.reminder_candidates(today, stages[0].days)
        return [due for c in candidates if (due := stages_to_send(c, stages, today)) is not None]

    def run(
        self, today: dt.date | None = None, dry_run: bool = False, deliver: bool = True
    ) -> list[ReminderResult]:
        """Queue (and by default deliver) every reminder due today. Dry run: report, record nothing."""
        due = self.due_reminders(today)
        results = [ReminderResult(d.number, d.client_id, d.stage.name) for d in due]
        if dry_run or not due:
            return results
        # Not configured, or no password at hand: fail before taking any stage.
        self.outbox.mail_config.transport() if deliver else self.outbox.mail_config.require_settings()
        for reminder, result in zip(due, results, strict=True):
            try:
                entry = self.queue_one(reminder, today or self.clock.today())
            except FacturasError as exc:  # e.g. no email address: this invoice waits, the rest go on
                result.error = _error_code(exc)
                continue
            if entry is None:
                result.error = "reminder_already_taken"
                continue
            result.outbox_id, result.state = entry.id, entry.state
        if deliver:
            self.deliver(results)
        return [r for r in results if r.error != "reminder_already_taken"]

    def deliver(self, results: list[ReminderResult]) -> None:
        """Send what this run queued; `sent` only after the server accepted the message."""
        queued = [r.outbox_id for r in results if r.outbox_id]
        if not queued:
            return
        by_id = {entry.id: entry for entry in self.outbox.deliver(queued)}
        for result in results:
            entry = by_id.get(result.outbox_id or "")
            if entry is not None:
                result.state, result.sent = entry.state, entry.state == "sent"

    def queue_one(self, reminder: DueReminder, today: dt.date) -> OutboxEntry | None:
        """Take (invoice, stage) and queue its email in one transaction; None if already taken."""
        mail = self.outbox.compose_invoice_mail(
            reminder.invoice_id, kind="reminder", stage=reminder.stage.name
        )
        composition = mail.composition
        if reminder.stage.demand_letter and reminder.stage.name in LATER_STAGES:
            letter = self.demand_letter_attachment(reminder.invoice_id, today)
            composition = replace(composition, attachments=(*composition.attachments, letter))
        entry = outbox_entry(
            "reminder",
            composition,
            self.outbox.mail_config.require_settings(),
            self.clock,
            invoice_id=reminder.invoice_id,
            client_id=reminder.client_id,
            stage=reminder.stage.name,
        )
        now = self.clock.now()
        with self.store.write() as tx:
            if not _still_due(tx, reminder.invoice_id):
                return None
            record = ReminderRecord(
                new_id(), reminder.invoice_id, reminder.stage.name, "queued", reminder.due_on, now, entry.id
            )
            if not tx.claim_reminder(record):
                return None  # another run took this pair first: no second email
            tx.add_outbox(entry)
            for stage_name, due_on in reminder.skipped:
                tx.claim_reminder(
                    ReminderRecord(new_id(), reminder.invoice_id, stage_name, "skipped", due_on, now)
                )
            tx.add_event(
                Event(
                    new_id(),
                    "reminder_queued",
                    now,
                    reminder.client_id,
                    reminder.invoice_id,
                    entry.subject,
                    {"stage": reminder.stage.name, "outbox_id": entry.id},
                )
            )
        return entry

    # ----- the demand letter --------------------------------------------------------------------
    def demand_letter_pdf(self, number_or_id: str, today: dt.date | None = None) -> bytes:
        from facturas_app.services.pdf.demand_letter import DemandLetter, render_demand_letter

        doc = self._documents().invoice_document(number_or_id)
        invoice = self._invoice(number_or_id)
        return render_demand_letter(DemandLetter(doc, invoice.paid, today or self.clock.today()))

    def demand_letter_attachment(self, number_or_id: str, today: dt.date) -> Attachment:
        from facturas_app.services.pdf.demand_letter import demand_letter_file_name

        invoice = self._invoice(number_or_id)
        lang = self._documents().invoice_document(invoice.id).language
        return Attachment(
            demand_letter_file_name(invoice.number, lang), self.demand_letter_pdf(invoice.id, today)
        )

    def _invoice(self, number_or_id: str) -> Invoice:
        with self.store.read() as tx:
            return _require_invoice(tx, number_or_id)

    def _documents(self) -> Any:
        if self.documents is None:
            from facturas_app.services.documents import DocumentService

            self.documents = DocumentService(self.store, self.clock)
        return self.documents


def _require_invoice(tx: Transaction, number_or_id: str) -> Invoice:
    invoice = tx.get_invoice(number_or_id) or tx.get_invoice_by_number(number_or_id)
    if invoice is None:
        raise NotFound("invoice_not_found", id=number_or_id)
    return invoice


def _still_due(tx: Transaction, invoice_id: str) -> bool:
    """Re-checked inside the write transaction: paid, cancelled or paused since the list was read."""
    invoice = tx.get_invoice(invoice_id)
    if invoice is None or invoice.status not in OPEN_STATUSES or invoice.outstanding <= 0:
        return False
    client = tx.get_client(invoice.client_id)
    return client is not None and not client.reminders_paused and not tx.invoice_reminders_paused(invoice_id)


def _error_code(exc: FacturasError) -> str:
    if isinstance(exc, ValidationFailed) and exc.problems:
        return exc.problems[0].code
    return exc.code
