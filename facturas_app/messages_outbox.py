"""Why an email did not go out, by the outbox's error code (issue #18), in Spanish and English.

The outbox keeps the server's reply as it came (English, usually); the user reads the reason in
their language and the reply only as a detail: «El servidor rechazó al destinatario. Respuesta del
servidor: 550 5.1.1 …». A row stored before the codes existed (no code) shows its words as before.
"""

from __future__ import annotations

from typing import Any

OUTBOX_TEXTS: dict[str, tuple[str, str]] = {
    "outbox_error_auth_failed": (
        "El servidor de correo no aceptó el usuario o la contraseña.",
        "The mail server did not accept the user name or password.",
    ),
    "outbox_error_sender_refused": (
        "El servidor de correo rechazó la dirección del remitente.",
        "The mail server refused the sender address.",
    ),
    "outbox_error_recipient_refused": (
        "El servidor de correo rechazó al destinatario.",
        "The mail server refused the recipient.",
    ),
    "outbox_error_message_refused": (
        "El servidor de correo rechazó el mensaje.",
        "The mail server refused the message.",
    ),
    "outbox_error_message_too_large": (
        "El mensaje es demasiado grande para el servidor de correo.",
        "The message is too large for the mail server.",
    ),
    "outbox_error_server_temporary": (
        "El servidor de correo tiene un problema temporal; se volverá a intentar.",
        "The mail server has a temporary problem; it will be tried again.",
    ),
    "outbox_error_connection_failed": (
        "No se pudo conectar con el servidor de correo.",
        "Could not connect to the mail server.",
    ),
    "outbox_error_timed_out": (
        "El servidor de correo no respondió a tiempo.",
        "The mail server did not answer in time.",
    ),
    "outbox_error_tls_failed": (
        "No se pudo establecer una conexión segura (TLS) con el servidor de correo; revise el "
        "puerto y la seguridad en los ajustes de correo.",
        "Could not set up a secure (TLS) connection with the mail server; check the port and "
        "security in the mail settings.",
    ),
    "outbox_error_lost_after_body": (
        "Se perdió la conexión después de enviar el mensaje: puede que haya llegado o no.",
        "The connection was lost after the message was sent: it may or may not have arrived.",
    ),
    "outbox_error_interrupted": (
        "La aplicación se cerró mientras enviaba: puede que el mensaje haya llegado o no.",
        "The app stopped while sending: the message may or may not have arrived.",
    ),
    "outbox_error_other": ("No se ha podido enviar el mensaje.", "The message could not be sent."),
    "outbox_server_reply": ("Respuesta del servidor: {detail}", "Server reply: {detail}"),
    "outbox_error_detail": ("Detalle: {detail}", "Detail: {detail}"),
}


def outbox_error_text(entry: Any, lang: str = "es") -> str:
    """An outbox row's reason in the user's language, the server's words after it as a detail."""
    from facturas_app.messages import text_for
    from facturas_app.services.mail.error_codes import FROM_SERVER_REPLY  # not on start-up's path

    code, detail = getattr(entry, "error_code", ""), entry.last_error
    if not code:
        return str(detail)  # stored before migration 0021: only the words are known
    reason = text_for(f"outbox_error_{code}", lang)
    if reason == f"outbox_error_{code}":  # a code from a newer version: the generic reason
        reason = text_for("outbox_error_other", lang)
    if not detail:
        return reason
    label = "outbox_server_reply" if code in FROM_SERVER_REPLY else "outbox_error_detail"
    return f"{reason} {text_for(label, lang, detail=detail)}"
