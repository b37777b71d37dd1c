"""SMTP delivery that knows, for every failure, whether the message may have been delivered.

The dialogue (EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA) is driven step by step instead of through
`send_message`, because the outbox must tell "never left" (retry) from "left, no answer" (never
resend on its own). smtplib and ssl are imported inside the methods to keep them off start-up.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from facturas_app.domain.errors import SecretUnavailable, ValidationFailed
from facturas_app.services.mail import error_codes
from facturas_app.services.mail.envelope import Envelope, EnvelopeError, build_envelope
from facturas_app.services.mail.failures import (
    classify_failure,
    reply_text,
    result_for_code,
    unexpected_failure,
)
from facturas_app.services.mail.settings import MailSettings
from facturas_app.services.ports import DeliveryOutcome, DeliveryResult

if TYPE_CHECKING:
    import smtplib
    import ssl

    from facturas_app.services.mail.smtp_batch import SmtpBatch

PasswordProvider = Callable[[], "str | None"]
SslContextFactory = Callable[[], "ssl.SSLContext"]

_log = logging.getLogger(__name__)
_ACCEPTED_RECIPIENT = (250, 251)
_QUIT_TIMEOUT_S = 5.0  # the message is already decided; do not make the user wait for a goodbye


class _Stop(Exception):
    """Ends the dialogue early with a decided result (e.g. no STARTTLS on offer)."""

    def __init__(self, result: DeliveryResult) -> None:
        super().__init__(result.detail)
        self.result = result


@dataclass
class _Progress:
    body_sent: bool = False  # past this point a lost connection means UNKNOWN, not TEMPORARY


@dataclass(frozen=True)
class _Session:
    smtp: smtplib.SMTP
    progress: _Progress


Step = Callable[[_Session], DeliveryResult]


class SmtpTransport:
    """MailTransport over SMTP with verified TLS (STARTTLS or implicit) and AUTH only under TLS."""

    def __init__(
        self,
        settings: MailSettings,
        password_provider: PasswordProvider,
        ssl_context_factory: SslContextFactory | None = None,
    ) -> None:
        problems = settings.validate()
        if problems:
            raise ValidationFailed(problems)
        self._settings = settings
        self._password_provider = password_provider
        self._ssl_context_factory = ssl_context_factory or _system_ssl_context
        self._context: ssl.SSLContext | None = None

    def send(self, message: EmailMessage) -> DeliveryResult:
        """Deliver one message; the result says whether it is safe to retry.

        Raises SecretUnavailable (before connecting) when a password is needed and none is known.
        """
        try:
            envelope = build_envelope(message, self._settings)
        except EnvelopeError as exc:
            return DeliveryResult(DeliveryOutcome.PERMANENT, str(exc), error=error_codes.OTHER)
        return self._run(lambda session: _deliver(session, envelope))

    def batch(self) -> SmtpBatch:
        """A session for many messages over one connection (services/mail/smtp_batch.py), each
        with its own verdict. Raises SecretUnavailable now, as send() would, when no password."""
        from facturas_app.services.mail.smtp_batch import SmtpBatch

        return SmtpBatch(self)

    def check(self) -> DeliveryResult:
        """Connect and authenticate, send nothing. SENT means the settings work."""
        if self._settings.user:
            result = DeliveryResult(
                DeliveryOutcome.SENT, "Connected and authenticated.", "mail_authenticated"
            )
        else:
            result = DeliveryResult(DeliveryOutcome.SENT, "Connected (no login configured).", "mail_no_login")
        return self._run(lambda _session: result)

    def _run(self, step: Step) -> DeliveryResult:
        import smtplib

        password = self._password()  # ask first: no point in connecting without it
        progress = _Progress()
        smtp: smtplib.SMTP | None = None
        try:
            smtp = self._connect()
            self._secure_and_login(smtp, password)
            return step(_Session(smtp, progress))
        except _Stop as stop:
            return stop.result
        except (smtplib.SMTPException, OSError) as exc:  # ssl errors are OSErrors too
            return classify_failure(exc, body_sent=progress.body_sent, where=self._where)
        except Exception as exc:  # a bug here must not leave the outbox unsure what happened
            _log.exception("Unexpected error while talking to %s", self._where)
            return unexpected_failure(exc, body_sent=progress.body_sent)
        finally:
            if smtp is not None:
                _close_quietly(smtp)

    def _password(self) -> str | None:
        if not self._settings.user:
            return None  # a server that needs no login (e.g. a local relay)
        password = self._password_provider()
        if password is None:
            raise SecretUnavailable("mail_password_missing", account=self._settings.keyring_account)
        return password

    def _connect(self) -> smtplib.SMTP:
        import smtplib

        # The host goes to the constructor because smtplib checks the certificate against the
        # constructor's host. local_hostname skips socket.getfqdn(), which can stall on bad DNS.
        host, port, timeout = self._settings.host, self._settings.port, self._settings.timeout_s
        if self._settings.security == "ssl":
            context = self._ssl_context()
            return smtplib.SMTP_SSL(host, port, local_hostname="localhost", timeout=timeout, context=context)
        return smtplib.SMTP(host, port, local_hostname="localhost", timeout=timeout)

    def _secure_and_login(self, smtp: smtplib.SMTP, password: str | None) -> None:
        _greet(smtp)
        if self._settings.security == "starttls":
            self._start_tls(smtp)
        if password is not None:
            _login(smtp, self._settings.user, password)

    def _start_tls(self, smtp: smtplib.SMTP) -> None:
        if not smtp.has_extn("starttls"):
            raise _Stop(
                _permanent(
                    f"{self._where} does not offer STARTTLS; nothing was sent, not even the login.",
                    "mail_no_starttls",
                    error_codes.TLS_FAILED,
                    where=self._where,
                )
            )
        smtp.starttls(context=self._ssl_context())
        _greet(smtp)  # capabilities announced before TLS are not to be trusted

    def _ssl_context(self) -> ssl.SSLContext:
        # One per transport: loading the system CA store costs ~60 ms, a batch connects many times.
        if self._context is None:
            self._context = self._ssl_context_factory()
        return self._context

    @property
    def _where(self) -> str:
        return f"{self._settings.host}:{self._settings.port}"


def _system_ssl_context() -> ssl.SSLContext:
    import ssl

    # Verifies the chain and the host name against the system CA store (honours SSL_CERT_FILE).
    return ssl.create_default_context()


def _greet(smtp: smtplib.SMTP) -> None:
    # An address literal instead of our host name: says nothing about the machine.
    smtp.local_hostname = _address_literal(smtp.sock)
    smtp.ehlo_or_helo_if_needed()


def _address_literal(sock: object) -> str:
    getsockname = getattr(sock, "getsockname", None)
    address = str(getsockname()[0]) if getsockname else "127.0.0.1"
    return f"[IPv6:{address}]" if ":" in address else f"[{address}]"


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    import smtplib
    import ssl

    # Last line of defence: whatever the settings say, credentials only travel encrypted.
    if not isinstance(smtp.sock, ssl.SSLSocket):
        raise _Stop(
            _permanent(
                "Refusing to send the login over an unencrypted connection.",
                "mail_login_unencrypted",
                error_codes.TLS_FAILED,
            )
        )
    if not smtp.has_extn("auth"):
        raise _Stop(
            _permanent("The server offers no login (AUTH) after TLS.", "mail_no_auth", error_codes.OTHER)
        )
    code, reply = _authenticate(smtp, user, password)
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _authenticate(smtp: smtplib.SMTP, user: str, password: str) -> tuple[int, bytes]:
    # Not smtp.login(): it encodes credentials as ASCII and crashes on "contraseña" (CPython
    # bpo-29750). RFC 4616 says UTF-8. CRAM-MD5 is not offered: under TLS, PLAIN is as safe.
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in mechanisms:
        return smtp.docmd("AUTH", "PLAIN " + _base64(f"\0{user}\0{password}"))
    if "LOGIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "LOGIN " + _base64(user))
        return smtp.docmd(_base64(password)) if code == 334 else (code, reply)
    raise _Stop(
        _permanent(
            f"No supported login method (PLAIN, LOGIN) among: {' '.join(mechanisms)}.",
            "mail_no_login_method",
            error_codes.OTHER,
            methods=" ".join(mechanisms),
        )
    )


def _base64(text: str) -> str:
    import base64

    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _deliver(session: _Session, envelope: Envelope) -> DeliveryResult:
    smtp = session.smtp
    code, reply = smtp.mail(envelope.sender, _mail_options(smtp, envelope))
    if code != 250:
        detail = f"Sender {envelope.sender} refused: {reply_text(code, reply)}"
        return result_for_code(code, detail, refused=error_codes.SENDER_REFUSED)
    refused = _refused_recipients(smtp, envelope.recipients)
    if refused:
        _reset_quietly(smtp)  # all or nobody: a partial delivery could not be retried cleanly
        return refused
    return _send_data(session, envelope.payload)


def _mail_options(smtp: smtplib.SMTP, envelope: Envelope) -> list[str]:
    options = []
    if envelope.international:
        options.append("SMTPUTF8")  # smtplib raises SMTPNotSupportedError if not offered
    if (envelope.eight_bit or envelope.international) and smtp.has_extn("8bitmime"):
        options.append("BODY=8BITMIME")
    return options


def _refused_recipients(smtp: smtplib.SMTP, recipients: tuple[str, ...]) -> DeliveryResult | None:
    refusals = []
    for recipient in recipients:
        code, reply = smtp.rcpt(recipient)
        if code not in _ACCEPTED_RECIPIENT:
            refusals.append((code, f"Recipient {recipient} refused: {reply_text(code, reply)}"))
    if not refusals:
        return None
    # One permanent refusal makes the whole message permanent: retrying would not help it.
    worst = max(refusals, key=lambda refusal: refusal[0] // 100)
    details = "; ".join(detail for _code, detail in refusals)
    return result_for_code(worst[0], details, refused=error_codes.RECIPIENT_REFUSED)


def _send_data(session: _Session, payload: bytes) -> DeliveryResult:
    smtp = session.smtp
    code, reply = smtp.docmd("DATA")
    if code != 354:
        return result_for_code(code, reply_text(code, reply), refused=error_codes.MESSAGE_REFUSED)
    # If this raises, the terminating "." never reached the server: it cannot have accepted it.
    smtp.send(payload)
    session.progress.body_sent = True
    code, reply = smtp.getreply()
    if 200 <= code < 300:
        return DeliveryResult(DeliveryOutcome.SENT, reply_text(code, reply))
    return result_for_code(code, reply_text(code, reply), body_sent=True, refused=error_codes.MESSAGE_REFUSED)


def _reset_quietly(smtp: smtplib.SMTP) -> None:
    import smtplib

    # The result is already decided; the connection is closed next anyway.
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def _close_quietly(smtp: smtplib.SMTP) -> None:
    import smtplib

    try:
        if smtp.sock is not None:
            smtp.sock.settimeout(min(smtp.sock.gettimeout() or _QUIT_TIMEOUT_S, _QUIT_TIMEOUT_S))
            smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass  # QUIT is a courtesy; the outcome was settled before it
    finally:
        smtp.close()


def _permanent(detail: str, code: str, error: str, **params: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.PERMANENT, detail, code, tuple(params.items()), error)
