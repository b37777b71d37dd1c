"""Composition root for the start-up fast path: the landing figures without the storage stack.

`bootstrap.build_services` imports every service and SQLAlchemy; the window needs none of that for
its first paint. This module wires the stdlib-only reader and nothing else.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facturas_app.storage.api import LandingFigures


def read_landing(data_dir: Path, today: dt.date) -> LandingFigures | None:
    """The dashboard's first figures, or None when only the full path can tell (new, old or odd file)."""
    from facturas_app.storage.sqlite.landing import read_landing as read

    return read(data_dir, today)


def upgrade_pending(data_dir: Path) -> bool:
    """Whether opening the data folder will upgrade its database first (seconds on a big one)."""
    from facturas_app.storage.sqlite.landing import upgrade_pending as pending

    return pending(data_dir)
