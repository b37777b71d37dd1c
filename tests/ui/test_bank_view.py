"""The Bank view (#19): a statement imported by file or dropped on the view, movements with their
state, a suggestion confirmed in one click, a credit assigned by search, a match undone, a broken
file explained in words with nothing stored. Real services on a temp SQLite file, offscreen."""
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from facturas_app.domain.invoice import Status
from tests.services.bank.bank_files import Line, n43_account, n43_file
from tests.services.bank.conftest import TODAY, add_client, issue, services  # noqa: F401
from ui.views.bank import BankView
from ui.views.bank_assign import ROW_ROLE, AssignDialog
from ui.workers import SynchronousRunner

DAY = TODAY - dt.timedelta(days=1)


def _file(tmp_path: Path, *lines: Line) -> Path:
    path = tmp_path / "extracto.n43"
    path.write_bytes(n43_file(n43_account(list(lines), DAY, DAY)))
    return path


def _view(qtbot: Any, services: Any) -> BankView:
    view = BankView(services, SynchronousRunner())
    qtbot.addWidget(view)
    return view


def _states(view: BankView) -> list[str]:
    return [view.table.item(r, 3).text() for r in range(view.table.rowCount())]


def test_import_shows_the_movements_and_what_was_paid(qtbot: Any, services: Any, tmp_path: Path) -> None:
    client = add_client(services, "Talleres del Norte S.A.")
    paid, owed = issue(services, client.id, "100.00"), issue(services, client.id, "300.00")
    view = _view(qtbot, services)
    with qtbot.waitSignal(view.changed):
        view.import_path(
            _file(
                tmp_path,
                Line(DAY, Decimal("121.00"), [f"FRA {paid.number}"]),
                Line(DAY, Decimal("50.00"), [f"A CUENTA {owed.number}"]),
            )
        )
    assert "2 movimientos nuevos" in view.summary.text() and "1 cobros registrados" in view.summary.text()
    assert sorted(_states(view)) == ["Cruzado", "Por confirmar"]
    assert services.invoices.get(paid.number).status is Status.PAID
    view.table.selectRow(_states(view).index("Por confirmar"))
    assert view.confirm_button.isEnabled() and not view.unmatch_button.isEnabled()
    view.confirm_selected()
    assert services.invoices.get(owed.number).outstanding == Decimal("313.00")
    view.table.selectRow(0)
    assert view.unmatch_button.isEnabled()
    view.unmatch_selected()
    assert "Sin cruzar" in _states(view)


def test_an_unmatched_credit_is_assigned_by_search(qtbot: Any, services: Any, tmp_path: Path) -> None:
    client = add_client(services, "Clínica Alameda S.L.")
    first, second = issue(services, client.id, "100.00"), issue(services, client.id, "100.00")
    view = _view(qtbot, services)
    view.import_path(_file(tmp_path, Line(DAY, Decimal("242.00"), ["INGRESO"])))
    view.table.selectRow(0)
    assert view.assign_button.isEnabled() and not view.confirm_button.isEnabled()
    dialog = AssignDialog(services, SynchronousRunner(), view.selected())
    qtbot.addWidget(dialog)
    dialog.search.setText(first.number)
    dialog.refresh(first.number)
    assert dialog.list.count() == 1
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert "supera" in dialog.balance.text()  # 242 for an invoice of 121: not yet
    dialog.refresh(client.name.split()[0])
    item = next(
        dialog.list.item(r)
        for r in range(dialog.list.count())
        if dialog.list.item(r).data(ROW_ROLE)[0] == second.number
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert dialog.buttons.buttons()[0].isEnabled() and "0,00" in dialog.balance.text()
    services.bank.match(view.selected().id, list(dialog.chosen))
    assert [services.invoices.get(n).status for n in (first.number, second.number)] == [
        Status.PAID,
        Status.PAID,
    ]


def test_a_dropped_file_is_imported(qtbot: Any, services: Any, tmp_path: Path) -> None:
    view = _view(qtbot, services)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_file(tmp_path, Line(DAY, Decimal("9.99"), ["BIZUM"]))))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    assert view.table.rowCount() == 1 and event.isAccepted()


def test_a_broken_file_is_explained_and_nothing_stored(qtbot: Any, services: Any, tmp_path: Path) -> None:
    path = tmp_path / "factura.n43"
    path.write_bytes(b"%PDF-1.7 not a statement")
    view = _view(qtbot, services)
    view.import_path(path)
    assert "Norma 43" in view.summary.text() and view.table.rowCount() == 0 and services.bank.list() == []
