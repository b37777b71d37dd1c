"""VERI*FACTU sending against the local AEAT of tests/services/verifactu/aeat_server.py (which
validates every request against SuministroLR.xsd): records per second for a backlog sent in
requests of 1,000, and the time from `invoice issue` to the record accepted. Prints JSON.

    .venv/bin/python benchmarks/verifactu_send.py [RECORDS]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from tests.services.verifactu.aeat_server import LocalAeat, serve
from tests.services.verifactu.helpers import BUSINESS, add_client, issue
from tests.services.verifactu.sending_fixtures import MovingClock
from tests.services.verifactu.test_integration import bulk_records


def backlog(count: int, folder: Path) -> dict[str, float]:
    clock = MovingClock()
    with serve(LocalAeat(now=clock.now)) as aeat:
        services = build_services(folder / "backlog", clock=clock)
        services.business.save_payload(dict(BUSINESS))
        services.verifactu_sending.configure("test", aeat.url)
        bulk_records(services, count)
        started = time.perf_counter()
        services.verifactu_sending.send(wait=True, sleep=clock.sleep)  # AEAT's waits are simulated
        elapsed = time.perf_counter() - started
        accepted = services.verifactu.status(with_items=False)["accepted"]
        services.close()
    return {"records": count, "accepted": accepted, "send_s": round(elapsed, 2),
            "records_per_s": round(count / elapsed, 1), "requests": len(aeat.requests)}  # fmt: skip


def issue_to_accepted(folder: Path, runs: int = 20) -> dict[str, float]:
    timings = []
    with serve(LocalAeat()) as aeat:
        services = build_services(folder / "issue")
        services.business.save_payload(dict(BUSINESS))
        services.verifactu_sending.configure("test", aeat.url)
        client = add_client(services)
        for _ in range(runs):
            started = time.perf_counter()
            issue(services, client)
            services.verifactu_sending.send_if_due()  # what `invoice issue` does before it exits
            timings.append(time.perf_counter() - started)
            with services.store.write() as tx:  # next run: as if AEAT's wait had passed
                tx.set_setting(
                    "verifactu.send.last_sent_at",
                    (dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)).isoformat(),
                )
        accepted = services.verifactu.status(with_items=False)["accepted"]
        services.close()
    timings.sort()
    return {"runs": runs, "accepted": accepted, "median_ms": round(1000 * timings[runs // 2], 1),
            "max_ms": round(1000 * timings[-1], 1)}  # fmt: skip


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as tmp:
        print(
            json.dumps(
                {"backlog": backlog(count, Path(tmp)), "issue_to_accepted": issue_to_accepted(Path(tmp))}
            )
        )
