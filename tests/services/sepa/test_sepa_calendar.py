"""The TARGET2 calendar (written here, Easter by computus) and the collection-date rules."""

from __future__ import annotations

import datetime as dt

import pytest

from facturas_app.domain.sepa import (
    collection_date_problems,
    earliest_collection,
    easter_sunday,
    is_target_day,
    next_target_day,
)

# Easter Sundays as published (the Gregorian tables), across centuries and both extremes
# (22 March 2285, 25 April 2038 and 1943).
EASTERS = {
    1943: (4, 25), 1961: (4, 2), 2000: (4, 23), 2008: (3, 23), 2019: (4, 21), 2024: (3, 31),
    2025: (4, 20), 2026: (4, 5), 2027: (3, 28), 2038: (4, 25), 2100: (3, 28), 2285: (3, 22),
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(EASTERS))
def test_easter_sunday_matches_the_tables(year: int) -> None:
    assert easter_sunday(year) == dt.date(year, *EASTERS[year])
    assert easter_sunday(year).weekday() == 6


@pytest.mark.parametrize(
    "day",
    ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26",
     "2027-03-26", "2027-03-29", "2026-11-28", "2026-11-29"],
)  # fmt: skip
def test_holidays_and_weekends_are_not_business_days(day: str) -> None:
    assert not is_target_day(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "day", ["2026-01-02", "2026-04-02", "2026-04-07", "2026-10-12", "2026-12-24", "2026-12-08"]
)
def test_spanish_holidays_are_target_business_days(day: str) -> None:
    # 12 October, 8 December and Maundy Thursday are Spanish holidays but TARGET2 settles on them
    assert is_target_day(dt.date.fromisoformat(day))


def test_each_year_closes_good_friday_and_easter_monday_and_at_most_six_weekdays() -> None:
    for year in range(2020, 2040):
        days = [dt.date(year, 1, 1) + dt.timedelta(days=n) for n in range(365)]
        closed = [d for d in days if d.weekday() < 5 and not is_target_day(d)]
        easter = easter_sunday(year)
        assert easter - dt.timedelta(days=2) in closed and easter + dt.timedelta(days=1) in closed
        assert 2 <= len(closed) <= 6, (year, closed)


def test_next_target_day_skips_the_easter_weekend() -> None:
    assert next_target_day(dt.date(2026, 4, 3)) == dt.date(2026, 4, 7)  # Good Friday -> Tuesday
    assert next_target_day(dt.date(2026, 12, 25)) == dt.date(2026, 12, 28)
    assert next_target_day(dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)


def test_earliest_collection_adds_the_notice_then_a_business_day() -> None:
    thursday = dt.date(2026, 11, 26)
    assert earliest_collection(thursday, 2) == dt.date(2026, 11, 30)  # Saturday 28 -> Monday 30
    assert earliest_collection(thursday, 14) == dt.date(2026, 12, 10)
    assert earliest_collection(dt.date(2026, 12, 22), 2) == dt.date(2026, 12, 24)
    assert earliest_collection(dt.date(2026, 12, 23), 2) == dt.date(2026, 12, 28)


def test_collection_date_problems_name_the_earliest_and_the_next_day() -> None:
    today = dt.date(2026, 11, 26)
    (soon,) = collection_date_problems(dt.date(2026, 11, 27), today, 2)
    assert soon.code == "sepa_collection_too_soon" and soon.params["earliest"] == dt.date(2026, 11, 30)
    (holiday,) = collection_date_problems(dt.date(2026, 12, 25), today, 2)
    assert holiday.code == "sepa_collection_not_business_day" and holiday.params["next"] == dt.date(
        2026, 12, 28
    )
    assert collection_date_problems(dt.date(2026, 11, 30), today, 2) == []
