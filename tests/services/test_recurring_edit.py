"""Editing, deleting and "like invoice X" for recurring schedules (issue #18): real SQLite books
under a fixed clock; issued history is never rewritten."""

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import InvalidTransition, ValidationFailed
from tests.fakes import FixedClock
from tests.services.sales_helpers import quote_payload, schedule_payload, setup_client


@pytest.fixture
def clock():
    return FixedClock(dt.date(2026, 3, 31))


@pytest.fixture
def services(tmp_path, clock, database_url):
    built = build_services(tmp_path / "data", clock=clock, database_url=database_url)
    yield built
    built.close()


@pytest.fixture
def client(services):
    return setup_client(services)


def _dates(report):
    return [r.issue_date.isoformat() for r in report.issued]


def test_an_unissued_schedule_is_replaced_whole_and_can_be_deleted(services, client):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-05-10"))
    changed = services.recurring.update(
        schedule.id, schedule_payload(client.id, "2026-04-01", every="week", count=2, auto_send=False)
    )
    assert (changed.every, changed.start, changed.count) == ("week", dt.date(2026, 4, 1), 2)
    assert changed.created_at == schedule.created_at and changed.active
    services.recurring.delete(schedule.id)
    assert services.recurring.list() == []


def test_a_schedule_with_history_is_not_deleted(services, client):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-03-31"))
    services.recurring.run()
    with pytest.raises(InvalidTransition) as refused:
        services.recurring.delete(schedule.id)
    assert refused.value.code == "schedule_has_history"
    assert len(services.recurring.list()) == 1 and len(services.recurring.history(schedule.id)) == 1


def test_keeping_the_next_date_keeps_month_ends(services, client, clock):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-01-31"))
    assert _dates(services.recurring.run()) == ["2026-01-31", "2026-02-28", "2026-03-31"]
    payload = schedule_payload(client.id, "2026-04-30", auto_send=False, count=5)
    kept = services.recurring.update(schedule.id, payload)
    assert kept.start == dt.date(2026, 1, 31) and kept.count == 5
    clock.today_date = dt.date(2026, 6, 30)
    assert _dates(services.recurring.run()) == ["2026-04-30", "2026-05-31"]  # 5 in all, then done


def test_a_new_next_date_starts_after_the_issued_ones_and_numbers_on(services, client, clock):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-01-31"))
    services.recurring.run()  # Jan, Feb, Mar
    with pytest.raises(ValidationFailed) as early:
        services.recurring.update(schedule.id, schedule_payload(client.id, "2026-03-15"))
    assert [(p.field, p.code) for p in early.value.problems] == [("start", "start_not_after_issued")]
    with pytest.raises(ValidationFailed) as few:
        services.recurring.update(schedule.id, schedule_payload(client.id, "2026-04-15", count=3))
    assert [(p.field, p.code) for p in few.value.problems] == [("count", "count_not_above_issued")]

    moved = services.recurring.update(schedule.id, schedule_payload(client.id, "2026-04-15", count=5))
    assert moved.start == dt.date(2026, 4, 15) and moved.count == 2  # two more after the three
    assert services.recurring.schedule_json(moved)["count"] == 5
    clock.today_date = dt.date(2026, 12, 31)
    assert _dates(services.recurring.run()) == ["2026-04-15", "2026-05-15"]
    positions = [o.position for o in services.recurring.history(schedule.id)]
    assert sorted(positions) == [1, 2, 3, 4, 5]


def test_a_paused_schedule_is_not_due_and_resumes(services, client, clock):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-03-31"))
    services.recurring.set_active(schedule.id, False)
    assert services.recurring.run().issued == []
    services.recurring.set_active(schedule.id, True)
    assert _dates(services.recurring.run()) == ["2026-03-31"]


def test_template_from_an_invoice_makes_the_same_lines(services, client):
    draft = services.invoices.create_draft_from_payload(quote_payload(client.id)).invoice
    original = services.invoices.issue(draft.id)
    template = services.recurring.template_from_invoice(original.number)
    schedule = services.recurring.add(
        {"template": template, "every": "month", "start": "2026-03-31", "auto_send": False}
    )
    issued = services.recurring.run().issued
    copy = services.invoices.get(issued[0].number)
    assert schedule.client_id == client.id and copy.lines == original.lines
    assert copy.totals == original.totals and copy.irpf_rate == original.irpf_rate
    assert copy.notes == "Precio cerrado."
