"""Which pages of a long list are in memory, and which one to fetch next (no Qt, no I/O).

A list model over 100,000 rows knows how many rows there are (a COUNT) but keeps only the pages
around what the user has looked at lately. Painting asks for rows; rows that are not here mark their
page as wanted, and the model fetches one page at a time, the most recently wanted first. Pages
wanted long ago (the user dragged the scroll bar past them) are forgotten, so a drag from the top
to the end fetches the page at the end, not the 500 in between.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

Row = TypeVar("Row")

# How many wanted pages are remembered. A screen shows at most two or three pages, so a page that
# four newer ones have pushed out is no longer on screen (and if it is, painting asks for it again).
WANTED_REMEMBERED = 4


class PageWindow(Generic[Row]):
    def __init__(self, page_size: int, max_pages: int) -> None:
        if page_size < 1 or max_pages < 2:
            raise ValueError("page_size >= 1 and max_pages >= 2")
        self.page_size = page_size
        self.max_pages = max_pages
        self._pages: dict[int, Sequence[Row]] = {}
        self._stale: dict[int, Sequence[Row]] = {}  # shown until fetched anew after a refresh
        self._recent: dict[int, None] = {}  # pages in the order they arrived, newest last
        self._wanted: dict[int, None] = {}  # insertion order = when it was last wanted
        self._asked: set[int] = set()  # pages painting asked for before they were here
        self.in_flight: int | None = None

    # ----- rows ----------------------------------------------------------------------------------
    def page_of(self, row: int) -> int:
        return row // self.page_size

    def get(self, row: int) -> Row | None:
        """The row, from a fresh page or else from a stale one (None if neither holds it)."""
        number = row // self.page_size
        page = self._pages.get(number)
        if page is None:
            page = self._stale.get(number)
            if page is None:
                return None
        at = row % self.page_size
        return page[at] if at < len(page) else None

    def is_fresh(self, row: int) -> bool:
        return row // self.page_size in self._pages

    def has_page(self, page: int) -> bool:
        return page in self._pages

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def loaded_rows(self) -> Iterator[tuple[int, Row]]:
        """(row number, row) of every row in memory, in row order."""
        for page in sorted(self._pages):
            start = page * self.page_size
            yield from enumerate(self._pages[page], start)

    # ----- fetching ------------------------------------------------------------------------------
    def refresh(self) -> list[int]:
        """The data changed: every page becomes stale (still shown, but fetched again when painted).
        Returns the pages that arrived last, oldest first: those around what is on screen."""
        recent = [p for p in self._recent if p in self._pages][-WANTED_REMEMBERED:]
        self._stale = {**self._stale, **self._pages}
        self._pages, self._wanted, self._recent = {}, {}, {}
        self._asked = set()
        self.in_flight = None
        return recent

    def want(self, page: int) -> None:
        """Painting needs `page`; remember it as the most recent wish (unless it is here or coming)."""
        if page in self._pages:
            return
        self._asked.add(page)
        if page == self.in_flight:
            return
        self._wanted.pop(page, None)
        self._wanted[page] = None
        while len(self._wanted) > WANTED_REMEMBERED:
            del self._wanted[next(iter(self._wanted))]

    def want_later(self, page: int) -> None:
        """Wanted, but after every page painting has asked for (and only if there is room)."""
        if page in self._pages or page == self.in_flight or page in self._wanted:
            return
        if len(self._wanted) < WANTED_REMEMBERED:
            self._wanted = {page: None, **self._wanted}

    def take_asked(self, page: int) -> bool:
        """Whether painting asked for `page` before it arrived (then the view shows it empty or
        stale and must be told; a page fetched ahead that nobody painted needs no repaint)."""
        asked = page in self._asked
        self._asked.discard(page)
        return asked

    def has_wanted(self) -> bool:
        return bool(self._wanted)

    def next_to_fetch(self) -> int | None:
        """The most recently wanted page, now marked in flight; None while one is already in flight."""
        if self.in_flight is not None or not self._wanted:
            return None
        page = next(reversed(self._wanted))
        del self._wanted[page]
        self.in_flight = page
        return page

    def start(self, page: int) -> None:
        """A page fetched on the model's own initiative (the first one, or prefetching)."""
        self._wanted.pop(page, None)
        self.in_flight = page

    def arrived(self, page: int, rows: Sequence[Row]) -> list[int]:
        """Store a fetched page; return the pages dropped to stay within max_pages (farthest first)."""
        if self.in_flight == page:
            self.in_flight = None
        self._pages[page] = rows
        self._stale.pop(page, None)
        self._wanted.pop(page, None)
        self._recent.pop(page, None)
        self._recent[page] = None
        dropped: list[int] = []
        while len(self._pages) > self.max_pages:
            farthest = max(self._pages, key=lambda p: abs(p - page))
            del self._pages[farthest]
            self._recent.pop(farthest, None)
            dropped.append(farthest)
        self._stale = {p: rows for p, rows in self._stale.items() if abs(p - page) <= self.max_pages}
        return dropped

    def failed(self) -> None:
        self.in_flight = None

    def clear(self) -> None:
        self._pages.clear()
        self._stale.clear()
        self._recent.clear()
        self._wanted.clear()
        self._asked.clear()
        self.in_flight = None
