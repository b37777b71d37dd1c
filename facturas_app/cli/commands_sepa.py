"""SEPA direct debits from the command line (CLI.md "Bank statements and direct debits"):
`client mandate`, `sepa remittance` (a pain.008.001.02 file) and `sepa list`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from facturas_app.cli.commands_payments import group_subparsers
from facturas_app.cli.context import CliContext, parse_date_option
from facturas_app.domain.money import money_text
from facturas_app.domain.sepa import SCHEMES, Mandate
from facturas_app.messages import text_for


def register(sub: Any) -> None:
    p = group_subparsers(sub, "client").add_parser(
        "mandate", help="mandato SEPA de adeudo directo del cliente"
    )
    p.add_argument("client_id")
    p.add_argument("--iban", required=True)
    p.add_argument("--mandate-id", required=True)
    p.add_argument("--signed", help="fecha de firma del mandato (AAAA-MM-DD)")
    p.add_argument("--scheme", default="CORE", type=str.upper, choices=SCHEMES)
    p.add_argument("--json", action="store_true", help="salida JSON")
    p.set_defaults(handler=client_mandate)
    sepa = sub.add_parser("sepa", help="adeudos directos SEPA: remesas")
    actions = sepa.add_subparsers(dest="action", required=True)
    p = actions.add_parser("remittance", help="remesa de adeudos pain.008.001.02 para el banco")
    p.add_argument("--collection-date", required=True, help="fecha de cargo (AAAA-MM-DD)")
    p.add_argument("--scheme", default="CORE", type=str.upper, choices=SCHEMES)
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--json", action="store_true", help="salida JSON")
    p.set_defaults(handler=sepa_remittance)
    p = actions.add_parser("list", help="remesas generadas")
    p.add_argument("--json", action="store_true", help="salida JSON")
    p.set_defaults(handler=sepa_list)


def mandate_json(mandate: Mandate) -> dict[str, Any]:
    return {
        "client_id": mandate.client_id,
        "mandate_id": mandate.mandate_id,
        "iban": mandate.iban,
        "signed": mandate.signed_on.isoformat() if mandate.signed_on else None,
        "scheme": mandate.scheme,
        "next_sequence_type": mandate.sequence_type,
    }


def mandate_line(mandate: Mandate | None, lang: str) -> str:
    """`client show`'s words for the mandate, with the same facts as mandate_json."""
    if mandate is None:
        return text_for("sepa_client_no_mandate", lang)
    signed = mandate.signed_on.isoformat() if mandate.signed_on else "—"
    return text_for(
        "sepa_client_mandate",
        lang,
        mandate_id=mandate.mandate_id,
        scheme=mandate.scheme,
        iban=mandate.iban,
        signed=signed,
        sequence=mandate.sequence_type,
    )


def client_mandate(ctx: CliContext, args: argparse.Namespace) -> int:
    signed = parse_date_option(args.signed, "signed") if args.signed else None
    mandate = ctx.services.sepa.save_mandate(args.client_id, args.iban, args.mandate_id, signed, args.scheme)
    ctx.print_json(mandate_json(mandate))
    return 0


def sepa_remittance(ctx: CliContext, args: argparse.Namespace) -> int:
    day = parse_date_option(args.collection_date, "collection_date")
    result = ctx.services.sepa.create(day, Path(args.output), args.output_policy, args.scheme)
    remittance = result.remittance
    excluded = [e.to_json(text_for(e.reason, ctx.lang)) for e in result.excluded]
    ctx.print_json(
        {
            "file": str(result.path),
            "count": remittance.count,
            "total": money_text(remittance.total),
            "excluded": excluded,
            "id": remittance.id,
            "message_id": remittance.message_id,
            "collection_date": remittance.collection_date.isoformat(),
            "scheme": remittance.scheme,
        }
    )
    return 0


def sepa_list(ctx: CliContext, args: argparse.Namespace) -> int:
    rows = ctx.services.sepa.list_remittances()
    ctx.print_json(
        [
            {"id": r.id, "file": r.file_name, "collection_date": r.collection_date.isoformat(),
             "scheme": r.scheme, "count": r.count, "total": money_text(r.total)}
            for r in rows
        ]
    )  # fmt: skip
    return 0
