"""What services need from the outside world. Real adapters live in services/; fakes in tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from enum import Enum
from typing import Protocol


class Clock(Protocol):
    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime:
        """An aware UTC datetime: the real time, even when today() is pinned."""
        ...


@dataclass(frozen=True)
class SystemClock:
    """The real clock; `pinned_today` feeds --today without faking recorded timestamps."""

    pinned_today: dt.date | None = None

    def today(self) -> dt.date:
        return self.pinned_today or dt.date.today()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class SecretStore(Protocol):
    def set_password(self, service: str, account: str, password: str) -> None: ...

    def get_password(self, service: str, account: str) -> str | None: ...

    def delete_password(self, service: str, account: str) -> None: ...


class DeliveryOutcome(Enum):
    SENT = "sent"  # the server answered 250 to the message data
    TEMPORARY = "temporary"  # 4xx or connection refused before anything was sent: retry later
    PERMANENT = "permanent"  # 5xx, bad credentials, untrusted certificate: the user must act
    UNKNOWN = "unknown"  # connection lost after the body went out: never resend automatically


@dataclass(frozen=True)
class DeliveryResult:
    outcome: DeliveryOutcome
    detail: str = ""  # the server's words, for the user
    # Our own words, when they are ours (a message code and its parameters): the UI and the CLI say
    # them in the user's language; `detail` keeps the English (JSON output, the outbox's record).
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()
    # Why it did not go out, as a stable code (services/mail/error_codes.py); "" when it went out.
    error: str = ""


class MailTransport(Protocol):
    def send(self, message: EmailMessage) -> DeliveryResult: ...

    def check(self) -> DeliveryResult:
        """Connect and authenticate, send nothing."""
        ...
