"""The invoice editor's error marks: a red frame round a cell whose value is wrong, drawn over the
selection too (a selected row's highlight hides the red background, #18), and the words for the
current problem shown beside the table rather than only in a tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QLabel, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.invoice_lines_model import ERROR_FOREGROUND, ERROR_ROLE, InvoiceLinesModel

AnyIndex = QModelIndex | QPersistentModelIndex


class ErrorMarkingDelegate(QStyledItemDelegate):
    """Paints the cell as usual, then frames it in red when the model reports an error for it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        if index.data(ERROR_ROLE):
            painter.save()
            painter.setPen(QPen(ERROR_FOREGROUND, 2))
            rect: QRect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
            painter.drawRect(rect)
            painter.restore()


class LineErrorLabel(QLabel):
    """«Línea 2 · Cantidad: Como máximo 1.000.000.000» for the current row's first problem (else
    the first anywhere); empty when every line is right."""

    def __init__(self, model: InvoiceLinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_FOREGROUND.name()};")
        self.hide()

    def show_for(self, current_row: int) -> None:
        found = self.model.first_error(current_row)
        self.setVisible(found is not None)
        self.setText(self._words(found) if found else "")

    def _words(self, found: tuple[int, Any, str]) -> str:
        row, column, text = found
        title = self.model.headerData(int(column), Qt.Orientation.Horizontal)
        words = self.tr("Línea %1 · %2: %3").replace("%1", str(row + 1)).replace("%2", title)
        return words.replace("%3", text)
