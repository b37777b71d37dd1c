"""A remittance of 1,000 direct debits (issue #19): the time to plan it, and to build, XSD-check,
write and record the pain.008.001.02 file.

    python benchmarks/sepa_remittance.py [--debits 1000] [--clients 250]

Seeds a fresh temporary data folder (bulk-loaded invoices, mandates saved through the service)
and prints each step's wall time; the machine is shared, so run it twice before believing it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.services.sepa.sepa_helpers import add_mandates, open_services, seed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--debits", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=250)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder))
        try:
            started = time.perf_counter()
            seeded = seed(services, args.clients, max(1, args.debits // args.clients))
            add_mandates(services, seeded.client_ids)
            took = time.perf_counter() - started
            print(f"seeded {len(seeded.numbers)} invoices and {args.clients} mandates: {took:.2f} s")
            day = services.sepa.earliest_collection_date()
            started = time.perf_counter()
            plan = services.sepa.plan(day)
            print(
                f"plan ({len(plan.included)} debits, {plan.total} EUR): {time.perf_counter() - started:.3f} s"
            )
            started = time.perf_counter()
            result = services.sepa.create(day, Path(folder) / "remesa.xml")
            size = (Path(folder) / "remesa.xml").stat().st_size
            took = time.perf_counter() - started
            print(f"remittance of {result.remittance.count} debits, {size} bytes, {day}: {took:.3f} s")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
