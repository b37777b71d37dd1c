"""Stable codes for why an email did not go out (issue #18), stored in the outbox beside the
server's own words (migration 0021). The code is what the window and the CLI say in the user's
language (messages_outbox.py); the server's reply stays a detail, as it came.

A server's reply is classified by its SMTP code and the step that got it: 4xx is the server's
temporary trouble whatever the step; a 5xx says who was refused (login, sender, recipient).
"""

from __future__ import annotations

AUTH_FAILED = "auth_failed"
SENDER_REFUSED = "sender_refused"
RECIPIENT_REFUSED = "recipient_refused"
MESSAGE_REFUSED = "message_refused"
MESSAGE_TOO_LARGE = "message_too_large"
SERVER_TEMPORARY = "server_temporary"
CONNECTION_FAILED = "connection_failed"
TIMED_OUT = "timed_out"
TLS_FAILED = "tls_failed"
LOST_AFTER_BODY = "lost_after_body"
INTERRUPTED = "interrupted"
OTHER = "other"

# The codes whose detail is the server's reply (the rest are our own account of what happened).
FROM_SERVER_REPLY = frozenset(
    {AUTH_FAILED, SENDER_REFUSED, RECIPIENT_REFUSED, MESSAGE_REFUSED, MESSAGE_TOO_LARGE, SERVER_TEMPORARY}
)
ALL_CODES = FROM_SERVER_REPLY | {
    CONNECTION_FAILED,
    TIMED_OUT,
    TLS_FAILED,
    LOST_AFTER_BODY,
    INTERRUPTED,
    OTHER,
}
_TOO_LARGE_STATUS = "5.3.4"  # RFC 3463: message too big for system


def for_reply(code: int, reply: str, refused: str) -> str:
    """The code for a server's `code reply` at a step whose 5xx means `refused` (e.g. SENDER_REFUSED)."""
    if 400 <= code < 500:
        return SERVER_TEMPORARY
    if not 500 <= code < 600:
        return OTHER
    # 552 after MAIL FROM or the data is "exceeded storage/size"; after RCPT it is a full mailbox.
    if _TOO_LARGE_STATUS in reply or (code == 552 and refused != RECIPIENT_REFUSED):
        return MESSAGE_TOO_LARGE
    return refused
