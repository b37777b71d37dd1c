"""E-invoices in the window (#20): the client dialog's «Factura electrónica» box, the editor's
«Exportar PDF ▸ Factura electrónica» and the invoices list's menu with its batch dialog, driven with
pytest-qt on a real data folder; the files written are read back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lxml import etree
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.cli.cli_helpers import BUSINESS, CLIENT, draft_json
from tests.ui import editor_helpers, helpers
from ui.views.client_dialog import ClientDialog
from ui.views.invoices import InvoicesView

services, runner, ui_settings = helpers.services, helpers.runner, helpers.ui_settings  # fixtures
editor_services, editor = editor_helpers.editor_services, editor_helpers.editor
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


def _seed(data: Any) -> tuple[str, str, str]:
    """A business, a client, an issued invoice and a draft: (client id, issued number, draft id)."""
    data.business.save_payload(BUSINESS)
    client_id = data.clients.add_payload(CLIENT).id
    issued = data.invoices.create_draft_from_payload(json.loads(draft_json(client_id)))
    number = str(data.invoices.issue(issued.invoice.id).number)
    draft = data.invoices.create_draft_from_payload(json.loads(draft_json(client_id)))
    return client_id, number, draft.invoice.id


def _number_in(path: Path) -> str:
    return str(etree.parse(str(path)).getroot().findtext(f"{{{CBC}}}ID"))


def test_the_client_dialog_saves_the_format_and_the_dir3_codes(
    qtbot: Any, services: Any, runner: Any
) -> None:
    dialog = ClientDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.name.setText("Ayuntamiento de Villaprueba")
    box = dialog.einvoice_box
    box.format.setCurrentIndex(box.format.findData("facturae"))
    box.public.setChecked(True)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    box.codes["dir3_oficina_contable"].setText("L01")
    assert not save.isEnabled() and "DIR3" in dialog.error.text()
    for edit in box.codes.values():
        edit.setText("l01 280796")
    assert save.isEnabled(), dialog.error.text()
    dialog.save()
    stored = services.clients.get(dialog.saved_client.id)
    assert stored.einvoice_format == "facturae"
    assert (stored.dir3_oficina_contable, stored.dir3_organo_gestor) == ("L01280796", "L01280796")
    again = ClientDialog(services, runner, stored)
    qtbot.addWidget(again)
    assert (
        again.einvoice_box.public.isChecked() and again.einvoice_box.values()["einvoice_format"] == "facturae"
    )


def test_the_list_menu_exports_the_selected_issued_invoice_and_all(
    qtbot: Any, services: Any, runner: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # the outcome is read below
    _client_id, number, _draft = _seed(services)
    view = InvoicesView(services, runner)
    qtbot.addWidget(view)
    view.model.refresh()
    rows = {view.model.row_at(r).number: r for r in range(view.model.rowCount())}
    view.table.selectRow(rows[None])  # the draft
    view.einvoice_menu.aboutToShow.emit()
    assert not view.einvoice_menu.one_ubl.isEnabled()
    view.table.selectRow(rows[number])
    view.einvoice_menu.aboutToShow.emit()
    assert view.einvoice_menu.one_ubl.isEnabled()
    view.einvoice_menu.export_one("ubl", tmp_path / "one.xml")
    assert _number_in(tmp_path / "one.xml") == number
    dialog = view.einvoice_menu.export_all("ubl", tmp_path / "all")
    assert [_number_in(p) for p in dialog.written] == [number]  # the draft has no e-invoice
    assert "1 facturas electrónicas" in dialog.outcome


def test_the_editor_offers_the_einvoice_only_once_issued(
    editor: Any, editor_services: Any, tmp_path: Path
) -> None:
    _client_id, number, draft_id = _seed(editor_services)
    editor.open_invoice(draft_id)
    assert not editor.einvoice_menu.isEnabled()
    editor.open_invoice(_id_of(editor_services, number))
    assert editor.einvoice_menu.isEnabled()
    editor.export_einvoice("ubl", tmp_path / "f.xml")
    assert _number_in(tmp_path / "f.xml") == number


def _id_of(data: Any, number: str) -> str:
    with data.store.read() as tx:
        return tx.get_invoice_by_number(number).id
