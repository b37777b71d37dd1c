"""`facturas demo`: sample data for trying the app and for every benchmark."""

from __future__ import annotations

import argparse
import time
from typing import Any

from facturas_app.cli.context import CliContext
from facturas_app.domain.errors import single_problem


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="datos de ejemplo")
    p.add_argument("--invoices", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=demo)


def demo(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.demo import DemoService

    if not 1 <= args.invoices <= 1_000_000:
        raise single_problem("invoices", "out_of_range", min=1, max=1_000_000)
    started = time.perf_counter()
    services = ctx.services
    result = DemoService(services.store, services.clock).generate(args.invoices, args.seed)
    elapsed = time.perf_counter() - started
    summary = {
        "clients": result.clients,
        "products": result.products,
        "invoices": result.invoices,
        "payments": result.payments,
        "billing_records": result.billing_records,
        "seconds": round(elapsed, 2),
        "data_dir": str(services.data_dir),
    }
    if ctx.json_output:
        ctx.print_json(summary)
    else:
        ctx.say(
            f"{result.invoices} facturas, {result.clients} clientes, {result.products} productos "
            f"en {elapsed:.1f} s → {services.data_dir}"
        )
    return 0
