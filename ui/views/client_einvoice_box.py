"""«Factura electrónica»: which XML goes with a client's invoice emails (UBL or Facturae), and a
public administration's three DIR3 offices for FACe (issue #20). Part of the client dialog: its
values are saved with the client, and checked by the same client_problems."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from facturas_app.domain.parties import DIR3_FIELDS, Client


class EInvoiceBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Factura electrónica"), parent)
        self.format = QComboBox()
        self.format.addItem(self.tr("Solo el PDF"), "")
        self.format.addItem(self.tr("UBL 2.1 (EN 16931), junto al PDF"), "ubl")
        self.format.addItem(self.tr("Facturae 3.2.2 firmada, junto al PDF"), "facturae")
        self.public = QCheckBox(self.tr("Administración pública (FACe): códigos DIR3"))
        self.codes = {name: QLineEdit() for name in DIR3_FIELDS}
        for edit in self.codes.values():
            edit.setPlaceholderText("L01280796")
            edit.setMaxLength(20)
            edit.textChanged.connect(lambda _t: self.changed.emit())
        self.format.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.public.toggled.connect(self._show_codes)
        self._build()
        self._show_codes(False)

    def _build(self) -> None:
        """One row for the format, one for the three codes: the dialog must fit a 768-pixel screen."""
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Enviar")), 0, 0)
        grid.addWidget(self.format, 0, 1, 1, 2)
        grid.addWidget(self.public, 0, 3, 1, 3)
        self.labels = [
            QLabel(self.tr("Oficina contable")),
            QLabel(self.tr("Órgano gestor")),
            QLabel(self.tr("Unidad tramitadora")),
        ]
        for column, (label, name) in enumerate(zip(self.labels, DIR3_FIELDS, strict=True)):
            grid.addWidget(label, 1, column * 2)
            grid.addWidget(self.codes[name], 1, column * 2 + 1)

    def _show_codes(self, shown: bool) -> None:
        for widget in (*self.labels, *self.codes.values()):
            widget.setVisible(shown)
        if not shown:
            for edit in self.codes.values():
                edit.clear()
        self.changed.emit()

    def load(self, client: Client) -> None:
        self.format.setCurrentIndex(max(0, self.format.findData(client.einvoice_format)))
        values = {name: getattr(client, name) for name in DIR3_FIELDS}
        self.public.setChecked(any(values.values()))
        for name, value in values.items():
            self.codes[name].setText(value)

    def values(self) -> dict[str, str]:
        codes = {name: edit.text().strip().upper().replace(" ", "") for name, edit in self.codes.items()}
        return {"einvoice_format": self.format.currentData() or "", **codes}
