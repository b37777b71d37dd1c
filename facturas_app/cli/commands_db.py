"""`facturas db copy-to URL` (#22, CLI.md «Office mode»): this data folder's books into an empty
office database on PostgreSQL, every record exactly; prints {"tables", "rows"}."""

from __future__ import annotations

import argparse
from typing import Any

from facturas_app.cli.context import CliContext


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="base de datos: copiar a un servidor de la oficina")
    actions = db.add_subparsers(dest="db_command", required=True)
    copy = actions.add_parser("copy-to", help="copia estos datos a una base de datos PostgreSQL vacía")
    copy.add_argument("url", help="postgresql://usuario@servidor/base")
    copy.add_argument("--json", action="store_true")
    copy.set_defaults(handler=copy_to)


def copy_to(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.bootstrap import copy_to_office
    from facturas_app.paths import resolve_data_dir

    report = copy_to_office(resolve_data_dir(ctx.data_dir_arg), args.url)
    if ctx.json_output:
        ctx.print_json(report)
    else:
        ctx.say(f"{report['rows']} filas de {report['tables']} tablas copiadas a {_shown(args.url)}")
    return 0


def _shown(url: str) -> str:
    from facturas_app.bootstrap import shown_database_url

    return shown_database_url(url)
