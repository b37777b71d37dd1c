"""«Exportar PDF ▸ Factura electrónica»: an issued invoice as UBL 2.1 (EN 16931) or as Facturae 3.2.2
signed with the business's certificate (issue #20), written off the GUI thread by the same service
as `facturas invoice export`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from facturas_app.domain.invoice import DocType, Status
from ui.views import show_error, show_status

SUFFIXES = {"ubl": ".xml", "facturae": ".xsig"}  # services/einvoice/service.SUFFIXES


class EditorEInvoice:
    """Mixed into InvoiceEditorView: uses its invoice, pdf_menu, services, runner and form."""

    invoice: Any
    services: Any
    runner: Any
    pdf_menu: Any
    form: Any

    def _build_einvoice_actions(self) -> None:
        self.pdf_menu.addSeparator()
        self.einvoice_menu = self.pdf_menu.addMenu(
            QCoreApplication.translate("InvoiceEditorView", "Factura electrónica")
        )
        self.ubl_action = self.einvoice_menu.addAction(
            QCoreApplication.translate("InvoiceEditorView", "UBL 2.1 (EN 16931)…")
        )
        self.facturae_action = self.einvoice_menu.addAction(
            QCoreApplication.translate("InvoiceEditorView", "Facturae 3.2.2 firmada…")
        )
        self.ubl_action.triggered.connect(lambda _checked=False: self.export_einvoice("ubl"))
        self.facturae_action.triggered.connect(lambda _checked=False: self.export_einvoice("facturae"))

    def _update_einvoice_actions(self) -> None:
        """Only an issued invoice has an e-invoice: a draft has no number, a cancelled one is void."""
        invoice = self.invoice
        issued = (
            invoice is not None
            and invoice.doc_type is DocType.INVOICE
            and not invoice.is_draft
            and invoice.status is not Status.CANCELLED
        )
        self.einvoice_menu.setEnabled(issued)

    def export_einvoice(self, fmt: str, path: Path | None = None) -> None:
        if self.invoice is None:
            return
        target = path or self.ask_einvoice_path(self._einvoice_name(fmt), fmt)
        if target is None:
            return
        invoice_id, einvoices = self.invoice.id, self.services.einvoices
        self.runner.submit(
            lambda: einvoices.write(invoice_id, fmt, target),
            lambda written: show_status(
                self,
                QCoreApplication.translate("InvoiceEditorView", "Factura electrónica guardada: %1").replace(
                    "%1", written.name
                ),
            ),
            lambda exc: show_error(self, exc),
        )

    def _einvoice_name(self, fmt: str) -> str:
        from facturas_app.services.pdf import invoice_file_name

        client = self.form.client_picker.current_client()
        name = invoice_file_name(self.invoice.number, client.name if client else "", self.invoice.id)
        return str(Path(name).with_suffix(SUFFIXES[fmt]))

    def ask_einvoice_path(self, default_name: str, fmt: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        pattern = (
            QCoreApplication.translate("InvoiceEditorView", "Facturae firmada (*.xsig)")
            if fmt == "facturae"
            else QCoreApplication.translate("InvoiceEditorView", "UBL (*.xml)")
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,  # type: ignore[arg-type]
            QCoreApplication.translate("InvoiceEditorView", "Guardar factura electrónica"),
            str(Path(folder) / default_name),
            pattern,
        )
        return Path(path) if path else None
