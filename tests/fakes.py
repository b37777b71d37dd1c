"""Shared test doubles for the outside world (clock, ...). Real parts everywhere else."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class FixedClock:
    """A Clock whose today() is fixed; now() is a fixed aware UTC instant (noon of `today` by default)."""

    today_date: dt.date
    now_utc: dt.datetime | None = None

    def __init__(self, today: dt.date, now_utc: dt.datetime | None = None) -> None:
        self.today_date = today
        self.now_utc = now_utc

    def today(self) -> dt.date:
        return self.today_date

    def now(self) -> dt.datetime:
        if self.now_utc is not None:
            return self.now_utc
        return dt.datetime.combine(self.today_date, dt.time(12, 0), tzinfo=dt.UTC)
