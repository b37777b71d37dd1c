"""A received Factur-X / ZUGFeRD PDF: the CII XML embedded in it (pypdf) read by read_cii.

A PDF that carries no such XML is refused with `incoming_pdf_without_xml`: the service keeps it as
the attachment of an expense the user types in (the PDF is the invoice, only not a structured one)."""

from __future__ import annotations

import logging
from io import BytesIO

from facturas_app.services.purchases.read_cii import is_cii, read_cii
from facturas_app.services.purchases.read_common import (
    IncomingRefused,
    Reading,
    check_size,
    local_name,
    parse_xml,
)
from facturas_app.services.purchases.read_ubl import read_ubl, ubl_kind

# The embedded file's name by standard: Factur-X 1.0 / ZUGFeRD 2.x, ZUGFeRD 1.0, XRechnung in ZUGFeRD.
XML_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "zugferd_invoice.xml", "xrechnung.xml")
PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    """A PDF by its content: the %PDF- header within the first kilobyte, as readers accept it."""
    return PDF_MAGIC in data[:1024]


def _attachments(name: str, data: bytes) -> dict[str, list[bytes]]:
    """The embedded files named as an invoice XML, and only those: pypdf's mapping decompresses a
    file when it is looked up, and a small PDF can carry hundreds of huge ones (a zip bomb)."""
    from pypdf import PdfReader  # ~50 ms to import: only when a PDF is read

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a damaged PDF's warnings are not ours to log
    try:
        files = PdfReader(BytesIO(data), strict=False).attachments
        return {key.lower(): files[key] for key in list(files) if key.lower() in XML_NAMES}
    except Exception as error:  # pypdf raises PdfReadError, but also ValueError/KeyError on damage
        detail = str(error)[:200] or type(error).__name__
        raise IncomingRefused("incoming_pdf_unreadable", name=name, detail=detail) from None


def embedded_xml(name: str, data: bytes) -> bytes:
    """The invoice XML inside the PDF, or IncomingRefused("incoming_pdf_without_xml")."""
    files = _attachments(name, data)
    for wanted in XML_NAMES:
        if files.get(wanted):
            check_size(f"{name} › {wanted}", files[wanted][0])
            return files[wanted][0]
    raise IncomingRefused("incoming_pdf_without_xml", name=name)


def read_facturx(name: str, data: bytes) -> Reading:
    """The PDF's embedded CII invoice read (kind "facturx", container "pdf"); a UBL one (XRechnung
    travels so in ZUGFeRD PDFs) is read as UBL."""
    root = parse_xml(embedded_xml(name, data))
    if ubl_kind(root):
        reading = read_ubl(root)
    elif is_cii(root):
        reading = read_cii(root)
    else:
        raise IncomingRefused("incoming_unknown_kind", root=local_name(root)[:60])
    reading.payload["container"] = "pdf"
    return reading
