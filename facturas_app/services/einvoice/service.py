"""Exporting issued invoices as electronic invoices (#20): one invoice, all of them, or the XML a
client asked for beside its invoice email. The builders (ubl.py, facturae.py) take the printed
document's model, so the XML's amounts are the PDF's."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from facturas_app.domain.errors import FacturasError, NotFound, Problem, ValidationFailed
from facturas_app.domain.invoice import DocType, Invoice, Status
from facturas_app.domain.parties import Client
from facturas_app.services.documents import Cancel, DocumentService, Progress, atomic_write
from facturas_app.services.mail.composer import Attachment
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy
from facturas_app.services.pdf import InvoiceDocument
from facturas_app.services.pdf.filenames import invoice_file_name

if TYPE_CHECKING:
    from facturas_app.domain.einvoice import Dir3Codes

FORMATS = ("ubl", "facturae")
# Facturae signed files are .xsig by FACe's custom; UBL is plain XML.
SUFFIXES = {"ubl": ".xml", "facturae": ".xsig"}
MIME = {"ubl": "application/xml", "facturae": "application/xml"}
BATCH = 100

Signer = Callable[[bytes], bytes]  # unsigned Facturae → signed XAdES-EPES (the configured certificate)


class EInvoiceError(FacturasError):
    code = "einvoice_failed"


@dataclass(frozen=True)
class EInvoiceFile:
    name: str
    data: bytes
    mime_type: str


class EInvoiceService:
    def __init__(self, documents: DocumentService, signer: Callable[[], Signer]) -> None:
        self.documents = documents
        self.store = documents.store
        self._signer = signer  # opened when first needed: the keyring is asked only for Facturae

    def export(self, number_or_id: str, fmt: str, *, with_pdf: bool = False) -> EInvoiceFile:
        """The e-invoice of one issued invoice; UBL embeds the PDF when `with_pdf`."""
        check_format(fmt)
        invoice, client = self._invoice_and_client(number_or_id)
        doc = self.documents.invoice_document(invoice.id)
        return self._file(doc, invoice, client, fmt, self._signer() if fmt == "facturae" else None, with_pdf)

    def write(
        self, number_or_id: str, fmt: str, target: Path, policy: OutputPolicy = ALLOW_OVERWRITE
    ) -> Path:
        atomic_write(target, self.export(number_or_id, fmt).data, policy)
        return target

    def write_all(
        self,
        fmt: str,
        folder: Path,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        policy: OutputPolicy = ALLOW_OVERWRITE,
    ) -> list[Path]:
        """Every issued invoice (drafts, quotes and cancelled ones have no e-invoice), oldest first,
        read BATCH at a time; `cancel` is asked before every file."""
        check_format(fmt)
        policy.make_folder(folder)
        ids = self._exportable_ids()
        sign = self._signer() if fmt == "facturae" and ids else None
        written: list[Path] = []
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            docs = self.documents.documents(chunk)
            invoices, clients = self._invoices_and_clients(chunk)
            for done, invoice_id in enumerate(chunk, start=start + 1):
                if cancel is not None and cancel():
                    return written
                if invoice_id in docs:
                    invoice = invoices[invoice_id]
                    item = self._file(docs[invoice_id], invoice, clients.get(invoice.client_id), fmt, sign)
                    atomic_write(folder / item.name, item.data, policy)
                    written.append(folder / item.name)
                if progress is not None:
                    progress(done, len(ids))
        return written

    def attachment_for(self, invoice: Invoice) -> EInvoiceFile | None:
        """The XML the invoice's client asked for (client dialog: «Factura electrónica»), if any."""
        with self.store.read() as tx:
            client = tx.get_client(invoice.client_id)
        fmt = client.einvoice_format if client else ""
        if fmt not in FORMATS or not exportable(invoice):
            return None
        return self.export(invoice.id, fmt)

    def mail_attachment(self, invoice: Invoice) -> Attachment | None:
        """attachment_for as the outbox attaches it (services/outbox.einvoice_attachment)."""
        item = self.attachment_for(invoice)
        return None if item is None else Attachment(item.name, item.data, item.mime_type)

    def _file(
        self,
        doc: InvoiceDocument,
        invoice: Invoice,
        client: Client | None,
        fmt: str,
        sign: Signer | None,
        with_pdf: bool = False,
    ) -> EInvoiceFile:
        stem = Path(invoice_file_name(doc.number, doc.client.name, invoice.id)).stem
        if fmt == "ubl":
            data = _ubl(doc, self.documents, stem, with_pdf)
        else:
            data = _facturae(doc, dir3_of(invoice, client), sign)
        return EInvoiceFile(stem + SUFFIXES[fmt], data, MIME[fmt])

    def _invoice_and_client(self, number_or_id: str) -> tuple[Invoice, Client | None]:
        with self.store.read() as tx:
            invoice = tx.get_invoice(number_or_id) or tx.get_invoice_by_number(number_or_id)
            if invoice is None:
                raise NotFound("invoice_not_found", id=number_or_id)
            client = tx.get_client(invoice.client_id)
        if not exportable(invoice):
            raise ValidationFailed([_not_exportable(invoice)])
        return invoice, client

    def _invoices_and_clients(self, ids: list[str]) -> tuple[dict[str, Invoice], dict[str, Client]]:
        with self.store.read() as tx:
            invoices = {i.id: i for i in tx.get_invoices(ids)}
            clients = {cid: tx.get_client(cid) for cid in {i.client_id for i in invoices.values()}}
        return invoices, {cid: c for cid, c in clients.items() if c is not None}

    def _exportable_ids(self) -> list[str]:
        with self.store.read() as tx:
            rows = tx.list_invoices(self.documents.all_invoices_query())
        return [row.id for row in reversed(rows) if row.number and row.status not in _NOT_EXPORTED]


_NOT_EXPORTED = (Status.DRAFT, Status.CANCELLED)


def check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValidationFailed(
            [Problem("format", "invalid_choice", {"value": fmt, "choices": ", ".join(FORMATS)})]
        )


def exportable(invoice: Invoice) -> bool:
    """Issued invoices only: a draft has no number yet and a cancelled one no longer exists for tax."""
    return (
        invoice.doc_type is DocType.INVOICE and bool(invoice.number) and invoice.status not in _NOT_EXPORTED
    )


def dir3_of(invoice: Invoice, client: Client | None) -> Dir3Codes | None:
    """The offices as snapshotted at issue; invoices issued before #20 take the client's today."""
    snap = invoice.client_snapshot
    source = snap if "dir3_oficina_contable" in snap else (vars(client) if client else {})
    codes = [str(source.get(f"dir3_{name}") or "") for name in _DIR3]
    if not all(codes):
        return None
    from facturas_app.domain.einvoice import Dir3Codes

    return Dir3Codes(*codes)


_DIR3 = ("oficina_contable", "organo_gestor", "unidad_tramitadora")


def _ubl(doc: InvoiceDocument, documents: DocumentService, stem: str, with_pdf: bool) -> bytes:
    from facturas_app.services.einvoice.ubl import ubl_bytes
    from facturas_app.services.pdf import render_invoice_pdf

    pdf = render_invoice_pdf(doc) if with_pdf else None
    return ubl_bytes(doc, pdf=pdf, pdf_name=stem + ".pdf" if pdf else "")


def _facturae(doc: InvoiceDocument, dir3: Dir3Codes | None, sign: Signer | None) -> bytes:
    from facturas_app.services.einvoice.facturae import facturae_bytes

    assert sign is not None  # export/write_all open the signer for Facturae
    return sign(facturae_bytes(doc, dir3=dir3))


def _not_exportable(invoice: Invoice) -> Problem:
    code = "einvoice_not_issued" if invoice.doc_type is DocType.INVOICE else "einvoice_not_an_invoice"
    return Problem("number", code, {"number": invoice.number or invoice.id})
