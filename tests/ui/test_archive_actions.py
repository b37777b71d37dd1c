# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Eliminar / Archivar / Desarchivar in the Clients and Products views, «Eliminar borrador» in the
invoice list, the company address and duplicate tax id in the client dialog (issue #18) — real
services over a temp database, a synchronous runner, the confirmation dialogs answered by a stub
that records what they asked."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableView

from facturas_app.domain.invoice import Status
from facturas_app.domain.parties import Client, Product
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.views.client_dialog import ClientDialog
from ui.views.clients import ClientsView
from ui.views.invoices import InvoicesView
from ui.views.products import ProductsView

LINE = {"description": "Consultoría", "quantity": "1", "unit_price": "100", "vat_rate": "21"}


class Answers:
    """QMessageBox.question replaced: says `answer` and keeps every question asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, _parent: Any, _title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(monkeypatch, QMessageBox.StandardButton.Yes)


def _select(table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.selectionModel().select(index, flags)


def _row_of(view: Any, name: str) -> int:
    return next(i for i, item in enumerate(view.model.rows) if item.name == name)


def _draft(services: Any, client_id: str) -> str:
    payload = {"client_id": client_id, "lines": [LINE]}
    return str(services.invoices.create_draft_from_payload(payload).invoice.id)


# ----- clients ------------------------------------------------------------------------------------
def test_nothing_selected_disables_every_action(qtbot: Any, business_services: Any, runner: Any) -> None:
    make_client(business_services, "Pedro Pérez")
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    actions = view.archive
    buttons = (actions.delete_button, actions.archive_button, actions.unarchive_button)
    assert [b.isEnabled() for b in buttons] == [False, False, False]


def test_a_client_without_documents_is_deleted_after_a_question_naming_it(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    make_client(business_services, "Pedro Pérez")
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    _select(view.table, 0)
    assert view.archive.delete_button.isEnabled() and view.archive.archive_button.isEnabled()
    assert not view.archive.unarchive_button.isEnabled()
    view.archive.delete_button.click()
    assert yes.asked == ["¿Eliminar el cliente «Pedro Pérez»? No se puede deshacer."]
    assert business_services.clients.list(include_archived=True) == []
    assert view.model.rowCount() == 0


def test_answering_no_deletes_nothing(
    qtbot: Any, business_services: Any, runner: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = Answers(monkeypatch, QMessageBox.StandardButton.No)
    make_client(business_services, "Pedro Pérez")
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    _select(view.table, 0)
    view.archive.delete_button.click()
    assert len(no.asked) == 1 and [c.name for c in business_services.clients.list()] == ["Pedro Pérez"]


def test_a_client_with_a_draft_cannot_be_deleted_but_is_archived_and_shown_on_request(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    sol = make_client(business_services, "Inmobiliaria Sol S.A.", tax_id="A58818501")
    make_client(business_services, "Pedro Pérez")
    _draft(business_services, sol.id)
    view = ClientsView(business_services, runner)
    qtbot.addWidget(view)
    _select(view.table, _row_of(view, "Inmobiliaria Sol S.A."))
    assert not view.archive.delete_button.isEnabled()
    view.archive.delete_button.click()  # disabled: a click does nothing, asks nothing
    assert yes.asked == []
    view.archive.archive_button.click()
    assert "«Inmobiliaria Sol S.A.»" in yes.asked[0]
    assert business_services.clients.get(sol.id).archived
    assert [c.name for c in view.model.rows] == ["Pedro Pérez"]
    view.archive.show_archived.setChecked(True)
    assert [c.name for c in view.model.rows] == ["Inmobiliaria Sol S.A.", "Pedro Pérez"]
    _select(view.table, _row_of(view, "Inmobiliaria Sol S.A."))
    assert view.archive.unarchive_button.isEnabled() and not view.archive.archive_button.isEnabled()
    view.archive.unarchive_button.click()
    assert not business_services.clients.get(sol.id).archived


def test_an_archived_client_is_not_offered_by_the_editor_picker(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    from ui.widgets.client_picker import ClientPicker

    sol = make_client(business_services, "Inmobiliaria Sol S.A.", tax_id="A58818501")
    make_client(business_services, "Solana Pérez")
    business_services.clients.set_archived(sol.id, True)
    picker = ClientPicker(business_services, runner)
    qtbot.addWidget(picker)
    picker.search("sol")
    shown = [picker.itemText(i) for i in range(picker.count())]
    assert shown and all("Inmobiliaria" not in text for text in shown)


# ----- products -----------------------------------------------------------------------------------
def test_a_product_on_a_draft_line_is_archived_not_deleted(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    hour = Product(id="hora", name="Hora", unit_price=Decimal("50"), vat_rate=Decimal("21"))
    spare = Product(id="otro", name="Otro", unit_price=Decimal("5"), vat_rate=Decimal("21"))
    business_services.products.save(hour)
    business_services.products.save(spare)
    client = make_client(business_services, "Pedro Pérez")
    payload = {"client_id": client.id, "lines": [{**LINE, "product_id": "hora"}]}
    business_services.invoices.create_draft_from_payload(payload)
    view = ProductsView(business_services, runner)
    qtbot.addWidget(view)
    _select(view.table, _row_of(view, "Hora"))
    assert not view.archive.delete_button.isEnabled()
    view.archive.archive_button.click()
    assert yes.asked == ["¿Archivar el producto «Hora»? Se oculta del catálogo; los documentos no cambian."]
    assert [p.name for p in view.model.rows] == ["Otro"]
    _select(view.table, 0)
    assert view.archive.delete_button.isEnabled()
    view.archive.delete_button.click()
    assert yes.asked[-1] == "¿Eliminar el producto «Otro»? No se puede deshacer."
    assert [p.id for p in business_services.products.list(include_archived=True)] == ["hora"]


# ----- drafts in the invoice list -----------------------------------------------------------------
def test_a_draft_is_deleted_from_the_list_and_an_issued_invoice_is_not_offered(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    client = make_client(business_services, "Pedro Pérez", tax_id="12345678Z")  # VERI*FACTU: a NIF
    issued = business_services.invoices.issue(_draft(business_services, client.id))
    draft_id = _draft(business_services, client.id)
    view = InvoicesView(business_services, runner)
    qtbot.addWidget(view)
    rows = {view.model.row_at(i).id: i for i in range(view.model.rowCount())}  # type: ignore[union-attr]
    _select(view.table, rows[issued.id])
    assert not view.delete_button.isEnabled()
    _select(view.table, rows[draft_id])
    assert view.delete_button.isEnabled()
    view.delete_button.click()
    assert yes.asked == [
        "¿Eliminar el borrador de «Pedro Pérez» del 26/11/2026 (121,00\xa0€)? No se puede deshacer."
    ]
    assert [r.status for r in business_services.invoices.list(business_services.invoices.query())] == [
        Status.ISSUED
    ]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)


# ----- the client dialog --------------------------------------------------------------------------
def test_a_company_without_address_is_marked_required_and_can_still_be_saved(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Talleres Norte S.L.")
    dialog.tax_id.setText("B12345674")
    assert not dialog.address_note.isHidden() and "obligatorios" in dialog.address_note.text()
    assert dialog.postal_code.placeholderText() == "Obligatorio para empresas"
    dialog.address.setText("C/ Uno 1")
    dialog.postal_code.setText("48001")
    assert dialog.city.placeholderText() == "Obligatorio para empresas"
    assert dialog.address.placeholderText() == ""
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    save.click()
    assert dialog.saved_client is not None and dialog.saved_client.city == ""
    dialog.city.setText("Bilbao")
    assert dialog.address_note.isHidden()


def test_a_private_person_needs_no_address(qtbot: Any, business_services: Any, runner: Any) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Pedro Pérez")
    dialog.tax_id.setText("12345678Z")
    assert dialog.address_note.isHidden() and dialog.address.placeholderText() == ""


@pytest.mark.parametrize(
    ("answer", "saved"), [(QMessageBox.StandardButton.No, False), (QMessageBox.StandardButton.Yes, True)]
)
def test_a_duplicate_tax_id_asks_naming_the_other_client(
    qtbot: Any,
    business_services: Any,
    runner: Any,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    saved: bool,
) -> None:
    business_services.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501"))
    answers = Answers(monkeypatch, answer)
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Sol Sucursal Norte")
    dialog.tax_id.setText("A-58818501")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(answers.asked) == 1 and "Inmobiliaria Sol S.A." in answers.asked[0]
    assert (dialog.saved_client is not None) is saved
    names = [c.name for c in business_services.clients.list()]
    assert names == (["Inmobiliaria Sol S.A.", "Sol Sucursal Norte"] if saved else ["Inmobiliaria Sol S.A."])
    assert dialog.buttons.isEnabled()


def test_a_unique_tax_id_saves_without_asking(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    dialog = ClientDialog(business_services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Pedro Pérez")
    dialog.tax_id.setText("12345678Z")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert yes.asked == [] and dialog.saved_client is not None


def test_the_client_model_passes_the_model_tester_with_archived_rows(
    qtmodeltester: Any, business_services: Any, runner: Any
) -> None:
    from ui.models.client_list import ClientListModel

    archived = make_client(business_services, "Archivado S.L.")
    make_client(business_services, "Activo")
    business_services.clients.set_archived(archived.id, True)
    model = ClientListModel(business_services, runner)
    model.set_include_archived(True)
    assert [c.name for c in model.rows] == ["Activo", "Archivado S.L."]
    assert model.data(model.index(1, 0), 9) is not None  # ForegroundRole: greyed
    assert model.data(model.index(0, 0), 9) is None
    qtmodeltester.check(model)


# ----- the editor ---------------------------------------------------------------------------------
def test_the_editor_says_before_issuing_that_a_company_lacks_its_address(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    from ui.models.line_records import Column
    from ui.views.invoice_editor import InvoiceEditorView

    norte = business_services.clients.add(
        Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674", city="Bilbao")
    )
    view = InvoiceEditorView(business_services, runner)
    qtbot.addWidget(view)
    view.new_invoice(norte.id)
    model = view.lines.model
    for column, text in ((Column.DESCRIPTION, "Revisión"), (Column.QUANTITY, "1"), (Column.PRICE, "100")):
        assert model.setData(model.index(0, column), text)
    view.refresh_warnings()
    notice = view.refusal_notice.text()
    assert "Cliente: falta la dirección de Talleres Norte S.L." in notice
    assert "Cliente: falta el código postal de Talleres Norte S.L." in notice
    assert "ciudad" not in notice


def test_editing_a_client_whose_shared_tax_id_is_unchanged_does_not_ask_again(
    qtbot: Any, business_services: Any, runner: Any, yes: Answers
) -> None:
    business_services.clients.add(Client(id="sol", name="Inmobiliaria Sol S.A.", tax_id="A58818501"))
    twin = business_services.clients.add(Client(id="dos", name="Sol Dos", tax_id="A58818501"))
    dialog = ClientDialog(business_services, runner, twin)
    qtbot.addWidget(dialog)
    dialog.phone.setText("600 000 000")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert yes.asked == [] and business_services.clients.get("dos").phone == "600 000 000"
    dialog = ClientDialog(business_services, runner, business_services.clients.get("dos"))
    qtbot.addWidget(dialog)
    dialog.tax_id.setText("ESA58818501")  # written anew: still the other's, so it asks
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert len(yes.asked) == 1 and "Inmobiliaria Sol S.A." in yes.asked[0]
