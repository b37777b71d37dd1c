"""The invoice editor's life cycle: save a draft and reopen it, issue (read-only after), decline the
confirmation, rectify, cancel and export the PDF. Real services (temp SQLite file), offscreen."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from facturas_app.domain.invoice import Kind, Status
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


# ----- save and reopen ---------------------------------------------------------------------------------
def test_save_draft_then_reopen_keeps_every_value(
    qtbot: Any, editor: Any, client: Any, editor_services: Any
) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "10,5", "85,50", "21", "5")
    fill_line(editor, 1, "Libro", "3", "32,123456", "4")
    type_cell(editor, 1, Column.UNIT, "ud")
    type_cell(editor, 1, Column.SURCHARGE, "0,5")
    fill_line(editor, 2, "Exportación", "1", "1000", "0")
    type_cell(editor, 2, Column.EXEMPTION, "E2")
    form = editor.form
    form.irpf_combo.setCurrentIndex(form.irpf_combo.findData("7"))
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("simplified"))
    form.method_checks["cash"].setChecked(True)
    form.notes.setPlainText("Pedido 42")
    form.thank_you.setText("¡Gracias!")
    assert editor.has_unsaved_changes()
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save_draft()
    invoice_id = blocker.args[0]
    assert not editor.has_unsaved_changes()
    stored = editor_services.invoices.get(invoice_id)
    assert stored.lines[0].quantity == Decimal("10.5") and stored.lines[0].discount_percent == 5
    assert stored.lines[1].unit_price == Decimal("32.123456") and stored.lines[1].surcharge_rate == Decimal(
        "0.5"
    )
    assert stored.lines[2].exemption == "E2"

    reopened = type(editor)(editor_services, editor.runner)
    qtbot.addWidget(reopened)
    reopened.open_invoice(invoice_id)
    assert reopened.lines.model.domain_lines() == editor.lines.model.domain_lines() == list(stored.lines)
    assert reopened.lines.model.record(1).unit_price == "32,123456"
    assert reopened.form.irpf_rate() == Decimal(7)
    assert reopened.form.kind() is Kind.SIMPLIFIED
    assert reopened.form.payment_methods() == ("transfer", "cash", "bizum")
    assert reopened.form.notes.toPlainText() == "Pedido 42"
    assert reopened.form.thank_you.text() == "¡Gracias!"
    assert reopened.form.due_date.date() == editor.form.due_date.date()
    assert reopened.form.client_picker.current_client() == client
    assert reopened.current_totals() == stored.totals
    assert not reopened.has_unsaved_changes()


# ----- issuing -----------------------------------------------------------------------------------------
def _issue(editor: Any, client: Any, qtbot: Any) -> str:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "10", "85,50")
    with qtbot.waitSignal(editor.issued) as blocker:
        editor.issue()
    return str(blocker.args[0])


def test_issuing_makes_the_editor_read_only(
    qtbot: Any, editor: Any, client: Any, editor_services: Any
) -> None:
    invoice_id = _issue(editor, client, qtbot)
    assert editor.dialogs.asked[0] == ("issue", ("F", TODAY))
    stored = editor_services.invoices.get(invoice_id)
    assert stored.status is Status.ISSUED and stored.number == "F-2026-0001"
    assert editor.banner.isVisibleTo(editor) and editor.banner.text() == "Factura emitida F-2026-0001"
    inputs = [
        w
        for kind in (QLineEdit, QComboBox, QDateEdit, QCheckBox, QPlainTextEdit)
        for w in editor.findChildren(kind)
        if w.parent() is not None and w.isVisibleTo(editor)
    ]
    assert len(inputs) > 10 and not [w for w in inputs if w.isEnabled()]
    model = editor.lines.model
    assert all(
        not model.flags(model.index(0, c)) & model.flags(model.index(0, c)).ItemIsEditable for c in Column
    )
    assert not type_cell_allowed(editor)
    visible_buttons = {
        b.text() for b in editor.findChildren(QAbstractButton) if b.isVisibleTo(editor) and b.isEnabled()
    }
    assert {"Rectificar…", "Anular…", "Exportar PDF"} <= visible_buttons
    assert "Guardar borrador" not in visible_buttons and "Añadir línea" not in visible_buttons
    assert editor.title() == "Factura F-2026-0001"
    editor.show()
    shots = Path("artifacts/screenshots")
    shots.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(shots / "editor_issued.png"))


def type_cell_allowed(editor: Any) -> bool:
    model = editor.lines.model
    return bool(model.setData(model.index(0, Column.QUANTITY), "99"))


def test_declining_the_confirmation_leaves_a_saved_draft(
    qtbot: Any, editor: Any, client: Any, editor_services: Any
) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    editor.dialogs.confirm = False
    editor.issue()
    assert editor.invoice.is_draft and editor.stored
    assert editor_services.invoices.get(editor.invoice.id).status is Status.DRAFT


def test_rectify_opens_a_rectifying_draft(qtbot: Any, editor: Any, client: Any, editor_services: Any) -> None:
    _issue(editor, client, qtbot)
    editor.rectify()
    draft = editor.invoice
    assert draft.kind is Kind.RECTIFYING and draft.is_draft and draft.rectification_kind == "R1"
    assert editor.banner.text().endswith("Precio erróneo")
    assert editor.lines.model.records()[0].quantity == "10"
    assert not editor.is_read_only() and not editor.form.kind_combo.isEnabled()
    type_cell(editor, 0, Column.PRICE, "80")
    with qtbot.waitSignal(editor.issued):
        editor.issue()
    assert editor.invoice.number == "R-2026-0001"


def test_cancel_records_the_reason(qtbot: Any, editor: Any, client: Any, editor_services: Any) -> None:
    invoice_id = _issue(editor, client, qtbot)
    editor.cancel_invoice()
    assert editor_services.invoices.get(invoice_id).status is Status.CANCELLED
    assert editor.banner.text() == "Factura anulada F-2026-0001 — Duplicada"
    assert not editor.cancel_button.isVisibleTo(editor)


def test_export_pdf_writes_the_file(qtbot: Any, editor: Any, client: Any, tmp_path: Path) -> None:
    pytest.importorskip("facturas_app.services.pdf")
    pytest.importorskip("fpdf")
    invoice_id = _issue(editor, client, qtbot)
    editor.dialogs.pdf_path = tmp_path / "factura.pdf"
    editor.export_pdf()
    assert editor.exported_path == tmp_path / "factura.pdf"
    data = (tmp_path / "factura.pdf").read_bytes()
    assert data.startswith(b"%PDF") and invoice_id
    assert any(kind == "pdf" and "F-2026-0001" in name for kind, name in editor.dialogs.asked)
