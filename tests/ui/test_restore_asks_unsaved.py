# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18 "never lose work": restoring a backup with an unsaved draft in the editor asks the
editor's own question (Guardar / Descartar / Cancelar, the real QMessageBox answered here) before
anything happens; Guardar keeps the draft in the pre-restore safety copy, Descartar restores without
it, Cancelar leaves the data, the editor and what was typed as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.editor_helpers import fill_line
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.main_window import MainWindow


def _answer_unsaved(button_text: str, asked: list[str]) -> None:
    """Click `button_text` in the unsaved-changes box once `exec()` shows it."""

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        asked.append(box.text())
        buttons = {button.text(): button for button in box.buttons()}
        assert set(buttons) == {"Guardar", "Descartar", "Cancelar"}
        buttons[button_text].click()

    QTimer.singleShot(0, run)


def _books(path: Path) -> tuple[list[str], list[str]]:
    """(client names, draft line descriptions) as stored in a data file."""
    with sqlite3.connect(path) as db:
        clients = [row[0] for row in db.execute("SELECT name FROM clients ORDER BY name")]
        lines = [row[0] for row in db.execute("SELECT description FROM invoice_lines")]
    return clients, lines


def _window_with_typed_draft(qtbot: Any, services: Any, runner: Any) -> tuple[MainWindow, Any, Any, Path]:
    """A backup with one client, a client added after it, and a typed draft never saved."""
    client = make_client(services, "Talleres Norte S.L.", city="Bilbao")
    backup = services.backup.backup_now().path
    make_client(services, "Posterior a la copia S.L.")
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(services, runner)
    panel: Any = window.view("settings").backups  # type: ignore[attr-defined]
    window.new_invoice()
    editor: Any = window.editor
    editor.form.client_picker.set_client(client)
    fill_line(editor, 0, "Revisión anual", "2", "150")
    assert editor.has_unsaved_changes() and window.current_view() is editor
    panel.confirm = lambda _box: True  # the restore's own confirmation is tested in test_data_safety_ui
    return window, editor, panel, backup


def test_cancel_aborts_the_restore_and_keeps_what_was_typed(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window, editor, panel, backup = _window_with_typed_draft(qtbot, business_services, runner)
    data_file = business_services.store.path
    before = _books(data_file)
    asked: list[str] = []
    _answer_unsaved("Cancelar", asked)
    with qtbot.assertNotEmitted(panel.restored):
        panel.start_restore(backup)
    assert asked == ["La factura tiene cambios sin guardar. ¿Quiere guardarlos?"]
    assert panel.status.text() == "Restauración cancelada."
    assert _books(data_file) == before and "Posterior a la copia S.L." in before[0]
    assert window.editor is editor and editor.has_unsaved_changes()
    assert editor.lines.model.domain_lines()[0].description == "Revisión anual"
    assert [info.path for info in business_services.backup.list_backups()] == [backup]  # no safety copy
    _answer_unsaved("Descartar", asked)
    assert window.close()  # closing asks too (the test leaves nothing open)


def test_save_keeps_the_draft_in_the_safety_copy_then_restores(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window, _editor, panel, backup = _window_with_typed_draft(qtbot, business_services, runner)
    asked: list[str] = []
    _answer_unsaved("Guardar", asked)
    with qtbot.waitSignal(panel.restored) as restored:
        panel.start_restore(backup)
    assert len(asked) == 1
    assert _books(business_services.store.path) == (["Talleres Norte S.L."], [])
    safety = restored.args[0].safety_copy
    assert _books(safety) == (["Posterior a la copia S.L.", "Talleres Norte S.L."], ["Revisión anual"])
    assert window.editor is None  # the pages were rebuilt over the restored data


def test_discard_restores_without_the_draft(qtbot: Any, business_services: Any, runner: Any) -> None:
    window, _editor, panel, backup = _window_with_typed_draft(qtbot, business_services, runner)
    asked: list[str] = []
    _answer_unsaved("Descartar", asked)
    with qtbot.waitSignal(panel.restored) as restored:
        panel.start_restore(backup)
    assert len(asked) == 1
    assert _books(business_services.store.path) == (["Talleres Norte S.L."], [])
    assert _books(restored.args[0].safety_copy) == (["Posterior a la copia S.L.", "Talleres Norte S.L."], [])
    assert window.editor is None


def test_restore_without_unsaved_edits_asks_nothing_more(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window, editor, panel, backup = _window_with_typed_draft(qtbot, business_services, runner)
    editor.save_draft()
    assert not editor.has_unsaved_changes()
    shown: list[Any] = []
    panel.confirm = lambda box: shown.append(box) or True
    with qtbot.waitSignal(panel.restored):
        panel.start_restore(backup)
    assert len(shown) == 1 and window.editor is None
