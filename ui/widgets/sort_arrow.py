"""The sort arrow of list headers, pointing the way people read it.

QHeaderView hands the style "SortUp" for a descending column, and Fusion (the style on Linux)
draws that as an arrow pointing up: the invoice list, newest first, showed ▲ on «Fecha», the
opposite of what file managers and spreadsheets show (▼ = largest / newest first). Native styles
follow their platform's own convention and are left alone.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

_FLIPPED_STYLES = ("fusion",)
_SWAP = {
    QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
    QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp,
}
_style: QProxyStyle | None = None


class SortArrowStyle(QProxyStyle):
    """The application's style with the header arrow turned the other way."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(
            option, QStyleOptionHeader
        ):
            option = QStyleOptionHeader(option)
            option.sortIndicator = _SWAP.get(option.sortIndicator, option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)


def point_arrows_the_usual_way(header: QHeaderView) -> None:
    global _style
    if header.style().name().lower() not in _FLIPPED_STYLES:
        return
    if _style is None:
        _style = SortArrowStyle(header.style().name())
        _style.setParent(QApplication.instance())  # one for the whole app, alive as long as it
    header.setStyle(_style)
