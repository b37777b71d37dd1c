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
        return _permanent(f"The certificate of {where} could not be verified: {exc.verify_message}")
    if body_sent:
        return DeliveryResult(
            DeliveryOutcome.UNKNOWN,
            f"The connection to {where} was lost after the message was sent, before the server "
            f"confirmed it ({_describe(exc)}). It may or may not have been delivered.",
        )
    return _before_body(exc, where)


def unexpected_failure(exc: Exception, *, body_sent: bool) -> DeliveryResult:
    """A bug, not the network: after the body it is still UNKNOWN, before it the user must look."""
    detail = f"Unexpected error: {_describe(exc)}"
    return DeliveryResult(DeliveryOutcome.UNKNOWN if body_sent else DeliveryOutcome.PERMANENT, detail)


def _before_body(exc: Exception, where: str) -> DeliveryResult:
    import smtplib
    import ssl

    if isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError)):
        return _temporary(f"{where} closed the connection during the TLS handshake ({_describe(exc)}).")
    if isinstance(exc, ssl.SSLError):
        # Usually the wrong security mode for the port (SSL on a STARTTLS port or the reverse).
        return _permanent(f"TLS with {where} failed: {_describe(exc)}. Check the port and security setting.")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _permanent(f"{where}: {_describe(exc)}")
    if isinstance(exc, (smtplib.SMTPServerDisconnected, OSError)) and not _is_protocol_error(exc):
        return _temporary(_network_detail(exc, where))
    return _permanent(f"{where}: {_describe(exc)}")  # e.g. "No suitable authentication method found."


def _is_protocol_error(exc: Exception) -> bool:
    import smtplib

    # Every SMTPException is an OSError; only disconnections among them are network trouble.
    return isinstance(exc, smtplib.SMTPException) and not isinstance(exc, smtplib.SMTPServerDisconnected)


def _network_detail(exc: Exception, where: str) -> str:
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection."
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        return f"{where} did not answer in time ({_describe(exc)})."
    return f"Could not talk to {where}: {_describe(exc)}"


def _describe(exc: Exception) -> str:
    return str(exc) or type(exc).__name__


def _permanent(detail: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.PERMANENT, detail)


def _temporary(detail: str) -> DeliveryResult:
    return DeliveryResult(DeliveryOutcome.TEMPORARY, detail)
