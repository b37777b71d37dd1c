"""business, client, product, invoice and payment commands."""

from __future__ import annotations

import argparse
from typing import Any

from facturas_app.cli import shapes
from facturas_app.cli.commands_parties import client_warnings
from facturas_app.cli.commands_verifactu import submit_after_command
from facturas_app.cli.context import CliContext, parse_date_option, read_json_argument
from facturas_app.domain.invoice import Status
from facturas_app.domain.money import money_text
from facturas_app.messages import problem_text
from facturas_app.services.payments import parse_amount


def register(sub: Any) -> None:
    _register_business(sub)
    _register_clients(sub)
    _register_invoices(sub)
    _register_payments(sub)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def _register_business(sub: Any) -> None:
    business = sub.add_parser("business", help="datos del negocio emisor").add_subparsers(
        dest="action", required=True
    )
    p = business.add_parser("set")
    p.add_argument("file")
    _json_flag(p)
    p.set_defaults(handler=business_set)
    p = business.add_parser("show")
    _json_flag(p)
    p.set_defaults(handler=business_show)


def business_set(ctx: CliContext, args: argparse.Namespace) -> int:
    business = ctx.services.business.save_payload(read_json_argument(args.file))
    if ctx.json_output:
        ctx.print_json(_business_json(ctx, business))
    else:
        ctx.say(f"{business.name} ({business.tax_id})")
    return 0


def business_show(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.print_json(_business_json(ctx, ctx.services.business.require()))
    return 0


def _business_json(ctx: CliContext, business: Any) -> dict[str, Any]:
    # the IRPF method is a setting beside the profile (services/irpf_method.py), shown with it
    return {**shapes.business_json(business), "irpf_method": ctx.services.business.irpf_method()}


def _register_clients(sub: Any) -> None:
    clients = sub.add_parser("client", help="clientes").add_subparsers(dest="action", required=True)
    p = clients.add_parser("add")
    p.add_argument("file")
    _json_flag(p)
    p.set_defaults(handler=client_add)
    p = clients.add_parser("list")
    p.add_argument("--search", default="")
    p.add_argument("--include-archived", action="store_true", help="también los archivados")
    _json_flag(p)
    p.set_defaults(handler=client_list)


def client_add(ctx: CliContext, args: argparse.Namespace) -> int:
    client = ctx.services.clients.add_payload(read_json_argument(args.file))
    ctx.print_json({"id": client.id, "warnings": client_warnings(ctx, client)})  # a duplicate tax id
    return 0


def client_list(ctx: CliContext, args: argparse.Namespace) -> int:
    clients = ctx.services.clients.list(args.search, include_archived=args.include_archived)
    ctx.print_json([shapes.client_json(c) for c in clients])
    return 0


def _register_invoices(sub: Any) -> None:
    inv = sub.add_parser("invoice", help="facturas").add_subparsers(dest="action", required=True)
    p = inv.add_parser("draft")
    p.add_argument("file")
    _json_flag(p)
    p.set_defaults(handler=invoice_draft)
    p = inv.add_parser("issue")
    p.add_argument("id")
    p.add_argument("--series")
    p.add_argument("--date")
    _json_flag(p)
    p.set_defaults(handler=invoice_issue)
    p = inv.add_parser("show")
    p.add_argument("number_or_id")
    _json_flag(p)
    p.set_defaults(handler=invoice_show)
    p = inv.add_parser("list")
    p.add_argument("--status", choices=[s.value for s in Status])
    p.add_argument("--client")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--search", default="")
    _json_flag(p)
    p.set_defaults(handler=invoice_list)
    p = inv.add_parser("rectify")
    p.add_argument("number")
    p.add_argument("file")
    p.add_argument("--reason", required=True)
    p.add_argument("--kind", choices=["R1", "R2", "R3", "R4", "R5"])
    p.add_argument("--method", choices=["substitution", "differences"], default="substitution")
    _json_flag(p)
    p.set_defaults(handler=invoice_rectify)
    p = inv.add_parser("cancel")
    p.add_argument("number")
    p.add_argument("--reason", required=True)
    _json_flag(p)
    p.set_defaults(handler=invoice_cancel)


def _print_warnings(ctx: CliContext, warnings: list[Any]) -> None:
    import sys

    for warning in warnings:
        sys.stderr.write(
            ("aviso: " if ctx.lang == "es" else "warning: ") + problem_text(warning, ctx.lang) + "\n"
        )


def invoice_draft(ctx: CliContext, args: argparse.Namespace) -> int:
    saved = ctx.services.invoices.create_draft_from_payload(read_json_argument(args.file))
    _print_warnings(ctx, saved.warnings)
    ctx.print_json({"id": saved.invoice.id})
    return 0


def invoice_issue(ctx: CliContext, args: argparse.Namespace) -> int:
    date = parse_date_option(args.date, "date") if args.date else None
    invoice = ctx.services.invoices.issue(args.id, series=args.series, issue_date=date)
    submit_after_command(ctx)  # VERI*FACTU: the new record goes now when AEAT's wait allows
    ctx.print_json({"id": invoice.id, "number": invoice.number})
    return 0


def invoice_show(ctx: CliContext, args: argparse.Namespace) -> int:
    services = ctx.services
    invoice = services.invoices.get(args.number_or_id)
    with services.store.read() as tx:
        client = tx.get_client(invoice.client_id)
        rectified_by = [r for r in tx.rectifying_invoices_of(invoice.id)]
    status = invoice.effective_status(services.clock.today()).value
    ctx.print_json(shapes.invoice_json(invoice, client, status, rectified_by))
    return 0


def invoice_list(ctx: CliContext, args: argparse.Namespace) -> int:
    service = ctx.services.invoices
    query = service.query(
        status=Status(args.status) if args.status else None,
        client_id=args.client,
        date_from=parse_date_option(args.date_from, "from") if args.date_from else None,
        date_to=parse_date_option(args.date_to, "to") if args.date_to else None,
        text=args.search,
    )
    ctx.print_json([shapes.invoice_item_json(row) for row in service.list(query)])
    return 0


def invoice_rectify(ctx: CliContext, args: argparse.Namespace) -> int:
    payload = read_json_argument(args.file)
    saved = ctx.services.invoices.rectify(args.number, payload, args.reason, args.kind, args.method)
    _print_warnings(ctx, saved.warnings)
    ctx.print_json({"id": saved.invoice.id})
    return 0


def invoice_cancel(ctx: CliContext, args: argparse.Namespace) -> int:
    invoice = ctx.services.invoices.cancel(args.number, args.reason)
    submit_after_command(ctx)
    if ctx.json_output:
        ctx.print_json({"id": invoice.id, "number": invoice.number, "status": invoice.status.value})
    else:
        ctx.say(("Anulada " if ctx.lang == "es" else "Cancelled ") + str(invoice.number))
    return 0


def _register_payments(sub: Any) -> None:
    pay = sub.add_parser("payment", help="cobros").add_subparsers(dest="action", required=True)
    p = pay.add_parser("add")
    p.add_argument("number")
    p.add_argument("--amount", required=True)
    p.add_argument("--date")
    p.add_argument("--method", default="transfer")
    p.add_argument("--reference", default="")
    # Money given back to the client when a rectification left them owed (also: a negative --amount).
    p.add_argument("--refund", action="store_true")
    _json_flag(p)
    p.set_defaults(handler=payment_add)


def payment_add(ctx: CliContext, args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount, refund_allowed=True)
    if args.refund:
        amount = -abs(amount)
    date = parse_date_option(args.date, "date") if args.date else None
    payment = ctx.services.payments.add(args.number, amount, date, args.method, args.reference)
    invoice = ctx.services.invoices.get(payment.invoice_id)
    result = {
        "id": payment.id,
        "number": invoice.number,
        "amount": money_text(payment.amount),
        "status": invoice.effective_status(ctx.services.clock.today()).value,
        "outstanding": money_text(invoice.outstanding),
    }
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(
            f"{invoice.number}: {money_text(payment.amount)} → {result['status']} ({result['outstanding']})"
        )
    return 0
