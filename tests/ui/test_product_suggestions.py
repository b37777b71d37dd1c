"""A line's description suggests products as search matches them (issue #18): case and accents
ignored, on every keystroke, and ends with "+ Nuevo producto…", which opens the product dialog
named as typed and puts the saved product on that line. Real services, offscreen, synchronous."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem

from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Product
from tests.ui.editor_helpers import (  # noqa: F401 - fixtures
    client,
    editor,
    editor_services,
    product,
    start,
)
from ui.models.line_records import Column

NEW = "+ Nuevo producto…"


def _description_editor(editor: Any, row: int = 0) -> QLineEdit:
    view, model = editor.lines.view, editor.lines.model
    delegate = view.itemDelegateForColumn(Column.DESCRIPTION)
    return delegate.createEditor(
        view.viewport(), QStyleOptionViewItem(), model.index(row, Column.DESCRIPTION)
    )


def _offered(line_edit: QLineEdit, typed: str) -> list[str]:
    line_edit.setText(typed)
    line_edit.textEdited.emit(typed)
    return line_edit.completer().model().stringList()


def test_every_keystroke_offers_the_products_that_match_folded(
    editor: Any, client: Any, product: Any, editor_services: Any
) -> None:
    editor_services.products.save(
        Product(id=new_id(), name="Diseño de logotipo", unit_price=Decimal("300"), vat_rate=Decimal(21))
    )
    start(editor, client)
    editor.new_invoice(client.id)  # products are loaded with the invoice
    line_edit = _description_editor(editor)
    assert _offered(line_edit, "d") == ["Diseño de logotipo", NEW]
    assert _offered(line_edit, "dis") == ["Diseño de logotipo", NEW]
    assert _offered(line_edit, "DISENO") == ["Diseño de logotipo", NEW]
    assert _offered(line_edit, "o") == ["Diseño de logotipo", "Libro técnico", NEW]
    assert _offered(line_edit, "tecnico") == ["Libro técnico", NEW]
    assert _offered(line_edit, "zzz") == [NEW]
    assert _offered(line_edit, "") == []  # nothing typed: nothing offered


def test_new_product_entry_opens_the_dialog_and_fills_the_line(
    qtbot: Any, editor: Any, client: Any, editor_services: Any
) -> None:
    start(editor, client)
    line_edit = _description_editor(editor)
    _offered(line_edit, "Revisión anual")
    line_edit.completer().activated.emit(NEW)
    assert line_edit.text() == "Revisión anual"  # the typed text, not the entry's label
    dialog = editor.new_products.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "Revisión anual"
    dialog.price.setText("120,00")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    saved = [p for p in editor_services.products.list("revision anual")]
    assert [p.name for p in saved] == ["Revisión anual"] and saved[0].unit_price == Decimal("120.00")
    record = editor.lines.model.record(0)
    assert (record.description, record.product_id) == ("Revisión anual", saved[0].id)
    assert _offered(_description_editor(editor), "revision") == ["Revisión anual", NEW]


def test_a_cancelled_new_product_leaves_the_line_as_typed(qtbot: Any, editor: Any, client: Any) -> None:
    start(editor, client)
    line_edit = _description_editor(editor)
    _offered(line_edit, "Algo nuevo")
    line_edit.completer().activated.emit(NEW)
    editor.new_products.dialog.reject()
    assert line_edit.text() == "Algo nuevo"
    assert editor.lines.model.record(0).product_id == ""
