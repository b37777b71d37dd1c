"""Text search pieces shared by the SQL of every list (stdlib only: the start-up path imports it)."""

from __future__ import annotations

MIN_TRIGRAM_QUERY = 3  # the trigram index answers substrings of three characters or more


def like_pattern(text: str) -> str:
    """A LIKE pattern for a case-folded substring, with the wildcards in `text` escaped by '\\'."""
    escaped = text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
