"""Walks the main window in English and gathers every text a user can read (issue #18).

Labels, buttons, check boxes, group boxes, tabs, placeholders, tooltips, combo items, window
titles, menu actions, the status bar and every table's headers and cells. Cells and labels also
hold the user's own data (client names, line descriptions): `demo_data` lists those words so the
detector can take them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ui import i18n
from ui.app import install_fallback_translator

MAX_ROWS = 40  # the first rows of a table show every kind of cell; all 200 would only repeat them


def install_english(app: Any) -> list[Any]:
    """As ui/app.py does at start-up: Qt's and our translators, then the empty-context net."""
    translators = i18n.install_translators(app, "en")
    fallback = install_fallback_translator(app, "en")
    return [*translators, fallback]


def remove_translators(app: Any, translators: list[Any]) -> None:
    for translator in translators:
        if translator is not None:
            app.removeTranslator(translator)
    i18n.set_current_language("es")
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))


def demo_data(services: Any, invoice_ids: list[str]) -> tuple[str, ...]:
    """The words the user typed (or the demo generator did): names, addresses, descriptions,
    a cancellation's reason."""
    records: list[Any] = [services.business.get()]
    records += services.clients.list("", 500) + services.products.list("", 500)
    for invoice_id in invoice_ids:
        invoice = services.invoices.get(invoice_id)
        records += [invoice, *invoice.lines]
    values = (v for record in records if record is not None for v in vars(record).values())
    return tuple({v for v in values if isinstance(v, str) and len(v) > 1})


def without_data(text: str, data: tuple[str, ...]) -> str:
    """`text` with the user's words taken out (whole words only: a client's language 'es' must
    not cut 'Borradores' short)."""
    for item in sorted(data, key=len, reverse=True):
        if item in text:
            text = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", " ", text)
    return text


def model_texts(model: QAbstractItemModel) -> Iterator[str]:
    role, top = Qt.ItemDataRole.DisplayRole, QModelIndex()
    columns = _count(model.columnCount, top)
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(min(_count(model.rowCount, top), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            yield str(model.data(index, role) or "")
            yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def _count(method: Any, top: QModelIndex) -> int:
    """A list model's columnCount is private in PySide (and is 1)."""
    try:
        return int(method(top))
    except TypeError:
        return int(method()) if method.__name__ == "rowCount" else 1


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for root and every child widget."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
        for text in _own_texts(widget):
            if text and text.strip():
                yield where, text


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))
        yield from (widget.tabToolTip(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    if isinstance(widget, QMainWindow):
        yield widget.statusBar().currentMessage()
    yield from (action.text() for action in widget.actions())
    yield from (action.toolTip() for action in widget.actions())


def menu_texts(window: QMainWindow) -> Iterator[tuple[str, str]]:
    for menu_action in window.menuBar().actions():
        yield "menu", menu_action.text()
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else ():
            yield f"menu {menu_action.text()}", action.text()
