"""Fixtures shared by the sending tests (services and window): a clock the app and the local AEAT
share, the local AEAT on 127.0.0.1, and services configured to send to it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from tests.services.verifactu.aeat_server import LocalAeat, serve
from tests.services.verifactu.helpers import BUSINESS, NOW, TODAY


@dataclass
class MovingClock:
    """The app's clock and the local AEAT's: it moves only when told or when the app sleeps."""

    current: dt.datetime = NOW
    sleeps: list[float] = field(default_factory=list)

    def today(self) -> dt.date:
        return TODAY

    def now(self) -> dt.datetime:
        return self.current

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.current += dt.timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        self.current += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock()


@pytest.fixture
def aeat(clock: MovingClock) -> Iterator[LocalAeat]:
    with serve(LocalAeat(now=clock.now)) as server:
        yield server


@pytest.fixture
def services(tmp_path: Path, clock: MovingClock, aeat: LocalAeat) -> Iterator[Services]:
    services = build_services(tmp_path / "data", clock=clock)
    services.business.save_payload(dict(BUSINESS))
    services.verifactu_sending.configure("test", aeat.url)
    yield services
    services.close()
