# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The first-run wizard refuses an invalid NIF with a visible Spanish message and saves a valid profile."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWizard

from tests.ui.helpers import VALID_NIF, runner, services, ui_settings  # noqa: F401 - fixtures
from ui.views.first_run import FirstRunWizard


def _wizard(qtbot: Any, services: Any, runner: Any) -> FirstRunWizard:
    wizard = FirstRunWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_invalid_nif_shows_message_and_blocks_next(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = _wizard(qtbot, services, runner)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.keyClicks(wizard.fields.name.edit, "Laura Gomez")  # keyClicks takes ASCII only
    qtbot.keyClicks(wizard.fields.tax_id.edit, "12345678A")
    assert wizard.fields.tax_id.message.isVisible()
    assert "NIF" in wizard.fields.tax_id.message.text() and "no válido" in wizard.fields.tax_id.message.text()
    assert not next_button.isEnabled()
    wizard.fields.tax_id.edit.setText(VALID_NIF)
    assert not wizard.fields.tax_id.message.isVisible()
    assert next_button.isEnabled()


def test_valid_profile_is_saved(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = _wizard(qtbot, services, runner)
    f = wizard.fields
    f.name.setText("Laura Gómez Ruiz")
    f.tax_id.setText(VALID_NIF)
    wizard.next()
    f.address.setText("Calle Mayor 1")
    f.city.setText("Madrid")
    f.email.setText("laura@")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    f.email.setText("laura@example.com")
    wizard.next()
    f.iban.setText("ES91 2100 0418 4502 0005 1332")
    assert f.vat.currentText() == "21 %"
    with qtbot.waitSignal(wizard.business_saved):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    saved = services.business.get()
    assert saved is not None and saved.tax_id == VALID_NIF
    assert saved.iban == "ES9121000418450200051332" and str(saved.default_vat_rate) == "21"
    assert wizard.result() == QWizard.DialogCode.Accepted
