# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Ayuda › Declaración responsable: the dialog opens offscreen from the Help menu, shows every
element in Spanish (or its English translation, following the UI language) and copies the text.
DECLARATION_SHOTS=folder saves a PNG per language to look at."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from facturas_app import build_info
from facturas_app.services.verifactu.declaration import build_declaration
from tests.ui.helpers import ui_settings  # noqa: F401 - fixture
from ui.i18n import install_translators, set_current_language
from ui.main_window import MainWindow
from ui.views.declaration_dialog import DeclarationDialog


@pytest.fixture(params=["es", "en"])
def lang(request: Any, qapp: Any, ui_settings: None) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    set_current_language("es")


def shot(dialog: DeclarationDialog, name: str) -> None:
    folder = os.environ.get("DECLARATION_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(Path(folder) / f"{name}.png"))


def test_opens_from_the_help_menu_in_the_ui_language(qtbot: Any, lang: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    expected = "&Declaración responsable" if lang == "es" else "&Responsible declaration"
    (action,) = [a for a in help_menu.actions() if a.text() == expected]
    action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DeclarationDialog))
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)

    shown = dialog.browser.toPlainText().replace("\xa0", " ").replace("\u2060", "")  # glued references
    declaration = build_declaration(lang)
    assert declaration.title in shown
    for item in declaration.items:
        assert item.label in shown and item.value in shown
    assert build_info.PRODUCER_NIF in shown and build_info.PRODUCER_NAME in shown
    assert dialog.windowTitle() == ("Declaración responsable" if lang == "es" else "Responsible declaration")
    shot(dialog, f"declaration-{lang}")


def test_switches_language_and_copies_the_text(qtbot: Any, ui_settings: None) -> None:
    dialog = DeclarationDialog()
    qtbot.addWidget(dialog)
    assert "Nombre del sistema informático" in dialog.browser.toPlainText()
    dialog.language.setCurrentIndex(1)
    assert "Name of the computer system" in dialog.browser.toPlainText()
    assert "translation" in dialog.browser.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == build_declaration("en").as_text()
