"""The VERI*FACTU QR on page 1 of an issued invoice's PDF: decoded with zbar from a 200 dpi
rendering, it is the first QR and carries exactly the record's nif, numserie, fecha and importe."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest

from facturas_app.domain import verifactu as vf
from facturas_app.services.documents import DocumentService
from facturas_app.services.verifactu.payload import decode
from tests.services.pdf_helpers import decode_qrs, pdf_text
from tests.services.verifactu.helpers import add_client, issue, open_services

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="poppler-utils/zbar-tools missing"
)


def test_first_qr_of_the_pdf_is_the_records_url(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    invoice = issue(services, add_client(services))
    pdf = DocumentService(services.store, services.clock).pdf_bytes(invoice.id)
    row = services.verifactu.rows(invoice_id=invoice.id)[0]
    record = decode(row.payload).record
    assert isinstance(record, vf.AltaRecord)
    qrs = decode_qrs(pdf, tmp_path)
    assert qrs and qrs[0] == services.verifactu.qr_url_for(invoice)
    params = dict(parse_qsl(urlsplit(qrs[0]).query))
    assert params == {
        "nif": record.issuer_nif,
        "numserie": record.number,
        "fecha": vf.date_text(record.issue_date),
        "importe": vf.amount_text(record.importe_total),
    }
    text = pdf_text(pdf, tmp_path)
    assert "QR tributario:" in text and "VERI*FACTU" in text
    services.close()


def test_no_verifactu_qr_when_the_mode_is_off(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    services.verifactu.set_mode("off")
    invoice = issue(services, add_client(services))
    pdf = DocumentService(services.store, services.clock).pdf_bytes(invoice.id)
    assert not any("ValidarQR" in qr for qr in decode_qrs(pdf, tmp_path))
    assert "QR tributario:" not in pdf_text(pdf, tmp_path)
    services.close()
