"""The editor's lines checked as typed with the domain's limits (#18: a quantity of 1e20 was taken
live, totals showed 7,26·10²¹ € and the range error came only on save, as a tooltip): the message
beside the table, a red frame that a selected row keeps, errors gone once fixed, and a blank new
line that is no error and is not saved. Real services, offscreen."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from facturas_app.domain.money import MAX_QUANTITY_OR_PRICE
from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    client,
    editor,
    editor_services,
    fill_line,
    start,
    type_cell,
)
from ui.models.invoice_lines_model import ERROR_FOREGROUND
from ui.models.line_records import Column


def _shown(view: Any) -> None:
    view.show()
    view.lines.view.setFocus()


def test_a_huge_quantity_is_refused_as_typed_beside_the_table(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "100000000000000000000", "85,50")
    _shown(editor)
    limit = QLocale().toString(MAX_QUANTITY_OR_PRICE)
    assert editor.lines.model.error_at(0, Column.QUANTITY).endswith(limit)
    label = editor.lines.error_label
    assert label.isVisible() and "1" in label.text() and limit in label.text()
    assert editor.lines.model.valid_lines() == []  # the totals leave the line out
    type_cell(editor, 0, Column.QUANTITY, "2")
    assert editor.lines.model.errors() == [] and not label.isVisible()


def test_a_line_over_what_an_invoice_may_total_marks_its_amount(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Grúa", "1000000000", "1000000")
    (error,) = editor.lines.model.errors()
    assert error[1] is Column.NET and "máximo" in error[2]
    assert editor.lines.model.domain_lines() is None  # nothing is saved while it stands


def test_a_blank_new_line_is_no_error_and_is_not_saved(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "2", "85,50")
    editor.lines.add_line()
    _shown(editor)
    assert editor.lines.model.rowCount() == 2 and editor.lines.model.errors() == []
    assert not editor.lines.error_label.isVisible()
    assert [line.description for line in editor.lines.model.domain_lines()] == ["Consultoría"]
    type_cell(editor, 1, Column.PRICE, "10")  # typed in: now a line, and it lacks a description
    assert [(row, column) for row, column, _t in editor.lines.model.errors()] == [(1, Column.DESCRIPTION)]


def test_a_selected_row_keeps_its_red_mark(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    fill_line(editor, 0, "Consultoría", "x", "85,50")
    _shown(editor)
    table = editor.lines.view
    table.selectRow(0)
    table.setCurrentIndex(table.model().index(0, Column.DESCRIPTION))
    rect = table.visualRect(table.model().index(0, Column.QUANTITY))
    image = table.viewport().grab().toImage()
    left_edge = [QColor(image.pixel(rect.left() + 1, y)) for y in range(rect.top() + 3, rect.bottom() - 3)]
    assert all(_near(color, ERROR_FOREGROUND) for color in left_edge)
    sound = table.visualRect(table.model().index(0, Column.UNIT))  # the same selected row, no error
    assert not _near(QColor(image.pixel(sound.left() + 1, sound.top() + 3)), ERROR_FOREGROUND)


def test_problems_from_the_services_land_on_their_row_past_blank_lines(
    qtbot: Any, editor: Any, client: Any
) -> None:
    start(editor, client)
    editor.lines.add_line()  # row 0 left blank: the domain's lines[0] is row 1
    fill_line(editor, 1, "Consultoría", "2", "85,50")
    assert editor.lines.model.row_of_line(0) == 1


def _near(color: QColor, target: QColor) -> bool:
    return all(abs(a - b) <= 40 for a, b in zip(color.getRgb()[:3], target.getRgb()[:3], strict=True))
