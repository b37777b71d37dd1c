"""Scrolling the invoice list to the end on a big data dir: how long the GUI thread is ever blocked.

Usage: python benchmarks/list_scroll.py DATA_DIR [PAGES] [--switch]   (default: to the last row;
PAGES of 200 rows stops earlier; --switch uses the GIL switch interval the app sets in ui/app.py)
A 5 ms heartbeat timer runs on the GUI thread while the view keeps scrolling to the bottom (each
page is fetched on the worker pool); the longest gap between heartbeats is the worst block.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from facturas_app.bootstrap import build_services
from ui.memory import freeze_startup_objects
from ui.models.invoice_list import InvoiceListModel
from ui.views import configure_table
from ui.workers import TaskRunner


def main() -> None:
    if "--switch" in sys.argv:
        sys.argv.remove("--switch")
        sys.setswitchinterval(0.0005)
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/d100k")
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 10**9
    app = QApplication(sys.argv[:1])
    services = build_services(data_dir, today=dt.date(2026, 11, 26))
    model = InvoiceListModel(services, TaskRunner())
    view = QTableView()
    view.setModel(model)
    configure_table(view, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder)  # as the Invoices view
    view.resize(1200, 800)
    view.show()
    model.reload()
    _settle(app, model)  # the first page and first paint belong to opening the view, not to scrolling
    freeze_startup_objects()  # as the app does once the landing view has painted (ui/app.py)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)
    started = last[0] = time.perf_counter()
    more = lambda: model.canFetchMore() or model.is_loading()  # noqa: E731
    while more() and len(model.rows) < pages * model.page_size and time.perf_counter() - started < 300:
        view.scrollToBottom()
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    worst = max(gaps) * 1000 if gaps else 0.0
    over = sum(1 for g in gaps if g > 0.05)
    rate = len(model.rows) / max(elapsed, 1e-9)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows loaded: {len(model.rows)} in {elapsed:.1f} s ({rate:.0f} rows/s), peak RSS {peak:.0f} MiB")
    ordered = sorted(gaps)
    median = ordered[len(ordered) // 2] * 1000 if ordered else 0.0
    print(
        f"GUI heartbeats: {len(gaps)}, median gap {median:.1f} ms, worst gap {worst:.1f} ms,"
        f" gaps over 50 ms: {over}"
    )
    services.close()


def _settle(app: QApplication, model: InvoiceListModel) -> None:
    deadline = time.perf_counter() + 30
    while not model.rows and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)


if __name__ == "__main__":
    main()
