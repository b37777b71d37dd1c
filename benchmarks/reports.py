"""Report timings on a big demo data dir (issue #11: every report computed in SQL in under a second).

    python -m facturas_app --data-dir /tmp/rep100k demo --invoices 100000
    python benchmarks/reports.py /tmp/rep100k [--year 2026] [--quarter 1]

Prints each report's wall time (best of --runs, 3 by default; the machine is shared, so the best run
is the one least disturbed) and its headline figures, then the load average the runs shared the
machine with. File exports are timed separately, as they are writing, not computing: the year's book
as CSV and the quarter's as XLSX (best of --runs), and the quarter pack (one run).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from facturas_app.services.report_files import write_book


def best_of(runs: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--quarter", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    services = build_services(args.data_dir)
    reports, year, quarter = services.reports, args.year, args.quarter
    with services.store.read() as tx:
        print(f"issued invoices in the data dir: {tx.count_issued_invoices()}")
    checks = [
        (
            f"vat_summary {year}Q{quarter}",
            lambda: reports.vat_summary(f"{year}Q{quarter}"),
            lambda s: (
                f"{s.invoice_count} invoices, base {s.base}, box 27 {s.boxes['27']}, IRPF {s.irpf_withheld}, "
                f"130 ytd income {s.ytd_income}"
            ),
        ),
        (
            f"sales_book {year}Q{quarter}",
            lambda: reports.sales_book(year, quarter),
            lambda b: f"{b.invoice_count} invoices, {len(b.lines)} rows",
        ),
        (
            f"sales_book {year}",
            lambda: reports.sales_book(year),
            lambda b: f"{b.invoice_count} invoices, {len(b.lines)} rows",
        ),
        (
            f"clients_347 {year}",
            lambda: reports.clients_347(year),
            lambda c: f"{len(c)} clients over 3,005.06, top {max((x.total for x in c), default=0)}",
        ),
        (f"ops_349 {year}", lambda: reports.ops_349(year), lambda o: f"{len(o)} client-quarters"),
    ]
    for name, fn, describe in checks:
        seconds, result = best_of(args.runs, fn)
        print(f"{name:<24} {seconds:6.3f} s  {describe(result)}")
    year_book, quarter_book = reports.sales_book(year), reports.sales_book(year, quarter)
    with tempfile.TemporaryDirectory() as tmp:
        files = [(f"{year}", year_book, ".csv"), (f"{year}Q{quarter}", quarter_book, ".xlsx")]
        for label, book, suffix in files:
            seconds, _ = best_of(args.runs, lambda b=book, s=suffix: write_book(b, Path(tmp) / f"book{s}"))
            print(f"write book {label + suffix:<14} {seconds:6.3f} s  ({len(book.lines)} rows)")
        seconds, pack = best_of(1, lambda: reports.quarter_pack(year, quarter, Path(tmp) / "pack.zip"))
        print(f"quarter_pack (zip)        {seconds:6.3f} s  {pack[0].stat().st_size // 1024} KiB")
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
