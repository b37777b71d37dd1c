"""SMTP settings: plain values, checked before anything connects. The password is never here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal, get_args

from facturas_app.domain.errors import Problem

Security = Literal["starttls", "ssl", "plain"]
SECURITY_CHOICES: tuple[str, ...] = get_args(Security)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

# Deliberately pragmatic: catches typos and header injection, not every RFC 5322 corner.
# Non-ASCII is allowed in the local part: internationalised addresses travel with SMTPUTF8.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00a1-\U0010ffff-]"
_HOST_FORBIDDEN = re.compile(r"[\s/@:]")


@dataclass(frozen=True)
class MailSettings:
    """How to reach the SMTP server. Stored in the database; the password lives in the keyring."""

    host: str
    port: int
    security: Security
    user: str
    from_address: str
    from_name: str = ""
    reply_to: str = ""
    allow_plain_localhost: bool = False  # plain SMTP is for local test relays only, and only on request
    timeout_s: float = 20.0

    def validate(self) -> list[Problem]:
        """Every problem at once, so a settings form can mark all the bad fields together."""
        return [
            *_user_problems(self.user),
            *_host_problems(self.host),
            *_port_problems(self.port),
            *_security_problems(self),
            *_address_problems("from_address", self.from_address, required=True),
            *_address_problems("reply_to", self.reply_to, required=False),
            *_header_text_problems("from_name", self.from_name),
            *_timeout_problems(self.timeout_s),
        ]

    @property
    def sender_header(self) -> str:
        """The From header value: `Name <address>` (RFC 2047-encoded when needed)."""
        from email.utils import formataddr  # email.utils costs ~20 ms: not at import time

        return formataddr((self.from_name, self.from_address))

    @property
    def keyring_account(self) -> str:
        """The keyring account name for this server's password (port-independent on purpose)."""
        return f"smtp:{self.user}@{self.host.lower()}"


def is_email_address(text: str) -> bool:
    """A bare `local@domain.tld` address: no display name, no spaces, a dotted domain."""
    local, at, domain = text.rpartition("@")
    if not at or len(text) > 254 or len(local) > 64:
        return False
    return bool(_local_part_pattern().fullmatch(local)) and _is_domain(domain, need_dot=True)


@cache
def _local_part_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_ATEXT}+(?:\.{_ATEXT}+)*")  # compiled on first use, off start-up


def _is_domain(domain: str, *, need_dot: bool) -> bool:
    labels = domain.rstrip(".").split(".")
    if len(domain) > 253 or (need_dot and len(labels) < 2):
        return False
    return all(_is_label(label) for label in labels)


def _is_label(label: str) -> bool:
    # isalnum() accepts Unicode letters, so internationalised domains pass as typed.
    if not 0 < len(label) <= 63 or label.startswith("-") or label.endswith("-"):
        return False
    return all(ch.isalnum() or ch == "-" for ch in label)


def _host_problems(host: str) -> list[Problem]:
    if not host.strip():
        return [Problem("host", "required")]
    if host in LOOPBACK_HOSTS or _is_ip_address(host):
        return []
    if _HOST_FORBIDDEN.search(host) or not _is_domain(host, need_dot=False):
        return [Problem("host", "invalid_host", {"value": host})]
    return []


def _is_ip_address(text: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _port_problems(port: int) -> list[Problem]:
    # bool is an int subclass; True is never a port someone meant to type.
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        return [Problem("port", "out_of_range", {"value": port, "min": 1, "max": 65535})]
    return []


def _security_problems(settings: MailSettings) -> list[Problem]:
    if settings.security not in SECURITY_CHOICES:
        return [
            Problem("security", "invalid_choice", {"value": settings.security, "choices": SECURITY_CHOICES})
        ]
    if settings.security != "plain":
        return []
    if not settings.allow_plain_localhost or settings.host not in LOOPBACK_HOSTS:
        return [Problem("security", "plain_only_localhost", {"host": settings.host})]
    if settings.user:
        # Credentials never travel without TLS, not even over loopback.
        return [Problem("user", "credentials_need_tls")]
    return []


def _address_problems(field_name: str, value: str, *, required: bool) -> list[Problem]:
    if not value:
        return [Problem(field_name, "required")] if required else []
    if not is_email_address(value):
        return [Problem(field_name, "invalid_email", {"value": value})]
    return []


def _header_text_problems(field_name: str, value: str) -> list[Problem]:
    # A line break in a header value would let the text forge extra headers.
    if "\r" in value or "\n" in value:
        return [Problem(field_name, "line_break_not_allowed")]
    return []


def _user_problems(user: str) -> list[Problem]:
    from facturas_app.domain.text_rules import text_problems

    # A line break or control in the user name would reach the keyring account and the AUTH line.
    return text_problems("user", user, limit=254)


def _timeout_problems(timeout_s: float) -> list[Problem]:
    if not 0 < timeout_s <= 600:
        return [Problem("timeout_s", "out_of_range", {"value": timeout_s, "min": 0, "max": 600})]
    return []
