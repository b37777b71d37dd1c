"""Scrolling the invoice list on a big data dir: how long the GUI thread is ever blocked.

Usage: python benchmarks/list_scroll.py DATA_DIR [--switch]   (--switch uses the GIL switch interval
the app sets in ui/app.py)
A 5 ms heartbeat timer runs on the GUI thread while the view is scrolled as a person would: the
thumb dragged to the end, Ctrl+Home/Ctrl+End, the mouse wheel. Pages are fetched on the worker
pool; the longest gap between heartbeats is the worst block.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import sys
import time
from collections.abc import Callable
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


class Heartbeat:
    """A 5 ms timer on the GUI thread; the gaps between its beats are how long the thread was blocked."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)

    def start(self) -> None:
        self.gaps, self.last = [], time.perf_counter()
        self.worst_cpu, self.last_cpu = (0.0, 0.0), time.thread_time()
        self.timer.start(5)

    def _beat(self) -> None:
        # The GUI thread's own CPU time in the worst gap tells work on this thread (CPU ≈ wall)
        # from waiting for the GIL or for a core the machine gave to something else (CPU << wall).
        now, cpu = time.perf_counter(), time.thread_time()
        gap = now - self.last
        if gap > self.worst_cpu[0]:
            self.worst_cpu = (gap, cpu - self.last_cpu)
        self.gaps.append(gap)
        self.last, self.last_cpu = now, cpu

    def report(self, name: str, seconds: float) -> None:
        self.timer.stop()
        ordered = sorted(self.gaps) or [0.0]
        print(
            f"{name:<34} {seconds * 1000:7.0f} ms  heartbeats {len(ordered):5d}  median gap"
            f" {ordered[len(ordered) // 2] * 1000:5.1f} ms  worst {ordered[-1] * 1000:6.1f} ms"
            f"  over 50 ms: {sum(1 for g in ordered if g > 0.05)}"
            f"  (GUI thread CPU in the worst: {self.worst_cpu[1] * 1000:.1f} ms)"
        )


def main() -> None:
    if "--switch" in sys.argv:
        sys.argv.remove("--switch")
        sys.setswitchinterval(0.0005)
    data_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/d100k")
    app = QApplication(sys.argv[:1])
    services = build_services(data_dir, today=dt.date(2026, 11, 26))
    model = InvoiceListModel(services, TaskRunner())
    view = QTableView()
    view.setModel(model)
    configure_table(view, sort_column=2, sort_order=Qt.SortOrder.DescendingOrder)  # as the Invoices view
    view.resize(1200, 800)
    view.show()
    model.reload()
    _wait(app, lambda: model.rowCount() > model.page_size and not model.is_loading())
    print(f"{model.rowCount()} rows in the list; first page and count in, first paint done")
    freeze_startup_objects()  # as the app does once the landing view has painted (ui/app.py)
    bar, beat = view.verticalScrollBar(), Heartbeat()
    bottom_loaded = lambda: model.row_at(model.rowCount() - 1) is not None  # noqa: E731

    # 1. Drag the scroll bar's thumb from the top to the end in one second (60 moves, one a frame).
    beat.start()
    started = time.perf_counter()
    for step in range(1, 61):
        bar.setValue(bar.maximum() * step // 60)
        _pause(app, 0.016)
    _wait(app, lambda: bottom_loaded() and not model.is_loading())
    beat.report("drag the thumb to the end (1 s)", time.perf_counter() - started)

    # 2. Ctrl+Home, then Ctrl+End: straight to the top and back to the last row.
    for name, target, row in (("jump to the top", 0, 0), ("jump to the end", bar.maximum(), -1)):
        beat.start()
        started = time.perf_counter()
        bar.setValue(target)
        _wait(app, lambda r=row: model.row_at(r % model.rowCount()) is not None and not model.is_loading())
        beat.report(name, time.perf_counter() - started)

    # 3. The mouse wheel: 3 rows a notch, 40 notches a second, for 5 seconds, from the top.
    bar.setValue(0)
    _wait(app, lambda: not model.is_loading())
    beat.start()
    started = time.perf_counter()
    blank_frames = 0
    for _ in range(200):
        bar.setValue(bar.value() + 3)
        _pause(app, 0.025)
        on_screen = range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)
        blank_frames += any(model.row_at(row) is None for row in on_screen)
    beat.report("wheel 600 rows down (5 s)", time.perf_counter() - started)
    print(f"frames with a row on screen not loaded yet while wheeling: {blank_frames} of 200")

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pages in memory at the end: {len(model.window.loaded_pages())}, peak RSS {peak:.0f} MiB")
    services.close()


def _pause(app: QApplication, seconds: float) -> None:
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)


def _wait(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done() and time.perf_counter() < deadline:
        _pause(app, 0.002)
    _pause(app, 0.05)  # the paint that follows


if __name__ == "__main__":
    main()
