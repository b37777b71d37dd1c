"""The «Domiciliación SEPA» box of the client dialog and the remittance windows under Cobros
(#19), driven with pytest-qt on a real data folder; screenshots at 1366×768 with
FACTURAS_SCREENSHOTS=folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from facturas_app.bootstrap import Services
from tests.cli.cli_helpers import draft_json
from tests.services.sepa.sepa_helpers import BUSINESS, IBANS
from tests.ui import helpers
from tests.ui.helpers import make_client
from ui.views.client_dialog import ClientDialog
from ui.views.client_mandate_box import MandateBox
from ui.views.remittances import NewRemittanceDialog, RemittancesDialog

services, runner, ui_settings = helpers.services, helpers.runner, helpers.ui_settings  # fixtures


def _mandates(data: Services) -> list[tuple[Any, ...]]:
    with sqlite3.connect(data.store.path) as raw:  # type: ignore[attr-defined]
        return raw.execute(
            "SELECT client_id, mandate_id, iban, signed_on, scheme FROM sepa_mandates"
        ).fetchall()


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("FACTURAS_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def _issue(data: Services, client_id: str, methods: list[str]) -> str:
    draft = data.invoices.create_draft_from_payload(
        json.loads(draft_json(client_id, payment_methods=methods))
    )
    return str(data.invoices.issue(draft.invoice.id).number)


def test_the_mandate_box_refuses_a_bad_iban_then_saves(qtbot: Any, services: Any, runner: Any) -> None:
    services.business.save(BUSINESS)
    client = make_client(services, "Inmobiliaria Sol S.A.", "A58818501")
    dialog = ClientDialog(services, runner, client)
    qtbot.addWidget(dialog)
    box = dialog.findChild(MandateBox)
    assert box is not None and box.title() == "Domiciliación SEPA" and box.isEnabled()
    assert box.sequence.text() == "Sin mandato: sus facturas no se remesan."
    box.iban.setText("ES7821000813610123456789")  # one check digit off
    box.reference.setText("MND-1")
    box.save_button.click()
    assert "dígito de control" in box.message.text() and "fecha de firma" in box.message.text()
    assert _mandates(services) == []
    box.iban.setText(IBANS[0])
    box.signed.setDate(QDate(2026, 1, 15))
    box.scheme.setCurrentText("B2B")
    box.save_button.click()
    assert (
        box.message.text() == "Mandato guardado." and box.sequence.text() == "Próximo adeudo: primero (FRST)"
    )
    assert _mandates(services) == [(client.id, "MND-1", IBANS[0], "2026-01-15", "B2B")]
    again = ClientDialog(services, runner, client)  # shown when the client is opened again
    qtbot.addWidget(again)
    shown = again.findChild(MandateBox)
    assert (shown.iban.text(), shown.reference.text(), shown.signed_on(), shown.scheme.currentText()) == (
        IBANS[0], "MND-1", dt.date(2026, 1, 15), "B2B"
    )  # fmt: skip
    again.resize(640, 760)
    again.show()
    _shot(again, "client_dialog_mandate.png")


def test_a_new_client_has_no_mandate_box_to_fill_yet(qtbot: Any, services: Any, runner: Any) -> None:
    dialog = ClientDialog(services, runner)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(MandateBox).isEnabled()


def test_new_remittance_preselects_the_earliest_date_lists_exclusions_and_saves(
    qtbot: Any, services: Any, runner: Any, tmp_path: Path
) -> None:
    services.business.save(BUSINESS)
    with_mandate = make_client(services, "Inmobiliaria Sol S.A.", "A58818501")
    without = make_client(services, "Marta Sánchez Ruiz", "00000000T")
    services.sepa.save_mandate(with_mandate.id, IBANS[0], "MND-1", dt.date(2026, 1, 15))
    numbers = [_issue(services, with_mandate.id, ["direct_debit"]) for _ in range(2)]
    left_out = _issue(services, without.id, ["direct_debit"])
    dialog = NewRemittanceDialog(services, runner)
    qtbot.addWidget(dialog)
    assert dialog.collection_date() == dt.date(2026, 11, 30)  # Thursday 26 + 2 days' notice -> Monday
    assert [dialog.included.item(r, 0).text() for r in range(dialog.included.rowCount())] == numbers
    assert [dialog.included.item(r, 3).text() for r in range(2)] == ["FRST", "FRST"]
    assert dialog.excluded.rowCount() == 1 and dialog.excluded.item(0, 0).text() == left_out
    assert dialog.excluded.item(0, 2).text() == "el cliente no tiene mandato SEPA"
    assert dialog.save_button.isEnabled()
    dialog.resize(1366, 768)
    dialog.show()
    _shot(dialog, "new_remittance.png")
    dialog.date.setDate(QDate(2026, 12, 25))
    assert "no es día hábil TARGET2" in dialog.date_message.text() and not dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2026, 11, 27))
    assert "demasiado pronto" in dialog.date_message.text() and not dialog.save_button.isEnabled()
    dialog.date.setDate(QDate(2026, 12, 1))
    assert dialog.save_button.isEnabled() and not dialog.date_message.isVisible()
    dialog.save_to(tmp_path / "remesa.xml")
    assert dialog.made is not None and dialog.made.remittance.count == 2
    assert dialog.made.remittance.collection_date == dt.date(2026, 12, 1)
    assert dialog.result() == QDialog.DialogCode.Accepted and (tmp_path / "remesa.xml").stat().st_size > 0
    listing = RemittancesDialog(services, runner)
    qtbot.addWidget(listing)
    assert [listing.table.item(0, c).text() for c in (0, 1, 2, 4)] == [
        "01/12/2026",
        "CORE",
        "2",
        "remesa.xml",
    ]


def test_without_a_creditor_identifier_the_remittance_says_so_and_cannot_be_saved(
    qtbot: Any, services: Any, runner: Any
) -> None:
    services.business.save(replace(BUSINESS, sepa_creditor_id=""))
    client = make_client(services, "Inmobiliaria Sol S.A.", "A58818501")
    services.sepa.save_mandate(client.id, IBANS[0], "MND-1", dt.date(2026, 1, 15))
    _issue(services, client.id, ["direct_debit"])
    dialog = NewRemittanceDialog(services, runner)
    qtbot.addWidget(dialog)
    assert dialog.included.rowCount() == 1
    assert "falta el identificador de acreedor SEPA" in dialog.date_message.text()
    assert not dialog.save_button.isEnabled()


def test_cobros_opens_the_remittances(qtbot: Any, services: Any, runner: Any, monkeypatch: Any) -> None:
    from ui.views.payments import PaymentsView

    opened: list[RemittancesDialog] = []
    monkeypatch.setattr(RemittancesDialog, "exec", lambda self: opened.append(self) or 0)
    view = PaymentsView(services, runner)
    qtbot.addWidget(view)
    assert view.remittances.text() == "Remesas SEPA…" and view.remittances.isEnabled()
    view.remittances.click()
    assert len(opened) == 1 and opened[0].table.rowCount() == 0
