"""The garbage collector, tuned for a GUI thread that must never stall."""

from __future__ import annotations

import gc


def freeze_startup_objects() -> None:
    """Take everything alive after start-up out of the collector's full walks.

    A full collection walks every tracked object. After start-up that is SQLAlchemy, the Qt wrappers
    and Babel's data, all alive until the app quits, and one walk took 73 ms on the GUI thread while
    the invoice list scrolled (issue #3). Frozen objects are never walked again; what is created
    later is collected as usual. No collect() first: it would itself stall the GUI for that long.
    """
    gc.freeze()
