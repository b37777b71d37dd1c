"""Build the RFC 5322 message the outbox stores and sends, byte for byte, on every attempt."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage

from facturas_app.services.mail.settings import MailSettings


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True)
class Composition:
    """What to send, before it has an outbox id (and so a Message-ID)."""

    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    bcc: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = field(default=())


def message_id_for(outbox_id: str, settings: MailSettings) -> str:
    """Stable: the same outbox row always carries the same Message-ID, on every retry."""
    domain = settings.from_address.rpartition("@")[2].strip().lower() or "facturas.invalid"
    return f"<{outbox_id}@{domain}>"


def compose(
    outbox_id: str, composition: Composition, settings: MailSettings, now: dt.datetime
) -> EmailMessage:
    from email.utils import format_datetime

    message = EmailMessage()
    message["Message-ID"] = message_id_for(outbox_id, settings)
    message["Date"] = format_datetime(now.astimezone(dt.UTC))
    message["From"] = settings.sender_header
    if settings.reply_to:
        message["Reply-To"] = settings.reply_to
    message["To"] = ", ".join(composition.to)
    if composition.cc:
        message["Cc"] = ", ".join(composition.cc)
    if composition.bcc:
        message["Bcc"] = ", ".join(composition.bcc)  # stripped by the transport, kept in the outbox
    message["Subject"] = composition.subject
    message.set_content(composition.body)
    for attachment in composition.attachments:
        maintype, _slash, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return message


def to_bytes(message: EmailMessage) -> bytes:
    """CRLF line ends, as on the wire."""
    from email.policy import SMTP

    return message.as_bytes(policy=SMTP)


def from_bytes(raw: bytes) -> EmailMessage:
    import email
    from email.policy import default

    parsed = email.message_from_bytes(raw, policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def split_addresses(text: str | Sequence[str]) -> tuple[str, ...]:
    from facturas_app.domain.identifiers import split_emails

    parts = [text] if isinstance(text, str) else list(text)
    return tuple(dict.fromkeys(address for part in parts for address in split_emails(part)))
