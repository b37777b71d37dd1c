"""`report book [--received]|vat|irpf|clients-347|ops-349|pack`: the gestor's quarterly figures (CLI.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facturas_app.cli.context import CliContext
from facturas_app.domain.errors import single_problem
from facturas_app.domain.money import money_text


def _year(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"año no válido: {value}") from None


def _quarter(value: str) -> int:
    try:
        number = int(value.upper().lstrip("QT"))
    except ValueError:
        number = 0
    if not 1 <= number <= 4:
        raise argparse.ArgumentTypeError(f"trimestre no válido (1-4): {value}")
    return number


def register(sub: Any) -> None:
    report = sub.add_parser("report", help="libros y resúmenes fiscales").add_subparsers(
        dest="action", required=True
    )
    p = report.add_parser("book", help="libro registro de facturas expedidas (.csv o .xlsx)")
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--quarter", type=_quarter)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--received", action="store_true", help="libro registro de facturas recibidas (#21)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_book)
    p = report.add_parser("vat", help="resumen de IVA (modelo 303) e IRPF (modelo 130)")
    p.add_argument("--period", required=True, help="AAAAQn, p. ej. 2026Q1")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_vat)
    p = report.add_parser("irpf", help="pago fraccionado del IRPF (modelo 130), acumulado del año")
    p.add_argument("--period", required=True, help="AAAAQn, p. ej. 2026Q1")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_irpf)
    p = report.add_parser("clients-347", help="clientes de más de 3.005,06 € en el año (modelo 347)")
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_347)
    p = report.add_parser(
        "ops-349", help="operaciones intracomunitarias por cliente y trimestre (modelo 349)"
    )
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_349)
    p = report.add_parser("pack", help="paquete trimestral para la gestoría (carpeta o .zip)")
    p.add_argument("--year", type=_year, required=True)
    p.add_argument("--quarter", type=_quarter, required=True)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=report_pack)


def report_book(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.report_files import write_book

    path = Path(args.output)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        raise single_problem("output", "invalid_report_output", value=args.output)
    if args.received:
        return _received_book(ctx, args, path)
    book = ctx.services.reports.sales_book(args.year, args.quarter)
    write_book(book, path, args.output_policy)
    result = {"path": str(path), "invoices": book.invoice_count, "rows": len(book.lines)}
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(f"{book.invoice_count} facturas ({len(book.lines)} filas) → {path}")
    return 0


def _received_book(ctx: CliContext, args: argparse.Namespace, path: Path) -> int:
    from facturas_app.services.report_received_book import write_received_book

    book = ctx.services.reports.received_book(args.year, args.quarter)
    write_received_book(book, path, args.output_policy)
    result = {"path": str(path), "invoices": book.expense_count, "rows": len(book.rows)}
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(f"{book.expense_count} facturas recibidas ({len(book.rows)} filas) → {path}")
    return 0


def report_irpf(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.reports_purchases import modelo_130_json

    ctx.print_json(modelo_130_json(ctx.services.reports.irpf_summary(args.period)))
    return 0


def report_vat(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.report_files import summary_json

    ctx.print_json(summary_json(ctx.services.reports.vat_summary(args.period)))
    return 0


def report_347(ctx: CliContext, args: argparse.Namespace) -> int:
    clients = ctx.services.reports.clients_347(args.year)
    ctx.print_json(
        [
            {
                "client_id": c.client_id,
                "tax_id": c.tax_id,
                "name": c.name,
                "total": money_text(c.total),
                "quarters": [money_text(q) for q in c.quarters],
            }
            for c in clients
        ]
    )
    return 0


def report_349(ctx: CliContext, args: argparse.Namespace) -> int:
    ops = ctx.services.reports.ops_349(args.year)
    ctx.print_json(
        [
            {
                "client_id": o.client_id,
                "tax_id": o.tax_id,
                "country": o.country,
                "name": o.name,
                "quarter": o.quarter,
                "base": money_text(o.base),
            }
            for o in ops
        ]
    )
    return 0


def report_pack(ctx: CliContext, args: argparse.Namespace) -> int:
    files = ctx.services.reports.quarter_pack(args.year, args.quarter, Path(args.output), args.output_policy)
    if ctx.json_output:
        ctx.print_json({"files": [str(f) for f in files]})
    else:
        for file in files:
            ctx.say(str(file))
    return 0
