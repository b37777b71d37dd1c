"""The product catalogue (small: loaded whole) and the completer model the invoice editor uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from facturas_app.domain.parties import Product
from ui.widgets.money import format_money, format_rate

Index = QModelIndex | QPersistentModelIndex
PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1


class ProductListModel(QAbstractTableModel):
    loaded = Signal()
    load_failed = Signal(object)

    def __init__(self, services: Any, runner: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.rows: list[Product] = []
        self.text = ""
        self.include_archived = False  # «Mostrar archivados»
        self.generation = 0

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.reload()

    def set_include_archived(self, shown: bool) -> None:
        self.include_archived = shown
        self.reload()

    def reload(self) -> None:
        self.generation += 1
        generation, text, archived = self.generation, self.text, self.include_archived
        self.runner.submit(
            lambda: self.services.products.list(text, include_archived=archived),
            lambda rows: self._arrived(generation, rows),
            self.load_failed.emit,
        )

    def _arrived(self, generation: int, rows: list[Product]) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        self.loaded.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (self.tr("Nombre"), self.tr("Código"), self.tr("Unidad"), self.tr("Precio"), self.tr("IVA"))
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        product = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                product.name,
                product.code,
                product.unit,
                format_money(product.unit_price),
                format_rate(product.vat_rate),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PRODUCT_ROLE:
            return product
        if role == Qt.ItemDataRole.ForegroundRole and not product.active:  # archived, when shown
            return QBrush(QColor("gray"))
        return None

    def product_at(self, row: int) -> Product | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


def product_completer_model(services: Any, runner: Any = None, parent: Any = None) -> QStandardItemModel:
    """One item per active product: text "name" (code in the tooltip), PRODUCT_ROLE holds the Product.

    With a runner the catalogue loads in the background and the model fills when it arrives.
    """
    model = QStandardItemModel(parent)

    def fill(products: list[Product]) -> None:
        model.clear()
        for product in products:
            if not product.active:
                continue
            item = QStandardItem(product.name)
            item.setData(product, PRODUCT_ROLE)
            item.setToolTip(product.code)
            item.setEditable(False)
            model.appendRow(item)

    if runner is None:
        fill(services.products.list())
    else:
        runner.submit(services.products.list, fill)
    return model


def product_completer(services: Any, runner: Any = None, parent: Any = None) -> QCompleter:
    """A case-insensitive, contains-match QCompleter over the catalogue (see product_completer_model)."""
    completer = QCompleter(product_completer_model(services, runner, parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
