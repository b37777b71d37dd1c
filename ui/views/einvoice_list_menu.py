"""The invoices list's «Factura electrónica» menu (issue #20): the selected invoice, or every issued
one, as UBL 2.1 (EN 16931) or Facturae 3.2.2 signed — the service behind `facturas invoice export`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from facturas_app.domain.invoice import Status
from facturas_app.storage.api import InvoiceListRow
from ui.views import show_error, show_status

SUFFIXES = {"ubl": ".xml", "facturae": ".xsig"}  # services/einvoice/service.SUFFIXES


def has_einvoice(row: InvoiceListRow | None) -> bool:
    """Issued invoices only: a draft has no number yet, a cancelled one is void."""
    return row is not None and bool(row.number) and row.status not in (Status.DRAFT, Status.CANCELLED)


class EInvoiceMenu(QMenu):
    """`selected()` gives the row the first two actions export."""

    def __init__(
        self, services: Any, runner: Any, selected: Callable[[], InvoiceListRow | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services, self.runner, self.selected, self.view = services, runner, selected, parent
        self.batch: Any = None
        self.one_ubl = self.addAction(self.tr("Esta factura en UBL 2.1…"), lambda: self.export_one("ubl"))
        self.one_facturae = self.addAction(
            self.tr("Esta factura en Facturae firmada…"), lambda: self.export_one("facturae")
        )
        self.addSeparator()
        self.addAction(self.tr("Todas las emitidas en UBL 2.1…"), lambda: self.export_all("ubl"))
        self.addAction(
            self.tr("Todas las emitidas en Facturae firmada…"), lambda: self.export_all("facturae")
        )
        self.aboutToShow.connect(self._update)

    def _update(self) -> None:
        enabled = has_einvoice(self.selected())
        self.one_ubl.setEnabled(enabled)
        self.one_facturae.setEnabled(enabled)

    def export_one(self, fmt: str, path: Path | None = None) -> None:
        row = self.selected()
        if not has_einvoice(row):
            return
        assert row is not None
        target = path or self.ask_path(row, fmt)
        if target is None:
            return
        einvoices, invoice_id = self.services.einvoices, row.id
        self.runner.submit(
            lambda: einvoices.write(invoice_id, fmt, target),
            lambda written: show_status(
                self.view, self.tr("Factura electrónica guardada: %1").replace("%1", written.name)
            ),
            lambda exc: show_error(self.view, exc),
        )

    def ask_path(self, row: InvoiceListRow, fmt: str) -> Path | None:
        from facturas_app.services.pdf import invoice_file_name

        name = Path(invoice_file_name(row.number, row.client_name, row.id)).with_suffix(SUFFIXES[fmt]).name
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        pattern = self.tr("Facturae firmada (*.xsig)") if fmt == "facturae" else self.tr("UBL (*.xml)")
        path, _filter = QFileDialog.getSaveFileName(
            self.view, self.tr("Guardar factura electrónica"), str(Path(folder) / name), pattern
        )
        return Path(path) if path else None

    def export_all(self, fmt: str, folder: Path | None = None) -> Any:
        from ui.views.einvoice_batch import EInvoiceBatchDialog

        self.batch = EInvoiceBatchDialog(self.services, self.runner, fmt, self.view)
        self.batch.run(folder)
        return self.batch
