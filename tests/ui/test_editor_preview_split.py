# ruff: noqa: F811  (pytest fixtures imported from tests.ui.helpers are parameters here)
"""Issue #18: the editor's live preview opens readable on a 1366×768 screen — fitted to its width at
about half size (it was 33 %), the editor's form beside it unclipped (no horizontal scroll, every
button of the action row on screen), in Spanish and English; zoom still works; the user's split is
kept as a share of the width on resize and remembered for the next editor (QSettings).

With FACTURAS_SHOTS=<folder> the editor is saved there as h18_editor_1366_<lang>.png.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton

from tests.ui.editor_helpers import ScriptedDialogs, fill_line
from tests.ui.english_walk import install_english, remove_translators
from tests.ui.helpers import (  # noqa: F401 - fixtures
    business_services,
    make_client,
    runner,
    services,
    ui_settings,
)
from ui.main_window import MainWindow
from ui.views.editor_dialogs import CloseChoice
from ui.views.editor_output import READABLE_PREVIEW_WIDTH, SPLIT_KEY, default_preview_share
from ui.widgets import pdf_preview
from ui.widgets.ratio_splitter import valid_share

pytestmark = pytest.mark.skipif(not pdf_preview.HAS_QTPDF, reason="PySide6 build without QtPdf")
SHOTS = os.environ.get("FACTURAS_SHOTS")


def test_default_share_gives_a_readable_preview_and_leaves_the_editor_its_room() -> None:
    assert default_preview_share(1150, 673) * 1150 == pytest.approx(READABLE_PREVIEW_WIDTH)
    assert default_preview_share(1085, 673) * 1085 == pytest.approx(1085 - 673)  # the form first
    assert default_preview_share(1700, 673) == pytest.approx(0.4)  # a big screen: two fifths
    assert default_preview_share(700, 673) * 700 == pytest.approx(260)  # never below the minimum
    assert [valid_share(v) for v in ("0.4", 0.4, "x", None, 1.5)] == [0.4, 0.4, None, None, None]


@pytest.fixture
def english(qapp: Any, ui_settings: None) -> Iterator[None]:
    translators = install_english(qapp)
    yield
    remove_translators(qapp, translators)


def _editor_at_1366(qtbot: Any, services: Any, runner: Any) -> tuple[MainWindow, Any]:
    window = MainWindow()
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen's screen is small: not maximized
    window.resize(1366, 768)
    window.show()
    window.attach_services(services, runner)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # activated: the side list took the focus (and picked its first page) by now
    client = make_client(services, "Talleres Norte S.L.", city="Bilbao")
    window.new_invoice()
    editor: Any = window.editor
    editor.dialogs = ScriptedDialogs()
    editor.dialogs.unsaved = CloseChoice.DISCARD  # closing the window leaves the typed draft
    editor.form.client_picker.set_client(client)
    fill_line(editor, 0, "Revisión anual de la instalación", "2", "150")
    editor.preview_controller.render_now()
    qtbot.waitUntil(lambda: editor.preview.page_count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: editor.preview.zoom_factor() > 0.4, timeout=3000)
    qtbot.wait(100)  # the form's scroll area settles (its vertical bar came with the typed line)
    assert window.current_view() is editor
    return window, editor


def _check_readable_and_unclipped(window: MainWindow, editor: Any) -> None:
    preview = editor.preview
    assert preview.fitting() and preview.zoom_buttons["fit"].isChecked()
    assert preview.zoom_factor() >= 0.5, preview.zoom_factor()  # was 0.33 at this size
    page = editor.preview_splitter.widget(0)  # the editor's form in its ScrollPage
    assert not page.horizontalScrollBar().isVisible()
    assert page.width() >= page.widget().minimumSizeHint().width()
    inside = QRect(0, 0, window.width(), window.height())
    for button in editor.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.parent() is editor:  # the action row
            corner = button.mapTo(window, button.rect().bottomRight())
            assert inside.contains(corner), button.text()


def _shot(window: MainWindow, lang: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(SHOTS) / f"h18_editor_1366_{lang}.png"))


def test_the_preview_opens_readable_at_1366_in_spanish(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window, editor = _editor_at_1366(qtbot, business_services, runner)
    _check_readable_and_unclipped(window, editor)
    assert window.nav.width() == window.nav.minimumWidth()  # the pages get the room
    _shot(window, "es")
    fitted = editor.preview.zoom_factor()
    editor.preview.zoom_buttons["in"].click()  # zoom is still there
    assert editor.preview.zoom_factor() == pytest.approx(fitted * 1.25) and not editor.preview.fitting()


def test_the_preview_opens_readable_at_1366_in_english(
    qtbot: Any, english: None, business_services: Any, runner: Any
) -> None:
    window, editor = _editor_at_1366(qtbot, business_services, runner)
    _check_readable_and_unclipped(window, editor)
    assert (
        editor.preview_button.text() == "Preview" and editor.preview.zoom_buttons["fit"].text() == "Fit width"
    )
    _shot(window, "en")


def test_the_users_split_is_kept_on_resize_and_remembered(
    qtbot: Any, business_services: Any, runner: Any
) -> None:
    window, editor = _editor_at_1366(qtbot, business_services, runner)
    splitter = editor.preview_splitter
    assert QSettings().value(SPLIT_KEY) is None  # nothing stored until the user drags
    splitter.moveSplitter(splitter.width() // 2, 1)  # the user gives the preview half
    first, second = splitter.sizes()
    share = second / (first + second)
    assert valid_share(QSettings().value(SPLIT_KEY)) == pytest.approx(share)
    window.resize(1800, 1000)
    qtbot.waitUntil(lambda: splitter.width() > 1500, timeout=3000)
    first, second = splitter.sizes()
    assert second / (first + second) == pytest.approx(share, abs=0.01)
    window.close()
    _again, reopened = _editor_at_1366(qtbot, business_services, runner)
    first, second = reopened.preview_splitter.sizes()
    assert second / (first + second) == pytest.approx(share, abs=0.01)
