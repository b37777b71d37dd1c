"""Reading a schedule payload, editing a schedule that already issued invoices, and a template from
an existing invoice ("like invoice X") — the pieces the window's schedule dialog and the CLI share.

History is final (migration 0005: occurrences are never deleted or renumbered), so an edit never
rewrites the past. When nothing was issued yet, an edit replaces everything. When something was,
keeping the frequency and the next date keeps the series as it is (31 Jan → 28 Feb → 31 Mar stays
on month ends); changing either starts a new series at the given date, which must come after the
last issued one. The invoices issued before a series' start are its `offset`: they keep their
positions, the new ones number on from them, and `count` always means the total, issued included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.invoice import Invoice, InvoiceLine
from facturas_app.services import inputs
from facturas_app.storage.api_sales import RECURRING_EVERY, RecurringOccurrence, RecurringSchedule

MAX_COUNT = 10_000
_DATE_KEYS = ("issue_date", "due_date", "valid_until")


@dataclass(frozen=True)
class ScheduleInput:
    """A checked schedule payload `{"template", "every", "start", "end"?, "count"?, "auto_send"}`."""

    every: str
    start: dt.date
    template: dict[str, Any]
    end: dt.date | None
    count: int | None  # the total number of invoices, issued ones included
    auto_send: bool

    @property
    def client_id(self) -> str:
        return str(self.template["client_id"])


def parse_schedule(payload: Any) -> ScheduleInput:
    """Every problem of the payload at once, each on its field (the dialog shows them beside it)."""
    data = inputs.require_object(payload)
    reader = inputs.Reader(data)
    every = reader.text("every", required=True)
    if every and every not in RECURRING_EVERY:
        reader.fail("every", "invalid_choice", value=every, choices=", ".join(RECURRING_EVERY))
    start = reader.date("start")
    if start is None and not any(p.field == "start" for p in reader.problems):
        reader.fail("start", "required")
    end = reader.date("end")
    count = _count(reader, data)
    auto_send = reader.boolean("auto_send", False)
    template = _template(data.get("template"), reader.problems)
    if start and end and end < start:
        reader.fail("end", "end_before_start")
    if reader.problems:
        raise ValidationFailed(reader.problems)
    assert start is not None and template is not None
    return ScheduleInput(every, start, template, end, count, auto_send)


def _count(reader: inputs.Reader, data: dict[str, Any]) -> int | None:
    if data.get("count") is None:
        return None
    count = reader.integer("count", 0)
    if not 1 <= count <= MAX_COUNT:
        reader.fail("count", "out_of_range", min=1, max=MAX_COUNT)
    return count


def _template(value: Any, problems: list[Problem]) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        problems.append(Problem("template", "required" if value is None else "not_an_object"))
        return None
    try:
        inputs.parse_draft(value)
    except ValidationFailed as exc:
        problems.extend(replace(p, field=f"template.{p.field}") for p in exc.problems)
        return None
    return {k: v for k, v in value.items() if k not in _DATE_KEYS}  # dates come from each occurrence


# ----- series with history -----------------------------------------------------------------------
def offset(schedule: RecurringSchedule, history: Sequence[RecurringOccurrence]) -> int:
    """How many invoices were issued before this series started (by an edit that restarted it)."""
    return sum(1 for o in history if o.occurrence_date < schedule.start)


def total_count(schedule: RecurringSchedule, history: Sequence[RecurringOccurrence]) -> int | None:
    return None if schedule.count is None else schedule.count + offset(schedule, history)


def edited(
    current: RecurringSchedule,
    given: ScheduleInput,
    history: Sequence[RecurringOccurrence],
    next_date: dt.date | None,
) -> RecurringSchedule:
    """The schedule after an edit (the rule is in the module docstring); ValidationFailed if not."""
    start = current.start if _same_series(current, given, history, next_date) else given.start
    last = max((o.occurrence_date for o in history), default=None)
    problems: list[Problem] = []
    if last and start != current.start and start <= last:
        problems.append(Problem("start", "start_not_after_issued", {"date": last.isoformat()}))
    done = sum(1 for o in history if o.occurrence_date < start)
    if given.count is not None and given.count <= done:
        problems.append(Problem("count", "count_not_above_issued", {"issued": done}))
    if problems:
        raise ValidationFailed(problems)
    return replace(
        current,
        client_id=given.client_id,
        every=given.every,
        start=start,
        template=given.template,
        end=given.end,
        count=None if given.count is None else given.count - done,
        auto_send=given.auto_send,
    )


def _same_series(
    current: RecurringSchedule,
    given: ScheduleInput,
    history: Sequence[RecurringOccurrence],
    next_date: dt.date | None,
) -> bool:
    if not history:
        return False  # nothing issued: the given start is simply the start
    return given.every == current.every and given.start in (current.start, next_date)


# ----- "like invoice X" --------------------------------------------------------------------------
def template_from_invoice(invoice: Invoice) -> dict[str, Any]:
    """The draft shape (CLI.md) of an invoice's client, lines and terms, without its dates."""
    return {
        "client_id": invoice.client_id,
        "kind": invoice.kind.value,
        "irpf_rate": str(invoice.irpf_rate),
        "payment_methods": list(invoice.payment_methods),
        "notes": invoice.notes,
        "lines": [_line_json(line) for line in invoice.lines],
        **({"template": invoice.template} if invoice.template else {}),
    }


def _line_json(line: InvoiceLine) -> dict[str, Any]:
    data: dict[str, Any] = {
        "description": line.description,
        "quantity": str(line.quantity),
        "unit_price": str(line.unit_price),
        "vat_rate": str(line.vat_rate),
        "discount_percent": str(line.discount_percent),
        "surcharge_rate": str(line.surcharge_rate),
        "unit": line.unit,
    }
    if line.exemption:
        data["exemption"] = line.exemption
    if line.product_id:
        data["product_id"] = line.product_id
    return data
