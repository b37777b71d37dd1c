# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The Gastos / Facturas recibidas view (#21) over a real data folder, offscreen: an expense typed
in through the editor (tax id checked as typed, VAT computed), a CEN UBL example addressed to the
business imported from the button and dropped on the view, accepted / rejected / paid with the
buttons (disabled without a selection), a refused file explained in the service's words with
nothing stored, a PDF without XML opening the editor with the PDF attached."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from facturas_app.messages import text_for
from tests.ui.helpers import TODAY, business_services, runner, services, ui_settings  # noqa: F401
from ui.views.expense_editor import ExpenseEditor
from ui.views.expenses import ExpensesView
from ui.widgets.validated_line_edit import ERROR_RED
from ui.workers import SynchronousRunner

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "einvoice" / "en16931" / "examples"
NS = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
UBL_RESPONSE_XSD = (
    Path(__file__).resolve().parents[2] / "resources" / "einvoice" / "ubl-2.1" / "maindoc"
    / "UBL-ApplicationResponse-2.1.xsd"
)  # fmt: skip
OURS = "ES12345678Z"  # the test business (tests/ui/helpers.py: NIF 12345678Z)


def ubl_for(tax_id: str, number: str = "") -> bytes:
    """CEN's guide-example1 (EUR) with a buyer's VAT number `tax_id` (lxml, where UBL's schema
    puts it: before PartyLegalEntity); the amounts are the example's own."""
    root = etree.fromstring((EXAMPLES / "guide-example1.xml").read_bytes())
    party = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    assert party is not None and party.find("cac:PartyTaxScheme", NS) is None
    for node in party.findall("cac:PartyIdentification", NS):
        party.remove(node)  # a GLN would be read as another tax id
    scheme = etree.Element(f"{{{NS['cac']}}}PartyTaxScheme")
    etree.SubElement(scheme, f"{{{NS['cbc']}}}CompanyID").text = tax_id
    etree.SubElement(etree.SubElement(scheme, f"{{{NS['cac']}}}TaxScheme"), f"{{{NS['cbc']}}}ID").text = "VAT"
    legal = party.find("cac:PartyLegalEntity", NS)
    assert legal is not None
    legal.addprevious(scheme)
    if number:
        root.find("cbc:ID", NS).text = number  # type: ignore[union-attr]
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")  # Babel writes '121,00\xa0€'


def _view(qtbot: Any, services: Any) -> ExpensesView:
    view = ExpensesView(services, SynchronousRunner())
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    _settle(qtbot, view)
    return view


def _settle(qtbot: Any, view: ExpensesView) -> None:
    qtbot.waitUntil(lambda: not view.model.is_loading(), timeout=3000)
    qtbot.wait(10)  # the pages painting asked for


def _cells(view: ExpensesView, row: int = 0) -> list[str]:
    model = view.model
    return [_plain(model.data(model.index(row, column)) or "") for column in range(model.columnCount())]


def _type_in(qtbot: Any, editor: ExpenseEditor, tax_id: str = "B12345674", base: str = "100,00") -> None:
    editor.supplier.edit.setText("Papelería Sol S.L.")
    qtbot.keyClicks(editor.tax_id.edit, tax_id)
    editor.number.edit.setText("FV-2026-17")
    qtbot.keyClicks(editor.taxes.rows[0].base, base)


def _save(editor: ExpenseEditor) -> Any:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


def _typed(qtbot: Any, services: Any) -> ExpensesView:
    view = _view(qtbot, services)
    editor = view.new_expense()
    _type_in(qtbot, editor)
    _save(editor).click()
    _settle(qtbot, view)
    return view


def test_an_expense_typed_in_through_the_editor(qtbot: Any, business_services: Any) -> None:
    view = _view(qtbot, business_services)
    assert view.model.rowCount() == 0 and "0 facturas recibidas" in view.footer.text()
    editor = view.new_expense()
    _type_in(qtbot, editor, tax_id="B12345675")
    assert "no válido" in editor.tax_id.message.text() and not _save(editor).isEnabled()
    editor.tax_id.edit.clear()
    qtbot.keyClicks(editor.tax_id.edit, "B12345674")
    assert editor.tax_id.message.text() == ""
    assert editor.taxes.rows[0].vat.text() == "21,00"  # computed from base and rate (21 %)
    editor.deductible.setCurrentText("50")
    assert "IVA deducible: 10,50 €" in _plain(editor.totals.text()) and _save(editor).isEnabled()
    _save(editor).click()
    _settle(qtbot, view)
    assert editor.result() == ExpenseEditor.DialogCode.Accepted
    assert _cells(view) == ["Papelería Sol S.L.", "FV-2026-17", "26/11/2026", "100,00 €", "21,00 €",
                            "121,00 €", "Responder hasta el 30/11", "Manual"]  # fmt: skip
    assert _plain(view.footer.text()) == "1 factura recibida · Total: 121,00 € · IVA deducible: 10,50 €"
    (stored,) = business_services.expenses.list()
    expense = business_services.expenses.get(stored.id)
    assert (expense.supplier_tax_id, expense.deductible_percent, expense.vat) == (
        "B12345674", Decimal("50"), Decimal("21.00"))  # fmt: skip


def test_the_editor_refuses_a_vat_that_does_not_match_and_stores_nothing(
    qtbot: Any, business_services: Any
) -> None:
    view = _view(qtbot, business_services)
    editor = view.new_expense()
    _type_in(qtbot, editor)
    editor.taxes.rows[0].vat.setText("25,00")
    assert not _save(editor).isEnabled()
    assert "no cuadra con la base y el tipo" in editor.error.text() and "21,00" in editor.error.text()
    editor.taxes.rows[0].vat.setText("21,01")  # a cent off: the invoice's own figure is booked
    assert _save(editor).isEnabled()
    assert business_services.expenses.list() == []


def test_buttons_follow_the_selection_and_the_status(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    actions = (view.accept_button, view.reject_button, view.pay_button, view.delete_button)
    assert view.new_button.isEnabled() and view.import_button.isEnabled()
    assert not any(button.isEnabled() for button in actions)
    view.accept_selected()  # without a selection: nothing
    assert business_services.expenses.list()[0].status == "received"
    view.table.selectRow(0)
    assert all(button.isEnabled() for button in actions)
    view.accept_button.click()
    _settle(qtbot, view)
    assert _cells(view)[6] == "Aceptada" and view.notice.text() == "Factura FV-2026-17 aceptada"
    assert view.reject_button.isEnabled() and view.pay_button.isEnabled()
    assert not view.accept_button.isEnabled() and not view.delete_button.isEnabled()


def test_reject_asks_the_reason_then_paid_on_its_date(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    view.table.selectRow(0)
    view.ask_reason = lambda _number: None  # cancelled: nothing changes
    view.reject_button.click()
    assert business_services.expenses.list()[0].status == "received"
    view.ask_reason = lambda _number: "El importe no corresponde al pedido"
    view.reject_button.click()
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    assert row.status == "rejected" and _cells(view)[6] == "Rechazada"
    assert business_services.expenses.history(row.id)[-1].reason == "El importe no corresponde al pedido"
    assert not view.pay_button.isEnabled() and view.accept_button.isEnabled()
    view.accept_button.click()
    _settle(qtbot, view)
    paid_on = TODAY - dt.timedelta(days=2)
    view.ask_paid_on = lambda _number: paid_on
    view.pay_button.click()
    _settle(qtbot, view)
    expense = business_services.expenses.get(row.id)
    assert (expense.status, expense.paid_on) == ("paid", paid_on) and _cells(view)[6] == "Pagada"
    assert not any(b.isEnabled() for b in (view.accept_button, view.reject_button, view.pay_button))


def test_a_future_payment_date_is_refused_in_words(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    view.table.selectRow(0)
    view.ask_paid_on = lambda _number: TODAY + dt.timedelta(days=1)
    view.pay_button.click()
    assert "no puede ser futura" in view.notice.text() and "Traceback" not in view.notice.text()
    assert business_services.expenses.list()[0].status == "received"


def test_delete_asks_first(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    view.table.selectRow(0)
    view.confirm_delete = lambda _row: False
    view.delete_button.click()
    assert len(business_services.expenses.list()) == 1
    view.confirm_delete = lambda _row: True
    view.delete_button.click()
    _settle(qtbot, view)
    assert business_services.expenses.list() == [] and view.model.rowCount() == 0
    assert view.notice.text() == "Factura FV-2026-17 de Papelería Sol S.L. eliminada"


def test_a_ubl_invoice_is_imported_and_a_second_time_refused(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    path = tmp_path / "recibida.xml"
    path.write_bytes(ubl_for(OURS))
    view = _view(qtbot, business_services)
    view.import_paths([str(path)])
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    assert "recibida.xml: factura" in view.notice.text() and "registrada" in view.notice.text()
    assert _cells(view)[1].startswith(row.number) and _cells(view)[7] == "UBL"
    assert _cells(view)[5] == f"{row.total:.2f} €".replace(".", ",")
    view.import_paths([str(path)])
    _settle(qtbot, view)
    duplicate = text_for("expense_duplicate", "es", number=row.number, supplier=row.supplier_name)
    assert duplicate in view.notice.text() and len(business_services.expenses.list()) == 1


def _drop(view: ExpensesView, *paths: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    return event


def test_a_dropped_xml_is_imported(qtbot: Any, business_services: Any, tmp_path: Path) -> None:
    path = tmp_path / "proveedor.xml"
    path.write_bytes(ubl_for(OURS, number="TOSL-2026-9"))
    view = _view(qtbot, business_services)
    event = _drop(view, path)
    _settle(qtbot, view)
    assert event.isAccepted() and view.model.rowCount() == 1
    assert [r.number for r in business_services.expenses.list()] == ["TOSL-2026-9"]


def test_refused_files_are_explained_and_nothing_is_stored(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    other = tmp_path / "otro.xml"
    other.write_bytes(ubl_for("ESB12345674"))
    note = tmp_path / "nota.xml"
    note.write_bytes(b"<?xml version='1.0'?><nota>hola</nota>")
    view = _view(qtbot, business_services)
    view.import_paths([str(other), str(note)])
    _settle(qtbot, view)
    text = view.notice.text()
    assert text.startswith("otro.xml: ") and "\nnota.xml: " in text and "Traceback" not in text
    assert "B12345674" in text  # the buyer the invoice names
    assert text_for("incoming_unknown_kind", "es", root="nota") in text
    assert business_services.expenses.list() == [] and business_services.expenses.suppliers() == []
    assert view.model.rowCount() == 0


def _blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_pdf_without_xml_opens_the_editor_with_it_attached(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    path = tmp_path / "escaneo.pdf"
    path.write_bytes(_blank_pdf())
    view = _view(qtbot, business_services)
    _drop(view, path)
    editor = view.editor
    assert editor is not None and editor.isVisible() and editor.file_label.text() == "escaneo.pdf"
    assert "escaneo.pdf no lleva la factura en XML" in view.notice.text()
    assert business_services.expenses.list() == []
    _type_in(qtbot, editor)
    _save(editor).click()
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    (attached,) = business_services.expenses.attachments(row.id)
    assert (attached.file_name, attached.size) == ("escaneo.pdf", path.stat().st_size)


def test_search_and_status_filter_run_in_sql(qtbot: Any, business_services: Any, tmp_path: Path) -> None:
    path = tmp_path / "recibida.xml"
    path.write_bytes(ubl_for(OURS))
    view = _typed(qtbot, business_services)
    view.import_paths([str(path)])
    _settle(qtbot, view)
    assert view.model.rowCount() == 2
    view.search.setText("papeleria")  # folded: the accent does not matter
    view.apply_filters()
    _settle(qtbot, view)
    assert view.model.rowCount() == 1 and _cells(view)[0] == "Papelería Sol S.L."
    view.search.clear()
    view.status.setCurrentIndex(view.status.findData("accepted"))
    _settle(qtbot, view)
    assert view.model.rowCount() == 0 and view.footer.text().startswith("0 facturas recibidas")


def test_a_late_response_is_shown_in_red(qtbot: Any, business_services: Any) -> None:
    days = (("R-1", "2026-11-10", "2026-11-16"), ("R-2", "2026-11-24", "2026-11-24"))
    for number, issued, received in days:
        business_services.expenses.add(
            {"supplier": {"name": "Imprenta Roja S.L.", "tax_id": "B12345674"}, "number": number,
             "issue_date": issued, "received_on": received, "taxes": [{"base": "10.00", "vat_rate": "21"}]}
        )  # fmt: skip
    view = _view(qtbot, business_services)
    status = [view.model.index(row, 6) for row in range(2)]
    assert [_plain(view.model.data(index)) for index in status] == [
        "Responder hasta el 28/11", "Responder hasta el 20/11"]  # fmt: skip
    brushes = [view.model.data(index, Qt.ItemDataRole.ForegroundRole) for index in status]
    assert brushes[0] is None and brushes[1].color() == ERROR_RED


def test_the_supplier_list_fills_a_known_supplier(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    editor = view.new_expense()
    qtbot.keyClicks(editor.supplier.edit, "pape")  # folded search: «Papelería»
    assert editor.supplier_names.stringList() == ["Papelería Sol S.L."]
    editor.supplier.edit.completer().activated.emit("Papelería Sol S.L.")
    assert (editor.tax_id.text(), editor.country.currentText()) == ("B12345674", "ES")


def test_a_double_click_opens_the_expense_and_saves_the_change(qtbot: Any, business_services: Any) -> None:
    view = _typed(qtbot, business_services)
    view.edit_row(0)
    editor = view.editor
    assert editor is not None and editor.windowTitle() == "Editar gasto"
    assert (editor.number.text(), editor.taxes.rows[0].vat.text()) == ("FV-2026-17", "21,00")
    editor.number.edit.setText("FV-2026-17B")
    _save(editor).click()
    _settle(qtbot, view)
    assert [r.number for r in business_services.expenses.list()] == ["FV-2026-17B"]
    assert _cells(view)[1] == "FV-2026-17B"


def test_the_response_to_the_supplier_is_saved_schema_valid(
    qtbot: Any, business_services: Any, tmp_path: Path
) -> None:
    view = _typed(qtbot, business_services)
    view.table.selectRow(0)
    assert not view.response_button.isEnabled()  # nothing told yet
    view.ask_reason = lambda _number: "Precio distinto del presupuesto"
    view.reject_button.click()
    _settle(qtbot, view)
    view.table.selectRow(0)
    asked: list[str] = []
    view.ask_save_path = lambda name: (asked.append(name), str(tmp_path / name))[1]
    view.response_button.click()
    (written,) = tmp_path.glob("*.xml")
    assert asked == [written.name] and "FV-2026-17" in written.name
    schema = etree.XMLSchema(etree.parse(str(UBL_RESPONSE_XSD)))
    root = etree.parse(str(written)).getroot()
    assert schema.validate(root), [e.message for e in schema.error_log]
    code = root.findtext("cac:DocumentResponse/cac:Response/cbc:ResponseCode", namespaces=NS)
    reason = root.findtext("cac:DocumentResponse/cac:Response/cac:Status/cbc:StatusReason", namespaces=NS)
    assert (code, reason) == ("RE", "Precio distinto del presupuesto")
    assert view.notice.text() == f"Respuesta al proveedor guardada: {written.name}"


def test_two_vat_groups_with_recargo_and_irpf(qtbot: Any, business_services: Any) -> None:
    view = _view(qtbot, business_services)
    editor = view.new_expense()
    _type_in(qtbot, editor)
    first = editor.taxes.rows[0]
    first.surcharge_rate.setCurrentText("5,2")
    assert first.surcharge.text() == "5,20"
    second = editor.taxes.add_row()
    qtbot.keyClicks(second.base, "50")
    second.rate.setCurrentText("10")
    assert second.vat.text() == "5,00"
    second.surcharge_rate.setCurrentText("0,5")
    second.rate.setCurrentText("4")
    second.rate.setCurrentText("10")  # recargo in use: the one paired with the VAT rate follows
    assert (second.surcharge_rate.currentText(), second.surcharge.text()) == ("1,4", "0,70")
    editor.irpf.setCurrentText("15")
    assert "Total: 181,90 €" in _plain(editor.totals.text()) and "Retención IRPF: 22,50 €" in _plain(
        editor.totals.text()
    )
    _save(editor).click()
    _settle(qtbot, view)
    (row,) = business_services.expenses.list()
    expense = business_services.expenses.get(row.id)
    assert [(t.base, t.vat_rate, t.vat, t.surcharge_rate, t.surcharge) for t in expense.taxes] == [
        (Decimal("100.00"), Decimal("21"), Decimal("21.00"), Decimal("5.2"), Decimal("5.20")),
        (Decimal("50.00"), Decimal("10"), Decimal("5.00"), Decimal("1.4"), Decimal("0.70")),
    ]
    assert (expense.irpf, expense.invoice_total) == (Decimal("22.50"), Decimal("181.90"))
