"""The recurring view's schedule dialog and actions over real services (pytest-qt, offscreen):
what the dialog saves is what RecurringService then runs (issue #18)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from facturas_app.bootstrap import build_services
from tests.fakes import FixedClock
from tests.services.sales_helpers import quote_payload, schedule_payload, setup_client
from ui.workers import SynchronousRunner

TODAY = dt.date(2026, 3, 31)


@pytest.fixture
def clock():
    return FixedClock(TODAY)


@pytest.fixture
def services(tmp_path, clock):
    built = build_services(tmp_path / "data", clock=clock)
    yield built
    built.close()


@pytest.fixture
def client(services):
    return setup_client(services)


@pytest.fixture
def view(qtbot, services):
    from ui.views.recurring import RecurringView

    widget = RecurringView(services, SynchronousRunner())
    qtbot.addWidget(widget)
    return widget


def _type_line(dialog, row, **values):
    for column, key in enumerate(("description", "quantity", "unit_price", "vat_rate")):
        if key in values:
            dialog.lines.item(row, column).setText(values[key])


def _dialog(view, schedule=None):
    dialog = view.dialog(schedule)
    view.destroyed.connect(dialog.deleteLater)
    return dialog


def test_the_dialog_creates_a_schedule_the_service_then_runs(view, services, client, clock):
    dialog = _dialog(view)
    dialog.client.choose(client)
    assert dialog.lines.rowCount() == 1  # a first line to type into
    _type_line(dialog, 0, description="Cuota de soporte", quantity="2", unit_price="45,50")
    dialog.every.setCurrentIndex(dialog.every.findData("week"))
    dialog.start.setDate(QDate(2026, 3, 17))
    dialog.end_kind.setCurrentIndex(dialog.end_kind.findData("count"))
    dialog.count.setValue(3)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [stored] = services.recurring.list()
    assert (stored.every, stored.start, stored.count, stored.client_id) == (
        "week",
        dt.date(2026, 3, 17),
        3,
        client.id,
    )
    issued = services.recurring.run().issued
    assert [r.issue_date for r in issued] == [
        dt.date(2026, 3, 17),
        dt.date(2026, 3, 24),
        dt.date(2026, 3, 31),
    ]
    invoice = services.invoices.get(issued[0].number)
    assert invoice.lines[0].description == "Cuota de soporte" and invoice.totals.base == Decimal("91.00")


def test_problems_show_beside_their_fields_and_nothing_is_saved(view, services, client):
    dialog = _dialog(view)
    dialog.save()
    assert dialog.message("client") == "Elija un cliente"
    assert dialog.message("lines") == "Añada al menos una línea"
    dialog.client.choose(client)
    assert dialog.message("client") == ""  # choosing clears it
    _type_line(dialog, 0, description="Soporte", unit_price="abc")
    dialog.end_kind.setCurrentIndex(dialog.end_kind.findData("date"))
    dialog.start.setDate(QDate(2026, 5, 1))
    dialog.end_date.setDate(QDate(2026, 4, 1))
    dialog.save()
    assert dialog.message("end") and dialog.message("lines") and "abc" in dialog.message("lines")
    assert dialog.message("client") == "" and dialog.result() != dialog.DialogCode.Accepted
    assert services.recurring.list() == []


def test_like_an_invoice_copies_its_lines_for_the_chosen_client(view, services, client):
    original = services.invoices.issue(
        services.invoices.create_draft_from_payload(quote_payload(client.id)).invoice.id
    )
    dialog = _dialog(view)
    dialog.like_invoice.setChecked(True)
    assert not dialog.lines_box.isEnabled() and dialog.invoice_number.isEnabled()
    dialog.invoice_number.setText("F-2099-0001")
    dialog.save()
    assert "F-2099-0001" in dialog.message("invoice") and services.recurring.list() == []
    dialog.invoice_number.setText(original.number)
    dialog.save()
    [stored] = services.recurring.list()
    assert stored.client_id == client.id and len(stored.template["lines"]) == len(original.lines)


def test_buttons_follow_the_selection_and_pause_stops_it_being_due(view, services, client):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-03-31"))
    view.refresh()
    assert not any(view.buttons[k].isEnabled() for k in ("edit", "pause", "resume", "delete"))
    assert view.buttons["new"].isEnabled()
    view.select_id(schedule.id)
    assert view.buttons["pause"].isEnabled() and not view.buttons["resume"].isEnabled()
    view.buttons["pause"].click()
    assert services.recurring.get(schedule.id).active is False
    assert services.recurring.run().issued == []  # paused: not due
    assert view.selected()["id"] == schedule.id and view.model.rows[0][4] == "En pausa"
    assert view.buttons["resume"].isEnabled() and not view.buttons["pause"].isEnabled()
    view.buttons["resume"].click()
    assert len(services.recurring.run().issued) == 1
    view.refresh()
    assert not view.buttons["delete"].isEnabled() and "páusela" in view.buttons["delete"].toolTip()


def test_edit_loads_the_schedule_and_saves_through_update(view, services, client, monkeypatch):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-06-30", count=4))
    view.refresh()
    assert view.model.rows[0][3] == "Tras 4 facturas"  # the end column names a count end
    view.select_id(schedule.id)
    dialog = _dialog(view, view.selected())
    assert dialog.every.currentData() == "month" and dialog.count.value() == 4
    assert (
        dialog.start.date() == QDate(2026, 6, 30)
        and dialog.line_values()[0]["description"] == "Mantenimiento web"
    )
    dialog.auto_send.setChecked(False)
    dialog.every.setCurrentIndex(dialog.every.findData("quarter"))
    dialog.save()
    stored = services.recurring.get(schedule.id)
    assert stored.every == "quarter" and stored.count == 4 and stored.template["irpf_rate"] == "15"


def test_delete_asks_and_removes_an_unissued_schedule(view, services, client, monkeypatch):
    schedule = services.recurring.add(schedule_payload(client.id, "2026-06-30"))
    view.refresh()
    view.select_id(schedule.id)
    monkeypatch.setattr(view, "confirm_delete", lambda _s: False)
    view.buttons["delete"].click()
    assert len(services.recurring.list()) == 1
    monkeypatch.setattr(view, "confirm_delete", lambda _s: True)
    view.buttons["delete"].click()
    assert services.recurring.list() == [] and view.model.rowCount() == 0
