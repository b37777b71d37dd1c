"""Quotes, recurring, timeline and feedback views over real services (pytest-qt, offscreen)."""

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import DocType
from tests.fakes import FixedClock
from tests.services.sales_helpers import quote_payload, schedule_payload, setup_client
from ui.workers import SynchronousRunner


@pytest.fixture
def services(tmp_path):
    built = build_services(tmp_path / "data", clock=FixedClock(dt.date(2026, 3, 31)))
    yield built
    built.close()


@pytest.fixture
def client(services):
    return setup_client(services)


def test_quotes_view_lists_flags_expired_and_accepts_into_an_invoice(qtbot, qtmodeltester, services, client):
    from ui.views.quotes import QuotesView

    expired = services.quotes.draft(
        quote_payload(client.id, issue_date="2026-01-05", valid_until="2026-02-04")
    )
    fresh = services.quotes.draft(quote_payload(client.id)).invoice
    services.quotes.draft(quote_payload(client.id), DocType.PROFORMA)
    view = QuotesView(services, SynchronousRunner())
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    states = {view.model.key_at(r): view.model.rows[r][6] for r in range(view.model.rowCount())}
    assert states[expired.invoice.id] == "Caducado" and states[fresh.id] == "Borrador" and len(states) == 3

    view.select_id(fresh.id)
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_selected()
    assert opened.args == [fresh.id]
    with qtbot.waitSignal(view.invoice_created) as created:
        view.accept_selected("Firmado")
    assert services.quotes.quote_of_invoice(created.args[0]) == fresh.id
    view.select_id(fresh.id)
    assert not view.buttons["accept"].isEnabled()
    view.show_proformas.setChecked(False)
    assert view.model.rowCount() == 2
    qtmodeltester.check(view.model)


def test_recurring_view_shows_next_run_history_and_runs(qtbot, qtmodeltester, services, client):
    from ui.views.recurring import RecurringView

    services.recurring.add(schedule_payload(client.id, "2026-01-31"))
    view = RecurringView(services, SynchronousRunner())
    qtbot.addWidget(view)
    from ui.widgets.money import format_date

    assert view.model.rows[0][4] == format_date(dt.date(2026, 1, 31))  # next run: the first one, due
    with qtbot.waitSignal(view.issued) as issued:
        view.run_now()
    assert issued.args == [3]
    view.table.selectRow(0)
    assert [row[1] for row in view.history_model.rows] == ["F-2026-0003", "F-2026-0002", "F-2026-0001"]
    assert view.model.rows[0][5] == "3" and view.model.rows[0][4] == format_date(dt.date(2026, 4, 30))
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.history_model)
    view.toggle_selected()
    assert services.recurring.list()[0].active is False


def test_timeline_widget_shows_events_and_adds_a_note(qtbot, qtmodeltester, services, client):
    from ui.views.timeline import TimelineView

    services.quotes.draft(quote_payload(client.id, issue_date="2026-03-01"))
    services.feedback.add(client.id, 4, "Bien", given_on=dt.date(2026, 3, 2))
    view = TimelineView(services, SynchronousRunner())
    qtbot.addWidget(view)
    assert not view.add_button.isEnabled()
    view.set_client(client.id)
    assert [row[1] for row in view.model.rows] == ["Presupuesto", "Opinión"]
    view.note.setText("Llamada de seguimiento")
    with qtbot.waitSignal(view.note_added):
        view.add_button.click()
    assert [row[1] for row in view.model.rows] == ["Presupuesto", "Opinión", "Nota"]
    assert view.model.rows[1][3] == "★★★★ Bien" and view.note.text() == ""
    qtmodeltester.check(view.model)


def test_feedback_view_averages_and_records(qtbot, qtmodeltester, services, client):
    from ui.views.feedback import FeedbackView

    services.feedback.add(client.id, 5, "Excelente", given_on=dt.date(2026, 2, 10))
    view = FeedbackView(services, SynchronousRunner())
    qtbot.addWidget(view)
    assert not view.record_button.isEnabled()
    view.set_client(client.id)
    view.rating.setCurrentIndex(view.rating.findData(2))
    view.comment.setText("Lento")
    with qtbot.waitSignal(view.recorded):
        view.record_button.click()
    assert view.clients_model.rows == [(client.name, "2", "3,5")]
    assert [r[0] for r in view.months_model.rows] == ["2026-02", "2026-03"]
    assert [r[4] for r in view.comments_model.rows] == ["Lento", "Excelente"]
    assert "3,5" in view.overall.text()
    for model in (view.clients_model, view.months_model, view.comments_model):
        qtmodeltester.check(model)
