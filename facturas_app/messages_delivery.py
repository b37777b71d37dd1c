"""Words for a mail delivery's or connection test's outcome, in Spanish and English (issue #18).

The transport writes English into DeliveryResult.detail (the CLI's JSON, the outbox's record); a
result in our own words also carries a code, said here in the user's language — a Spanish window
once read «Conexión correcta: Connected and authenticated.». A server's reply ('550 5.1.1 …') has
no code: it is the server's own words and is shown as it came.
"""

from __future__ import annotations

from typing import Any

DELIVERY_TEXTS: dict[str, tuple[str, str]] = {
    "mail_authenticated": ("conectado y autenticado", "connected and authenticated"),
    "mail_no_login": ("conectado (sin usuario configurado)", "connected (no login configured)"),
    "mail_certificate_unverified": (
        "no se pudo verificar el certificado de {where}: {cause}",
        "the certificate of {where} could not be verified: {cause}",
    ),
    "mail_lost_after_body": (
        "se perdió la conexión con {where} después de enviar el mensaje y antes de que el servidor "
        "lo confirmara ({cause}). Puede que se haya entregado o no",
        "the connection to {where} was lost after the message was sent, before the server "
        "confirmed it ({cause}). It may or may not have been delivered",
    ),
    "mail_unexpected": ("error inesperado: {cause}", "unexpected error: {cause}"),
    "mail_tls_closed": (
        "{where} cerró la conexión durante el saludo TLS ({cause})",
        "{where} closed the connection during the TLS handshake ({cause})",
    ),
    "mail_tls_failed": (
        "falló el TLS con {where}: {cause}. Revise el puerto y la seguridad",
        "TLS with {where} failed: {cause}. Check the port and security setting",
    ),
    "mail_server_said": ("{where}: {cause}", "{where}: {cause}"),
    "mail_refused": ("{where} rechazó la conexión", "{where} refused the connection"),
    "mail_timed_out": ("{where} no respondió a tiempo ({cause})", "{where} did not answer in time ({cause})"),
    "mail_unreachable": ("no se pudo hablar con {where}: {cause}", "could not talk to {where}: {cause}"),
    "mail_no_starttls": (
        "{where} no ofrece STARTTLS; no se ha enviado nada, ni siquiera el usuario",
        "{where} does not offer STARTTLS; nothing was sent, not even the login",
    ),
    "mail_login_unencrypted": (
        "no se envía el usuario y la contraseña por una conexión sin cifrar",
        "refusing to send the login over an unencrypted connection",
    ),
    "mail_no_auth": (
        "el servidor no ofrece inicio de sesión (AUTH) después del TLS",
        "the server offers no login (AUTH) after TLS",
    ),
    "mail_no_login_method": (
        "ningún método de inicio de sesión admitido (PLAIN, LOGIN) entre: {methods}",
        "no supported login method (PLAIN, LOGIN) among: {methods}",
    ),
}


def delivery_text(result: Any, lang: str = "es") -> str:
    """A DeliveryResult in the user's language: our own words by their code, a server's as sent."""
    from facturas_app.messages import text_for

    if not getattr(result, "code", ""):
        return str(result.detail)
    return text_for(result.code, lang, **dict(result.params))
