"""Dashboard timings on a big demo data dir (issue #6: every figure from SQL in ≤ 100 ms).

    python -m facturas_app --data-dir /tmp/dash100k demo --invoices 100000
    python benchmarks/dashboard.py /tmp/dash100k [--today 2026-11-20]

Prints each figure's wall time in ms (best of 5, each in its own read transaction) and its value,
then the whole figures() call.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from facturas_app.services.dashboard import DashboardService, month_start, quarter_start

RUNS = 5
TARGET_MS = 100.0


def best_ms(fn: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best, result


def figures(service: DashboardService, today: dt.date) -> dict[str, Callable[[], Any]]:
    def read(fn: Callable[[Any], Any]) -> Callable[[], Any]:
        def run() -> Any:
            with service.store.read() as tx:
                return fn(tx)

        return run

    return {
        "outstanding + overdue": read(lambda tx: tx.dashboard_open_totals(today)),
        "collected this month": read(lambda tx: tx.dashboard_collected(month_start(today), today)),
        "collected this quarter": read(lambda tx: tx.dashboard_collected(quarter_start(today), today)),
        "revenue per month (12)": read(
            lambda tx: sum(m.revenue for m in service.revenue_by_month(tx, today))
        ),
        "top 5 clients": read(
            lambda tx: [(c.client_name, c.revenue) for c in service.top_clients(tx, today)]
        ),
        "billed 90 days (DSO)": read(lambda tx: service.billed_90_days(tx, today)),
        "figures() all": lambda: service.figures().dso_days,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None)
    args = parser.parse_args()
    services = build_services(args.data_dir, today=args.today)
    today = services.clock.today()
    print(f"today {today}; best of {RUNS}")
    worst = 0.0
    try:
        for name, fn in figures(services.dashboard, today).items():
            ms, value = best_ms(fn)
            if name != "figures() all":
                worst = max(worst, ms)
            shown = str(value)
            print(f"{name:<26} {ms:8.1f} ms   {shown[:110]}")
    finally:
        services.close()
    print(
        f"slowest figure {worst:.1f} ms ({'OK' if worst <= TARGET_MS else 'OVER'} target {TARGET_MS:.0f} ms)"
    )
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
