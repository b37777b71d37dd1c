# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18: the first-run wizard shows no "es obligatorio" before the user typed anything, and
Esc / Cancel (which quit the app) ask first once something was typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from tests.ui.helpers import runner, services, ui_settings  # noqa: F401 - fixtures
from ui.views.first_run import FirstRunWizard


def _wizard(qtbot: Any, services: Any, runner: Any) -> FirstRunWizard:
    wizard = FirstRunWizard(services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _answer(button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the message box about to be shown (from inside its event loop)."""

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, run)


def test_no_required_message_before_the_field_is_touched(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = _wizard(qtbot, services, runner)
    f = wizard.fields
    assert not f.name.message.isVisible() and not f.tax_id.message.isVisible()
    assert not f.name.is_valid() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    f.country.setCurrentText("PT")  # re-checks the NIF and the name: still nothing shown
    f.country.setCurrentText("ES")
    assert not f.name.message.isVisible() and not f.tax_id.message.isVisible()
    qtbot.keyClicks(f.name.edit, "L")
    qtbot.keyClick(f.name.edit, Qt.Key.Key_Backspace)  # touched, and empty again
    assert f.name.message.isVisible() and "obligatorio" in f.name.message.text()
    assert not f.tax_id.message.isVisible()
    f.tax_id.edit.editingFinished.emit()  # leaving the field counts as touching it
    assert f.tax_id.message.isVisible() and "obligatorio" in f.tax_id.message.text()


def test_escape_on_an_untouched_wizard_quits_without_asking(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = _wizard(qtbot, services, runner)
    seen: list[str] = []
    _answer("Seguir configurando", seen)  # would keep it open, were anything asked
    with qtbot.waitSignal(wizard.rejected, timeout=2000):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert seen == [] and not wizard.isVisible()


def test_escape_after_typing_asks_and_can_stay_or_leave(qtbot: Any, services: Any, runner: Any) -> None:
    wizard = _wizard(qtbot, services, runner)
    qtbot.keyClicks(wizard.fields.name.edit, "Laura Gomez")
    rejected: list[bool] = []
    wizard.rejected.connect(lambda: rejected.append(True))
    seen: list[str] = []
    _answer("Seguir configurando", seen)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: wizard.quit_question is not None and not wizard.quit_question.isVisible())
    assert len(seen) == 1 and "se perderán" in seen[0]
    assert rejected == [] and wizard.isVisible()
    assert wizard.fields.name.text() == "Laura Gomez"
    _answer("Salir sin guardar", seen)
    wizard.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: bool(rejected))
    assert len(seen) == 2 and rejected == [True] and not wizard.isVisible()
    assert services.business.get() is None
