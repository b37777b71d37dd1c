"""`facturas bank import|list|match|unmatch` (CLI.md, «Bank statements and direct debits»): the
same BankService the window's Bank view uses. Receipts queued by matched credits go out at once,
as after `payment add`."""

from __future__ import annotations

import argparse
from typing import Any

from facturas_app.cli.commands_mail import use_typed_password
from facturas_app.cli.commands_payments import deliver_queued_receipts
from facturas_app.cli.context import CliContext
from facturas_app.domain.money import money_text
from facturas_app.services.bank.statement import read_file
from facturas_app.storage.api_bank import MOVEMENT_STATES, BankMovement


def register(sub: Any) -> None:
    bank = sub.add_parser("bank", help="extractos bancarios y su cruce con las facturas")
    actions = bank.add_subparsers(dest="action", required=True)
    p = actions.add_parser(
        "import", help="importa un extracto Norma 43 o CAMT.053 (o un aviso CAMT.054) y cruza los cobros"
    )
    p.add_argument("file")
    p.add_argument(
        "--password-stdin", action="store_true", help="lee la contraseña SMTP de la entrada estándar"
    )
    _json_flag(p)
    p.set_defaults(handler=bank_import)
    p = actions.add_parser("list", help="movimientos importados")
    p.add_argument(
        "--state", choices=[s for s in MOVEMENT_STATES if s in ("matched", "suggested", "unmatched")]
    )
    _json_flag(p)
    p.set_defaults(handler=bank_list)
    p = actions.add_parser("match", help="cruza un ingreso con una o varias facturas")
    p.add_argument("movement_id")
    p.add_argument("numbers", nargs="+")
    p.add_argument(
        "--password-stdin", action="store_true", help="lee la contraseña SMTP de la entrada estándar"
    )
    _json_flag(p)
    p.set_defaults(handler=bank_match)
    p = actions.add_parser("unmatch", help="deshace un cruce y el cobro que registró")
    p.add_argument("movement_id")
    _json_flag(p)
    p.set_defaults(handler=bank_unmatch)


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def bank_import(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    report = ctx.services.bank.import_file(read_file(args.file))
    _print(ctx, report.to_json())
    return deliver_queued_receipts(ctx)


def bank_list(ctx: CliContext, args: argparse.Namespace) -> int:
    movements = ctx.services.bank.list(args.state)
    if ctx.json_output:
        ctx.print_json([movement_json(m) for m in movements])
    else:
        for m in movements:
            numbers = ", ".join(x.number or "" for x in m.matches)
            ctx.say(
                f"{m.booked_on.isoformat()}  {money_text(m.amount):>12}  {m.state:<10} {numbers}  {m.concept}"
            )
    return 0


def bank_match(ctx: CliContext, args: argparse.Namespace) -> int:
    use_typed_password(ctx, args)
    _print(ctx, movement_json(ctx.services.bank.match(args.movement_id, args.numbers)))
    return deliver_queued_receipts(ctx)


def bank_unmatch(ctx: CliContext, args: argparse.Namespace) -> int:
    _print(ctx, movement_json(ctx.services.bank.unmatch(args.movement_id)))
    return 0


def movement_json(m: BankMovement) -> dict[str, Any]:
    return {
        "id": m.id,
        "date": m.booked_on.isoformat(),
        "amount": money_text(m.amount),
        "concept": m.concept,
        "state": m.state,
        "invoice_numbers": [x.number for x in m.matches],
        "account": m.account,
        "reference": m.reference,
    }


def _print(ctx: CliContext, value: dict[str, Any]) -> None:
    if ctx.json_output:
        ctx.print_json(value)
    else:
        ctx.say(" ".join(f"{key}={val}" for key, val in value.items()))
