"""`invoice pdf NUMBER -o FILE` and `invoice pdf --all -o DIR`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from facturas_app.cli.context import BadInput, CliContext
from facturas_app.domain.errors import Problem
from facturas_app.services.output_files import OutputPolicy


def _invoice_actions(sub: Any) -> Any:
    """The `invoice` command's own subparsers (registered by commands_core, which runs first)."""
    invoice_parser = sub.choices["invoice"]
    for action in invoice_parser._actions:  # argparse keeps no public handle on it
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the invoice command has no subcommands")


def register(sub: Any) -> None:
    p = _invoice_actions(sub).add_parser("pdf", help="PDF de una factura o de todas")
    p.add_argument("number", nargs="?", help="número (o id) de la factura")
    p.add_argument("--all", action="store_true", help="todas las facturas, una por archivo, en -o DIR")
    p.add_argument("-o", "--output", required=True, help="archivo (o carpeta con --all)")
    p.add_argument("--template", choices=("clasica", "moderna", "minimal"), default=None)
    p.add_argument("--json", action="store_true", help="salida JSON")
    p.set_defaults(handler=invoice_pdf)


def _service(ctx: CliContext) -> Any:
    from facturas_app.services.documents import DocumentService

    services = ctx.services
    return DocumentService(services.store, services.clock)


def invoice_pdf(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.all == bool(args.number):
        raise BadInput([Problem("number", "pdf_number_or_all", {})])
    documents = _service(ctx)
    if args.all:
        return _write_all(ctx, documents, Path(args.output), args.output_policy, args.template)
    if args.output == "-":
        sys.stdout.buffer.write(documents.pdf_bytes(args.number, args.template))
        return 0
    data = documents.pdf_bytes(args.number, args.template)
    target = Path(args.output)
    from facturas_app.services.documents import atomic_write

    atomic_write(target, data, args.output_policy)
    if ctx.json_output:
        ctx.print_json({"number": args.number, "path": str(target)})
    else:
        ctx.say(str(target))
    return 0


def _write_all(
    ctx: CliContext, documents: Any, folder: Path, policy: OutputPolicy, template: str | None = None
) -> int:
    from facturas_app.services.pdf.fonts import warm_up

    warm_up()  # one-time font parsing (~0.5 s) is start-up, not per-invoice cost
    started = time.perf_counter()
    # each file checked: none replaced unasked; --template applies to every file, as to one
    paths = documents.write_all(folder, policy=policy, template=template)
    elapsed = time.perf_counter() - started
    per_invoice_ms = round(elapsed * 1000 / len(paths), 2) if paths else 0.0
    if ctx.json_output:
        ctx.print_json(
            {
                "count": len(paths),
                "directory": str(folder),
                "ms_per_invoice": per_invoice_ms,
                "files": [p.name for p in paths],
            }
        )
    else:
        ctx.say(f"{len(paths)} PDF → {folder} ({per_invoice_ms} ms/factura)")
    return 0
