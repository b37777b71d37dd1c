"""The product and service catalogue: a table and an add/edit dialog (services.products.save)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import Product
from facturas_app.domain.taxes import tax_table
from ui.i18n import problem_line
from ui.models.product_list import ProductListModel
from ui.views import SearchBox, configure_table, enable_with_selection, show_error, show_status
from ui.views.archive_actions import ProductArchiveActions
from ui.widgets.money import MoneyEdit, format_rate
from ui.widgets.validated_line_edit import ValidatedLineEdit, required_check


class ProductDialog(QDialog):
    def __init__(
        self,
        services: Any,
        runner: Any,
        product: Product | None = None,
        parent: QWidget | None = None,
        business: Any = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.original = services, runner, product
        self.saved_product: Product | None = None
        self.setWindowTitle(self.tr("Editar producto") if product else self.tr("Nuevo producto"))
        self.setMinimumWidth(440)
        self.name = ValidatedLineEdit(required_check)
        self.code, self.unit = QLineEdit(), QLineEdit()
        self.unit.setPlaceholderText(self.tr("h, ud., mes…"))
        self.price = MoneyEdit()
        self.vat = QComboBox()
        table = tax_table(business.country if business else "ES")
        rates = (
            sorted(set(table.vat_rates_on(services.clock.today())), reverse=True) if table else [Decimal(21)]
        )
        for rate in rates:
            self.vat.addItem(format_rate(rate), str(rate))
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Nombre"), self.name),
            (self.tr("Código"), self.code),
            (self.tr("Unidad"), self.unit),
            (self.tr("Precio"), self.price),
            (self.tr("IVA"), self.vat),
        ):
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if product is not None:
            self._load(product)
        elif business is not None:
            self.vat.setCurrentIndex(max(0, self.vat.findData(str(business.default_vat_rate))))

    def _load(self, product: Product) -> None:
        self.name.setText(product.name)
        self.code.setText(product.code)
        self.unit.setText(product.unit)
        self.price.set_value(product.unit_price)
        index = self.vat.findData(str(product.vat_rate))
        if index < 0:
            self.vat.addItem(format_rate(product.vat_rate), str(product.vat_rate))
            index = self.vat.count() - 1
        self.vat.setCurrentIndex(index)

    def save(self) -> None:
        price = self.price.value()
        if price is None:
            self.error.setText(self.tr("Precio: escriba un importe, por ejemplo 85,50"))
            return
        values = dict(
            name=self.name.text(),
            code=self.code.text().strip(),
            unit=self.unit.text().strip(),
            unit_price=price,
            vat_rate=Decimal(self.vat.currentData()),
        )
        product = replace(self.original, **values) if self.original else Product(id=new_id(), **values)
        self.runner.submit(lambda: self.services.products.save(product), self._saved, self._failed)

    def _saved(self, product: Product) -> None:
        self.saved_product = product
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self.error.setText("; ".join(problem_line(p) for p in exc.problems))
        else:
            show_error(self, exc)


class ProductsView(QWidget):
    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.model = ProductListModel(services, runner, parent=self)
        self.model.load_failed.connect(lambda exc: show_error(self, exc))
        self.search = SearchBox(self.tr("Buscar por nombre o código…"))
        self.search.searched.connect(self.model.set_text)
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_table(self.table, stretch_column=0)  # the catalogue is shown in name order
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(self.tr("Nuevo producto"))
        add.clicked.connect(self.add_product)
        edit = QPushButton(self.tr("Editar"))
        edit.clicked.connect(self.edit_selected)
        self.edit_button = edit
        enable_with_selection(self.table, edit)
        # Eliminar / Archivar / Desarchivar and «Mostrar archivados» (issue #18)
        self.archive = ProductArchiveActions(
            services, runner, self.table, self.model.product_at, self.refresh
        )
        self.archive.show_archived.toggled.connect(self.model.set_include_archived)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(add)
        top.addWidget(edit)
        top.addWidget(self.archive)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Productos y servicios</h2>")))
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.model.reload()
        self.business: Any = None  # for the default VAT rate of new products
        runner.submit(services.business.get, lambda b: setattr(self, "business", b))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.model.reload()

    def add_product(self) -> None:
        if (
            ProductDialog(self.services, self.runner, None, self, self.business).exec()
            == QDialog.DialogCode.Accepted
        ):
            self._saved()

    def _saved(self) -> None:
        self.model.reload()
        show_status(self, self.tr("Producto guardado"))

    def edit_selected(self) -> None:
        product = self.model.product_at(self.table.currentIndex().row())
        if (
            product
            and ProductDialog(self.services, self.runner, product, self, self.business).exec()
            == QDialog.DialogCode.Accepted
        ):
            self._saved()
