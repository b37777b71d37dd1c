"""The invoice editor's lines table: number parsing, the lines model, live totals, cells in red,
products and recargo, undo/redo and the keyboard. Real services (temp SQLite file), offscreen."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facturas_app.domain.invoice import InvoiceLine
from facturas_app.domain.taxes import tax_table
from facturas_app.domain.totals import compute_totals
from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    TODAY,
    client,
    editor,
    editor_services,
    fill_line,
    product,
    start,
    type_cell,
)
from ui.models.invoice_lines_model import InvoiceLinesModel
from ui.models.line_records import Column, LineRecord, parse_number
from ui.widgets.money import format_money

ES = tax_table("ES")
assert ES is not None
VAT_RATES = ES.vat_rates_on(TODAY)


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


# ----- products and recargo ---------------------------------------------------------------------------
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


def test_recargo_mode_applies_to_new_lines_and_vat_changes(editor: Any, client: Any) -> None:
    start(editor, client)
    editor.lines.surcharge_check.setChecked(True)
    row = editor.lines.add_line()
    assert editor.lines.model.record(row).surcharge_rate == "5,2"
    type_cell(editor, row, Column.VAT, "4")
    assert editor.lines.model.record(row).surcharge_rate == "0,5"
    type_cell(editor, row, Column.VAT, "0")
    assert editor.lines.model.record(row).surcharge_rate == "0"


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
    line_edit.textEdited.emit("TECN")  # as typed: case and accents do not matter (issue #18)
    assert completer.model().stringList() == ["Libro técnico", "+ Nuevo producto…"]
    completer.activated.emit("Libro técnico")
    assert model.record(0).vat_rate == "4" and model.record(0).product_id == product.id
    editor.lines.undo_stack.undo()
    assert model.record(0).product_id == ""


# ----- invalid cells -----------------------------------------------------------------------------------
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


def test_blank_description_is_flagged_on_its_cell(editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "1", "10")
    type_cell(editor, 0, Column.DESCRIPTION, "   ")
    assert editor.lines.model.error_at(0, Column.DESCRIPTION) == "Obligatorio"
    editor.save_draft()
    assert not editor.stored


# ----- undo / redo, keyboard ---------------------------------------------------------------------------
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
