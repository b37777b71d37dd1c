"""The editor's client picker (issue #18): suggestions follow every keystroke, match as the search
does (case and accents ignored: "sanchez" offers "Marta Sánchez Ruiz") and end with
"+ Nuevo cliente…", which opens the client dialog with the typed name and picks what it saves.
Real services on a temp SQLite file, offscreen, synchronous runner."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Client
from tests.ui.editor_helpers import client, editor, editor_services  # noqa: F401 - fixtures

NEW = "+ Nuevo cliente…"


@pytest.fixture
def shown(qtbot: Any, editor: Any, editor_services: Any, client: Any) -> Any:
    for name in ("Marta Sánchez Ruiz", "Sergio Sánchez Álvarez", "Clínica Alameda S.A."):
        editor_services.clients.add(Client(id=new_id(), name=name))
    editor.new_invoice()
    editor.show()
    qtbot.waitExposed(editor)
    editor.form.client_picker.lineEdit().setFocus()
    return editor


def _popup_rows(picker: Any) -> list[str]:
    popup = picker.completer().popup()
    if not popup.isVisible():
        return []
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_suggestions_follow_every_keystroke(qtbot: Any, shown: Any) -> None:
    picker = shown.form.client_picker
    everyone = ["Clínica Alameda S.A.", "Construcciones Levante S.L. — B12345674"]
    everyone += ["Marta Sánchez Ruiz", "Sergio Sánchez Álvarez"]
    expected = {
        "a": everyone,
        "al": [*everyone[:2], "Sergio Sánchez Álvarez"],  # Levante: its city, Valencia; Álvarez folded
        "alv": ["Sergio Sánchez Álvarez"],
        "alvarez": ["Sergio Sánchez Álvarez"],
    }
    typed = ""
    for text, names in expected.items():
        qtbot.keyClicks(picker.lineEdit(), text[len(typed) :])
        typed = text
        # Right after the key, with no pause: the popup already shows this text's answer.
        assert sorted(_popup_rows(picker)[:-1]) == sorted(names), text
        assert _popup_rows(picker)[-1] == NEW
        assert picker.lineEdit().text() == text  # the answer never overwrites what is typed


def test_accents_and_case_are_ignored_on_screen_as_in_sql(qtbot: Any, shown: Any) -> None:
    picker = shown.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "CLINICA")
    assert _popup_rows(picker) == ["Clínica Alameda S.A.", NEW]


def _take_from_popup(qtbot: Any, picker: Any, text: str) -> None:
    """Highlight the suggestion in the popup and press Enter, as a person does."""
    popup = picker.completer().popup()
    row = _popup_rows(picker).index(text)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_choosing_a_suggestion_picks_that_client(qtbot: Any, shown: Any) -> None:
    picker = shown.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "sanchez r")
    _take_from_popup(qtbot, picker, "Marta Sánchez Ruiz")
    assert picker.current_client().name == "Marta Sánchez Ruiz"
    assert picker.lineEdit().text() == "Marta Sánchez Ruiz"


def test_new_client_entry_opens_the_dialog_and_picks_the_saved_client(
    qtbot: Any, shown: Any, editor_services: Any
) -> None:
    picker = shown.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "Talleres Nunez")  # (QTest types ASCII only)
    assert _popup_rows(picker) == [NEW]  # no client yet: only the offer to create one
    asked: list[str] = []
    picker.new_client_requested.connect(asked.append)
    _take_from_popup(qtbot, picker, NEW)
    qtbot.wait(10)  # let Qt finish its own handling of the choice
    assert asked == ["Talleres Nunez"]  # one dialog, not one per signal Qt sends for the choice
    assert picker.lineEdit().text() == ""  # not the entry's label
    dialog = shown.form.client_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Talleres Nunez"  # the typed text, not the entry's label
    dialog.name.setText("Talleres Núñez")
    dialog.city.setText("Zaragoza")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    chosen = picker.current_client()
    assert chosen is not None and chosen.name == "Talleres Núñez" and chosen.city == "Zaragoza"
    assert [c.id for c in editor_services.clients.list("talleres nunez")] == [chosen.id]
    assert picker.lineEdit().text() == "Talleres Núñez"


def test_a_cancelled_new_client_leaves_the_invoice_without_one(qtbot: Any, shown: Any) -> None:
    picker = shown.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "Nadie")
    _take_from_popup(qtbot, picker, NEW)
    dialog = shown.form.client_dialog
    dialog.reject()
    qtbot.wait(10)
    assert picker.current_client() is None
    assert picker.lineEdit().text() == ""
    picker.activated.emit(picker.count() - 1)  # the entry again, from the combo's own list
    assert shown.form.client_dialog is not dialog and shown.form.client_dialog.isVisible()
