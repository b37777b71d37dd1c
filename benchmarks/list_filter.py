"""Invoice list queries on a big data dir: first page, text filters, status filter (what the list runs).

Usage: python benchmarks/list_filter.py [DATA_DIR] (default /tmp/ui100k; make it with
`python -m facturas_app --data-dir /tmp/ui100k demo --invoices 100000`). Prints ms (median of 5).
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from facturas_app.domain.invoice import Status


def ms(fn: object, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ui100k")
    services = build_services(data_dir, today=dt.date(2026, 11, 26))
    inv = services.invoices
    total = inv.summarize(inv.query()).count
    print(f"{total} invoices in {data_dir}")
    cases = {
        "first page (200, by date)": inv.query(limit=200),
        "text 'garcía' page": inv.query(text="garcía", limit=200),
        "text 'garcia' page": inv.query(text="garcia", limit=200),  # folded: finds García (#18)
        "text 'logotipo' page": inv.query(text="logotipo", limit=200),  # a line description
        "text 'diseño de logo' page": inv.query(text="diseño de logo", limit=200),
        "text 'F-2026-00' page": inv.query(text="F-2026-00", limit=200),
        "text 'zzzz' (no match) page": inv.query(text="zzzz", limit=200),
        "status overdue page": inv.query(status=Status.OVERDUE, limit=200),
        "sort by total page": inv.query(order_by="total", limit=200),
        "sort by client page": inv.query(order_by="client_name", limit=200),  # folded (#18)
        "sort by client, page at 99,800": inv.query(order_by="client_name", limit=200, offset=99_800),
    }
    for name, query in cases.items():
        print(f"{name:34s} {ms(lambda q=query: inv.list(q)):8.1f} ms")
    for name in ("text 'garcía' page", "text 'logotipo' page", "status overdue page"):
        print(f"{'summary of ' + name:34s} {ms(lambda q=cases[name]: inv.summarize(q), 3):8.1f} ms")
    clients = {  # name order folded, by the stored folded name and its index (#18, migration 0025)
        "clients page (200, by name)": lambda: services.clients.list("", 200, 0),
        "clients last page (by name)": lambda: services.clients.list("", 200, 2400),
        "client picker 'gar' (50)": lambda: services.clients.list("gar", limit=50),
    }
    for name, run in clients.items():
        print(f"{name:34s} {ms(run):8.1f} ms")
    typed_in_the_list(services)
    services.close()


def typed_in_the_list(services: object) -> None:
    """What the user sees: from a filter set on the Invoices view's model (worker pool, as in the app)
    to its first page in the view, and to the count and totals in the footer. Median of 5."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.models.invoice_list import InvoiceFilters, InvoiceListModel
    from ui.workers import TaskRunner

    app = QApplication.instance() or QApplication([])
    model = InvoiceListModel(services, TaskRunner())
    shown: list[bool] = []
    model.first_page_loaded.connect(lambda: shown.append(True))
    for text in ("garcía", "garcia", "logotipo", "F-2026-00", "zzzz", ""):
        firsts, counts = [], []
        for _ in range(5):
            model.set_filters(InvoiceFilters(text="x"))  # another filter first: each run starts anew
            _settle(app, model)
            shown.clear()
            started = time.perf_counter()
            model.set_filters(InvoiceFilters(text=text))
            while not shown:
                app.processEvents()
                time.sleep(0.0002)  # an idle GUI thread, not one spinning on a core the workers need
            firsts.append((time.perf_counter() - started) * 1000)
            _settle(app, model)
            counts.append((time.perf_counter() - started) * 1000)
        label = f"typed {text!r} in the list"
        print(
            f"{label:34s} {statistics.median(firsts):8.1f} ms to the first page,"
            f" {statistics.median(counts):.1f} ms to the count"
        )


def _settle(app: object, model: object) -> None:
    while model.is_loading():  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.0005)


if __name__ == "__main__":
    main()
