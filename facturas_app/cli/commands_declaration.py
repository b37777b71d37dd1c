"""`facturas declaration`: the declaración responsable of this invoicing system (RD 1007/2023
art. 13), the same text the window shows under Help. Needs no data folder."""

from __future__ import annotations

import argparse
from typing import Any

from facturas_app.cli.context import CliContext


def register(sub: Any) -> None:
    p = sub.add_parser("declaration", help="declaración responsable del sistema informático")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=declaration)


def declaration(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.verifactu.declaration import build_declaration

    text = build_declaration(ctx.lang)
    if ctx.json_output:
        ctx.print_json(text.as_dict())
    else:
        ctx.say(text.as_text())
    return 0
