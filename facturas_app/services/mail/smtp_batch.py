"""Many messages down one SMTP connection (the outbox's send run, issue #23).

Each message still gets its own verdict, by the same rules as SmtpTransport.send: a refusal (4xx or
5xx) is that message's alone and the session goes on after a RSET; a lost connection ends the
session, and the next message opens a new one. A message that found the connection already dead
before any of its data went out (the server's idle timeout, its per-connection limit, a 421) is
tried once more on a fresh connection: nothing of it can have been delivered. After the body went
out, a lost connection stays UNKNOWN and is never tried again here.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from types import TracebackType
from typing import TYPE_CHECKING

from facturas_app.services.mail import error_codes
from facturas_app.services.mail.envelope import EnvelopeError, build_envelope
from facturas_app.services.mail.failures import classify_failure, unexpected_failure
from facturas_app.services.ports import DeliveryOutcome, DeliveryResult

if TYPE_CHECKING:
    import smtplib

    from facturas_app.services.mail.envelope import Envelope
    from facturas_app.services.mail.smtp_transport import SmtpTransport

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Attempt:
    result: DeliveryResult
    dead_before_body: bool  # the connection was gone before this message's body went out


class SmtpBatch:
    """A context manager whose send() reuses one authenticated connection; close() says QUIT."""

    def __init__(self, transport: SmtpTransport) -> None:
        self._transport = transport
        self._password = transport._password()  # before anything is claimed, as send() does
        self._smtp: smtplib.SMTP | None = None
        self.connections = 0  # how many this batch opened (reconnects included)

    def __enter__(self) -> SmtpBatch:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def send(self, message: EmailMessage) -> DeliveryResult:
        try:
            envelope = build_envelope(message, self._transport._settings)
        except EnvelopeError as exc:
            return DeliveryResult(DeliveryOutcome.PERMANENT, str(exc), error=error_codes.OTHER)
        reused = self._smtp is not None
        attempt = self._attempt(envelope)
        if reused and attempt.dead_before_body:
            attempt = self._attempt(envelope)  # an old connection died: a fresh one, once
        return attempt.result

    def close(self) -> None:
        if self._smtp is not None:
            from facturas_app.services.mail.smtp_transport import _close_quietly

            smtp, self._smtp = self._smtp, None
            _close_quietly(smtp)

    def _attempt(self, envelope: Envelope) -> _Attempt:
        import smtplib

        from facturas_app.services.mail.smtp_transport import _deliver, _Progress, _Session, _Stop

        progress = _Progress()
        try:
            session = _Session(self._open(), progress)
            result = _deliver(session, envelope)
        except _Stop as stop:
            self._drop()
            return _Attempt(stop.result, False)
        except (smtplib.SMTPException, OSError) as exc:  # ssl errors are OSErrors too
            self._drop()
            result = classify_failure(exc, body_sent=progress.body_sent, where=self._transport._where)
            return _Attempt(result, not progress.body_sent and _is_dead_connection(exc))
        except Exception as exc:  # a bug here must not leave the outbox unsure what happened
            _log.exception("Unexpected error while talking to %s", self._transport._where)
            self._drop()
            return _Attempt(unexpected_failure(exc, body_sent=progress.body_sent), False)
        if result.outcome is DeliveryOutcome.SENT:
            return _Attempt(result, False)
        dead = not self._reset()
        temporary = result.outcome is DeliveryOutcome.TEMPORARY
        return _Attempt(result, dead and temporary and not progress.body_sent)

    def _open(self) -> smtplib.SMTP:
        if self._smtp is None:
            smtp = self._transport._connect()
            try:
                self._transport._secure_and_login(smtp, self._password)
            except BaseException:
                smtp.close()
                raise
            self._smtp = smtp
            self.connections += 1
        return self._smtp

    def _reset(self) -> bool:
        """RSET after a refusal, so the next message starts clean; False (and closed) when the
        connection did not survive it (a 421 is followed by the server hanging up)."""
        import smtplib

        assert self._smtp is not None
        try:
            code, _reply = self._smtp.rset()
        except (smtplib.SMTPException, OSError):
            code = 0
        if code == 250:
            return True
        self._drop()
        return False

    def _drop(self) -> None:
        if self._smtp is not None:
            smtp, self._smtp = self._smtp, None
            with contextlib.suppress(OSError):
                smtp.close()


def _is_dead_connection(exc: Exception) -> bool:
    """The server hung up (or reset). A reply smtplib raised is a verdict, not a dead connection;
    a timeout is not tried again either: the user would wait twice for the same silence."""
    import smtplib

    if isinstance(exc, (smtplib.SMTPResponseException, TimeoutError)) or "timed out" in str(exc):
        return False
    return isinstance(exc, smtplib.SMTPServerDisconnected) or not isinstance(exc, smtplib.SMTPException)
