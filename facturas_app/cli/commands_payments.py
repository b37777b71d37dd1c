"""Getting paid from the command line: `remind`, `payment remove/list/receipt`, `invoice
pause-reminders/demand-letter`, `client reminders`, `aging` (CLI.md).

Subcommands of the `payment`, `invoice` and `client` groups hook into the parsers commands_core
created (registered before this module). `payment add` is wrapped so the receipt it queues is
delivered before the command exits, as every command that emails does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facturas_app.cli.commands_mail import use_typed_password
from facturas_app.cli.context import CliContext
from facturas_app.domain.errors import FacturasError
from facturas_app.domain.money import money_text
from facturas_app.messages import error_text, text_for
from facturas_app.messages_outbox import outbox_error_text
from facturas_app.storage.api import AGING_BUCKETS, Payment


def register(sub: Any) -> None:
    _register_remind(sub)
    _register_aging(sub)
    _register_payment_commands(group_subparsers(sub, "payment"))
    _register_invoice_commands(group_subparsers(sub, "invoice"))
    _register_client_commands(group_subparsers(sub, "client"))


def group_subparsers(sub: Any, name: str) -> Any:
    """The subparsers of an existing command group (`payment`, `invoice`, `client`), or a new group."""
    group = sub.choices.get(name) or sub.add_parser(name)
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest="action", required=True)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def _register_remind(sub: Any) -> None:
    p = sub.add_parser("remind", help="envía los recordatorios de pago pendientes")
    p.add_argument(
        "--dry-run", action="store_true", help="muestra lo que se enviaría, sin enviar ni anotar nada"
    )
    p.add_argument(
        "--password-stdin", action="store_true", help="lee la contraseña SMTP de la entrada estándar"
    )
    _json_flag(p)
    p.set_defaults(handler=remind)


def _register_aging(sub: Any) -> None:
    p = sub.add_parser("aging", help="antigüedad de lo pendiente de cobro, por tramos y por cliente")
    p.add_argument("--client")
    _json_flag(p)
    p.set_defaults(handler=aging)


def _register_payment_commands(pay: Any) -> None:
    add = pay.choices.get("add")
    if add is not None:  # commands_core's `payment add`, plus delivering the receipt it queues
        core_handler = add.get_default("handler")
        add.add_argument(
            "--password-stdin", action="store_true", help="lee la contraseña SMTP de la entrada estándar"
        )
        add.set_defaults(handler=lambda ctx, args: payment_add_and_deliver(ctx, args, core_handler))
    p = pay.add_parser("remove", help="anula un cobro registrado por error (queda en el historial)")
    p.add_argument("id")
    p.add_argument("--reason", required=True)
    _json_flag(p)
    p.set_defaults(handler=payment_remove)
    p = pay.add_parser("list", help="cobros de una factura (también los anulados)")
    p.add_argument("number")
    _json_flag(p)
    p.set_defaults(handler=payment_list)
    p = pay.add_parser("receipt", help="recibo de pago en PDF")
    p.add_argument("id")
    p.add_argument("-o", "--output", required=True)
    _json_flag(p)
    p.set_defaults(handler=payment_receipt)


def _register_invoice_commands(inv: Any) -> None:
    p = inv.add_parser(
        "pause-reminders", help="pausa (o reanuda con --resume) los recordatorios de una factura"
    )
    p.add_argument("number")
    p.add_argument("--resume", action="store_true")
    _json_flag(p)
    p.set_defaults(handler=invoice_pause_reminders)
    p = inv.add_parser("demand-letter", help="requerimiento de pago en PDF con el importe pendiente")
    p.add_argument("number")
    p.add_argument("-o", "--output", required=True)
    _json_flag(p)
    p.set_defaults(handler=invoice_demand_letter)


def _register_client_commands(clients: Any) -> None:
    p = clients.add_parser("reminders", help="activa o desactiva los recordatorios de un cliente")
    p.add_argument("client_id")
    switch = p.add_mutually_exclusive_group(required=True)
    switch.add_argument("--off", action="store_true")
    switch.add_argument("--on", action="store_true")
    _json_flag(p)
    p.set_defaults(handler=client_reminders)


# ----- handlers ---------------------------------------------------------------------------------


def remind(ctx: CliContext, args: argparse.Namespace) -> int:
    """Prints the CLI.md array always; exit 0 only when every message this run queued was sent."""
    use_typed_password(ctx, args)
    results = ctx.services.reminders.run(dry_run=args.dry_run)
    ctx.print_json([result.to_json() for result in results])
    failed = [r for r in results if r.outbox_id and not r.sent]
    for result in failed:
        sys.stderr.write(
            "facturas: "
            + text_for(
                "reminder_not_sent", ctx.lang, number=result.number, stage=result.stage, state=result.state
            )
            + "\n"
        )
    for result in (r for r in results if r.error):
        sys.stderr.write(
            "facturas: "
            + text_for(
                "reminder_not_queued",
                ctx.lang,
                number=result.number,
                reason=text_for(result.error, ctx.lang, client=result.client_id),
            )
            + "\n"
        )
    return 1 if failed else 0


def aging(ctx: CliContext, args: argparse.Namespace) -> int:
    report = ctx.services.aging.report(client_id=args.client)
    days = ctx.services.aging.average_days_to_pay(args.client)
    ctx.print_json(
        {
            "today": report.today.isoformat(),
            "buckets": {b: money_text(report.totals[b]) for b in AGING_BUCKETS},
            "counts": report.counts,
            "total": money_text(report.total),
            "overdue": money_text(report.overdue),
            "clients": [
                {
                    "client_id": c.client_id,
                    "name": c.client_name,
                    "total": money_text(c.total),
                    "buckets": {b: money_text(c.buckets[b]) for b in AGING_BUCKETS},
                    "average_days_to_pay": str(days[c.client_id]) if c.client_id in days else None,
                }
                for c in report.clients
            ],
        }
    )
    return 0


def payment_add_and_deliver(ctx: CliContext, args: argparse.Namespace, core_handler: Any) -> int:
    use_typed_password(ctx, args)  # read before the payment is saved: the receipt goes out with it
    code = int(core_handler(ctx, args) or 0)
    return code or deliver_queued_receipts(ctx)


def deliver_queued_receipts(ctx: CliContext) -> int:
    """Receipts of the payments just recorded go out now (`payment add`, `bank import|match`);
    one that cannot waits in the outbox, and the exit code says so."""
    pending = ctx.services.receipts.queued_outbox_ids()
    if not pending:
        return 0
    try:
        entries = ctx.services.outbox.deliver(pending)
    except Exception as exc:  # the payment is saved; the receipt stays queued for the next delivery
        detail = error_text(exc, ctx.lang) if isinstance(exc, FacturasError) else exc.__class__.__name__
        sys.stderr.write("facturas: " + text_for("receipt_not_sent", ctx.lang, detail=detail) + "\n")
        return 1
    unsent = [e for e in entries if e.state != "sent"]
    for entry in unsent:
        sys.stderr.write(
            "facturas: "
            + text_for("receipt_not_sent", ctx.lang, detail=outbox_error_text(entry, ctx.lang) or entry.state)
            + "\n"
        )
    return 1 if unsent else 0


def payment_json(payment: Payment) -> dict[str, Any]:
    return {
        "id": payment.id,
        "invoice_id": payment.invoice_id,
        "amount": money_text(payment.amount),
        "date": payment.paid_on.isoformat(),
        "method": payment.method,
        "reference": payment.reference,
        "created_at": payment.created_at.isoformat(),
        "removed": payment.removed_at is not None,
        "removed_at": payment.removed_at.isoformat() if payment.removed_at else None,
        "removed_reason": payment.removed_reason or None,
    }


def payment_remove(ctx: CliContext, args: argparse.Namespace) -> int:
    services = ctx.services
    invoice_id = _invoice_of_payment(ctx, args.id)
    services.payments.remove(args.id, args.reason)
    invoice = services.invoices.get(invoice_id)
    result = {
        "id": args.id,
        "number": invoice.number,
        "status": invoice.effective_status(services.clock.today()).value,
        "outstanding": money_text(invoice.outstanding),
    }
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(f"{invoice.number}: {result['status']} ({result['outstanding']})")
    return 0


def _invoice_of_payment(ctx: CliContext, payment_id: str) -> str:
    from facturas_app.domain.errors import NotFound

    with ctx.services.store.read() as tx:
        payment = tx.get_payment(payment_id)
    if payment is None:
        raise NotFound("payment_not_found", id=payment_id)
    return payment.invoice_id


def payment_list(ctx: CliContext, args: argparse.Namespace) -> int:
    payments = ctx.services.payments.list(args.number, include_removed=True)
    if ctx.json_output:
        ctx.print_json([payment_json(p) for p in payments])
    else:
        for p in payments:
            mark = " (anulado)" if p.removed_at else ""
            ctx.say(f"{p.id}  {p.paid_on.isoformat()}  {money_text(p.amount):>12}  {p.method}{mark}")
    return 0


def payment_receipt(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.documents import atomic_write

    name, data = ctx.services.receipts.receipt_pdf(args.id)
    target = _output_path(args.output, name)
    atomic_write(target, data, args.output_policy)
    ctx.print_json({"path": str(target)}) if ctx.json_output else ctx.say(str(target))
    return 0


def invoice_pause_reminders(ctx: CliContext, args: argparse.Namespace) -> int:
    invoice = ctx.services.reminders.pause_invoice(args.number, paused=not args.resume)
    paused = not args.resume
    if ctx.json_output:
        ctx.print_json({"number": invoice.number, "reminders_paused": paused})
    else:
        ctx.say(
            text_for("reminders_paused" if paused else "reminders_resumed", ctx.lang, number=invoice.number)
        )
    return 0


def invoice_demand_letter(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.documents import atomic_write

    attachment = ctx.services.reminders.demand_letter_attachment(args.number, ctx.services.clock.today())
    target = _output_path(args.output, attachment.filename)
    atomic_write(target, attachment.content, args.output_policy)
    ctx.print_json({"path": str(target)}) if ctx.json_output else ctx.say(str(target))
    return 0


def client_reminders(ctx: CliContext, args: argparse.Namespace) -> int:
    client = ctx.services.clients.set_reminders_paused(args.client_id, paused=bool(args.off))
    if ctx.json_output:
        ctx.print_json({"id": client.id, "reminders_paused": client.reminders_paused})
    else:
        code = "client_reminders_off" if client.reminders_paused else "client_reminders_on"
        ctx.say(text_for(code, ctx.lang, name=client.name))
    return 0


def _output_path(output: str, default_name: str) -> Path:
    """A folder (existing, or given with a trailing slash) gets the default file name."""
    target = Path(output)
    if target.is_dir() or output.endswith(("/", "\\")):
        return target / default_name
    return target
