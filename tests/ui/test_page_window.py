"""PageWindow: which pages of a long list stay in memory and which one is fetched next."""

from __future__ import annotations

import pytest

from ui.models.page_window import WANTED_REMEMBERED, PageWindow


def test_rows_are_found_in_their_page() -> None:
    window: PageWindow[str] = PageWindow(page_size=10, max_pages=3)
    window.arrived(2, [f"r{n}" for n in range(20, 30)])
    assert window.get(20) == "r20" and window.get(29) == "r29"
    assert window.get(19) is None and window.get(30) is None
    window.arrived(3, ["r30", "r31"])  # a short last page
    assert window.get(31) == "r31" and window.get(32) is None
    assert list(window.loaded_rows()) == [(n, f"r{n}") for n in range(20, 32)]


def test_most_recently_wanted_page_is_fetched_first_and_one_at_a_time() -> None:
    window: PageWindow[int] = PageWindow(page_size=10, max_pages=10)
    for page in (1, 2, 3):
        window.want(page)
    assert window.next_to_fetch() == 3
    assert window.next_to_fetch() is None  # 3 is still in flight
    window.want(3)  # asked again while in flight: not fetched twice
    window.arrived(3, list(range(10)))
    assert window.next_to_fetch() == 2
    window.arrived(2, list(range(10)))
    window.want(2)  # here already
    assert window.next_to_fetch() == 1


def test_pages_wanted_long_ago_are_forgotten() -> None:
    """Dragging the thumb over 100 pages must not queue 100 fetches."""
    window: PageWindow[int] = PageWindow(page_size=10, max_pages=10)
    for page in range(100):
        window.want(page)
    fetched = []
    while (page := window.next_to_fetch()) is not None:
        fetched.append(page)
        window.arrived(page, [0])
    assert fetched == [99, 98, 97, 96][:WANTED_REMEMBERED]


def test_pages_far_from_the_newest_are_dropped() -> None:
    window: PageWindow[int] = PageWindow(page_size=10, max_pages=3)
    assert window.arrived(0, [0]) == []
    window.arrived(1, [1])
    window.arrived(50, [50])
    assert window.arrived(51, [51]) == [0]  # the farthest from page 51
    assert window.loaded_pages() == [1, 50, 51]
    assert window.arrived(2, [2]) == [51]
    assert window.loaded_pages() == [1, 2, 50]


def test_failure_and_clear_free_the_fetch_slot() -> None:
    window: PageWindow[int] = PageWindow(page_size=10, max_pages=3)
    window.want(4)
    assert window.next_to_fetch() == 4
    window.failed()
    window.want(5)
    assert window.next_to_fetch() == 5
    window.clear()
    assert window.in_flight is None and window.loaded_pages() == [] and not window.has_wanted()


def test_sizes_are_checked() -> None:
    with pytest.raises(ValueError):
        PageWindow(page_size=0, max_pages=3)
    with pytest.raises(ValueError):
        PageWindow(page_size=10, max_pages=1)


def test_refresh_keeps_rows_as_stale_until_their_page_comes_back() -> None:
    window: PageWindow[str] = PageWindow(page_size=2, max_pages=10)
    for page in (0, 5, 6):
        window.arrived(page, [f"old{page}a", f"old{page}b"])
    assert window.refresh() == [0, 5, 6]  # the pages that arrived last, oldest first
    assert window.get(10) == "old5a" and not window.is_fresh(10)
    window.want(5)
    assert window.next_to_fetch() == 5
    window.arrived(5, ["new5a"])
    assert window.get(10) == "new5a" and window.is_fresh(10)
    assert window.get(11) is None  # the fresh page is shorter: its old row is gone
    assert window.get(12) == "old6a"


def test_pages_wanted_later_come_after_painted_ones_and_never_push_them_out() -> None:
    window: PageWindow[int] = PageWindow(page_size=10, max_pages=10)
    window.want(7)  # painted
    for page in (4, 3, 2, 1):  # the newest first, as the model adds them
        window.want_later(page)
    fetched = []
    while (page := window.next_to_fetch()) is not None:
        fetched.append(page)
        window.arrived(page, [0])
    assert fetched == [7, 4, 3, 2]  # room for three behind the painted one: the oldest, 1, is left
