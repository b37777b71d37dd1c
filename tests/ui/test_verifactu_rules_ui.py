# ruff: noqa: F811 - pytest fixtures imported from the helpers are redefined as parameters
"""AEAT's record rules seen where the data is typed: the client dialog, the business wizard and the
invoice editor refuse what AEAT would reject, inline, with AEAT's code, in Spanish and English.

Set VF_RULES_SHOTS=<folder> to keep PNGs of each refusal (looked at by hand, not compared)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget, QWizard

from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    TODAY,
    client,
    editor,
    editor_services,
    type_cell,
)
from tests.ui.helpers import VALID_NIF, business_services, runner, services, ui_settings  # noqa: F401
from ui.i18n import install_translators, set_current_language
from ui.models.line_records import Column
from ui.views.client_dialog import ClientDialog
from ui.views.first_run import FirstRunWizard


@pytest.fixture(params=["es", "en"])
def lang(request: Any, qapp: Any, ui_settings: None) -> Any:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    set_current_language("es")


def shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("VF_RULES_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert widget.grab().save(str(Path(folder) / f"{name}.png"))


WORDS = {"es": "no admite", "en": "does not accept"}


def test_client_dialog_refuses_markup_in_the_name_and_keeps_apostrophes(
    qtbot: Any, business_services: Any, runner: Any, lang: str
) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.name.setText("Inmobiliaria <Sol> S.A.")
    dialog.show()
    qtbot.waitExposed(dialog)
    message = dialog.name.message
    assert message.isVisible() and "1287" in message.text() and WORDS[lang] in message.text()
    assert not save.isEnabled()
    shot(dialog, f"client_dialog_refused_{lang}")
    dialog.name.setText("Société Générale d'Études")
    assert not message.isVisible() and save.isEnabled()
    save.click()
    assert dialog.saved_client is not None
    assert business_services.clients.get(dialog.saved_client.id).name == "Société Générale d'Études"


def test_business_wizard_refuses_an_apostrophe_in_a_spanish_issuer_name(
    qtbot: Any, services: Any, runner: Any, lang: str
) -> None:
    wizard = FirstRunWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    fields, next_button = wizard.fields, wizard.button(QWizard.WizardButton.NextButton)
    fields.name.setText("Construcciones O'Brien SL")
    fields.tax_id.setText(VALID_NIF)
    assert fields.name.message.isVisible() and "1287" in fields.name.message.text()
    assert not next_button.isEnabled()
    shot(wizard, f"business_wizard_refused_{lang}")
    fields.name.setText("Construcciones O Brien SL")
    assert not fields.name.message.isVisible() and next_button.isEnabled()


def test_the_name_rule_follows_the_country(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = FirstRunWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.fields.name.setText("Atelier d'Art")
    assert wizard.fields.name.message.text()
    wizard.fields.country.setCurrentText("FR")  # no VERI*FACTU outside Spain
    assert not wizard.fields.name.message.text()


def start_simplified(view: Any, client: Any, price: str) -> None:
    view.new_invoice(client.id)
    view.form.kind_combo.setCurrentIndex(view.form.kind_combo.findData("simplified"))
    type_cell(view, 0, Column.DESCRIPTION, "Mobiliario de oficina")
    type_cell(view, 0, Column.QUANTITY, "1")
    type_cell(view, 0, Column.PRICE, price)
    type_cell(view, 0, Column.VAT, "21")
    view.refresh_warnings()


def test_editor_shows_the_3000_limit_of_a_simplified_invoice_before_issuing(
    lang: str, qtbot: Any, editor: Any, editor_services: Any, client: Any
) -> None:  # `lang` first: the translator is installed before the editor is built
    start_simplified(editor, client, "2500")
    notice = editor.refusal_notice
    assert (
        notice.isVisibleTo(editor)
        and "1150" in notice.text()
        and ("3.000 €" in notice.text() or "€3,000" in notice.text())
    )
    assert ("It cannot be issued" if lang == "en" else "No se podrá emitir") in notice.text()
    editor.show()
    qtbot.waitExposed(editor)
    shot(editor, f"editor_simplified_refused_{lang}")
    editor.issue()  # the service refuses the same: no number is taken
    stored = editor_services.invoices.get(editor.invoice.id)
    assert stored.number is None and "1150" in editor.error_notice.text()
    editor.form.kind_combo.setCurrentIndex(editor.form.kind_combo.findData("invoice"))
    editor.refresh_warnings()
    assert not notice.isVisibleTo(editor)


def test_editor_refuses_a_future_issue_date_live(editor: Any, client: Any) -> None:
    start_simplified(editor, client, "100")
    assert not editor.refusal_notice.isVisibleTo(editor)
    editor.form.issue_date.setDate(QDate(TODAY.year, TODAY.month, TODAY.day).addDays(1))
    editor.refresh_warnings()
    assert editor.refusal_notice.isVisibleTo(editor) and "Fecha:" in editor.refusal_notice.text()
