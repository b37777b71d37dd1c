"""Recurring invoices: schedules that issue an invoice every week, month, quarter or year.

`run(up_to)` issues every occurrence due up to that date exactly once. Each occurrence is claimed
under UNIQUE(schedule_id, occurrence_date) in the SAME write transaction that inserts and issues
its invoice, so two processes (the app's hourly run and `facturas recurring run` from cron) never
issue it twice, and a crash leaves either both or neither. Auto-send emails are queued afterwards
(the PDF is rendered from the committed invoice) and linked to the occurrence with a conditional
update, so a run after a crash queues what is missing and never a second copy.

Monthly dates keep the start's day of month: from 31 January, 28/29 February, 31 March, 30 April.
"""

from __future__ import annotations

import builtins
import calendar
import datetime as dt
import logging
from dataclasses import dataclass, replace
from typing import Any

from facturas_app.domain.errors import (
    FacturasError,
    InvalidTransition,
    NotFound,
    Problem,
    ValidationFailed,
)
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Invoice
from facturas_app.services import inputs
from facturas_app.services.invoicing import InvoicingService
from facturas_app.services.ports import Clock
from facturas_app.services.queued_mail import outbox_entry
from facturas_app.services.recurring_edit import (
    MAX_COUNT,
    edited,
    offset,
    parse_schedule,
    template_from_invoice,
    total_count,
)
from facturas_app.storage.api import Store
from facturas_app.storage.api_sales import RecurringOccurrence, RecurringSchedule

log = logging.getLogger(__name__)

MONTHS = {"month": 1, "quarter": 3, "year": 12}


@dataclass
class RunResult:
    """One occurrence this run issued (CLI.md: number, issue_date, sent) and what became of its email."""

    number: str
    issue_date: dt.date
    schedule_id: str
    invoice_id: str
    sent: bool = False
    outbox_id: str | None = None
    error: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "issue_date": self.issue_date.isoformat(),
            "sent": self.sent,
            "schedule_id": self.schedule_id,
            "invoice_id": self.invoice_id,
            "outbox_id": self.outbox_id,
            "error": self.error or None,
        }


@dataclass(frozen=True)
class RunFailure:
    schedule_id: str
    occurrence_date: dt.date
    error: FacturasError


@dataclass
class RunReport:
    issued: list[RunResult]
    failures: list[RunFailure]


# ----- dates -------------------------------------------------------------------------------------
def add_months(start: dt.date, months: int) -> dt.date:
    """The start's day of month, `months` later; the last day when that month is shorter."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def occurrence_date(every: str, start: dt.date, position: int) -> dt.date:
    """The date of the position-th occurrence (1 is the start). Always counted from the start, so a
    short month never drags the following ones (31 Jan → 28 Feb → 31 Mar)."""
    if every == "week":
        return start + dt.timedelta(weeks=position - 1)
    return add_months(start, MONTHS[every] * (position - 1))


def occurrences(
    schedule: RecurringSchedule, up_to: dt.date | None, limit: int = MAX_COUNT
) -> list[tuple[int, dt.date]]:
    """(position, date) of every occurrence up to a date (None: all of them, within the limit)."""
    found: list[tuple[int, dt.date]] = []
    last = schedule.count or limit
    for position in range(1, min(last, limit) + 1):
        date = occurrence_date(schedule.every, schedule.start, position)
        if (schedule.end and date > schedule.end) or (up_to and date > up_to):
            break
        found.append((position, date))
    return found


def next_occurrence(schedule: RecurringSchedule, taken: set[dt.date]) -> dt.date | None:
    """The first occurrence not issued yet, or None when the schedule is finished."""
    last = schedule.count or MAX_COUNT
    for position in range(1, last + 1):
        date = occurrence_date(schedule.every, schedule.start, position)
        if schedule.end and date > schedule.end:
            return None
        if date not in taken:
            return date
    return None


# ----- the service -------------------------------------------------------------------------------
class RecurringService:
    def __init__(self, store: Store, clock: Clock, invoices: InvoicingService, outbox: Any = None) -> None:
        self.store = store
        self.clock = clock
        self.invoices = invoices
        self.outbox = outbox  # OutboxService, for auto-send

    def add(self, payload: Any) -> RecurringSchedule:
        """A schedule `{"template", "every", "start", "end"?, "count"?, "auto_send"}` (CLI.md)."""
        given = parse_schedule(payload)
        schedule = RecurringSchedule(
            new_id(),
            given.client_id,
            given.every,
            given.start,
            given.template,
            self.clock.now(),
            given.end,
            given.count,
            given.auto_send,
        )
        self._check_template(schedule)
        with self.store.write() as tx:
            tx.add_schedule(schedule)
        return self.get(schedule.id)

    def update(self, schedule_id: str, payload: Any) -> RecurringSchedule:
        """Replace a schedule's terms (same payload as `add`); issued invoices stay as they are and
        a changed frequency or next date starts after the last of them (services/recurring_edit.py)."""
        current = self.get(schedule_id)
        history = self.history(schedule_id)
        next_date = next_occurrence(current, {o.occurrence_date for o in history})
        schedule = edited(current, parse_schedule(payload), history, next_date)
        self._check_template(schedule)
        with self.store.write() as tx:
            if not tx.update_schedule(schedule):
                raise NotFound("schedule_not_found", id=schedule_id)
        return self.get(schedule_id)

    def delete(self, schedule_id: str) -> None:
        """Only a schedule that never issued an invoice: history is final (pause it instead)."""
        with self.store.write() as tx:
            if tx.get_schedule(schedule_id) is None:
                raise NotFound("schedule_not_found", id=schedule_id)
            if tx.list_occurrences(schedule_id):
                raise InvalidTransition("schedule_has_history", id=schedule_id)
            tx.delete_schedule(schedule_id)

    def template_from_invoice(self, number_or_id: str) -> dict[str, Any]:
        """The template of a schedule "like invoice X": its client, lines and terms."""
        return template_from_invoice(self.invoices.get(number_or_id))

    def _check_template(self, schedule: RecurringSchedule) -> None:
        """The first occurrence must make a valid invoice (unknown client, bad VAT... fail now, not later)."""
        from facturas_app.domain.checks import invoice_problems

        invoice = self._build(schedule, schedule.start)
        with self.store.read() as tx:
            business = tx.get_business()
        if business is None:
            raise NotFound("business_not_configured")
        problems = invoice_problems(invoice, business)
        if problems:
            raise ValidationFailed([replace(p, field=f"template.{p.field}") for p in problems])

    def _build(self, schedule: RecurringSchedule, date: dt.date) -> Invoice:
        draft = replace(inputs.parse_draft(schedule.template), issue_date=date, due_date=None)
        return self.invoices.build_draft(draft)

    def set_active(self, schedule_id: str, active: bool) -> None:
        with self.store.write() as tx:
            if not tx.set_schedule_active(schedule_id, active):
                raise NotFound("schedule_not_found", id=schedule_id)

    # ----- running ------------------------------------------------------------------------------
    def run(self, up_to: dt.date | None = None) -> RunReport:
        """Issue every occurrence due up to the date (default today) that nobody issued yet, oldest
        first across schedules (numbers follow dates), then queue and deliver auto-send emails."""
        today = self.clock.today()
        up_to = up_to or today
        if up_to > today:
            raise ValidationFailed([Problem("date", "date_in_future", {"value": up_to.isoformat()})])
        report = RunReport([], [])
        broken: set[str] = set()
        for schedule, position, date in self._due(up_to):
            if schedule.id in broken:
                continue  # one failure stops that schedule for this run: no holes issued out of order
            try:
                result = self._issue(schedule, position, date)
            except FacturasError as exc:
                log.warning("recurring %s on %s: %s", schedule.id, date, exc)
                report.failures.append(RunFailure(schedule.id, date, exc))
                broken.add(schedule.id)
                continue
            if result is not None:
                report.issued.append(result)
        self._send(report)
        return report

    def _due(self, up_to: dt.date) -> builtins.list[tuple[RecurringSchedule, int, dt.date]]:
        with self.store.read() as tx:
            schedules = tx.list_schedules(active_only=True)
            history = tx.list_occurrences()
        taken = {(o.schedule_id, o.occurrence_date) for o in history}
        # positions number on from the invoices issued before an edited series started
        by_schedule: dict[str, builtins.list[RecurringOccurrence]] = {}
        for o in history:
            by_schedule.setdefault(o.schedule_id, []).append(o)
        before = {s.id: offset(s, by_schedule.get(s.id, [])) for s in schedules}
        due = [
            (schedule, before[schedule.id] + position, date)
            for schedule in schedules
            for position, date in occurrences(schedule, up_to)
            if (schedule.id, date) not in taken
        ]
        return sorted(due, key=lambda item: (item[2], item[0].created_at, item[0].id))

    def _issue(self, schedule: RecurringSchedule, position: int, date: dt.date) -> RunResult | None:
        draft = self._build(schedule, date)  # reads outside the write transaction
        now = self.clock.now()
        occurrence = RecurringOccurrence(new_id(), schedule.id, date, position, draft.id, now)
        with self.store.write() as tx:
            if not tx.claim_occurrence(occurrence):
                return None  # another process issued it a moment ago: nothing written here
            client = tx.get_client(draft.client_id)
            tx.insert_draft(draft, now, client.name if client else "")
            invoice = self.invoices.issue_in(tx, draft.id, None, date)
        return RunResult(invoice.number or "", invoice.issue_date, schedule.id, invoice.id)

    def _send(self, report: RunReport) -> None:
        """Queue (once) and deliver the emails of auto-send occurrences, including ones a crash left."""
        if self.outbox is None:
            return
        with self.store.read() as tx:
            pending = tx.occurrences_to_email()
        by_invoice = {r.invoice_id: r for r in report.issued}
        queued: dict[str, str] = {}
        for occurrence in pending:
            result = by_invoice.get(occurrence.invoice_id)
            try:
                outbox_id = self._queue(occurrence)
            except FacturasError as exc:
                if result is not None:
                    result.error = exc.code
                continue
            if outbox_id and result is not None:
                result.outbox_id = outbox_id
            if outbox_id:
                queued[outbox_id] = occurrence.invoice_id
        if not queued:
            return
        for entry in self.outbox.deliver(list(queued)):
            result = by_invoice.get(queued[entry.id])
            if result is not None:
                result.sent = entry.state == "sent"
                result.error = result.error or (entry.last_error if entry.state != "sent" else "")

    def _queue(self, occurrence: RecurringOccurrence) -> str | None:
        mail = self.outbox.compose_invoice_mail(occurrence.invoice_id, kind="invoice")
        settings = self.outbox.mail_config.require_settings()
        entry = outbox_entry(
            "invoice",
            mail.composition,
            settings,
            self.clock,
            invoice_id=occurrence.invoice_id,
            client_id=mail.client_id,
        )
        with self.store.write() as tx:
            if not tx.set_occurrence_outbox(occurrence.id, entry.id):
                return None  # another process queued it
            tx.add_outbox(entry)
        return entry.id

    # ----- reading ------------------------------------------------------------------------------
    def get(self, schedule_id: str) -> RecurringSchedule:
        with self.store.read() as tx:
            schedule = tx.get_schedule(schedule_id)
        if schedule is None:
            raise NotFound("schedule_not_found", id=schedule_id)
        return schedule

    def list(self) -> builtins.list[RecurringSchedule]:
        with self.store.read() as tx:
            return tx.list_schedules()

    def history(self, schedule_id: str | None = None) -> builtins.list[RecurringOccurrence]:
        with self.store.read() as tx:
            return tx.list_occurrences(schedule_id)

    def next_run(self, schedule: RecurringSchedule) -> dt.date | None:
        """The next occurrence to issue (it may already be due), or None when finished or paused."""
        if not schedule.active:
            return None
        taken = {o.occurrence_date for o in self.history(schedule.id)}
        return next_occurrence(schedule, taken)

    def schedule_json(self, schedule: RecurringSchedule) -> dict[str, Any]:
        history = self.history(schedule.id)
        next_date = (
            next_occurrence(schedule, {o.occurrence_date for o in history}) if schedule.active else None
        )
        return {
            "id": schedule.id,
            "client_id": schedule.client_id,
            "client_name": schedule.client_name,
            "every": schedule.every,
            "start": schedule.start.isoformat(),
            "end": schedule.end.isoformat() if schedule.end else None,
            "count": total_count(schedule, history),
            "auto_send": schedule.auto_send,
            "active": schedule.active,
            "template": schedule.template,
            "next_run": next_date.isoformat() if next_date else None,
            "issued_count": len(history),
            "history": [
                {
                    "number": o.number,
                    "issue_date": o.occurrence_date.isoformat(),
                    "sent": o.outbox_state == "sent",
                }
                for o in history
            ],
        }
