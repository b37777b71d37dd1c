"""A small bar chart painted with QPainter (QtCharts is not shipped in the packaged app).

One bar per (label, value); negative values (a month where corrections outweigh new invoices) hang
below the zero line. Hovering a bar shows its label and formatted value as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

BAR_COLOR = QColor("#1F5F8B")  # the app's accent colour (business.accent_color default)
NEGATIVE_COLOR = QColor("#B23A48")
MARGIN = 8


class BarChart(QWidget):
    def __init__(self, formatter: Callable[[Decimal], str] = str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter
        self.bars: list[tuple[str, Decimal]] = []
        self.setMinimumHeight(160)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(520, 200)

    def set_data(self, bars: Sequence[tuple[str, Decimal]]) -> None:
        self.bars = [(label, Decimal(value)) for label, value in bars]
        self.setAccessibleDescription("; ".join(f"{lbl}: {self.formatter(v)}" for lbl, v in self.bars))
        self.update()

    def _plot(self) -> QRectF:
        """The area bars are drawn in: label row below, value row above."""
        line = QFontMetrics(self.font()).height()
        return QRectF(MARGIN, MARGIN + line, self.width() - 2 * MARGIN, self.height() - 2 * MARGIN - 2 * line)

    def _range(self) -> tuple[Decimal, Decimal]:
        values = [v for _, v in self.bars]
        low, high = min([Decimal(0), *values]), max([Decimal(0), *values])
        return low, high if high > low else low + 1

    def bar_rects(self) -> list[QRectF]:
        """Each bar's rectangle in widget coordinates (also used for tooltips and by tests)."""
        if not self.bars:
            return []
        plot, (low, high) = self._plot(), self._range()
        slot = plot.width() / len(self.bars)
        scale = plot.height() / float(high - low)
        zero_y = plot.top() + float(high) * scale
        rects = []
        for i, (_, value) in enumerate(self.bars):
            x = plot.left() + i * slot + slot * 0.15
            h = float(value) * scale
            rects.append(QRectF(x, zero_y - max(h, 0.0), slot * 0.7, abs(h)).normalized())
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        plot = self._plot()
        if not self.bars:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Sin datos"))
            return
        low, high = self._range()
        zero_y = plot.top() + float(high) * plot.height() / float(high - low)
        painter.setPen(text_color)
        painter.drawLine(int(plot.left()), int(zero_y), int(plot.right()), int(zero_y))
        line = QFontMetrics(self.font()).height()
        for (label, value), rect in zip(self.bars, self.bar_rects(), strict=True):
            painter.fillRect(rect, NEGATIVE_COLOR if value < 0 else BAR_COLOR)
            painter.setPen(text_color)
            label_box = QRectF(rect.left() - rect.width() * 0.2, plot.bottom() + 2, rect.width() * 1.4, line)
            painter.drawText(label_box, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def bar_at(self, point: QPoint) -> int | None:
        for i, rect in enumerate(self.bar_rects()):
            column = QRectF(rect.left(), self._plot().top(), rect.width(), self._plot().height())
            if column.contains(point.toPointF()):
                return i
        return None

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QHelpEvent.Type.ToolTip:
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                label, value = self.bars[index]
                QToolTip.showText(event.globalPos(), f"{label}: {self.formatter(value)}", self)
            return True
        return super().event(event)  # type: ignore[arg-type]
