"""Gapless numbering on the office store (#22): next_number() takes the series' next correlative
in the issuing transaction, so four processes issuing at once, some rolling back on purpose after
taking their number, leave numbers 1..N with no gap and no repeat."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

import psycopg
import pytest
from psycopg import errors

from tests.storage.postgres.pg_helpers import DAY, add_client, add_draft, issue, issue_many

PROCESSES, EACH, FAIL_EVERY = 4, 100, 7


@pytest.mark.slow
def test_four_processes_issuing_at_once_leave_no_gap_and_no_repeat(pg_url: str) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(PROCESSES)
    began = time.perf_counter()
    with ProcessPoolExecutor(PROCESSES, mp_context=context) as pool:
        runs = [pool.submit(issue_many, pg_url, EACH, barrier, FAIL_EVERY) for _ in range(PROCESSES)]
        committed = [number for run in runs for number in run.result(timeout=240)]
    seconds = time.perf_counter() - began
    expected = PROCESSES * (EACH - EACH // FAIL_EVERY)
    assert sorted(committed) == [f"F-2026-{seq:04d}" for seq in range(1, expected + 1)]
    with psycopg.connect(pg_url) as conn:
        stored = conn.execute("SELECT seq FROM invoices WHERE number IS NOT NULL ORDER BY seq").fetchall()
        counter = conn.execute("SELECT last_seq FROM series_counters WHERE series = 'F'").fetchone()
    assert [seq for (seq,) in stored] == list(range(1, expected + 1))
    assert counter == (expected,)
    print(f"\n{PROCESSES} processes x {EACH} issues ({expected} committed): {seconds:.2f} s")


def test_a_rolled_back_number_is_taken_again(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        with pytest.raises(ZeroDivisionError), conn.transaction():
            add_client(conn)
            assert issue(conn, add_draft(conn)) == "F-2026-0001"
            raise ZeroDivisionError
        with conn.transaction():
            add_client(conn)
            assert issue(conn, add_draft(conn)) == "F-2026-0001"
            assert issue(conn, add_draft(conn)) == "F-2026-0002"


def test_series_and_years_count_apart_and_a_date_before_the_last_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        take = "SELECT number FROM next_number(%s, %s)"
        assert conn.execute(take, ("F", DAY)).fetchone() == ("F-2026-0001",)
        assert conn.execute(take, ("R", DAY)).fetchone() == ("R-2026-0001",)
        assert conn.execute(take, ("F", DAY.replace(year=2027))).fetchone() == ("F-2027-0001",)
        with pytest.raises(errors.RaiseException, match="issue_date_before_last"):
            conn.execute(take, ("F", DAY))


def test_the_number_keeps_four_digits_and_grows_past_them(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        numbers = conn.execute("SELECT format_number('F', 2026, 7), format_number('F', 2026, 12345)")
        assert numbers.fetchone() == ("F-2026-0007", "F-2026-12345")
