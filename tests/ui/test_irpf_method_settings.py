"""Ajustes › Negocio chooses the IRPF method (#21) through BusinessService.save like `business set`:
simplified by default, normal once saved, read back from the data folder by fresh services."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facturas_app.bootstrap import Services, build_services
from tests.fakes import FixedClock
from tests.ui import helpers
from ui.views.settings import SettingsView

services, runner, ui_settings = helpers.services, helpers.runner, helpers.ui_settings  # fixtures
business_services = helpers.business_services


def _view(qtbot: Any, data: Services, runner: Any) -> SettingsView:
    view = SettingsView(data, runner)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _stored(data: Services) -> str:
    fresh = build_services(Path(data.data_dir), clock=FixedClock(helpers.TODAY))
    try:
        return fresh.business.irpf_method()
    finally:
        fresh.close()


def test_normal_estimation_is_saved_and_shown_again(
    qtbot: Any, business_services: Services, runner: Any
) -> None:
    view = _view(qtbot, business_services, runner)
    qtbot.waitUntil(lambda: view.irpf_method.currentData() == "simplified")  # the default
    assert view.irpf_method.isVisible()
    view.irpf_method.setCurrentIndex(view.irpf_method.findData("normal"))
    with qtbot.waitSignal(view.business_saved):
        view.save_button.click()
    assert _stored(business_services) == "normal"
    again = _view(qtbot, business_services, runner)
    qtbot.waitUntil(lambda: again.irpf_method.currentData() == "normal")
    assert again.irpf_method.currentText() == "Normal"
