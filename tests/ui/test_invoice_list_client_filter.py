"""The Invoices view's client filter (issue #18): suggestions at every keystroke, as the folded
search finds them ("libreria" offers "Librería Luna S.L."; Qt's own filter hid it), and choosing
one filters the list by that client. Real services on a temp SQLite file, offscreen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from facturas_app.bootstrap import Services
from tests.services.report_helpers import issue, line, make_services
from ui.workers import SynchronousRunner


@pytest.fixture
def books(tmp_path: Path) -> Any:
    services = make_services(tmp_path)  # clients Inmobiliaria Sol, Librería Luna, Société Paris
    issue(services, "luna", dt.date(2026, 3, 2), [line("100.00")])
    issue(services, "sol", dt.date(2026, 3, 3), [line("200.00")])
    yield services
    services.close()


@pytest.fixture
def view(qtbot: Any, books: Services) -> Any:
    from ui.views.invoices import InvoicesView

    shown = InvoicesView(books, SynchronousRunner())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.client.setFocus()
    return shown


def _popup_rows(box: Any) -> list[str]:
    popup = box.completer().popup()
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())] if popup.isVisible() else []


def test_each_keystroke_offers_the_folded_matches(qtbot: Any, view: Any) -> None:
    everyone = ["Inmobiliaria Sol S.A.", "Librería Luna S.L.", "Société Paris SARL"]
    for key, expected in (("l", everyone), ("i", everyone[:2]), ("b", ["Librería Luna S.L."])):
        qtbot.keyClicks(view.client, key)
        assert _popup_rows(view.client) == expected  # right after the key, no pause
    view.client.clear()
    qtbot.keyClicks(view.client, "SOCIETE")
    assert _popup_rows(view.client) == ["Société Paris SARL"]


def test_choosing_a_suggestion_filters_the_list(qtbot: Any, view: Any) -> None:
    qtbot.keyClicks(view.client, "libreria")
    assert _popup_rows(view.client) == ["Librería Luna S.L."]
    view.client.completer().activated.emit("Librería Luna S.L.")
    assert view.model.filters.client_id == "luna"
