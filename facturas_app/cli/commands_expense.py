"""`facturas expense add|import|list|show|status|attach|delete` and `facturas supplier list`
(CLI.md «Electronic invoices»; issue #21): the same ExpenseService the Gastos view uses.

`expense import` takes several files: each one is recorded or refused on its own (a refused one
stores nothing) and the command exits 2 when any was refused. With one file it prints CLI.md's
object; with several, an array of them (a refused file: `{"file", "error": {"code", "message"}}`).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facturas_app.cli.commands_payments import group_subparsers
from facturas_app.cli.context import BadInput, CliContext, parse_date_option, read_json_argument
from facturas_app.domain.errors import NotFound, Problem
from facturas_app.domain.money import decimal_text, money_text
from facturas_app.domain.purchases import (
    EXPENSE_STATUSES,
    MAX_ATTACHMENT_BYTES,
    Expense,
    StatusEvent,
    Supplier,
    response_due,
)
from facturas_app.messages import error_text, text_for
from facturas_app.messages_fields import format_money
from facturas_app.services.purchases.service import ImportResult
from facturas_app.storage.api_purchases import AttachmentInfo, ExpenseListRow

_QUARTER = re.compile(r"^(\d{4})-?[Qq]?([1-4])$")


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="salida JSON")


def register(sub: Any) -> None:
    if "expense" not in sub.choices:
        sub.add_parser("expense", help="facturas recibidas (gastos): alta, importación, estado")
    actions = group_subparsers(sub, "expense")
    p = actions.add_parser("add", help="registra una factura recibida escrita en JSON (FILE o -)")
    p.add_argument("file")
    p.add_argument("--attach", help="el PDF o escaneo de la factura, guardado con ella")
    _json_flag(p)
    p.set_defaults(handler=expense_add)
    p = actions.add_parser("import", help="importa facturas electrónicas recibidas (UBL, Facturae, Factur-X)")
    p.add_argument("files", nargs="+")
    _json_flag(p)
    p.set_defaults(handler=expense_import)
    p = actions.add_parser("list", help="facturas recibidas, las más recientes primero")
    p.add_argument("--search", default="", help="texto (sin distinguir mayúsculas ni acentos)")
    p.add_argument("--status", choices=EXPENSE_STATUSES)
    p.add_argument("--quarter", help="trimestre AAAA-T, p. ej. 2026-4")
    _json_flag(p)
    p.set_defaults(handler=expense_list)
    _register_one(actions)
    if "supplier" not in sub.choices:
        sub.add_parser("supplier", help="proveedores (de las facturas recibidas)")
    p = group_subparsers(sub, "supplier").add_parser("list", help="la lista de proveedores")
    p.add_argument("--search", default="")
    _json_flag(p)
    p.set_defaults(handler=supplier_list)


def _register_one(actions: Any) -> None:
    p = actions.add_parser("show", help="una factura recibida")
    p.add_argument("id")
    _json_flag(p)
    p.set_defaults(handler=expense_show)
    p = actions.add_parser("status", help="acepta, rechaza o marca pagada una factura recibida")
    p.add_argument("expense_id", metavar="ID")
    p.add_argument("status", help="accepted, rejected o paid")
    p.add_argument("--reason", default="", help="motivo (obligatorio al rechazar)")
    p.add_argument("--date", help="fecha (AAAA-MM-DD): la del pago; por defecto, hoy")
    p.add_argument("-o", "--output", help="escribe el mensaje para el proveedor (UBL ApplicationResponse)")
    _json_flag(p)
    p.set_defaults(handler=expense_status)
    p = actions.add_parser("attach", help="adjunta un archivo (PDF, escaneo) a una factura recibida")
    p.add_argument("id")
    p.add_argument("file")
    _json_flag(p)
    p.set_defaults(handler=expense_attach)
    p = actions.add_parser("delete", help="borra una factura recibida aún no comunicada al proveedor")
    p.add_argument("id")
    _json_flag(p)
    p.set_defaults(handler=expense_delete)


# ----- handlers ---------------------------------------------------------------------------------
def read_bytes(path: str) -> bytes:
    """A FILE argument's bytes ('-' is stdin), no more than the size limit plus one."""
    try:
        if path == "-":
            return sys.stdin.buffer.read(MAX_ATTACHMENT_BYTES + 1)
        with Path(path).open("rb") as handle:
            return handle.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        detail = exc.__class__.__name__
        raise BadInput([Problem("", "file_not_readable", {"path": path, "detail": detail})]) from None


def expense_add(ctx: CliContext, args: argparse.Namespace) -> int:
    payload = read_json_argument(args.file)
    attachment = (Path(args.attach).name, read_bytes(args.attach)) if args.attach else None
    expense = ctx.services.expenses.add(payload, attachment)
    ctx.print_json({"id": expense.id})
    return 0


def expense_import(ctx: CliContext, args: argparse.Namespace) -> int:
    files = [(_name(path), read_bytes(path)) for path in args.files]
    results = ctx.services.expenses.import_files(files)
    if len(results) == 1 and results[0].error is not None:
        raise results[0].error
    shapes = [import_json(result, ctx.lang) for result in results]
    if ctx.json_output:
        ctx.print_json(shapes[0] if len(shapes) == 1 else shapes)
    else:
        for result, shape in zip(results, shapes, strict=True):
            ctx.say(_import_line(result, shape, ctx.lang))
    refused = sum(1 for result in results if result.error is not None)
    if refused:
        message = text_for("expense_import_some_refused", ctx.lang, refused=refused, count=len(results))
        sys.stderr.write(f"facturas: {message}\n")
    return 2 if refused else 0


def _name(path: str) -> str:
    return "stdin" if path == "-" else Path(path).name


def expense_list(ctx: CliContext, args: argparse.Namespace) -> int:
    quarter = parse_quarter(args.quarter) if args.quarter else None
    rows = ctx.services.expenses.list(text=args.search, status=args.status, quarter=quarter)
    if ctx.json_output:
        ctx.print_json([list_json(row) for row in rows])
        return 0
    for r in rows:
        ctx.say(
            f"{r.issue_date.strftime('%d/%m/%Y')}  {r.number:<20} {r.supplier_name[:30]:<30} "
            f"{format_money(r.total, ctx.lang):>14}  {_status_word(r.status, ctx.lang)}"
        )
    return 0


def expense_show(ctx: CliContext, args: argparse.Namespace) -> int:
    expense = ctx.services.expenses.get(args.id)
    attachments = ctx.services.expenses.attachments(expense.id)
    if ctx.json_output:
        ctx.print_json(expense_json(expense, attachments))
    else:
        from facturas_app.cli.expense_text import expense_lines

        ctx.say("\n".join(expense_lines(expense, [a.file_name for a in attachments], ctx.lang)))
    return 0


def expense_status(ctx: CliContext, args: argparse.Namespace) -> int:
    """Records the status; with -o, the ApplicationResponse is written before the status commits
    (a file that cannot be written leaves the status as it was)."""
    day = parse_date_option(args.date, "date") if args.date else None
    write = _response_writer(ctx, args) if args.output else None
    expense, event = ctx.services.expenses.set_status(args.expense_id, args.status, day, args.reason, write)
    shape = expense_json(expense, ctx.services.expenses.attachments(expense.id))
    shape["recorded_at"] = event.recorded_at.isoformat()
    if args.output:
        shape["response_file"] = args.output
    if args.output == "-":
        return 0  # stdout holds the message itself
    if ctx.json_output:
        ctx.print_json(shape)
    else:
        ctx.say(f"{expense.number}: {_status_word(expense.status, ctx.lang)} ({event.on.isoformat()})")
    return 0


def _response_writer(ctx: CliContext, args: argparse.Namespace) -> Callable[[Expense, StatusEvent], None]:
    from facturas_app.services.output_files import write_bytes
    from facturas_app.services.purchases.response import response_bytes

    business = ctx.services.business.get()
    if business is None:
        raise NotFound("business_not_configured")

    def write(expense: Expense, event: StatusEvent) -> None:
        data = response_bytes(expense, event, business)
        if args.output == "-":
            sys.stdout.buffer.write(data)
        else:
            write_bytes(args.output, data, args.output_policy)

    return write


def expense_attach(ctx: CliContext, args: argparse.Namespace) -> int:
    info = ctx.services.expenses.attach(args.id, _name(args.file), read_bytes(args.file))
    ctx.print_json({"id": info.id, "file_name": info.file_name, "size": info.size})
    return 0


def expense_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.expenses.delete(args.id)
    if ctx.json_output:
        ctx.print_json({"id": args.id, "deleted": True})
    return 0


def supplier_list(ctx: CliContext, args: argparse.Namespace) -> int:
    suppliers = ctx.services.expenses.suppliers(args.search)
    if ctx.json_output:
        ctx.print_json([supplier_json(s) for s in suppliers])
    else:
        for s in suppliers:
            ctx.say(f"{s.tax_id:<16} {s.country}  {s.name}")
    return 0


# ----- shapes -----------------------------------------------------------------------------------
def parse_quarter(text: str) -> tuple[int, int]:
    found = _QUARTER.match(text.strip())
    if not found:
        raise BadInput([Problem("quarter", "invalid_quarter", {"value": text})])
    return int(found.group(1)), int(found.group(2))


def _status_word(status: str, lang: str) -> str:
    return text_for(f"expense_status_{status}", lang)


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def supplier_json(s: Supplier) -> dict[str, Any]:
    return {"id": s.id, "name": s.name, "tax_id": s.tax_id, "country": s.country}


def tax_json(t: Any) -> dict[str, str]:
    return {
        "base": money_text(t.base),
        "vat_rate": decimal_text(t.vat_rate),
        "vat": money_text(t.vat),
        "surcharge_rate": decimal_text(t.surcharge_rate),
        "surcharge": money_text(t.surcharge),
        "vat_category": t.category,
        "exemption_reason": t.exemption_reason,
    }


def expense_json(e: Expense, attachments: list[AttachmentInfo]) -> dict[str, Any]:
    """`expense show --json`: the expense, its amounts as strings with two decimals."""
    supplier = {"id": e.supplier_id, "name": e.supplier_name, "tax_id": e.supplier_tax_id,
                "country": e.supplier_country}  # fmt: skip
    return {
        "id": e.id, "supplier": supplier, "number": e.number, "issue_date": e.issue_date.isoformat(),
        "received_on": e.received_on.isoformat(), "operation_date": _day(e.operation_date),
        "due_date": _day(e.due_date), "credit_note": e.is_credit_note, "corrects": e.corrects,
        "taxes": [tax_json(t) for t in e.taxes], "base": money_text(e.base), "vat": money_text(e.vat),
        "surcharge": money_text(e.surcharge), "irpf_rate": decimal_text(e.irpf_rate),
        "irpf": money_text(e.irpf), "total": money_text(e.invoice_total), "amount_due": money_text(e.total),
        "deductible_percent": decimal_text(e.deductible_percent),
        "deductible_vat": money_text(e.deductible_vat),
        "category": e.category, "status": e.status, "status_at": _day(e.status_at), "reason": e.reason,
        "paid_on": _day(e.paid_on), "response_due": response_due(e).isoformat(), "source": e.source,
        "valid": e.valid, "problems": list(e.findings), "signature": e.signature, "notes": e.notes,
        "attachments": [{"file_name": a.file_name, "size": a.size} for a in attachments],
    }  # fmt: skip


def list_json(r: ExpenseListRow) -> dict[str, Any]:
    """CLI.md's `expense list` item, with a few keys more."""
    return {
        "id": r.id, "supplier": r.supplier_name, "supplier_tax_id": r.supplier_tax_id, "number": r.number,
        "issue_date": r.issue_date.isoformat(), "base": money_text(r.base), "vat": money_text(r.vat),
        "total": money_text(r.total), "status": r.status, "supplier_id": r.supplier_id,
        "received_on": r.received_on.isoformat(), "category": r.category, "credit_note": r.is_credit_note,
        "valid": r.valid,
    }  # fmt: skip


def import_json(result: ImportResult, lang: str) -> dict[str, Any]:
    """CLI.md's `expense import` object for one file (or its refusal)."""
    if result.error is not None:
        error = {"code": result.error.code, "message": error_text(result.error, lang)}
        return {"file": result.name, "error": error}
    e = result.expense
    assert e is not None
    return {
        "id": e.id, "supplier": e.supplier_name, "number": e.number, "issue_date": e.issue_date.isoformat(),
        "total": money_text(e.invoice_total), "valid": e.valid, "problems": list(result.problems),
        "file": result.name, "format": result.kind, "supplier_tax_id": e.supplier_tax_id,
        "warnings": list(result.warnings), "signature": e.signature,
    }  # fmt: skip


def _import_line(result: ImportResult, shape: dict[str, Any], lang: str) -> str:
    if result.error is not None:
        return f"{result.name}: {shape['error']['message']}"
    found = len(shape["problems"])
    valid = "" if shape["valid"] else f" ({found} {'findings' if lang == 'en' else 'avisos'})"
    total = format_money(shape["total"], lang)
    return f"{result.name}: {shape['number']} {shape['supplier']} {total}{valid}"
