"""Ctrl+K's one search box (#18): clients, invoices, quotes and products as typed, grouped, the
keys moving through hits (headings skipped), Enter opening the hit, an older answer never
replacing a newer one. Real services on a temp SQLite file, offscreen."""
# ruff: noqa: F811 - pytest fixtures imported from editor_helpers are redefined as parameters

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt

from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Product
from tests.ui.editor_helpers import client, editor_services  # noqa: F401 - fixtures
from tests.ui.test_editor_pdf_send import issued_invoice
from ui.views.global_search import HIT_ROLE, GlobalSearchDialog
from ui.workers import SynchronousRunner


class LateRunner:
    """Holds every answer until told: a slow answer to an older keystroke arrives last."""

    def __init__(self) -> None:
        self.pending: list[Any] = []

    def submit(self, fn: Any, on_done: Any = None, on_error: Any = None) -> None:
        self.pending.append((fn(), on_done))

    def deliver(self, order: list[int]) -> None:
        for index in order:
            result, on_done = self.pending[index]
            on_done(result)


def _texts(dialog: GlobalSearchDialog) -> list[str]:
    return [dialog.results.item(r).text() for r in range(dialog.results.count())]


def _hits(dialog: GlobalSearchDialog) -> list[tuple[str, str]]:
    items = (dialog.results.item(r) for r in range(dialog.results.count()))
    return [item.data(HIT_ROLE) for item in items if item.data(HIT_ROLE)]


def test_one_box_finds_clients_invoices_and_products(qtbot: Any, editor_services: Any, client: Any) -> None:
    invoice = issued_invoice(editor_services, client)
    editor_services.products.save(
        Product(id=new_id(), name="Reforma de baño", unit_price=Decimal("900"), vat_rate=Decimal(21))
    )
    dialog = GlobalSearchDialog(editor_services, SynchronousRunner())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.box, "levante")  # the client's name, in the invoice's client too
    kinds = [kind for kind, _id in _hits(dialog)]
    assert kinds == ["client", "invoice"]
    assert _texts(dialog)[0] == "Clientes" and "Facturas" in _texts(dialog)
    dialog.box.clear()
    qtbot.keyClicks(dialog.box, "reforma")  # a product and the invoice's lines
    assert ("product", editor_services.products.list("Reforma de baño")[0].id) in _hits(dialog)
    dialog.box.setText(invoice.number)
    assert _hits(dialog) == [("invoice", invoice.id)]


def test_keys_skip_headings_and_enter_opens_the_hit(qtbot: Any, editor_services: Any, client: Any) -> None:
    invoice = issued_invoice(editor_services, client)
    dialog = GlobalSearchDialog(editor_services, SynchronousRunner())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.box, "levante")
    assert dialog.results.currentItem().data(HIT_ROLE)[0] == "client"  # the first hit, not a heading
    qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    assert dialog.results.currentItem().data(HIT_ROLE) == ("invoice", invoice.id)
    with qtbot.waitSignal(dialog.chosen) as chosen:
        qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert chosen.args == ["invoice", invoice.id]


def test_nothing_found_says_so(qtbot: Any, editor_services: Any, client: Any) -> None:
    dialog = GlobalSearchDialog(editor_services, SynchronousRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.box, "zzzz")
    assert dialog.empty.isVisible() and "zzzz" in dialog.empty.text() and _hits(dialog) == []


def test_an_older_answer_never_replaces_a_newer_one(qtbot: Any, editor_services: Any, client: Any) -> None:
    runner = LateRunner()
    dialog = GlobalSearchDialog(editor_services, runner)
    qtbot.addWidget(dialog)
    dialog.box.setText("lev")  # one keystroke's answer…
    dialog.box.setText("zzzz")  # …and the next one's, which arrives first
    runner.deliver([1, 0])
    assert _hits(dialog) == []


def test_ctrl_k_from_any_view_opens_the_box_and_a_hit_opens_where_it_lives(
    qtbot: Any, editor_services: Any, client: Any
) -> None:
    from ui.main_window import MainWindow

    invoice = issued_invoice(editor_services, client)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(editor_services, SynchronousRunner())
    window.show_view("settings")  # a view with no search box of its own
    assert window.global_search_action.shortcut().toString() == "Ctrl+K"
    window.global_search_action.trigger()
    dialog = window.global_search
    dialog.box.setText(invoice.number)
    dialog.open_current()
    assert window.editor is not None and window.editor.invoice.id == invoice.id
    window.search_action.trigger()  # Ctrl+F where there is no list: the same search
    assert window.global_search is not dialog
    window.global_search.box.setText("levante")
    window.global_search.open_current()  # the client comes first: their page opens
    assert window.search_page.client.id == client.id
