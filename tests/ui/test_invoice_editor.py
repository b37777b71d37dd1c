"""The invoice editor's form and guards: business defaults and client terms, the client picker,
the issue date, service problems, warnings, the unsaved-changes guard and a screenshot.
Real services (temp SQLite file), offscreen, with a synchronous runner. The lines table is in
test_invoice_editor_lines.py, saving and issuing in test_invoice_editor_lifecycle.py."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    TODAY,
    client,
    editor,
    editor_services,
    fill_line,
    start,
    type_cell,
)
from ui.models.line_records import Column


# ----- defaults and the client picker -----------------------------------------------------------------
def test_new_invoice_takes_business_defaults_and_client_terms(editor: Any, client: Any) -> None:
    start(editor, client)
    assert editor.form.issue_date.date().toPython() == TODAY
    assert (editor.form.due_date.date().toPython() - TODAY).days == 45
    assert editor.form.payment_methods() == ("transfer", "bizum")
    assert editor.form.thank_you.text() == "Gracias por su confianza"
    assert editor.form.method_checks["transfer"].text() == "Transferencia bancaria"
    assert editor.lines.model.rowCount() == 1
    assert not editor.has_unsaved_changes()


def test_client_search_finds_by_name_and_sets_due_date(
    editor: Any, client: Any, editor_services: Any
) -> None:
    editor.new_invoice()
    picker = editor.form.client_picker
    picker.search("levan")
    assert picker.count() == 2  # the client, then "+ Nuevo cliente…"
    assert picker.itemText(1) == "+ Nuevo cliente…"
    picker.activated.emit(0)
    assert picker.current_client() == client
    assert (editor.form.due_date.date().toPython() - TODAY).days == 45


def test_typing_in_the_client_picker_searches_in_the_background(qtbot: Any, editor: Any, client: Any) -> None:
    editor.new_invoice()
    picker = editor.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "Constru")
    qtbot.waitUntil(lambda: picker.count() == 2, timeout=2000)  # the client and "+ Nuevo cliente…"
    assert picker.lineEdit().text() == "Constru"  # results never overwrite what the user typed
    picker.completer().activated.emit(picker.itemText(0))
    assert picker.current_client() == client


def test_leaving_the_client_box_with_stray_text_restores_the_client(
    qtbot: Any, editor: Any, client: Any
) -> None:
    start(editor, client)
    picker = editor.form.client_picker
    picker.lineEdit().setText("nadie")
    picker.lineEdit().editingFinished.emit()
    assert picker.lineEdit().text().startswith("Construcciones Levante") and picker.current_client() == client


def test_moving_the_issue_date_keeps_the_payment_term(editor: Any, client: Any) -> None:
    start(editor, client)
    editor.form.issue_date.setDate(editor.form.issue_date.date().addDays(-10))
    assert editor.form.issue_date.date().daysTo(editor.form.due_date.date()) == 45
    assert editor.has_unsaved_changes()


# ----- problems, warnings, guards ---------------------------------------------------------------------
def test_service_problems_are_shown_and_nothing_saved(editor: Any, client: Any, editor_services: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    editor.form.due_date.setDate(editor.form.issue_date.date().addDays(-1))
    editor.save_draft()
    assert not editor.stored
    assert "vencimiento es anterior" in editor.error_notice.text()
    assert editor_services.invoices.list(editor_services.invoices.query()) == []


def test_warnings_are_shown_not_blocking(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Material", "1", "10", "0")
    editor.refresh_warnings()
    assert editor.warning_notice.isVisibleTo(editor)
    assert "IVA 0 %" in editor.warning_notice.text()
    editor.save_draft()
    assert editor.stored


def test_unsaved_guard(editor: Any, client: Any, editor_services: Any) -> None:
    start(editor, client)
    assert editor.maybe_close()
    fill_line(editor, 0, "Consultoría", "1", "10")
    editor.dialogs.unsaved = editor.dialogs.unsaved.CANCEL
    assert not editor.maybe_close()
    editor.dialogs.unsaved = editor.dialogs.unsaved.SAVE
    assert editor.maybe_close()
    assert editor_services.invoices.get(editor.invoice.id).lines[0].description == "Consultoría"
    type_cell(editor, 0, Column.QUANTITY, "abc")
    assert not editor.maybe_close()  # saving refused: stay open


def test_opening_another_invoice_asks_about_unsaved_changes(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    draft_id = editor.invoice.id
    editor.new_invoice(client.id)  # the scripted answer is Cancelar
    assert editor.invoice.id == draft_id and editor.lines.model.record(0).description == "Consultoría"
    editor.dialogs.unsaved = editor.dialogs.unsaved.DISCARD
    editor.new_invoice(client.id)
    assert editor.invoice.id != draft_id and not editor.has_unsaved_changes()


def test_screenshot_with_three_lines(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría estratégica (marzo)", "12,5", "85,50", "21", "5")
    fill_line(editor, 1, "Libro técnico", "3", "32,90", "4")
    fill_line(editor, 2, "Desplazamiento", "abc", "0,26", "21")
    editor.refresh_warnings()
    editor.lines.view.clearSelection()
    editor.show()
    qtbot.waitExposed(editor)
    target = Path("artifacts/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(target / "editor.png"))
