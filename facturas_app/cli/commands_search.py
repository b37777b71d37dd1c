"""`facturas search TEXT`: the window's Ctrl+K search from the command line — clients, invoices,
quotes and products matching TEXT, case and accents ignored (services/search.py)."""

from __future__ import annotations

import argparse
from typing import Any

from facturas_app.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("search", help="busca clientes, facturas, presupuestos y productos")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=search)


def search(ctx: CliContext, args: argparse.Namespace) -> int:
    hits = ctx.services.search.everything(args.text)
    if ctx.json_output:
        ctx.print_json([hit.to_json() for hit in hits])
        return 0
    for hit in hits:
        ctx.say(f"{hit.kind}\t{hit.title}\t{hit.detail}")
    return 0
