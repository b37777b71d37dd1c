"""Map SMTP replies and network errors to a DeliveryOutcome, keeping the server's own words."""

from __future__ import annotations

from facturas_app.services.ports import DeliveryOutcome, DeliveryResult


def reply_text(code: int, reply: bytes | str) -> str:
    """`550 5.1.1 No such user` from smtplib's (code, bytes) pair; undecodable bytes shown, not fatal."""
    words = reply.decode("utf-8", errors="replace") if isinstance(reply, bytes) else reply
    words = " ".join(words.split())  # multi-line replies arrive joined by newlines
    return f"{code} {words}" if code > 0 else words


def result_for_code(code: int, detail: str, *, body_sent: bool = False) -> DeliveryResult:
    """4xx: try again later; 5xx: the user must act; anything else after the body: nobody knows."""
    if 400 <= code < 500:
        return DeliveryResult(DeliveryOutcome.TEMPORARY, detail)
    if 500 <= code < 600:
        return DeliveryResult(DeliveryOutcome.PERMANENT, detail)
    outcome = DeliveryOutcome.UNKNOWN if body_sent else DeliveryOutcome.TEMPORARY
    return DeliveryResult(outcome, detail or f"Unexpected reply code {code}")


def classify_failure(exc: Exception, *, body_sent: bool, where: str) -> DeliveryResult:
    """An exception raised during the dialogue, judged by what had already gone out."""
    import smtplib
    import ssl

    if isinstance(exc, smtplib.SMTPResponseException):
        return result_for_code(exc.smtp_code, reply_text(exc.smtp_code, exc.smtp_error), body_sent=body_sent)
    if isinstance(exc, ssl.SSLCertVerificationError):
        detail = f"The certificate of {where} could not be verified: {exc.verify_message}"
        return _permanent(detail, "mail_certificate_unverified", where=where, cause=str(exc.verify_message))
    if body_sent:
        return DeliveryResult(
            DeliveryOutcome.UNKNOWN,
            f"The connection to {where} was lost after the message was sent, before the server "
            f"confirmed it ({_describe(exc)}). It may or may not have been delivered.",
            "mail_lost_after_body",
            (("where", where), ("cause", _describe(exc))),
        )
    return _before_body(exc, where)


def unexpected_failure(exc: Exception, *, body_sent: bool) -> DeliveryResult:
    """A bug, not the network: after the body it is still UNKNOWN, before it the user must look."""
    detail = f"Unexpected error: {_describe(exc)}"
    outcome = DeliveryOutcome.UNKNOWN if body_sent else DeliveryOutcome.PERMANENT
    return DeliveryResult(outcome, detail, "mail_unexpected", (("cause", _describe(exc)),))


def _before_body(exc: Exception, where: str) -> DeliveryResult:
    import smtplib
    import ssl

    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        detail = f"{where} closed the connection during the TLS handshake ({_describe(exc)})."
        return _temporary(detail, "mail_tls_closed", where=where, cause=_describe(exc))
    if isinstance(exc, ssl.SSLError):
        # Usually the wrong security mode for the port (SSL on a STARTTLS port or the reverse).
        detail = f"TLS with {where} failed: {_describe(exc)}. Check the port and security setting."
        return _permanent(detail, "mail_tls_failed", where=where, cause=_describe(exc))
    if isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)) and not _is_protocol_error(exc):
        return _network_failure(exc, where)
    # SMTPNotSupportedError, "No suitable authentication method found.": smtplib's words
    return _permanent(f"{where}: {_describe(exc)}", "mail_server_said", where=where, cause=_describe(exc))


def _is_protocol_error(exc: Exception) -> bool:
    import smtplib

    # Every SMTPException is an OSError; only disconnections among them are network trouble.
    return isinstance(exc, smtplib.SMTPException) and not isinstance(exc, smtplib.SMTPServerDisconnected)


def _network_failure(exc: Exception, where: str) -> DeliveryResult:
    cause = _describe(exc)
    if isinstance(exc, ConnectionRefusedError):
        return _temporary(f"{where} refused the connection.", "mail_refused", where=where, cause=cause)
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        detail = f"{where} did not answer in time ({cause})."
        return _temporary(detail, "mail_timed_out", where=where, cause=cause)
    return _temporary(f"Could not talk to {where}: {cause}", "mail_unreachable", where=where, cause=cause)


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _permanent(detail: str, code: str, **params: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.PERMANENT, detail, code, tuple(params.items()))


def _temporary(detail: str, code: str, **params: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.TEMPORARY, detail, code, tuple(params.items()))
