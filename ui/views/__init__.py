"""One module per screen. Views call services through the TaskRunner and never touch the database.

Shared bits for the views live here: the debounced search box, table defaults and error dialogs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QWidget,
)

from ui.i18n import error_message

log = logging.getLogger("facturas.ui")
SEARCH_DELAY_MS = 200
STATUS_MESSAGE_MS = 5000


class SearchBox(QLineEdit):
    """Emits `searched(text)` 200 ms after the user stops typing (the query runs in SQL)."""

    searched = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.searched.emit(self.text().strip()))
        self.textChanged.connect(lambda _t: self.timer.start())


def configure_table(
    view: QTableView,
    stretch_column: int = 1,
    sort_column: int = -1,
    sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
) -> None:
    """Row selection, no editing; sorting on when `sort_column` >= 0 (the indicator is set first, so
    turning sorting on does not re-query a model already in that order)."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    if sort_column >= 0:
        from ui.widgets.sort_arrow import point_arrows_the_usual_way

        point_arrows_the_usual_way(header)
        header.setSortIndicator(sort_column, sort_order)
        view.setSortingEnabled(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def enable_with_selection(
    table: QTableView, *buttons: QAbstractButton, when: Callable[[], bool] | None = None
) -> Callable[[], None]:
    """Buttons that act on the selected row are enabled only while a row is selected (and `when`
    agrees): a button that silently does nothing without a selection looks broken."""

    def update() -> None:
        if not shiboken6.isValid(table):  # a QTableWidget's model empties itself as the table dies
            return
        enabled = table.selectionModel().hasSelection() and (when is None or when())
        for button in buttons:
            button.setEnabled(enabled)

    table.selectionModel().selectionChanged.connect(lambda *_args: update())
    table.model().modelReset.connect(update)  # a reset drops the selection without saying so
    table.model().rowsRemoved.connect(lambda *_args: update())
    update()
    return update


def show_status(widget: QWidget, text: str) -> None:
    """A short confirmation in the main window's status bar («Borrador guardado»); nothing when the
    widget is not inside the main window (a test building it alone)."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MESSAGE_MS)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A sentence for the user; the details go to the log, never a traceback on screen."""
    log.error("operation failed", exc_info=(type(exc), exc, exc.__traceback__))
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Facturas"), error_message(exc))
