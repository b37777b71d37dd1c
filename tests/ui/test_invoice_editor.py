"""The invoice editor over real services (temp SQLite file), offscreen, with a synchronous runner."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from facturas_app.domain.invoice import InvoiceLine, Kind, Status
from facturas_app.domain.taxes import tax_table
from facturas_app.domain.totals import compute_totals
from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    TODAY,
    client,
    editor,
    editor_services,
    product,
    type_cell,
)
from ui.models.invoice_lines_model import InvoiceLinesModel
from ui.models.line_records import Column, LineRecord, parse_number
from ui.widgets.money import format_money

ES = tax_table("ES")
assert ES is not None
VAT_RATES = ES.vat_rates_on(TODAY)


def fill_line(
    view: Any, row: int, description: str, quantity: str, price: str, vat: str = "21", discount: str = "0"
) -> None:
    if row >= view.lines.model.rowCount():
        view.lines.add_line()
    type_cell(view, row, Column.DESCRIPTION, description)
    type_cell(view, row, Column.QUANTITY, quantity)
    type_cell(view, row, Column.PRICE, price)
    type_cell(view, row, Column.VAT, vat)
    type_cell(view, row, Column.DISCOUNT, discount)


def start(view: Any, client: Any) -> None:
    view.new_invoice(client.id)
    assert view.form.client_picker.current_client() == client


# ----- parsing ---------------------------------------------------------------------------------------
def test_numbers_typed_the_spanish_way_parse() -> None:
    assert parse_number("85,50") == Decimal("85.50")
    assert parse_number("1.234,56") == Decimal("1234.56")
    assert parse_number("1,234.56") == Decimal("1234.56")
    assert parse_number(" 85.5 ") == Decimal("85.5")
    assert parse_number("1.234.567") == Decimal("1234567")
    for bad in ("abc", "NaN", "inf", "1e5", "1,2,3", "", "12,5,0", "--1"):
        assert parse_number(bad) is None, bad


# ----- the lines model --------------------------------------------------------------------------------
def test_lines_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = InvoiceLinesModel()
    model.table = ES
    model.set_records([LineRecord("Consultoría", "10", "hora", "85,50"), LineRecord("abc", "x", "", "-1")])
    qtmodeltester.check(model)
    model.insert_record(1, LineRecord("Otra"))
    model.move_record(0, 2)
    model.remove_record(0)
    qtmodeltester.check(model)


def test_invalid_cells_are_flagged_in_red(qapp: Any) -> None:
    model = InvoiceLinesModel()
    model.table = ES
    model.set_records([LineRecord("Consultoría", "abc", "", "-3", discount_percent="120", vat_rate="7")])
    bad = {column for _row, column, _text in model.errors()}
    assert bad == {Column.QUANTITY, Column.PRICE, Column.DISCOUNT, Column.VAT}
    assert model.data(model.index(0, Column.QUANTITY), 8) is not None  # BackgroundRole
    assert "abc" in model.data(model.index(0, Column.QUANTITY), 3)  # ToolTipRole
    assert model.domain_lines() is None
    assert model.valid_lines() == []


# ----- totals ------------------------------------------------------------------------------------------
decimal_strings = st.decimals(
    min_value=Decimal("0.000001"), max_value=Decimal("99999"), places=6, allow_nan=False, allow_infinity=False
)


def _typed(value: Decimal, comma: bool) -> str:
    text = format(value.normalize(), "f")
    return text.replace(".", ",") if comma else text


line_strategy = st.tuples(
    decimal_strings,
    decimal_strings,
    st.sampled_from(VAT_RATES),
    st.sampled_from(["0", "10", "12,5"]),
    st.booleans(),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line_strategy, min_size=1, max_size=6), irpf=st.sampled_from(["0", "15", "7"]))
def test_totals_equal_the_domain_engine(editor: Any, client: Any, lines: list[Any], irpf: str) -> None:
    start(editor, client)
    records = [
        LineRecord(f"Línea {i}", _typed(q, comma), "", _typed(p, not comma), discount, _typed(vat, comma))
        for i, (q, p, vat, discount, comma) in enumerate(lines)
    ]
    editor.lines.model.set_records(records)
    editor.form.irpf_combo.setCurrentIndex(editor.form.irpf_combo.findData(irpf))
    expected_lines = [
        InvoiceLine(f"Línea {i}", q, p, vat, discount_percent=Decimal(d.replace(",", ".")))
        for i, (q, p, vat, d, _c) in enumerate(lines)
    ]
    expected = compute_totals((line.taxable() for line in expected_lines), Decimal(irpf))
    assert editor.current_totals() == expected
    editor.refresh_warnings()
    panel = editor.totals_panel
    assert panel.total_label.text() == format_money(expected.total)
    assert panel.due_label.text() == format_money(expected.amount_due)
    assert panel.base_label.text() == format_money(expected.base)


def test_example_from_spain_md_shows_spanish_amounts(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "18", "90")
    assert editor.form.irpf_rate() == Decimal(15)  # the business default
    panel = editor.totals_panel
    assert panel.base_label.text() == "1.620,00\xa0€"
    assert panel.vat_label.text() == "340,20\xa0€"
    assert panel.total_label.text() == "1.960,20\xa0€"
    assert panel.due_label.text() == "1.717,20\xa0€"
    assert editor.lines.model.data(editor.lines.model.index(0, Column.NET)) == "1.620,00\xa0€"


# ----- defaults ----------------------------------------------------------------------------------------
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
    assert picker.count() == 1
    picker.activated.emit(0)
    assert picker.current_client() == client
    assert (editor.form.due_date.date().toPython() - TODAY).days == 45


def test_choosing_a_product_fills_price_vat_and_unit(editor: Any, client: Any, product: Any) -> None:
    editor.new_invoice(client.id)
    editor.lines.apply_product(0, product)
    record = editor.lines.model.record(0)
    assert (record.description, record.unit_price, record.vat_rate, record.unit) == (
        "Libro técnico",
        "32,9",
        "4",
        "ud",
    )
    assert record.product_id == product.id


def test_recargo_follows_the_vat_pair(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Género", "2", "100")
    editor.lines.surcharge_check.setChecked(True)
    assert editor.lines.model.record(0).surcharge_rate == "5,2"
    type_cell(editor, 0, Column.VAT, "10")
    assert editor.lines.model.record(0).surcharge_rate == "1,4"
    assert editor.current_totals().surcharge == Decimal("2.80")


# ----- invalid input -----------------------------------------------------------------------------------
def test_abc_in_quantity_is_shown_and_never_saved(editor: Any, client: Any, editor_services: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "abc", "85,50")
    assert editor.error_notice.isVisibleTo(editor)
    assert editor.lines.model.error_at(0, Column.QUANTITY)
    saved: list[str] = []
    editor.saved.connect(saved.append)
    editor.save_draft()
    assert saved == []
    assert "rojo" in editor.error_notice.text()
    query = editor_services.invoices.query()
    assert editor_services.invoices.list(query) == []
    assert editor.has_unsaved_changes()


def test_service_problems_are_shown_and_nothing_saved(editor: Any, client: Any, editor_services: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    editor.form.due_date.setDate(editor.form.issue_date.date().addDays(-1))
    editor.save_draft()
    assert not editor.stored
    assert "vencimiento es anterior" in editor.error_notice.text()
    assert editor_services.invoices.list(editor_services.invoices.query()) == []


def test_blank_description_is_flagged_on_its_cell(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    type_cell(editor, 0, Column.DESCRIPTION, "   ")
    assert editor.lines.model.error_at(0, Column.DESCRIPTION) == "Obligatorio"
    editor.save_draft()
    assert not editor.stored


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


# ----- undo / redo, guard ------------------------------------------------------------------------------
def test_undo_redo_restore_lines(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Uno", "1", "10")
    fill_line(editor, 1, "Dos", "2", "20")
    snapshot = editor.lines.model.records()
    type_cell(editor, 0, Column.PRICE, "15")
    editor.lines.view.setCurrentIndex(editor.lines.model.index(1, 0))
    editor.lines.move_current(-1)
    editor.lines.remove_current()
    assert [r.description for r in editor.lines.model.records()] == ["Uno"]
    stack = editor.lines.undo_stack
    after = editor.lines.model.records()
    for _ in range(3):
        stack.undo()
    assert editor.lines.model.records() == snapshot
    assert editor.current_totals().base == Decimal("50.00")
    for _ in range(3):
        stack.redo()
    assert editor.lines.model.records() == after
    assert editor.lines.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [s.toString() for s in editor.lines.redo_action.shortcuts()]


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


def test_warnings_are_shown_not_blocking(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Material", "1", "10", "0")
    editor.refresh_warnings()
    assert editor.warning_notice.isVisibleTo(editor)
    assert "IVA 0 %" in editor.warning_notice.text()
    editor.save_draft()
    assert editor.stored


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


def test_description_completer_fills_the_product(editor: Any, client: Any, product: Any) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    start(editor, client)
    editor.new_invoice(client.id)  # products are loaded with the invoice
    view, model = editor.lines.view, editor.lines.model
    delegate = view.itemDelegateForColumn(Column.DESCRIPTION)
    line_edit = delegate.createEditor(
        view.viewport(), QStyleOptionViewItem(), model.index(0, Column.DESCRIPTION)
    )
    completer = line_edit.completer()
    completer.setCompletionPrefix("técn")
    assert completer.currentCompletion() == "Libro técnico"
    completer.activated.emit("Libro técnico")
    assert model.record(0).vat_rate == "4" and model.record(0).product_id == product.id
    editor.lines.undo_stack.undo()
    assert model.record(0).product_id == ""


def test_moving_the_issue_date_keeps_the_payment_term(editor: Any, client: Any) -> None:
    start(editor, client)
    editor.form.issue_date.setDate(editor.form.issue_date.date().addDays(-10))
    assert editor.form.issue_date.date().daysTo(editor.form.due_date.date()) == 45
    assert editor.has_unsaved_changes()


def test_recargo_mode_applies_to_new_lines_and_vat_changes(editor: Any, client: Any) -> None:
    start(editor, client)
    editor.lines.surcharge_check.setChecked(True)
    row = editor.lines.add_line()
    assert editor.lines.model.record(row).surcharge_rate == "5,2"
    type_cell(editor, row, Column.VAT, "4")
    assert editor.lines.model.record(row).surcharge_rate == "0,5"
    type_cell(editor, row, Column.VAT, "0")
    assert editor.lines.model.record(row).surcharge_rate == "0"


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


def test_typing_in_the_client_picker_searches_in_the_background(qtbot: Any, editor: Any, client: Any) -> None:
    editor.new_invoice()
    picker = editor.form.client_picker
    qtbot.keyClicks(picker.lineEdit(), "Constru")
    qtbot.waitUntil(lambda: picker.count() == 1, timeout=2000)
    assert picker.lineEdit().text() == "Constru"  # results never overwrite what the user typed
    picker.completer().activated.emit(picker.itemText(0))
    assert picker.current_client() == client


def test_opening_another_invoice_asks_about_unsaved_changes(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    draft_id = editor.invoice.id
    editor.new_invoice(client.id)  # the scripted answer is Cancelar
    assert editor.invoice.id == draft_id and editor.lines.model.record(0).description == "Consultoría"
    editor.dialogs.unsaved = editor.dialogs.unsaved.DISCARD
    editor.new_invoice(client.id)
    assert editor.invoice.id != draft_id and not editor.has_unsaved_changes()


def test_tab_after_the_last_cell_adds_a_line(qtbot: Any, editor: Any, client: Any) -> None:
    from PySide6.QtCore import Qt

    start(editor, client)
    editor.show()
    view = editor.lines.view
    view.setCurrentIndex(editor.lines.model.index(0, Column.EXEMPTION))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert editor.lines.model.rowCount() == 2
    assert view.currentIndex().row() == 1


def test_leaving_the_client_box_with_stray_text_restores_the_client(
    qtbot: Any, editor: Any, client: Any
) -> None:
    start(editor, client)
    picker = editor.form.client_picker
    picker.lineEdit().setText("nadie")
    picker.lineEdit().editingFinished.emit()
    assert picker.lineEdit().text().startswith("Construcciones Levante") and picker.current_client() == client
