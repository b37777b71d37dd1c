"""The invoice editor's lines: a table of editable text records with undoable edits.

Cells keep exactly what the user typed ("85,50"), so a bad value stays visible (in red) until it is
fixed; only valid rows become domain `InvoiceLine`s, and the net shown comes from the domain engine.
The records themselves and their per-cell validation live in `line_records`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack

from facturas_app.domain.invoice import InvoiceLine
from facturas_app.domain.taxes import TaxTable
from ui.models.line_records import (
    NUMERIC,
    Column,
    LineRecord,
    cell_error,
    is_blank,
    number_text,
    parse_number,
    record_errors,
    to_domain_line,
)

AnyIndex = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#FDE2E1")
ERROR_FOREGROUND = QColor("#A4262C")
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's error text, for delegates that mark it


class InvoiceLinesModel(QAbstractTableModel):
    """Rows of `LineRecord`; edits from views go through the undo stack when one is attached."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._records: list[LineRecord] = []
        self._server_errors: dict[tuple[int, Column], str] = {}
        self.table: TaxTable | None = None
        self.undo_stack: QUndoStack | None = None
        self.read_only = False
        self.surcharge_mode = False  # recargo de equivalencia: a VAT change brings its paired surcharge
        self.money_format = lambda amount: str(amount)

    # ----- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Descripción"),
            self.tr("Cantidad"),
            self.tr("Unidad"),
            self.tr("Precio"),
            self.tr("Dto. %"),
            self.tr("IVA %"),
            self.tr("Recargo %"),
            self.tr("Exención"),
            self.tr("Importe"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() == Column.NET:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record, column = self._records[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(record, column, role == Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        error = self.error_at(index.row(), column)
        if error and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND)
        if error and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ERROR_FOREGROUND)
        if error and role in (Qt.ItemDataRole.ToolTipRole, ERROR_ROLE):
            return error
        return None

    def _text(self, record: LineRecord, column: Column, display: bool) -> str:
        if column is Column.NET:
            if is_blank(record) or record_errors(record, self.table):
                return ""
            return self.money_format(to_domain_line(record).net)
        text = record.value(column)
        if display and column in (Column.VAT, Column.SURCHARGE) and parse_number(text) is not None:
            return f"{text} %"
        return text

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable)
        ):
            return False
        row, column = index.row(), Column(index.column())
        old = self._records[row]
        new = self.suggested(old.with_value(column, "" if value is None else str(value)), column)
        if new == old:
            return True
        self.push(
            SetRecordCommand(
                self,
                row,
                old,
                new,
                self.tr("Editar %1").replace("%1", self.headerData(column, Qt.Orientation.Horizontal)),
            )
        )
        return True

    # ----- records --------------------------------------------------------------------------------
    def records(self) -> list[LineRecord]:
        return list(self._records)

    def record(self, row: int) -> LineRecord:
        return self._records[row]

    def set_records(self, records: list[LineRecord]) -> None:
        """Replace everything (loading an invoice): not undoable."""
        self.beginResetModel()
        self._records = list(records)
        self._server_errors.clear()
        self.endResetModel()

    def suggested(self, record: LineRecord, changed: Column) -> LineRecord:
        """Follow-on values: an exempt line carries no VAT; recargo follows its VAT's pair."""
        if changed is Column.EXEMPTION and record.exemption:
            return replace(record, vat_rate="0", surcharge_rate="0")
        if changed is Column.VAT and self.table is not None:
            vat = parse_number(record.vat_rate)
            pair = self.table.surcharge_for(vat) if vat is not None else None
            if self.surcharge_mode:
                return replace(record, surcharge_rate=number_text(pair) if pair is not None else "0")
            if pair is not None and parse_number(record.surcharge_rate) not in (None, 0):
                return replace(record, surcharge_rate=number_text(pair))
        return record

    def push(self, command: QUndoCommand) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)
        else:
            command.redo()

    # The primitives the undo commands call; views never call them directly.
    def write_record(self, row: int, record: LineRecord) -> None:
        self._records[row] = record
        self._server_errors = {k: v for k, v in self._server_errors.items() if k[0] != row}
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def insert_record(self, row: int, record: LineRecord) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self._server_errors.clear()
        self.endInsertRows()

    def remove_record(self, row: int) -> LineRecord:
        self.beginRemoveRows(QModelIndex(), row, row)
        record = self._records.pop(row)
        self._server_errors.clear()
        self.endRemoveRows()
        return record

    def move_record(self, source: int, target: int) -> None:
        # beginMoveRows wants the destination as "insert before" in the pre-move numbering.
        destination = target + 1 if target > source else target
        if not self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination):
            return
        self._records.insert(target, self._records.pop(source))
        self._server_errors.clear()
        self.endMoveRows()

    # ----- validation -----------------------------------------------------------------------------
    def error_at(self, row: int, column: Column) -> str | None:
        return cell_error(self._records[row], column, self.table) or self._server_errors.get((row, column))

    def row_of_line(self, index: int) -> int:
        """The table row of the domain's `lines[index]`: blank rows are not sent, so not counted."""
        rows = [row for row, record in enumerate(self._records) if not is_blank(record)]
        return rows[index] if 0 <= index < len(rows) else index

    def first_error(self, row: int = -1) -> tuple[int, Column, str] | None:
        """The error to show beside the table: the current row's first, else the first of all."""
        found = self.errors()
        return next((e for e in found if e[0] == row), found[0] if found else None)

    def errors(self) -> list[tuple[int, Column, str]]:
        found = [
            (row, column, text)
            for row, record in enumerate(self._records)
            for column, text in record_errors(record, self.table).items()
        ]
        found.extend((row, column, text) for (row, column), text in self._server_errors.items())
        return found

    def set_server_error(self, row: int, column: Column, text: str) -> None:
        """A problem the services reported for a cell (shown in red until the row changes)."""
        if 0 <= row < len(self._records):
            self._server_errors[(row, column)] = text
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def clear_server_errors(self) -> None:
        rows = {row for row, _ in self._server_errors}
        self._server_errors.clear()
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def valid_lines(self) -> list[InvoiceLine]:
        """Domain lines for the rows that parse (what the live totals are computed from)."""
        return [
            to_domain_line(r) for r in self._records if not is_blank(r) and not record_errors(r, self.table)
        ]

    def domain_lines(self) -> list[InvoiceLine] | None:
        """Every row as a domain line, or None while any cell is invalid (nothing is saved then)."""
        if any(record_errors(r, self.table) for r in self._records):
            return None
        return [to_domain_line(r) for r in self._records if not is_blank(r)]


# ----- undo commands --------------------------------------------------------------------------------
class SetRecordCommand(QUndoCommand):
    def __init__(
        self, model: InvoiceLinesModel, row: int, old: LineRecord, new: LineRecord, text: str
    ) -> None:
        super().__init__(text)
        self.model, self.row, self.old, self.new = model, row, old, new

    def redo(self) -> None:
        self.model.write_record(self.row, self.new)

    def undo(self) -> None:
        self.model.write_record(self.row, self.old)


class InsertRecordCommand(QUndoCommand):
    def __init__(self, model: InvoiceLinesModel, row: int, record: LineRecord, text: str) -> None:
        super().__init__(text)
        self.model, self.row, self.record = model, row, record

    def redo(self) -> None:
        self.model.insert_record(self.row, self.record)

    def undo(self) -> None:
        self.model.remove_record(self.row)


class RemoveRecordCommand(QUndoCommand):
    def __init__(self, model: InvoiceLinesModel, row: int, text: str) -> None:
        super().__init__(text)
        self.model, self.row = model, row
        self.record = model.record(row)

    def redo(self) -> None:
        self.model.remove_record(self.row)

    def undo(self) -> None:
        self.model.insert_record(self.row, self.record)


class MoveRecordCommand(QUndoCommand):
    def __init__(self, model: InvoiceLinesModel, source: int, target: int, text: str) -> None:
        super().__init__(text)
        self.model, self.source, self.target = model, source, target

    def redo(self) -> None:
        self.model.move_record(self.source, self.target)

    def undo(self) -> None:
        self.model.move_record(self.target, self.source)
