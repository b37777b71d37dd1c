"""Sample data and message parsing shared by the outbox, template and mail CLI tests."""

from __future__ import annotations

import email
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path
from typing import Any

BUSINESS = {
    "name": "Laura Gómez Ruiz",
    "trade_name": "Gómez Consultoría",
    "tax_id": "12345678Z",
    "address": "Calle Mayor 1",
    "postal_code": "28001",
    "city": "Madrid",
    "country": "ES",
    "email": "facturas@example.test",
    "iban": "ES9121000418450200051332",
    "default_series": "F",
}
CLIENT_EMAIL = "admin@sol.example.test"


def client_payload(language: str = "es", email_address: str = CLIENT_EMAIL, **extra: Any) -> dict[str, Any]:
    return {
        "name": "Inmobiliaria Sol S.A.",
        "tax_id": "A58818501",
        "address": "Av. del Puerto 22",
        "postal_code": "46021",
        "city": "Valencia",
        "country": "ES",
        "email": email_address,
        "payment_terms_days": 30,
        "language": language,
        **extra,
    }


def draft_payload(client_id: str) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "lines": [{"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}],
        "irpf_rate": "15",
    }


def issued_invoice(services: Any, language: str = "es", **client_extra: Any) -> Any:
    """Business, client and one issued invoice through the real services; returns the Invoice."""
    services.business.save_payload(BUSINESS)
    client = services.clients.add_payload(client_payload(language, **client_extra))
    draft = services.invoices.create_draft_from_payload(draft_payload(client.id)).invoice
    return services.invoices.issue(draft.id)


def parse(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def pdf_attachments(message: EmailMessage) -> list[tuple[str, bytes]]:
    return [
        (part.get_filename() or "", part.get_content())
        for part in message.iter_attachments()
        if part.get_content_type() == "application/pdf"
    ]


def pdf_text(content: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(content)).pages)


def files_containing(needles: list[bytes], *folders: Path) -> list[Path]:
    """Every file under the folders whose bytes contain any needle (the password leak search)."""
    hits = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and any(needle in path.read_bytes() for needle in needles):
                hits.append(path)
    return hits


def password_forms(password: str) -> list[bytes]:
    """The password as text, and as it travels in AUTH PLAIN/LOGIN (base64)."""
    import base64

    raw = password.encode("utf-8")
    return [raw, password.encode("utf-16-le"), base64.b64encode(raw), base64.b64encode(b"\0" + raw)]
