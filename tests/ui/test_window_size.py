# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18: the window fits the screen it opens on and comes back as the user left it; at
1280×720 every page fits without scrolling and the editor's action row is inside the window; the
invoice list's sort arrow points down for newest first."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton, QWidget

from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Client
from tests.ui.editor_helpers import ScriptedDialogs, fill_line
from tests.ui.helpers import business_services, runner, services, ui_settings  # noqa: F401 - fixtures
from ui import navigation
from ui.main_window import MainWindow
from ui.widgets.scrolling import ScrollPage
from ui.window_geometry import first_geometry

SMALL = QSize(1280, 720)


def test_first_geometry_uses_most_of_the_screen_or_maximizes_a_small_one() -> None:
    assert first_geometry(QRect(0, 0, 1366, 736)) is None  # a 1366×768 laptop less its panel
    assert first_geometry(QRect(0, 0, 1280, 800)) is None  # 90 % would be 1152 wide
    assert first_geometry(QRect(0, 32, 1920, 1048)) == QRect(160, 84, 1600, 943)
    assert first_geometry(QRect(0, 0, 2560, 1400)) == QRect(480, 200, 1600, 1000)  # capped, centred


def _window(qtbot: Any, services: Any, runner: Any) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach_services(services, runner)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_first_window_fits_the_screen(qtbot: Any, ui_settings: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()  # 800×800 offscreen: too small for 90 %
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= available.width() and window.height() <= available.height()


def test_the_geometry_is_restored(qtbot: Any, ui_settings: None) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(40, 50, 700, 610))
    qtbot.waitUntil(lambda: first.geometry() == QRect(40, 50, 700, 610))
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert not second.windowState() & Qt.WindowState.WindowMaximized
    assert second.geometry() == QRect(40, 50, 700, 610)


def _inside(widget: QWidget, window: QWidget) -> bool:
    return window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def _action_buttons(editor: Any) -> list[QPushButton]:
    shown = [b for b in editor.findChildren(QPushButton) if b.isVisible()]
    return [b for b in shown if b.mapTo(editor, QPoint(0, 0)).y() > editor.height() // 2]


@pytest.mark.parametrize("size", [SMALL, QSize(1280, 600)], ids=["1280x720", "1280x600"])
def test_the_editor_buttons_are_inside_a_small_window(
    qtbot: Any, business_services: Any, runner: Any, size: QSize
) -> None:
    window = _window(qtbot, business_services, runner)
    window.showNormal()
    window.resize(size)
    client = business_services.clients.add(
        Client(
            id=new_id(),
            name="Construcciones Levante S.L.",
            tax_id="B12345674",
            address="Calle Mar 3",
            postal_code="46001",
            city="Valencia",
        )
    )
    window.new_invoice()
    editor: Any = window.editor
    editor.dialogs = ScriptedDialogs()
    editor.form.client_picker.set_client(client)
    for row in range(12):  # more lines than fit: the form scrolls, the buttons stay
        fill_line(editor, row, f"Partida {row + 1}", "1", "100")
    qtbot.waitUntil(lambda: window.size() == size)  # no page's minimum makes it taller
    draft_buttons = _action_buttons(editor)
    assert {b.text() for b in draft_buttons} >= {"Guardar borrador", "Emitir…", "Exportar PDF"}
    assert all(_inside(b, window) for b in draft_buttons), [
        (b.text(), b.mapTo(window, QPoint())) for b in draft_buttons
    ]
    with qtbot.waitSignal(editor.issued, timeout=5000):
        editor.issue()
    issued_buttons = _action_buttons(editor)
    assert {b.text() for b in issued_buttons} >= {"Rectificar…", "Anular…", "Exportar PDF"}
    assert all(_inside(b, window) for b in issued_buttons)
    page = editor.findChild(ScrollPage)
    assert page is not None and page.verticalScrollBar().maximum() > 0  # it did need to scroll


def test_at_1280x720_every_page_fits_without_scrolling(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window = _window(qtbot, business_services, runner)
    window.showNormal()
    window.resize(SMALL)
    qtbot.waitUntil(lambda: window.size() == SMALL)
    for key in navigation.NAV_KEYS:
        view = window.show_view(key)
        frame = window.stack.currentWidget()
        assert isinstance(frame, ScrollPage) and frame.widget() is view
        assert frame.verticalScrollBar().maximum() == 0, key
        assert frame.horizontalScrollBar().maximum() == 0, key


def _arrow_rows(image: QImage, left: int, right: int) -> list[int]:
    """Per pixel row of the header's arrow area: how many pixels are dark (the arrow's width)."""
    rows = []
    for y in range(image.height()):
        dark = sum(1 for x in range(left, right) if image.pixelColor(x, y).lightness() < 160)
        rows.append(dark)
    return [count for count in rows if count]


def test_newest_first_shows_a_downward_arrow(qtbot: Any, business_services: Any, runner: Any) -> None:
    window = _window(qtbot, business_services, runner)
    invoices: Any = window.show_view("invoices")
    header = invoices.table.horizontalHeader()
    assert header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    image = header.grab().toImage()
    end = header.sectionViewportPosition(2) + header.sectionSize(2)
    widths = _arrow_rows(image, end - 18, end - 2)  # the arrow sits at the section's right end
    assert len(widths) >= 3
    assert widths[0] > widths[-1]  # wide at the top, a point at the bottom: ▼
    invoices.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    image = header.grab().toImage()
    widths = _arrow_rows(image, end - 18, end - 2)
    assert widths[0] < widths[-1]  # ▲ for oldest first
