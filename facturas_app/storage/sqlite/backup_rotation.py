"""Which automatic backups rotation keeps (split from backup.py; backup.py re-exports keep_set)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12


def keep_set(
    stamps: Iterable[dt.datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[dt.datetime]:
    """Grandfather-father-son: the newest copy of each of the last N days, ISO weeks and months."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set()
    for count, period in (
        (daily, lambda t: t.date()),
        (weekly, lambda t: t.isocalendar()[:2]),
        (monthly, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for stamp in ordered:
            key = period(stamp)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(stamp)
    return keep
