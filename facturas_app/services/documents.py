"""Printable documents: gather invoice, business, client and payments, then render PDFs."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from facturas_app.domain.errors import NotFound
from facturas_app.domain.invoice import DocType, Invoice
from facturas_app.services.pdf import InvoiceDocument, build_document, invoice_file_name, render_invoice_pdf
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu import VerifactuService
from facturas_app.storage.api import Store, Transaction

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True → stop after the current file
VerifactuUrl = Callable[[Invoice], str | None]


class DocumentService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        # Issued invoices carry the QR of their VERI*FACTU alta (None when they have no record).
        self.verifactu_url: VerifactuUrl | None = VerifactuService(store, clock).qr_url_for

    def _document(self, tx: Transaction, invoice: Invoice, template: str | None = None) -> InvoiceDocument:
        business = tx.get_business()
        if business is None:
            raise NotFound("business_not_configured")
        client = tx.get_client(invoice.client_id)
        rectified = tx.get_invoice(invoice.rectifies_id) if invoice.rectifies_id else None
        url = self.verifactu_url(invoice) if self.verifactu_url and invoice.number else None
        return build_document(
            invoice, business, client, rectified=rectified, template=template, verifactu_qr_url=url
        )

    def invoice_document(self, invoice_id_or_number: str, template: str | None = None) -> InvoiceDocument:
        with self.store.read() as tx:
            invoice = tx.get_invoice(invoice_id_or_number) or tx.get_invoice_by_number(invoice_id_or_number)
            if invoice is None:
                raise NotFound("invoice_not_found", id=invoice_id_or_number)
            return self._document(tx, invoice, template)

    def document_for(self, invoice: Invoice, template: str | None = None) -> InvoiceDocument:
        """For unsaved drafts (the editor's live preview): the invoice as it is on screen."""
        with self.store.read() as tx:
            return self._document(tx, invoice, template)

    def pdf_bytes(self, invoice_id_or_number: str, template: str | None = None) -> bytes:
        return render_invoice_pdf(self.invoice_document(invoice_id_or_number, template))

    def file_name(self, doc: InvoiceDocument, invoice_id: str = "") -> str:
        return invoice_file_name(doc.number, doc.client.name, invoice_id)

    def write_pdf(self, number: str, path: Path | str) -> Path:
        target = Path(path)
        atomic_write(target, self.pdf_bytes(number))
        return target

    def _all_invoice_ids(self) -> list[str]:
        with self.store.read() as tx:
            rows = tx.list_invoices(_all_query(self.clock))
        return [row.id for row in reversed(rows)]  # oldest first

    def write_all(
        self, directory: Path | str, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> list[Path]:
        """One flat PDF per invoice (drafts included, marked BORRADOR) in `directory` (created)."""
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        ids = self._all_invoice_ids()
        written: list[Path] = []
        for done, invoice_id in enumerate(ids, start=1):
            if cancel is not None and cancel():
                break
            with self.store.read() as tx:
                invoice = tx.get_invoice(invoice_id)
                if invoice is None:
                    continue
                doc = self._document(tx, invoice)
            target = folder / invoice_file_name(doc.number, doc.client.name, invoice.id)
            atomic_write(target, render_invoice_pdf(doc))
            written.append(target)
            if progress is not None:
                progress(done, len(ids))
        return written


def _all_query(clock: Clock):  # type: ignore[no-untyped-def]
    from facturas_app.storage.api import InvoiceQuery

    return InvoiceQuery(today=clock.today(), doc_type=DocType.INVOICE, order_by="issue_date", descending=True)


def atomic_write(target: Path, data: bytes) -> None:
    """Write beside the target and rename, so a crash never leaves half a PDF under its name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
