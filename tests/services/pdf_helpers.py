"""Shared setup for the PDF tests: real services over a temp SQLite file, real PDFs read back."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import DocType
from facturas_app.domain.parties import Business, Client
from facturas_app.services.documents import DocumentService
from tests.fakes import FixedClock

TODAY = dt.date(2026, 11, 26)
IBAN = "ES9121000418450200051332"
LINK = "https://pay.example.com/p?ref={number}&eur={amount}"


def business(**changes: Any) -> Business:
    values: dict[str, Any] = dict(
        name="Laura Gómez Ruiz",
        trade_name="Gómez Consultoría",
        tax_id="12345678Z",
        address="Calle Mayor 1",
        postal_code="28001",
        city="Madrid",
        email="facturas@example.com",
        iban=IBAN,
        bic="",
        thank_you="¡Gracias por su confianza!",
        payment_link=LINK,
        pdf_template="clasica",
    )
    values.update(changes)
    return Business(**values)


@dataclass
class World:
    services: Services
    documents: DocumentService
    es_client: Client
    en_client: Client

    def client(self, name: str, **changes: Any) -> Client:
        values: dict[str, Any] = dict(
            id=new_id(),
            name=name,
            tax_id="A58818501",
            address="Av. del Puerto 22",
            postal_code="46021",
            city="Valencia",
        )
        values.update(changes)
        return self.services.clients.add(Client(**values))

    def draft(
        self,
        client: Client,
        lines: list[dict[str, str]] | None = None,
        doc_type: DocType = DocType.INVOICE,
        **extra: Any,
    ) -> str:
        payload = {
            "client_id": client.id,
            "lines": lines or standard_lines(),
            "issue_date": TODAY.isoformat(),
            **extra,
        }
        return self.services.invoices.create_draft_from_payload(payload, doc_type).invoice.id

    def issue(self, client: Client, lines: list[dict[str, str]] | None = None, **extra: Any) -> str:
        invoice = self.services.invoices.issue(self.draft(client, lines, **extra))
        return str(invoice.number)


def standard_lines() -> list[dict[str, str]]:
    """SPAIN.md's example: base 1620.00, VAT 21 % 340.20, IRPF 15 % → total 1960.20, to pay 1717.20."""
    return [
        {"description": "Consultoría estratégica", "quantity": "12", "unit_price": "85.50", "vat_rate": "21"},
        {"description": "Informe final", "quantity": "1", "unit_price": "594", "vat_rate": "21"},
    ]


def make_world(tmp_path: Path, **business_changes: Any) -> World:
    services = build_services(tmp_path / "data", clock=FixedClock(TODAY))
    services.business.save(business(**business_changes))
    w = World(services, DocumentService(services.store, services.clock), None, None)  # type: ignore[arg-type]
    w.es_client = w.client("Inmobiliaria Sol S.A.")
    w.en_client = w.client(
        "Oak Tree Ltd",
        tax_id="GB980780684",
        country="GB",
        language="en",
        city="London",
        postal_code="EC1A 1BB",
        address="1 King Street",
    )
    return w


def pdf_text(data: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def qpdf_ok(data: bytes, tmp_path: Path) -> bool:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def decode_qrs(data: bytes, tmp_path: Path) -> list[str]:
    """Render page 1 at 200 dpi and decode every QR with zbar (raw bytes, read as UTF-8)."""
    path = tmp_path / "qr.pdf"
    path.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "page")], check=True
    )
    png = next(tmp_path.glob("page*.png"))
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", "-Sbinary", "-Sqrcode.enable", str(png)], capture_output=True
    )
    return _split_symbols(out.stdout.decode("utf-8"))


def _split_symbols(text: str) -> list[str]:
    """zbar -Sbinary prints symbols back to back; cut at each known start."""
    symbols: list[str] = []
    for chunk in text.replace("https://", "\x00https://").replace("BCD\n", "\x00BCD\n").split("\x00"):
        if chunk.strip():
            symbols.append(chunk.rstrip("\n"))
    return symbols


def money(value: str) -> Decimal:
    return Decimal(value)
