# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The expense editor (#21) saving over a real data folder, offscreen: a new file stored with the
change in one transaction (a refused one changes nothing and stays beside the field), a chosen
file read on the runner with its size capped, an import's due date kept when only its notes are
edited, a credit note marked with its checkbox, and a signed Facturae whose taxes were changed by
hand no longer shown as verified; two dropped «factura.pdf» from different folders kept apart;
the last day to answer the supplier shown as still in time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfWriter
from PySide6.QtCore import Qt

from facturas_app.domain.purchases import MAX_ATTACHMENT_BYTES
from facturas_app.messages import text_for
from facturas_app.services.purchases.service import EDITED, EDITED_FINDING
from tests.services.einvoice.facturae_checks import make_pki
from tests.services.purchases.facturae_docs import Doc, Line, xmlsec1_sign
from tests.ui.helpers import TODAY, business_services, runner, services, ui_settings  # noqa: F401
from tests.ui.test_expenses_view import OURS, _cells, _drop, _save, _settle, _type_in, _typed, _view, ubl_for
from ui.views.expense_editor import ExpenseEditor


def _edit_first(qtbot: Any, services: Any) -> tuple[Any, ExpenseEditor]:
    view = _typed(qtbot, services)
    view.edit_row(0)
    assert view.editor is not None
    return view, view.editor


def test_a_too_large_file_refuses_the_whole_edit(qtbot: Any, business_services: Any) -> None:
    view, editor = _edit_first(qtbot, business_services)
    expense_id = business_services.expenses.list()[0].id
    editor.number.edit.setText("FV-2026-17B")
    editor.attachment = ("enorme.pdf", bytes(MAX_ATTACHMENT_BYTES + 1))
    _save(editor).click()
    assert editor.isVisible() and editor.result() != ExpenseEditor.DialogCode.Accepted
    assert "enorme.pdf ocupa 30,0 MB" in editor.file_error.text()
    assert [r.number for r in business_services.expenses.list()] == ["FV-2026-17"]
    assert business_services.expenses.attachments(expense_id) == []
    editor.attachment = ("albaran.pdf", b"%PDF-1.4")
    _save(editor).click()
    _settle(qtbot, view)
    assert editor.result() == ExpenseEditor.DialogCode.Accepted
    assert [r.number for r in business_services.expenses.list()] == ["FV-2026-17B"]
    assert [a.file_name for a in business_services.expenses.attachments(expense_id)] == ["albaran.pdf"]


def test_a_chosen_file_past_the_limit_is_refused_beside_the_field(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    view = _view(qtbot, business_services)
    editor = view.new_expense()
    big = tmp_path / "enorme.pdf"
    with big.open("wb") as file:
        file.truncate(40 * 1024 * 1024)  # sparse: 40 MB on paper
    editor.read_file(str(big))
    expected = text_for("attachment_too_large", "es", name="enorme.pdf", size="40.0", limit=30)
    assert editor.file_error.text() == expected and editor.attachment is None
    assert editor.attach_button.isEnabled()
    small = tmp_path / "escaneo.pdf"
    small.write_bytes(b"%PDF-1.4\n")
    editor.read_file(str(small))
    assert editor.attachment == ("escaneo.pdf", b"%PDF-1.4\n") and editor.file_error.text() == ""
    assert editor.file_label.text() == "escaneo.pdf"


def test_editing_an_imports_notes_keeps_its_due_date(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    path = tmp_path / "recibida.xml"
    path.write_bytes(ubl_for(OURS))
    view = _view(qtbot, business_services)
    view.import_paths([str(path)])
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    imported = business_services.expenses.get(row.id)
    assert imported.due_date == dt.date(2015, 1, 9)
    view.edit_row(0)
    editor = view.editor
    assert editor is not None and not editor.credit_note.isChecked()
    editor.notes.setPlainText("revisada")
    _save(editor).click()
    _settle(qtbot, view)
    edited = business_services.expenses.get(row.id)
    assert (edited.notes, edited.due_date) == ("revisada", dt.date(2015, 1, 9))
    assert (edited.operation_date, edited.corrects, edited.taxes) == (
        imported.operation_date, imported.corrects, imported.taxes)  # fmt: skip


def test_a_credit_note_is_marked_with_its_checkbox(qtbot: Any, business_services: Any) -> None:
    view = _view(qtbot, business_services)
    editor = view.new_expense()
    _type_in(qtbot, editor, base="-100,00")
    assert not _save(editor).isEnabled() and "márquela como tal" in editor.error.text()
    editor.credit_note.setChecked(True)
    assert _save(editor).isEnabled() and editor.error.text() == ""
    _save(editor).click()
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    stored = business_services.expenses.get(row.id)
    assert (stored.is_credit_note, stored.base) == (True, -100)


def test_a_signed_facturae_edited_in_the_editor_is_no_longer_verified(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    advice = Doc([Line("Asesoría fiscal noviembre", "1", "300.00", "21")], irpf_rate="15", number="18")
    path = tmp_path / "asesoria.xsig"
    path.write_bytes(xmlsec1_sign(advice, make_pki(tmp_path / "pki"), tmp_path / "sign"))
    view = _view(qtbot, business_services)
    view.import_paths([str(path)])
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    assert business_services.expenses.get(row.id).signature == "valid"
    view.edit_row(0)
    assert view.editor is not None
    view.editor.notes.setPlainText("revisada")
    _save(view.editor).click()
    _settle(qtbot, view)
    notes = business_services.expenses.get(row.id)
    assert (notes.notes, notes.signature, notes.findings) == ("revisada", "valid", ())  # the same data
    view.edit_row(0)
    view.editor.taxes.rows[0].vat.setText("63,01")
    _save(view.editor).click()
    _settle(qtbot, view)
    edited = business_services.expenses.get(row.id)
    assert (edited.signature, edited.findings) == (EDITED, (EDITED_FINDING,)) and not edited.valid
    assert _cells(view)[1].endswith("⚠")


def test_two_dropped_pdfs_of_the_same_name_open_the_editor_with_the_first(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    first, second = tmp_path / "enero" / "factura.pdf", tmp_path / "febrero" / "factura.pdf"
    for path, pages in ((first, 1), (second, 2)):
        path.parent.mkdir()
        writer = PdfWriter()
        for _ in range(pages):
            writer.add_blank_page(width=595, height=842)
        with path.open("wb") as out:
            writer.write(out)
    assert first.read_bytes() != second.read_bytes()
    view = _view(qtbot, business_services)
    _drop(view, first, second)
    assert view.editor is not None and view.editor.attachment == ("factura.pdf", first.read_bytes())


def test_the_last_day_to_answer_is_still_in_time(qtbot: Any, business_services: Any) -> None:
    business_services.expenses.add(
        {"supplier": {"name": "Imprenta Roja S.L.", "tax_id": "B12345674"}, "number": "R-3",
         "issue_date": "2026-11-22", "received_on": "2026-11-22",
         "taxes": [{"base": "10.00", "vat_rate": "21"}]}
    )  # fmt: skip
    view = _view(qtbot, business_services)
    status = view.model.index(0, 6)
    assert dt.date(2026, 11, 26) == TODAY and _cells(view)[6] == "Responder hasta el 26/11"
    assert view.model.data(status, Qt.ItemDataRole.ForegroundRole) is None  # late only from the 27th
