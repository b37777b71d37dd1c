"""What the Xvfb drivers of the end-to-end tests share (they run as scripts, PYTHONPATH at the root)."""

from __future__ import annotations

import time
from collections.abc import Callable


def wait_until(condition: Callable[[], bool], timeout: float) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met")
        # Not QTest.qWait: it keeps the GIL while Qt waits, which starves the worker threads the
        # app loads its data on (imports there took 15 s); sleep releases it between event rounds.
        QApplication.processEvents()
        time.sleep(0.02)
