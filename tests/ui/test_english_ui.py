# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""The English UI holds no Spanish (issue #18): the main window with demo data, in English as the
app installs it, every page, Settings tab, the editor (invoice, quote, pro forma), a client's
page, the dialogs and the menus — every text of every child widget, table headers and cells.
Numbers are written the English way too: no '341,91 €' or '8,9' beside '€341.91'.

With FACTURAS_SHOTS=<folder> each screen is also saved there as a PNG (1366×768).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget, QWizard

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.invoice import Status
from facturas_app.services.demo import DemoService
from tests.fakes import FixedClock
from tests.ui.english_walk import (
    demo_data,
    install_english,
    menu_texts,
    remove_translators,
    widget_texts,
    without_data,
)
from tests.ui.helpers import TODAY, runner, ui_settings  # noqa: F401 - fixtures
from tests.ui.spanish_text import spanish_words
from ui.main_window import MainWindow
from ui.navigation import NAV_KEYS

# '341,91 €', '1.234,56 €' or a decimal comma ('8,9') — English writes '€341.91', '8.9', '1,234'.
SPANISH_NUMBER = re.compile(r"\d,\d{2}\s?€|(?<![\d,])\d+,\d{1,2}(?![\d])")
# A name inside an English sentence: the CLI command a message asks the user to run.
ENGLISH_DATA = ("facturas configure-cert",)
SHOTS = os.environ.get("FACTURAS_SHOTS")


class Walk:
    def __init__(self, app: Any, data: tuple[str, ...]) -> None:
        self.app, self.data, self.found, self.screens = app, data, [], 0

    def check(self, where: str, root: QWidget) -> None:
        self.app.processEvents()
        self.screens += 1
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            root.grab().save(str(Path(SHOTS) / f"en_{re.sub(r'[^a-z0-9]+', '_', where)}.png"))
        for widget, text in widget_texts(root):
            self.text(f"{where} {widget}", text)

    def text(self, where: str, text: str) -> None:
        stripped = without_data(text, self.data)
        words = spanish_words(stripped)
        numbers = SPANISH_NUMBER.findall(stripped)
        if words or numbers:
            self.found.append(f"{where}: {text[:120]!r} {words + numbers}")


@pytest.fixture
def demo(tmp_path: Path, ui_settings: None) -> Iterator[Services]:
    built = build_services(tmp_path / "demo", clock=FixedClock(TODAY))
    DemoService(built.store, built.clock).generate(200, seed=7)
    yield built
    built.close()


@pytest.fixture
def english(qapp: Any, demo: Services) -> Iterator[None]:
    """After ui_settings (which sets Spanish): English as ui/app.py installs it."""
    translators = install_english(qapp)
    yield
    remove_translators(qapp, translators)


def test_no_spanish_anywhere_in_the_english_window(
    qtbot: Any,
    qapp: Any,
    english: None,
    demo: Services,
    runner: Any,
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.attach_services(demo, runner)
    window.show_view("invoices")
    rows = window.views["invoices"].model.loaded_rows()  # type: ignore[attr-defined]
    walk = Walk(qapp, demo_data(demo, [row.id for row in rows]) + ENGLISH_DATA)
    _pages(window, walk)
    _editor(window, walk, rows)
    _client_page(window, walk)
    for name, make in _dialogs(demo, runner, window, rows):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        walk.check(name, dialog)
        for page in range(1, len(dialog.pageIds()) if isinstance(dialog, QWizard) else 0):
            dialog.next()  # the wizard's pages one by one: each shows its own texts
            walk.check(f"{name} {page}", dialog)
        dialog.close()
    for where, text in menu_texts(window):
        walk.text(where, text)
    walk.check("window", window)
    assert walk.screens >= len(NAV_KEYS) + 15
    assert not walk.found, f"{len(walk.found)} Spanish texts in English:\n" + "\n".join(walk.found)


def _pages(window: MainWindow, walk: Walk) -> None:
    for key in NAV_KEYS:
        walk.check(key, window.show_view(key))
    settings: Any = window.views["settings"]
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
        walk.check(f"settings {index}", settings.tabs.currentWidget())


def _editor(window: MainWindow, walk: Walk, rows: list[Any]) -> None:
    for status in (Status.DRAFT, Status.SENT, Status.PARTIALLY_PAID, Status.PAID, Status.CANCELLED):
        row = next((r for r in rows if r.status == status), None)
        if row is not None:
            window.open_invoice(row.id)
            walk.check(f"editor {status.value}", window.editor)  # type: ignore[arg-type]
    window.new_invoice()
    walk.check("editor new", window.editor)  # type: ignore[arg-type]
    for doc_type in ("quote", "proforma"):
        window.new_quote(doc_type)
        walk.check(f"editor {doc_type}", window.editor)  # type: ignore[arg-type]


def _client_page(window: MainWindow, walk: Walk) -> None:
    clients: Any = window.show_view("clients")
    clients._open_page(clients.model.index(0, 0))
    page = clients.page
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        walk.check(f"client page {index}", page)
    page.close()


def _dialogs(services: Any, runner: Any, parent: QWidget, rows: list[Any]) -> list[tuple[str, Callable]]:
    from ui.views.client_dialog import ClientDialog
    from ui.views.editor_dialogs import RectifyDialog
    from ui.views.first_run import FirstRunWizard
    from ui.views.payment_history import PaymentHistoryDialog
    from ui.views.payments import PaymentDialog
    from ui.views.products import ProductDialog
    from ui.views.send_dialog import SendDialog
    from ui.views.verifactu_record_dialog import VerifactuRecordDialog

    owed = next(r for r in rows if r.status in (Status.SENT, Status.OVERDUE, Status.PARTIALLY_PAID))
    paid = next(r for r in rows if r.status == Status.PAID)
    return [
        ("send", lambda: SendDialog(services, runner, owed.id, parent)),
        ("payment", lambda: PaymentDialog(services, runner, owed, parent)),
        ("payment history", lambda: PaymentHistoryDialog(services, runner, paid.id, paid.number, parent)),
        ("client dialog", lambda: ClientDialog(services, runner, None, parent)),
        ("product dialog", lambda: ProductDialog(services, runner, None, parent)),
        ("rectify", lambda: RectifyDialog(owed.number, "substitution", parent)),
        ("verifactu record", lambda: VerifactuRecordDialog(services, runner, paid.id, parent)),
        ("first run", lambda: FirstRunWizard(services, runner, parent)),
    ]
