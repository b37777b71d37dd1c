"""How the editor shows what an invoice is: the banner (draft of a rectification, issued,
cancelled, quote) and, for an issued invoice, the document panel with its status, payments,
emails, reminders and VERI*FACTU records (invoice_document_panel.py).

A mixin of `InvoiceEditorView`, like EditorActions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from facturas_app.domain.invoice import DocType, Kind, Status
from ui.views.invoice_document_panel import InvoiceDocumentPanel

if TYPE_CHECKING:
    from ui.views.invoice_editor import InvoiceEditorView

    _Base = InvoiceEditorView
else:
    _Base = object


class EditorDocument(_Base):
    def _build_document_panel(self) -> None:
        self.document_panel = InvoiceDocumentPanel(self.services, self.runner, self)
        self.document_panel.payment_recorded.connect(self._payment_recorded)

    def _payment_recorded(self) -> None:
        if self.invoice is not None:
            self.saved.emit(self.invoice.id)  # the lists and the dashboard show the new status

    def _show_banner(self) -> None:
        invoice = self.invoice
        if invoice is not None and invoice.doc_type is not DocType.INVOICE:
            self.banner.setText(self._quote_banner())
            self.banner.show()
            return
        if invoice is None or invoice.is_draft:
            self.banner.setVisible(bool(invoice and invoice.kind is Kind.RECTIFYING))
            self.banner.setText(
                QCoreApplication.translate(
                    "InvoiceEditorView", "Borrador de factura rectificativa: %1"
                ).replace("%1", invoice.rectification_reason if invoice else "")
            )
            return
        if invoice.status is Status.CANCELLED:
            text = (
                QCoreApplication.translate("InvoiceEditorView", "Factura anulada %1 — %2")
                .replace("%1", invoice.number or "")
                .replace("%2", invoice.cancel_reason)
            )
        else:
            text = QCoreApplication.translate("InvoiceEditorView", "Factura emitida %1").replace(
                "%1", invoice.number or ""
            )
        self.banner.setText(text)
        self.banner.show()
