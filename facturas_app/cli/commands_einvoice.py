"""`invoice export NUMBER --format ubl|facturae -o FILE` and `invoice export --all --format F -o DIR`
(CLI.md, #20): UBL 2.1 / EN 16931, or Facturae 3.2.2 signed with the configured certificate."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from facturas_app.cli.commands_pdf import _invoice_actions
from facturas_app.cli.context import BadInput, CliContext
from facturas_app.domain.errors import Problem

FORMATS = ("ubl", "facturae")  # services/einvoice/service.FORMATS, without importing it at start-up


def register(sub: Any) -> None:
    p = _invoice_actions(sub).add_parser("export", help="factura electrónica (UBL o Facturae firmada)")
    p.add_argument("number", nargs="?", help="número (o id) de la factura")
    p.add_argument(
        "--all", action="store_true", help="todas las facturas emitidas, una por archivo, en -o DIR"
    )
    p.add_argument(
        "--format", required=True, choices=FORMATS, help="ubl (EN 16931) o facturae (3.2.2, firmada)"
    )
    p.add_argument("--with-pdf", action="store_true", help="UBL: incluye el PDF de la factura dentro del XML")
    p.add_argument("-o", "--output", required=True, help="archivo (o carpeta con --all); - para la salida")
    p.add_argument("--json", action="store_true", help="salida JSON")
    p.set_defaults(handler=invoice_export)


def invoice_export(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.all == bool(args.number):
        raise BadInput([Problem("number", "pdf_number_or_all", {})])
    service = ctx.services.einvoices
    if args.all:
        return _export_all(ctx, service, args)
    item = service.export(args.number, args.format, with_pdf=args.with_pdf)
    if args.output == "-":
        sys.stdout.buffer.write(item.data)
        return 0
    from facturas_app.services.documents import atomic_write

    target = Path(args.output)
    atomic_write(target, item.data, args.output_policy)
    if ctx.json_output:
        ctx.print_json({"number": args.number, "format": args.format, "path": str(target)})
    else:
        ctx.say(str(target))
    return 0


def _export_all(ctx: CliContext, service: Any, args: argparse.Namespace) -> int:
    folder = Path(args.output)
    started = time.perf_counter()
    paths = service.write_all(args.format, folder, policy=args.output_policy)
    per_invoice_ms = round((time.perf_counter() - started) * 1000 / len(paths), 2) if paths else 0.0
    if ctx.json_output:
        ctx.print_json(
            {
                "count": len(paths),
                "format": args.format,
                "directory": str(folder),
                "ms_per_invoice": per_invoice_ms,
                "files": [p.name for p in paths],
            }
        )
    else:
        ctx.say(f"{len(paths)} {args.format} → {folder} ({per_invoice_ms} ms/factura)")
    return 0
