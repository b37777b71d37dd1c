"""Ajustes › Negocio edits the business's SEPA creditor identifier and pre-notification days (#19),
through BusinessService.save like `business set`: a bad identifier says why beside its field and
nothing is saved; a good one is stored and read back from the data folder. Screenshot at 1366×768
with FACTURAS_SCREENSHOTS=folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Problem
from tests.fakes import FixedClock
from tests.ui import helpers
from ui.i18n import problem_message
from ui.main_window import MainWindow
from ui.views.settings import SettingsView

services, runner, ui_settings = helpers.services, helpers.runner, helpers.ui_settings  # fixtures
business_services = helpers.business_services

GOOD_ID = "ES58 000 12345678Z"  # the identifier a Spanish bank derives from the NIF 12345678Z
WRONG_CHECK_DIGITS = "ES5900012345678Z"


def _view(qtbot: Any, data: Services, runner: Any) -> SettingsView:
    view = SettingsView(data, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _stored(data: Services) -> tuple[str, int]:
    """Read from the SQLite file by a second, fresh set of services: what a restart would see."""
    fresh = build_services(Path(data.data_dir), clock=FixedClock(helpers.TODAY))
    try:
        business = fresh.business.require()
    finally:
        fresh.close()
    return business.sepa_creditor_id, business.sepa_prenotice_days


def test_a_bad_creditor_id_says_why_beside_it_and_nothing_is_saved(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    field = view.fields.creditor_id
    assert not field.message.isVisible() and view.save_button.isEnabled()
    qtbot.keyClicks(field.edit, WRONG_CHECK_DIGITS)
    assert field.message.isVisible()
    assert field.message.text() == (
        "el identificador de acreedor SEPA ES5900012345678Z no es válido (dígitos de control)"
    )
    assert not view.save_button.isEnabled()
    view.fields.prenotice_days.setValue(7)
    view.save_button.click()
    view.save()  # even called directly, an invalid form is not sent to the service
    assert _stored(business_services) == ("", 2)
    assert view.status.text() == ""


def test_an_identifier_of_another_country_is_refused(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    qtbot.keyClicks(view.fields.creditor_id.edit, "FR5200012345678Z")  # valid digits, French
    assert view.fields.creditor_id.message.text() == (
        "el identificador de acreedor FR5200012345678Z no es de ES: debe empezar por ES"
    )
    assert not view.save_button.isEnabled()
    view.fields.country.setCurrentText("FR")  # the same identifier suits a French business
    assert not view.fields.creditor_id.message.isVisible()


def test_a_good_identifier_and_days_are_saved_and_read_back(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    assert view.fields.prenotice_days.value() == 2  # the stored default
    qtbot.keyClicks(view.fields.creditor_id.edit, GOOD_ID.lower())
    assert not view.fields.creditor_id.message.isVisible()
    view.fields.prenotice_days.setValue(5)
    with qtbot.waitSignal(view.business_saved):
        view.save_button.click()
    assert view.status.text() == "Cambios guardados."
    assert _stored(business_services) == ("ES5800012345678Z", 5)
    window = _window(qtbot, business_services, runner)  # the window opened later shows them
    again: Any = window.show_view("settings")
    assert again.fields.creditor_id.text() == "ES5800012345678Z"
    assert again.fields.prenotice_days.value() == 5
    assert again.fields.creditor_id.isVisible() and again.fields.prenotice_days.isVisible()
    _shot(window)


def test_the_days_field_holds_only_what_the_service_accepts(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    days = view.fields.prenotice_days
    assert (days.minimum(), days.maximum(), days.suffix()) == (0, 14, " días")
    days.setValue(30)
    assert days.value() == 14


def test_a_problem_the_service_reports_goes_beside_the_field(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    problem = Problem("sepa_creditor_id", "sepa_invalid_creditor_id", {"value": "ES00X"})
    assert view.fields.show_problems([problem]) == []
    assert view.fields.creditor_id.message.text() == (
        "el identificador de acreedor SEPA ES00X no es válido (dígitos de control)"
    )


def test_the_remittance_says_where_the_missing_identifier_is_entered(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    (label,) = [
        found.text()
        for form in view.findChildren(QFormLayout)
        if (found := form.labelForField(view.fields.creditor_id)) is not None
    ]
    plan = business_services.sepa.plan(helpers.TODAY + dt.timedelta(days=7))
    words = [problem_message(p) for p in plan.problems if p.code == "sepa_creditor_id_missing"]
    assert words == [
        "falta el identificador de acreedor SEPA del negocio: se lo da su banco; "
        f"anótelo en Ajustes › Negocio › {label}"
    ]
    assert label == "Identificador de acreedor SEPA"


def _window(qtbot: Any, data: Services, runner: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(data, runner)
    window.showNormal()
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    return window


def _shot(window: MainWindow) -> None:
    folder = os.environ.get("FACTURAS_SCREENSHOTS")
    if folder:
        window.grab().save(str(Path(folder) / "settings_sepa.png"))
