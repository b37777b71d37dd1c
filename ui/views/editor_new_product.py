"""'+ Nuevo producto…' in a line's description (issue #18): the product dialog, named as typed;
the product it saves goes on that line and is offered from then on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from facturas_app.domain.parties import Product
from ui.views.editor_lines import LinesEditor
from ui.views.products import ProductDialog


class NewProductOffer(QObject):
    """Answers the lines' `new_product_requested`; `dialog` is the latest one it opened."""

    def __init__(
        self, lines: LinesEditor, services: Any, runner: Any, business: Callable[[], Any], window: QWidget
    ) -> None:
        super().__init__(window)
        self.lines, self.services, self.runner = lines, services, runner
        self.business, self.window = business, window  # business: for the new product's VAT rates
        self.dialog: ProductDialog | None = None
        lines.new_product_requested.connect(self.open)

    def open(self, row: int, name: str) -> None:
        dialog = ProductDialog(self.services, self.runner, None, self.window, self.business())
        dialog.name.setText(name)
        dialog.accepted.connect(lambda: self._saved(row, dialog.saved_product))
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _saved(self, row: int, product: Product | None) -> None:
        if product is not None:
            self.lines.add_product(row, product)
