"""Map SMTP replies and network errors to a DeliveryOutcome, keeping the server's own words, and
to a stable error code (error_codes.py) the user is told about in their language."""

from __future__ import annotations

from facturas_app.services.mail import error_codes
from facturas_app.services.ports import DeliveryOutcome, DeliveryResult


def reply_text(code: int, reply: bytes | str) -> str:
    """`550 5.1.1 No such user` from smtplib's (code, bytes) pair; undecodable bytes shown, not fatal."""
    words = reply.decode("utf-8", errors="replace") if isinstance(reply, bytes) else reply
    words = " ".join(words.split())  # multi-line replies arrive joined by newlines
    return f"{code} {words}" if code > 0 else words


def result_for_code(
    code: int, detail: str, *, body_sent: bool = False, refused: str = error_codes.OTHER
) -> DeliveryResult:
    """4xx: try again later; 5xx: the user must act; anything else after the body: nobody knows.
    `refused`: what a 5xx at this step means (error_codes.SENDER_REFUSED after MAIL FROM, ...)."""
    error = error_codes.for_reply(code, detail, refused)
    if 400 <= code < 500:
        return DeliveryResult(DeliveryOutcome.TEMPORARY, detail, error=error)
    if 500 <= code < 600:
        return DeliveryResult(DeliveryOutcome.PERMANENT, detail, error=error)
    outcome = DeliveryOutcome.UNKNOWN if body_sent else DeliveryOutcome.TEMPORARY
    error = error_codes.LOST_AFTER_BODY if body_sent else error_codes.OTHER
    return DeliveryResult(outcome, detail or f"Unexpected reply code {code}", error=error)


def classify_failure(exc: Exception, *, body_sent: bool, where: str) -> DeliveryResult:
    """An exception raised during the dialogue, judged by what had already gone out."""
    import smtplib
    import ssl

    if isinstance(exc, smtplib.SMTPResponseException):
        detail = reply_text(exc.smtp_code, exc.smtp_error)
        return result_for_code(exc.smtp_code, detail, body_sent=body_sent, refused=_refused_by(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = f"The certificate of {where} could not be verified: {exc.verify_message}"
        return _permanent(
            detail,
            "mail_certificate_unverified",
            error_codes.TLS_FAILED,
            where=where,
            cause=str(exc.verify_message),
        )
    if body_sent:
        return DeliveryResult(
            DeliveryOutcome.UNKNOWN,
            f"The connection to {where} was lost after the message was sent, before the server "
            f"confirmed it ({_describe(exc)}). It may or may not have been delivered.",
            "mail_lost_after_body",
            (("where", where), ("cause", _describe(exc))),
            error_codes.LOST_AFTER_BODY,
        )
    return _before_body(exc, where)


def _refused_by(exc: Exception) -> str:
    """What a 5xx raised by smtplib means: a login refused, or a greeting that turned us away."""
    import smtplib

    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return error_codes.AUTH_FAILED
    if isinstance(exc, smtplib.SMTPConnectError):
        return error_codes.CONNECTION_FAILED
    return error_codes.OTHER


def unexpected_failure(exc: Exception, *, body_sent: bool) -> DeliveryResult:
    """A bug, not the network: after the body it is still UNKNOWN, before it the user must look."""
    detail = f"Unexpected error: {_describe(exc)}"
    if body_sent:
        return DeliveryResult(
            DeliveryOutcome.UNKNOWN,
            detail,
            "mail_unexpected",
            (("cause", _describe(exc)),),
            error_codes.LOST_AFTER_BODY,
        )
    return _permanent(detail, "mail_unexpected", error_codes.OTHER, cause=_describe(exc))


def _before_body(exc: Exception, where: str) -> DeliveryResult:
    import smtplib
    import ssl

    tls = error_codes.TLS_FAILED
    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        detail = f"{where} closed the connection during the TLS handshake ({_describe(exc)})."
        return _temporary(detail, "mail_tls_closed", tls, where=where, cause=_describe(exc))
    if isinstance(exc, ssl.SSLError):
        # Usually the wrong security mode for the port (SSL on a STARTTLS port or the reverse).
        detail = f"TLS with {where} failed: {_describe(exc)}. Check the port and security setting."
        return _permanent(detail, "mail_tls_failed", tls, where=where, cause=_describe(exc))
    if isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)) and not _is_protocol_error(exc):
        return _network_failure(exc, where)
    # SMTPNotSupportedError, "No suitable authentication method found.": smtplib's words
    detail = f"{where}: {_describe(exc)}"
    return _permanent(detail, "mail_server_said", error_codes.OTHER, where=where, cause=_describe(exc))


def _is_protocol_error(exc: Exception) -> bool:
    import smtplib

    # Every SMTPException is an OSError; only disconnections among them are network trouble.
    return isinstance(exc, smtplib.SMTPException) and not isinstance(exc, smtplib.SMTPServerDisconnected)


def _network_failure(exc: Exception, where: str) -> DeliveryResult:
    cause, failed = _describe(exc), error_codes.CONNECTION_FAILED
    if isinstance(exc, ConnectionRefusedError):
        return _temporary(
            f"{where} refused the connection.", "mail_refused", failed, where=where, cause=cause
        )
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        detail = f"{where} did not answer in time ({cause})."
        return _temporary(detail, "mail_timed_out", error_codes.TIMED_OUT, where=where, cause=cause)
    detail = f"Could not talk to {where}: {cause}"
    return _temporary(detail, "mail_unreachable", failed, where=where, cause=cause)


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _permanent(detail: str, code: str, error: str, **params: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.PERMANENT, detail, code, tuple(params.items()), error)


def _temporary(detail: str, code: str, error: str, **params: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.TEMPORARY, detail, code, tuple(params.items()), error)
