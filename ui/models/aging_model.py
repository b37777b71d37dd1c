"""Aging per client: one row per client owing money, a column per bucket, the total and the
average days to pay. Rows are plain tuples built off the GUI thread (services.aging)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from facturas_app.storage.api import AGING_BUCKETS
from ui.widgets.money import format_money, format_one_decimal

Index = QModelIndex | QPersistentModelIndex


class AgingLine(NamedTuple):
    client_id: str
    client_name: str
    buckets: tuple[Decimal, ...]  # in AGING_BUCKETS order
    total: Decimal
    days_to_pay: Decimal | None


def bucket_titles() -> list[str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Aging", text)

    return [tr("No vencido"), tr("1–30 días"), tr("31–60 días"), tr("61–90 días"), tr("Más de 90 días")]


def lines_from(report: Any, days_to_pay: dict[str, Decimal]) -> list[AgingLine]:
    return [
        AgingLine(
            c.client_id,
            c.client_name,
            tuple(c.buckets[b] for b in AGING_BUCKETS),
            c.total,
            days_to_pay.get(c.client_id),
        )
        for c in report.clients
    ]


class AgingModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: list[AgingLine] = []
        self._headers = [
            QCoreApplication.translate("Aging", "Cliente"),
            *bucket_titles(),
            QCoreApplication.translate("Aging", "Total"),
            QCoreApplication.translate("Aging", "Días medios de cobro"),
        ]

    def set_lines(self, lines: list[AgingLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> AgingLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return line.client_id
        return None

    def _text(self, line: AgingLine, column: int) -> str:
        if column == 0:
            return line.client_name
        if column <= len(AGING_BUCKETS):
            amount = line.buckets[column - 1]
            return format_money(amount) if amount else ""
        if column == len(AGING_BUCKETS) + 1:
            return format_money(line.total)
        return "" if line.days_to_pay is None else format_one_decimal(line.days_to_pay)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None
