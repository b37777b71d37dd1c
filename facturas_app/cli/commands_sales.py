"""quote, recurring and feedback commands, and `client timeline` / `client note` (CLI.md).

Commands that email deliver before they exit: 0 only when every message they queued is `sent`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from facturas_app.cli.commands_mail import use_typed_password
from facturas_app.cli.context import CliContext, parse_date_option, read_json_argument
from facturas_app.domain.invoice import DocType
from facturas_app.messages import error_text, text_for
from facturas_app.services.feedback import FeedbackSettings, feedback_json


def register(sub: Any) -> None:
    _register_quotes(sub)
    _register_recurring(sub)
    _register_feedback(sub)
    _register_client_extras(sub)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def _password_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="lee la contraseña SMTP de la entrada estándar (solo para esta ejecución)",
    )


def _subparsers_of(sub: Any, name: str, help_text: str) -> Any:
    """The subcommands of a group another module created (e.g. `client`), or a new group."""
    group = sub.choices.get(name) or sub.add_parser(name, help=help_text)
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest="action", required=True)


def _add(
    group: Any,
    name: str,
    handler: Any,
    *args: tuple[str, dict[str, Any]],
    help_text: str = "",
    json_flag: bool = True,
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name, help=help_text)
    for flags, options in args:
        parser.add_argument(*flags.split("|"), **options)
    if json_flag:
        _json_flag(parser)
    parser.set_defaults(handler=handler)
    return parser


def _register_quotes(sub: Any) -> None:
    quote = sub.add_parser("quote", help="presupuestos y proformas").add_subparsers(
        dest="action", required=True
    )
    _add(
        quote,
        "draft",
        quote_draft,
        ("file", {}),
        ("--proforma", {"action": "store_true"}),
        help_text='crea un presupuesto (o una proforma) en borrador; imprime {"id"}',
    )
    _add(
        quote,
        "finalise",
        quote_finalise,
        ("id", {}),
        ("--date", {}),
        help_text="numera el presupuesto con la serie de presupuestos",
    )
    p = _add(
        quote,
        "send",
        quote_send,
        ("id", {}),
        ("--to", {"action": "append"}),
        help_text="numera (si hace falta) y envía el presupuesto por correo con el PDF",
    )
    _password_flag(p)
    _add(
        quote,
        "accept",
        quote_accept,
        ("id", {}),
        ("--date", {}),
        ("--note", {"default": ""}),
        help_text='lo convierte en una factura en borrador; imprime {"invoice_id"}',
    )
    _add(
        quote,
        "reject",
        quote_reject,
        ("id", {}),
        ("--date", {}),
        ("--note", {"default": ""}),
        help_text="marca el presupuesto como rechazado",
    )
    _add(quote, "list", quote_list, ("--client", {}), ("--no-proformas", {"action": "store_true"}))


def _register_recurring(sub: Any) -> None:
    rec = sub.add_parser("recurring", help="facturas recurrentes").add_subparsers(
        dest="action", required=True
    )
    _add(rec, "add", recurring_add, ("file", {}), help_text='crea una programación; imprime {"id"}')
    p = _add(
        rec,
        "run",
        recurring_run,
        ("--date", {}),
        help_text="emite (una sola vez) todo lo que vence hasta la fecha",
    )
    _password_flag(p)
    _add(rec, "list", recurring_list)
    _add(rec, "pause", recurring_pause, ("id", {}))
    _add(rec, "resume", recurring_resume, ("id", {}))
    _add(
        rec,
        "update",
        recurring_update,
        ("id", {}),
        ("file", {}),
        help_text="cambia una programación (mismo formato que add); lo emitido no cambia",
    )
    _add(rec, "delete", recurring_delete, ("id", {}), help_text="solo una programación que no emitió nada")


def _register_feedback(sub: Any) -> None:
    fb = sub.add_parser("feedback", help="opiniones de los clientes").add_subparsers(
        dest="action", required=True
    )
    _add(
        fb,
        "add",
        feedback_add,
        ("client_id", {}),
        ("--rating", {"required": True}),
        ("--comment", {"default": ""}),
        ("--invoice", {}),
        ("--date", {}),
    )
    _add(fb, "list", feedback_list, ("--client", {}))
    _add(fb, "averages", feedback_averages)
    p = _add(
        fb,
        "request",
        feedback_request,
        help_text="envía las peticiones de valoración pendientes (si están activadas)",
    )
    _password_flag(p)
    _add(
        fb,
        "settings",
        feedback_settings,
        ("--enable", {"action": "store_true"}),
        ("--disable", {"action": "store_true"}),
        ("--channel", {"choices": ("email", "receipt")}),
        ("--days", {"type": int}),
    )


def _register_client_extras(sub: Any) -> None:
    client = _subparsers_of(sub, "client", "clientes")
    _add(client, "timeline", client_timeline, ("client_id", {}), help_text="historial del cliente")
    _add(
        client,
        "note",
        client_note,
        ("client_id", {}),
        ("text", {}),
        ("--date", {}),
        help_text="añade una nota al historial del cliente",
    )


def _date(value: str | None, name: str) -> Any:
    return parse_date_option(value, name) if value else None


def _warn(ctx: CliContext, code: str, **params: Any) -> None:
    sys.stderr.write("facturas: " + text_for(code, ctx.lang, **params) + "\n")


# ----- quotes -----------------------------------------------------------------------------------
def quote_draft(ctx: CliContext, args: argparse.Namespace) -> int:
    doc_type = DocType.PROFORMA if args.proforma else DocType.QUOTE
    saved = ctx.services.quotes.draft(read_json_argument(args.file), doc_type)
    ctx.print_json({"id": saved.invoice.id})
    return 0


def quote_finalise(ctx: CliContext, args: argparse.Namespace) -> int:
    quote = ctx.services.quotes.finalise(args.id, _date(args.date, "date"))
    ctx.print_json({"id": quote.id, "number": quote.number})
    return 0


def quote_send(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.cli.commands_mail import _report

    use_typed_password(ctx, args)
    entry = ctx.services.quotes.send(args.id, args.to)
    return _report(ctx, [entry])


def quote_accept(ctx: CliContext, args: argparse.Namespace) -> int:
    invoice = ctx.services.quotes.accept(args.id, _date(args.date, "date"), args.note)
    ctx.print_json({"invoice_id": invoice.id})
    return 0


def quote_reject(ctx: CliContext, args: argparse.Namespace) -> int:
    decision = ctx.services.quotes.reject(args.id, args.note, _date(args.date, "date"))
    ctx.print_json(
        {
            "id": decision.quote_id,
            "outcome": decision.outcome,
            "date": decision.decided_on.isoformat(),
            "note": decision.note,
        }
    )
    return 0


def quote_list(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.services.quotes.list(args.client, include_proformas=not args.no_proformas)
    ctx.print_json([item.to_json() for item in items])
    return 0


# ----- recurring --------------------------------------------------------------------------------
def recurring_add(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = ctx.services.recurring.add(read_json_argument(args.file))
    ctx.print_json({"id": schedule.id})
    return 0


def recurring_run(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    report = ctx.services.recurring.run(_date(args.date, "date"))
    ctx.print_json([result.to_json() for result in report.issued])
    for failure in report.failures:
        _warn(
            ctx,
            "recurring_failed",
            date=failure.occurrence_date.isoformat(),
            detail=error_text(failure.error, ctx.lang),
        )
    unsent = [r for r in report.issued if (r.outbox_id is not None and not r.sent) or r.error]
    for result in unsent:
        _warn(ctx, "recurring_not_sent", number=result.number, detail=result.error)
    return 1 if report.failures or unsent else 0


def recurring_list(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.recurring
    ctx.print_json([service.schedule_json(s) for s in service.list()])
    return 0


def recurring_pause(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.recurring.set_active(args.id, False)
    ctx.print_json({"id": args.id, "active": False})
    return 0


def recurring_resume(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.recurring.set_active(args.id, True)
    ctx.print_json({"id": args.id, "active": True})
    return 0


def recurring_update(ctx: CliContext, args: argparse.Namespace) -> int:
    schedule = ctx.services.recurring.update(args.id, read_json_argument(args.file))
    ctx.print_json(ctx.services.recurring.schedule_json(schedule))
    return 0


def recurring_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.recurring.delete(args.id)
    ctx.print_json({"id": args.id, "deleted": True})
    return 0


# ----- feedback ---------------------------------------------------------------------------------
def feedback_add(ctx: CliContext, args: argparse.Namespace) -> int:
    item = ctx.services.feedback.add(
        args.client_id, args.rating, args.comment, args.invoice, _date(args.date, "date")
    )
    ctx.print_json(feedback_json(item))
    return 0


def feedback_list(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.print_json([feedback_json(item) for item in ctx.services.feedback.list(args.client)])
    return 0


def feedback_averages(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.feedback
    overall = service.overall()

    def row(a: Any) -> dict[str, Any]:
        return {"key": a.key, "label": a.label, "count": a.count, "average": str(a.average)}

    ctx.print_json(
        {
            "overall": row(overall) if overall else None,
            "clients": [row(a) | {"client_id": a.key} for a in service.averages_by_client()],
            "months": [row(a) | {"month": a.key} for a in service.averages_by_month()],
        }
    )
    return 0


def feedback_request(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    results = ctx.services.feedback.send_due_requests()
    ctx.print_json(results)
    return 0 if all(r.get("sent") for r in results) else 1


def feedback_settings(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.feedback
    current = service.settings()
    enabled = True if args.enable else False if args.disable else current.enabled
    changed = FeedbackSettings(
        enabled,
        args.channel or current.channel,
        current.days_after_payment if args.days is None else args.days,
    )
    if changed != current:
        service.save_settings(changed)
    ctx.print_json(changed.to_json())
    return 0


# ----- client timeline --------------------------------------------------------------------------
def client_timeline(ctx: CliContext, args: argparse.Namespace) -> int:
    items = ctx.services.timeline.for_client(args.client_id)
    if ctx.json_output:
        ctx.print_json([item.to_json() for item in items])
    else:
        for item in items:
            ctx.say(f"{item.date.isoformat()}  {item.category:<9} {item.number or '':<14} {item.summary}")
    return 0


def client_note(ctx: CliContext, args: argparse.Namespace) -> int:
    item = ctx.services.timeline.add_note(args.client_id, args.text, _date(args.date, "date"))
    ctx.print_json(item.to_json())
    return 0
