"""Crash safety, proven: processes issuing invoices are SIGKILLed at random moments (>= 40 times)."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from facturas_app.bootstrap import build_services
from facturas_app.storage.sqlite.database import DB_FILENAME
from tests.fakes import FixedClock
from tests.storage.safety_helpers import TODAY, fork_worker, integrity, invariant_problems, issue_one, seed

KILLS = 44
PARALLEL = 4
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


def _kill_after_some_work(pid: int, pipe: int, rng: random.Random) -> None:
    """Wait until the worker is issuing, let it run a random while, SIGKILL it."""
    assert os.read(pipe, 1) == b"r"
    time.sleep(rng.uniform(0.0, 0.5))
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    os.close(pipe)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_sigkill_while_issuing_leaves_whole_invoices_and_gapless_numbers(tmp_path: Path) -> None:
    seed(tmp_path)
    rng = random.Random(20261126)
    started = time.monotonic()
    kills = 0
    while kills < KILLS:
        batch = [fork_worker(tmp_path) for _ in range(min(PARALLEL, KILLS - kills))]
        for pid, pipe in batch:
            _kill_after_some_work(pid, pipe, rng)
            kills += 1
    elapsed = time.monotonic() - started
    db = tmp_path / DB_FILENAME
    assert integrity(db) == "ok"
    assert invariant_problems(db) == []
    services = build_services(tmp_path, clock=FixedClock(TODAY))  # still opens, and numbering goes on
    try:
        with services.store.read() as tx:
            issued_before = tx.count_issued_invoices()
        number = issue_one(services)
        assert number.endswith(f"{issued_before + 1:04d}")
    finally:
        services.close()
    assert invariant_problems(db) == []
    assert issued_before >= KILLS // 2  # the workers really were issuing when killed
    print(f"\nkill test: {kills} SIGKILLs in {elapsed:.1f} s, {issued_before} invoices issued")
