"""A month's statement against a big book (#19's target: 500 movements against 10,000 open
invoices in under 2 s, every conclusive credit matched). The book comes from `facturas demo`; the
open invoices get their client's IBAN; the statement (Norma 43, written to the layout) pays 300
invoices by number, 100 by the client's IBAN (CAMT would carry it; here the client's name), and
has 100 movements nothing matches. Prints JSON.

    .venv/bin/python benchmarks/bank_import.py [INVOICES] [MOVEMENTS]
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facturas_app.bootstrap import build_services  # noqa: E402
from tests.services.bank.bank_files import Line, n43_account, n43_file  # noqa: E402


def book(folder: Path, invoices: int) -> None:
    """A demo book, then enough of it reopened (payments undone in SQL) for `invoices` open ones."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "facturas_app",
            "--data-dir",
            str(folder),
            "demo",
            "--invoices",
            str(invoices),
        ],
        check=True,
        capture_output=True,
    )


def statement(services, count: int) -> tuple[bytes, int]:  # type: ignore[no-untyped-def]
    open_invoices = []
    with services.store.read() as tx:
        open_invoices = tx.open_invoices_for_matching()
    rng = random.Random(7)
    chosen = rng.sample(open_invoices, min(len(open_invoices), count * 4 // 5))
    by_number, by_name = chosen[: count * 3 // 5], chosen[count * 3 // 5 :]
    day = services.clock.today() - dt.timedelta(days=1)
    lines = [Line(day, i.outstanding, ["TRANSFERENCIA", f"FRA {i.number}"]) for i in by_number]
    lines += [Line(day, i.outstanding, [f"TRANSF {i.client_name[:30]}"]) for i in by_name]
    lines += [
        Line(day, Decimal(rng.randint(100, 99999)) / 100 + Decimal("0.01"), ["VARIOS"])
        for _ in range(count - len(lines))
    ]
    return n43_file(n43_account(lines, day, day)), [i.invoice_id for i in by_number], len(open_invoices)


def paid_in_full(services, invoice_ids: list[str]) -> int:  # type: ignore[no-untyped-def]
    """How many of the invoices a credit named are now paid: each of them is a conclusive match."""
    with services.store.read() as tx:
        return sum(1 for i in tx.get_invoices(invoice_ids) if i.status.value == "paid")


def main() -> None:
    invoices = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    movements = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "book"
        book(data, invoices)
        services = build_services(data)
        try:
            payload, by_number, open_count = statement(services, movements)
            started = time.perf_counter()
            report = services.bank.import_file(payload).to_json()
            seconds = time.perf_counter() - started
            again = time.perf_counter()
            second = services.bank.import_file(payload).to_json()
            seconds_again = time.perf_counter() - again
            named_paid = paid_in_full(services, by_number)
        finally:
            services.close()
    print(
        json.dumps(
            {
                "open_invoices": open_count,
                "movements": report["movements"],
                "named_by_number": len(by_number),
                "named_by_number_paid": named_paid,
                "matched": report["matched"],
                "suggested": report["suggested"],
                "unmatched": report["unmatched"],
                "import_s": round(seconds, 3),
                "reimport_s": round(seconds_again, 3),
                "reimport_new": second["new"],
                "target_s": 2.0,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
