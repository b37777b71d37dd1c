"""The Reports view's tables: report rows under the forms' column names, formatted when painted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView, QWidget

from facturas_app.services.report_files import MONEY_COLUMNS, RATE_COLUMNS
from ui.views import configure_table
from ui.views.report_labels import report_label
from ui.widgets.money import format_date, format_money, format_rate

_BATCH = 500
_Index = QModelIndex | QPersistentModelIndex
# Rows a column's width is measured on: enough for dates, amounts and names, without formatting
# thousands of cells on the GUI thread (Qt's default is 1,000 rows a column).
SIZING_ROWS = 50


def cell_text(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in MONEY_COLUMNS and isinstance(value, Decimal):
        return format_money(value)
    if column in RATE_COLUMNS and isinstance(value, Decimal):
        return format_rate(value)
    if isinstance(value, dt.date):
        return format_date(value)
    if column in _WORD_COLUMNS:
        return report_label(str(value))
    return str(value)


_WORD_COLUMNS = frozenset({"Estado", "Concepto"})  # cells in words the UI's language writes


class RowsModel(QAbstractTableModel):
    """Plain row tuples under fixed column names; rows are revealed in batches (fetchMore)."""

    def __init__(self, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: Sequence[tuple[Any, ...]] = []
        self.shown = 0

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self.rows, self.shown = rows, min(len(rows), _BATCH)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.shown < len(self.rows)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = min(_BATCH, len(self.rows) - self.shown)
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.shown:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in MONEY_COLUMNS or column in RATE_COLUMNS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return report_label(self.columns[section])
        return None


class FormPage(QStackedWidget):
    """One form's rows (Modelo 347, 349) in a table, or a sentence when there is nothing to declare."""

    def __init__(self, columns: tuple[str, ...], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=stretch)
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.empty = QLabel(self.tr("Nada que declarar en este periodo."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self.table)
        self.addWidget(self.empty)

    def show_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        self.model.set_rows(rows)
        self.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            fit_columns(self.table)


def fit_columns(table: QTableView, capped: int = -1, cap: int = 260) -> None:
    """Each column as wide as its header and its first rows (SIZING_ROWS), the words column stretched;
    `capped` (a column of long names) at most `cap` px."""
    table.resizeColumnsToContents()
    if capped >= 0:
        header = table.horizontalHeader()
        header.resizeSection(capped, min(header.sectionSize(capped), cap))
