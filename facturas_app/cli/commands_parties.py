"""`client show|update|delete`, the `product` catalogue and `invoice delete` (CLI.md, issue #18;
`client show` carries the client's SEPA mandate, #19).

Deleting is for what nothing refers to (a client without documents, a product on no document line,
a draft); the rest is archived with `update ID` and {"archived": true}, and a refusal exits 2."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from facturas_app.cli import shapes
from facturas_app.cli.commands_sepa import mandate_json, mandate_line
from facturas_app.cli.context import CliContext, read_json_argument
from facturas_app.domain.errors import InvalidTransition, Problem
from facturas_app.domain.parties import Client
from facturas_app.messages import problem_text, text_for


def register(sub: Any) -> None:
    clients = _subparsers_of(sub, "client", "clientes")
    _add(clients, "show", client_show, "id")
    _add(clients, "update", client_update, "id", "file")
    _add(clients, "delete", client_delete, "id")
    products = sub.add_parser("product", help="productos y servicios").add_subparsers(
        dest="action", required=True
    )
    _add(products, "add", product_add, "file")
    p = _add(products, "list", product_list)
    p.add_argument("--search", default="")
    p.add_argument("--include-archived", action="store_true", help="también los archivados")
    _add(products, "update", product_update, "id", "file")
    _add(products, "delete", product_delete, "id")
    _add(_subparsers_of(sub, "invoice", "facturas"), "delete", invoice_delete, "id")


def _subparsers_of(sub: Any, name: str, help_text: str) -> Any:
    """The subcommands of a group commands_core created (`client`, `invoice`)."""
    group = sub.choices.get(name) or sub.add_parser(name, help=help_text)
    for action in group._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return group.add_subparsers(dest="action", required=True)


def _add(group: Any, name: str, handler: Any, *positionals: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = group.add_parser(name)
    for positional in positionals:
        parser.add_argument(positional)
    parser.add_argument("--json", action="store_true", help="salida JSON")
    parser.set_defaults(handler=handler)
    return parser


def warnings_json(ctx: CliContext, warnings: list[Problem]) -> list[dict[str, Any]]:
    """Each warning as {"code", "field", "message"} plus its parameters; also said on stderr."""
    for warning in warnings:
        label = "aviso: " if ctx.lang == "es" else "warning: "
        sys.stderr.write(label + problem_text(warning, ctx.lang) + "\n")
    return [
        {"code": w.code, "field": w.field, "message": text_for(w.code, ctx.lang, **w.params), **w.params}
        for w in warnings
    ]


def client_warnings(ctx: CliContext, client: Client) -> list[dict[str, Any]]:
    return warnings_json(ctx, ctx.services.clients.tax_id_warnings(client))


def client_show(ctx: CliContext, args: argparse.Namespace) -> int:
    """The client shape plus "mandate" (null when it has none; else `client mandate`'s keys)."""
    client = ctx.services.clients.get(args.id)
    mandate = ctx.services.sepa.get_mandate(client.id)
    if ctx.json_output:
        ctx.print_json({**shapes.client_json(client), "mandate": mandate_json(mandate) if mandate else None})
        return 0
    place = " ".join(part for part in (client.postal_code, client.city) if part)
    lines = [f"{client.name} ({client.tax_id})" if client.tax_id else client.name]
    lines += [", ".join(part for part in (client.address, place, client.country) if part)]
    lines += [client.email] if client.email else []
    ctx.say("\n".join([*lines, mandate_line(mandate, ctx.lang)]))
    return 0


def client_update(ctx: CliContext, args: argparse.Namespace) -> int:
    client = ctx.services.clients.update_payload(args.id, read_json_argument(args.file))
    ctx.print_json({**shapes.client_json(client), "warnings": client_warnings(ctx, client)})
    return 0


def client_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.clients.delete(args.id)
    ctx.print_json({"id": args.id, "deleted": True})
    return 0


def product_add(ctx: CliContext, args: argparse.Namespace) -> int:
    product = ctx.services.products.add_payload(read_json_argument(args.file))
    ctx.print_json({"id": product.id})
    return 0


def product_list(ctx: CliContext, args: argparse.Namespace) -> int:
    products = ctx.services.products.list(args.search, include_archived=args.include_archived)
    ctx.print_json([shapes.product_json(p) for p in products])
    return 0


def product_update(ctx: CliContext, args: argparse.Namespace) -> int:
    product = ctx.services.products.update_payload(args.id, read_json_argument(args.file))
    ctx.print_json(shapes.product_json(product))
    return 0


def product_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    ctx.services.products.delete(args.id)
    ctx.print_json({"id": args.id, "deleted": True})
    return 0


def invoice_delete(ctx: CliContext, args: argparse.Namespace) -> int:
    invoices = ctx.services.invoices
    invoice = invoices.get(args.id)
    if not invoice.is_draft:  # say what to do instead of "cannot be changed"
        raise InvalidTransition("draft_not_deletable", number=invoice.number or "")
    invoices.delete_draft(invoice.id)
    ctx.print_json({"id": invoice.id, "deleted": True})
    return 0
