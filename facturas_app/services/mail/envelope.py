"""Turn an EmailMessage into what goes on the wire: envelope addresses and the DATA payload."""

from __future__ import annotations

import copy
import io
import re
from dataclasses import dataclass
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import getaddresses

from facturas_app.services.mail.settings import MailSettings

_RECIPIENT_HEADERS = ("to", "cc", "bcc")
_ANY_EOL = re.compile(rb"\r\n|\r|\n")
_LEADING_DOT = re.compile(rb"^\.", re.MULTILINE)


class EnvelopeError(ValueError):
    """The message cannot be sent as it stands (no recipients, a malformed address)."""


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    payload: bytes  # dot-stuffed, CRLF line ends, ending with the "." terminator line
    international: bool  # a non-ASCII address: needs SMTPUTF8
    eight_bit: bool  # 8-bit body or headers: ask for BODY=8BITMIME when offered


def build_envelope(message: EmailMessage, settings: MailSettings) -> Envelope:
    """Envelope from To/Cc/Bcc; the Bcc header itself never leaves the machine."""
    recipients = envelope_recipients(message)
    international = not all(address.isascii() for address in (settings.from_address, *recipients))
    raw = _flatten(_outgoing_copy(message, settings), international)
    return Envelope(
        sender=settings.from_address,
        recipients=recipients,
        payload=data_payload(raw),
        international=international,
        eight_bit=not raw.isascii(),
    )


def envelope_recipients(message: EmailMessage) -> tuple[str, ...]:
    """Every address in To, Cc and Bcc, once each, in order."""
    values = [str(value) for name in _RECIPIENT_HEADERS for value in message.get_all(name, [])]
    addresses = [address for _name, address in getaddresses(values) if address]
    for address in addresses:
        if "@" not in address:
            raise EnvelopeError(f"Not an email address: {address!r}")
    if not addresses:
        raise EnvelopeError("The message has no recipients (To, Cc or Bcc).")
    return tuple(dict.fromkeys(addresses))


def data_payload(raw: bytes) -> bytes:
    """RFC 5321 DATA body: CRLF everywhere, leading dots doubled, then the terminator line."""
    text = _ANY_EOL.sub(b"\r\n", raw)
    if not text.endswith(b"\r\n"):
        text += b"\r\n"
    return _LEADING_DOT.sub(b"..", text) + b".\r\n"


def _outgoing_copy(message: EmailMessage, settings: MailSettings) -> EmailMessage:
    # A deep copy: the caller's message (e.g. the outbox record) must keep its Bcc.
    outgoing = copy.deepcopy(message)
    del outgoing["Bcc"]
    if "From" not in outgoing:
        outgoing["From"] = settings.sender_header
    if settings.reply_to and "Reply-To" not in outgoing:
        outgoing["Reply-To"] = settings.reply_to
    return outgoing


def _flatten(message: EmailMessage, international: bool) -> bytes:
    buffer = io.BytesIO()
    policy = message.policy
    if international and isinstance(policy, EmailPolicy):
        policy = policy.clone(utf8=True)  # raw UTF-8 headers, as SMTPUTF8 allows
    BytesGenerator(buffer, policy=policy).flatten(message, linesep="\r\n")
    return buffer.getvalue()
