"""Printable documents: gather invoice, business, client and payments, then render PDFs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from facturas_app.domain.errors import NotFound
from facturas_app.domain.invoice import DocType, Invoice
from facturas_app.domain.parties import Business
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, write_bytes
from facturas_app.services.pdf import InvoiceDocument, build_document, invoice_file_name, render_invoice_pdf
from facturas_app.services.ports import Clock
from facturas_app.services.sepa.notice import with_debit
from facturas_app.services.verifactu.service import VerifactuService
from facturas_app.storage.api import Store, Transaction

Progress = Callable[[int, int], None]  # (done, total)
Cancel = Callable[[], bool]  # True → stop after the current file
VerifactuUrl = Callable[[Invoice], str | None]


class DocumentService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        # Issued invoices carry the QR of their VERI*FACTU alta (None when they have no record).
        self._verifactu = VerifactuService(store, clock)
        self.verifactu_url: VerifactuUrl | None = self._verifactu.qr_url_for

    def _document(self, tx: Transaction, invoice: Invoice, template: str | None = None) -> InvoiceDocument:
        business = _business(tx)
        client = tx.get_client(invoice.client_id)
        rectified = tx.get_invoice(invoice.rectifies_id) if invoice.rectifies_id else None
        url = self.verifactu_url(invoice) if self.verifactu_url and invoice.number else None
        doc = build_document(
            invoice, business, client, rectified=rectified, template=template, verifactu_qr_url=url
        )
        return with_debit(tx, invoice, doc)  # a direct debit says when, instead of the transfer QR

    def _documents(self, ids: list[str], template: str | None = None) -> dict[str, InvoiceDocument]:
        """The documents of many invoices from one read transaction and a few queries: what
        `_document` builds one by one (same arguments to build_document, so the same bytes)."""
        with self.store.read() as tx:
            business = _business(tx)
            invoices = tx.get_invoices(ids)
            clients = {cid: tx.get_client(cid) for cid in {i.client_id for i in invoices}}
            rectified_ids = sorted({i.rectifies_id for i in invoices if i.rectifies_id})
            rectified = {r.id: r for r in tx.get_invoices(rectified_ids)}
            url_for = self._verifactu_url_in(tx)
            return {
                invoice.id: with_debit(
                    tx,
                    invoice,
                    build_document(
                        invoice,
                        business,
                        clients[invoice.client_id],
                        rectified=rectified.get(invoice.rectifies_id) if invoice.rectifies_id else None,
                        template=template,
                        verifactu_qr_url=url_for(invoice) if url_for and invoice.number else None,
                    ),
                )
                for invoice in invoices
            }

    def documents(self, ids: list[str]) -> dict[str, InvoiceDocument]:
        """Many invoices' documents at once, by id (a missing id is left out)."""
        return self._documents(ids)

    def all_invoices_query(self) -> Any:
        """Every invoice (not quotes), newest first: what `--all` exports walk, reversed."""
        return _all_query(self.clock)

    def _verifactu_url_in(self, tx: Transaction) -> VerifactuUrl | None:
        """The VERI*FACTU QR lookup answered from `tx` rather than a transaction of its own."""
        if self.verifactu_url != self._verifactu.qr_url_for:
            return self.verifactu_url  # replaced by the caller: use theirs as is
        if not tx.list_verifactu_records(limit=1):
            return None  # no record at all (VERI*FACTU never used): no invoice has a QR
        return VerifactuService(_InTransaction(tx), self.clock).qr_url_for  # type: ignore[arg-type]

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
        self,
        directory: Path | str,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        policy: OutputPolicy = ALLOW_OVERWRITE,
        template: str | None = None,
    ) -> list[Path]:
        """One flat PDF per invoice (drafts included, marked BORRADOR) in `directory` (created);
        `template` overrides each invoice's own look, as `pdf_bytes(number, template)` does.

        Invoices are loaded BATCH at a time (one read transaction, a few queries), so memory stays
        flat at 100,000 invoices; `cancel` is asked before every file, not only between batches.
        """
        folder = Path(directory)
        policy.make_folder(folder)
        ids = self._all_invoice_ids()
        written: list[Path] = []
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            if cancel is not None and cancel():
                break
            docs = self._documents(chunk, template)
            for done, invoice_id in enumerate(chunk, start=start + 1):
                if cancel is not None and cancel():
                    return written
                doc = docs.get(invoice_id)
                if doc is None:  # deleted (a draft) since the list was read
                    continue
                target = folder / invoice_file_name(doc.number, doc.client.name, invoice_id)
                atomic_write(target, render_invoice_pdf(doc), policy)
                written.append(target)
                if progress is not None:
                    progress(done, len(ids))
        return written


BATCH = 100  # invoices per read transaction in write_all


def _business(tx: Transaction) -> Business:
    business = tx.get_business()
    if business is None:
        raise NotFound("business_not_configured")
    return business


class _InTransaction:
    """A Store whose read() is an already open transaction (for services that open their own),
    with settings read once: within one transaction they cannot change."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self.settings: dict[tuple[str, str], Any] = {}

    @contextmanager
    def read(self) -> Iterator[_InTransaction]:
        yield self

    def get_setting(self, key: str, default: Any = None) -> Any:
        cached = (key, repr(default))
        if cached not in self.settings:
            self.settings[cached] = self.tx.get_setting(key, default)
        return self.settings[cached]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tx, name)


def _all_query(clock: Clock):  # type: ignore[no-untyped-def]
    from facturas_app.storage.api import InvoiceQuery

    return InvoiceQuery(today=clock.today(), doc_type=DocType.INVOICE, order_by="issue_date", descending=True)


def atomic_write(target: Path, data: bytes, policy: OutputPolicy = ALLOW_OVERWRITE) -> None:
    """Write beside the target and rename, so a crash never leaves half a PDF under its name
    (output_files: never over the database, a device or, unless allowed, an existing file)."""
    write_bytes(target, data, policy)
