"""`facturas` headless command line (CLI.md). Every command calls the same services as the GUI."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from typing import Any

from facturas_app.cli import (
    commands_bank,
    commands_core,
    commands_data,
    commands_db,
    commands_declaration,
    commands_demo,
    commands_einvoice,
    commands_expense,
    commands_mail,
    commands_parties,
    commands_payments,
    commands_pdf,
    commands_reports,
    commands_sales,
    commands_search,
    commands_sepa,
    commands_verifactu,
)
from facturas_app.cli.context import CliContext, parse_date_option
from facturas_app.cli.output import add_overwrite_options, guard_output
from facturas_app.domain.errors import CorruptDatabase, FacturasError

log = logging.getLogger("facturas.cli")

# Each module adds its subcommands; later features append their module here.
COMMAND_MODULES: list[Any] = [commands_core, commands_demo, commands_data, commands_pdf]
COMMAND_MODULES.append(commands_mail)  # mail configure/test, invoice send, outbox
COMMAND_MODULES.append(commands_verifactu)  # VERI*FACTU export/verify/status/send
COMMAND_MODULES.append(commands_reports)  # report book/vat/clients-347/ops-349/pack
COMMAND_MODULES.append(commands_sales)  # quote, recurring, feedback, client timeline/note
COMMAND_MODULES.append(commands_payments)  # remind, aging, payment remove/list/receipt, pauses
COMMAND_MODULES.append(commands_declaration)  # the declaración responsable (RD 1007/2023)
COMMAND_MODULES.append(commands_parties)  # client update/delete, product, invoice delete
COMMAND_MODULES.append(commands_sepa)  # client mandate, sepa remittance/list (#19)
COMMAND_MODULES.append(commands_bank)  # bank import/list/match/unmatch (#19)
COMMAND_MODULES.append(commands_search)  # the window's Ctrl+K search (#18)
COMMAND_MODULES.append(commands_einvoice)  # invoice export: UBL / Facturae (#20)
COMMAND_MODULES.append(commands_expense)  # received invoices: expense add/import/list/status, supplier (#21)
COMMAND_MODULES.append(commands_db)  # office mode: db copy-to URL (#22)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own exit code is already 2: keep it, one line
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="facturas", description="Facturas: facturación local (CLI)")
    parser.add_argument("--data-dir", help="carpeta de datos (o FACTURAS_DATA_DIR)")
    office = "servidor de la oficina: postgresql://usuario@servidor/base (o FACTURAS_DATABASE_URL)"
    parser.add_argument("--database", help=office)
    parser.add_argument("--today", help="fecha del reloj de la aplicación (AAAA-MM-DD, o FACTURAS_TODAY)")
    parser.add_argument("--lang", choices=("es", "en"), default=None)
    parser.add_argument("--self-test", action="store_true", help="comprueba la instalación y sale")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    add_overwrite_options(parser)  # every command with -o, including those added later
    return parser


def _context(args: argparse.Namespace) -> CliContext:
    import os

    today_text = args.today or os.environ.get("FACTURAS_TODAY")
    today = parse_date_option(today_text, "--today") if today_text else None
    lang = args.lang or os.environ.get("FACTURAS_LANG") or "es"
    return CliContext(
        data_dir_arg=args.data_dir,
        today=today,
        lang=lang,
        json_output=bool(getattr(args, "json", False)),
        database_url=args.database or os.environ.get("FACTURAS_DATABASE_URL") or None,
    )


def _report_error(ctx_lang: str, json_output: bool, code: str, message: str) -> None:
    from facturas_app.domain.text_rules import one_line

    message = one_line(message)  # a value echoed back never spans two lines (nor carries ESC)
    if json_output:
        sys.stdout.write(json.dumps({"error": {"code": code, "message": message}}, ensure_ascii=False) + "\n")
    sys.stderr.write(f"facturas: {message}\n")


def _with_recovery_hint(exc: FacturasError, args: argparse.Namespace, lang: str) -> str:
    """A damaged database: say which backup to restore and how, not just that it is damaged."""
    from facturas_app.messages import error_text  # the messages tables load only when one is said

    message = error_text(exc, lang)
    if not isinstance(exc, CorruptDatabase):
        return message
    try:
        from facturas_app.cli.commands_data import recovery_hint
        from facturas_app.paths import resolve_data_dir

        return f"{message} {recovery_hint(resolve_data_dir(args.data_dir), lang)}"
    except Exception:  # the hint is a courtesy: never let it hide the real error
        log.exception("no recovery hint")
        return message


def run(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[CliContext, argparse.Namespace], int | None] | None = getattr(args, "handler", None)
    json_output = bool(getattr(args, "json", False))
    lang = args.lang or "es"
    ctx: CliContext | None = None
    try:
        ctx = _context(args)
        lang = ctx.lang
        if args.self_test:
            from facturas_app.selftest import run_self_test

            return run_self_test(ctx)
        if handler is None:
            parser.print_help()
            return 2
        if hasattr(args, "output"):  # refused before anything is read or written
            args.output_policy = guard_output(ctx.data_dir_arg, args)
        return handler(ctx, args) or 0
    except FacturasError as exc:
        _report_error(lang, json_output, exc.code, _with_recovery_hint(exc, args, lang))
        return 2 if exc.bad_input else 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: one clear line, never a traceback
        log.exception("unexpected error")
        from facturas_app.messages import text_for

        _report_error(
            lang, json_output, "unexpected_error", text_for("unexpected_error", lang, detail=repr(exc))
        )
        return 1
    finally:
        if ctx is not None:
            ctx.close()


def main(argv: Sequence[str] | None = None) -> int:
    return run(argv)
