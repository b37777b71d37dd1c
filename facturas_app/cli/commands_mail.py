"""mail configure/test, invoice send, outbox list/retry/cancel/mark-sent/deliver (CLI.md).

Commands that email deliver before they exit: 0 only when every message they queued is `sent`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from facturas_app.cli.context import CliContext
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.messages import text_for
from facturas_app.messages_delivery import delivery_text
from facturas_app.messages_outbox import outbox_error_text
from facturas_app.storage.api import OUTBOX_STATES, OutboxEntry


def register(sub: Any) -> None:
    _register_mail(sub)
    _register_invoice_send(sub)
    _register_outbox(sub)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def _password_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="lee la contraseña SMTP de la entrada estándar (solo para esta ejecución)",
    )


def _register_mail(sub: Any) -> None:
    mail = sub.add_parser("mail", help="correo saliente (SMTP)").add_subparsers(dest="action", required=True)
    p = mail.add_parser(
        "configure", help="guarda la configuración SMTP; la contraseña va al llavero del sistema"
    )
    p.add_argument("--host", required=True)
    p.add_argument("--port", required=True, type=int)
    p.add_argument("--security", required=True, choices=("starttls", "ssl", "plain"))
    p.add_argument("--user", default="")
    p.add_argument("--from", dest="from_address", required=True)
    p.add_argument("--from-name", default="")
    p.add_argument("--reply-to", default="")
    p.add_argument("--allow-plain-localhost", action="store_true")
    p.add_argument("--timeout", type=float, default=20.0, help="segundos por operación de red")
    p.add_argument("--password-stdin", action="store_true", help="lee la contraseña de la entrada estándar")
    _json_flag(p)
    p.set_defaults(handler=mail_configure)
    p = mail.add_parser("test", help="conecta y se autentica, sin enviar nada")
    _password_flag(p)
    _json_flag(p)
    p.set_defaults(handler=mail_test)


def _invoice_subparsers(sub: Any) -> Any:
    """The `invoice` command's subparsers, created by commands_core (registered before us)."""
    invoice = sub.choices.get("invoice")
    if invoice is None:
        invoice = sub.add_parser("invoice", help="facturas")
    for action in invoice._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return invoice.add_subparsers(dest="action", required=True)


def _register_invoice_send(sub: Any) -> None:
    p = _invoice_subparsers(sub).add_parser("send", help="envía la factura por correo con el PDF adjunto")
    p.add_argument("number")
    p.add_argument(
        "--to", action="append", help="destinatario (por defecto, los correos del cliente); repetible"
    )
    p.add_argument("--cc-self", action="store_true", help="copia oculta al remitente")
    _password_flag(p)
    _json_flag(p)
    p.set_defaults(handler=invoice_send)


def _register_outbox(sub: Any) -> None:
    outbox = sub.add_parser("outbox", help="bandeja de salida").add_subparsers(dest="action", required=True)
    p = outbox.add_parser("list")
    p.add_argument("--state", choices=OUTBOX_STATES, action="append")
    p.add_argument("--limit", type=int)
    _json_flag(p)
    p.set_defaults(handler=outbox_list)
    for name, handler, help_text in (
        ("retry", outbox_retry, "vuelve a poner en cola un mensaje y lo envía ahora"),
        ("cancel", outbox_cancel, "cancela un mensaje no enviado"),
        (
            "mark-sent",
            outbox_mark_sent,
            "marca como enviado un mensaje en estado unknown (comprobado a mano)",
        ),
    ):
        p = outbox.add_parser(name, help=help_text)
        p.add_argument("id")
        if name == "retry":
            _password_flag(p)
        _json_flag(p)
        p.set_defaults(handler=handler)
    p = outbox.add_parser("deliver", help="envía los mensajes en cola cuya hora ha llegado")
    _password_flag(p)
    _json_flag(p)
    p.set_defaults(handler=outbox_deliver)


# ----- handlers ---------------------------------------------------------------------------------


def mail_configure(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.mail import MailSettings

    settings = MailSettings(
        host=args.host,
        port=args.port,
        security=args.security,
        user=args.user,
        from_address=args.from_address,
        from_name=args.from_name,
        reply_to=args.reply_to,
        allow_plain_localhost=args.allow_plain_localhost,
        timeout_s=args.timeout,
    )
    password = _read_password() if args.password_stdin else None
    ctx.services.mail_config.configure(settings, password)
    if ctx.json_output:
        ctx.print_json({"configured": True, "password_stored": password is not None})
    else:
        ctx.say(text_for("mail_configured", ctx.lang))
        if password is not None:
            ctx.say(text_for("mail_password_stored", ctx.lang))
    return 0


def mail_test(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.ports import DeliveryOutcome

    use_typed_password(ctx, args)
    result = ctx.services.mail_config.test()
    ok = result.outcome is DeliveryOutcome.SENT
    if ctx.json_output:
        ctx.print_json({"ok": ok, "outcome": result.outcome.value, "detail": result.detail})
    elif ok:
        ctx.say(text_for("mail_test_ok", ctx.lang, detail=delivery_text(result, ctx.lang)))
    else:
        detail = delivery_text(result, ctx.lang)
        sys.stderr.write("facturas: " + text_for("mail_test_failed", ctx.lang, detail=detail) + "\n")
    return 0 if ok else 1


def invoice_send(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    outbox = ctx.services.outbox
    ctx.services.mail_config.transport()  # no settings or no password: fail before queueing anything
    entry = outbox.queue_invoice(args.number, to=args.to or None, cc_self=args.cc_self)
    return _deliver_and_report(ctx, [entry.id])


def outbox_list(ctx: CliContext, args: argparse.Namespace) -> int:
    entries = ctx.services.outbox.list(states=args.state, limit=args.limit)
    ctx.print_json([outbox_json(entry) for entry in entries])
    return 0


def outbox_retry(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    ctx.services.mail_config.transport()
    entry = ctx.services.outbox.retry(args.id)
    return _deliver_and_report(ctx, [entry.id])


def outbox_cancel(ctx: CliContext, args: argparse.Namespace) -> int:
    return _report_one(ctx, ctx.services.outbox.cancel(args.id))


def outbox_mark_sent(ctx: CliContext, args: argparse.Namespace) -> int:
    return _report_one(ctx, ctx.services.outbox.mark_sent(args.id))


def outbox_deliver(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    entries = ctx.services.outbox.deliver_due()
    return _report(ctx, entries)


# ----- helpers ----------------------------------------------------------------------------------


def outbox_json(entry: OutboxEntry) -> dict[str, Any]:
    """CLI.md keys first (id, message_id, state, to, subject, invoice_number, error), then extras."""
    return {
        "id": entry.id,
        "message_id": entry.message_id,
        "state": entry.state,
        "to": entry.to,
        "subject": entry.subject,
        "invoice_number": entry.invoice_number,
        "error": entry.last_error or None,
        "kind": entry.kind,
        "stage": entry.stage or None,
        "attempts": entry.attempts,
        "created_at": entry.created_at.isoformat(),
        "next_attempt_at": entry.next_attempt_at.isoformat() if entry.next_attempt_at else None,
        "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
        "error_code": entry.error_code or None,  # services/mail/error_codes.py; null before 0021
    }


def _deliver_and_report(ctx: CliContext, outbox_ids: list[str]) -> int:
    return _report(ctx, ctx.services.outbox.deliver(outbox_ids))


def _report(ctx: CliContext, entries: list[OutboxEntry]) -> int:
    if ctx.json_output:
        ctx.print_json([outbox_json(entry) for entry in entries])
    for entry in entries:
        _say_outcome(ctx, entry)
    return 0 if all(entry.state == "sent" for entry in entries) else 1


def _report_one(ctx: CliContext, entry: OutboxEntry) -> int:
    if ctx.json_output:
        ctx.print_json(outbox_json(entry))
    else:
        ctx.say(text_for("outbox_other", ctx.lang, id=entry.id, state=entry.state))
    return 0


def _say_outcome(ctx: CliContext, entry: OutboxEntry) -> None:
    params = {
        "id": entry.id,
        "to": entry.to,
        "message_id": entry.message_id,
        "detail": outbox_error_text(entry, ctx.lang),
        "state": entry.state,
        "when": entry.next_attempt_at.isoformat(timespec="seconds") if entry.next_attempt_at else "",
    }
    code = {
        "sent": "outbox_sent",
        "queued": "outbox_temporary",
        "failed": "outbox_failed",
        "unknown": "outbox_unknown",
    }.get(entry.state, "outbox_other")
    line = text_for(code, ctx.lang, **params)
    if entry.state == "sent":
        if not ctx.json_output:
            ctx.say(line)
    else:
        sys.stderr.write(f"facturas: {line}\n")


def _read_password() -> str:
    # One line; only the line end is dropped (a password may begin or end with spaces).
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise ValidationFailed([Problem("password", "password_stdin_empty")])
    return password


def use_typed_password(ctx: CliContext, args: argparse.Namespace) -> None:
    """`--password-stdin`: the SMTP password for this run only (every command that may send)."""
    if getattr(args, "password_stdin", False):
        ctx.services.mail_config.remember_for_session(_read_password())
