"""Text search pieces shared by the SQL of every list (stdlib only: the start-up path imports it).

Every stored search text is folded (domain/folding.py: case and accents ignored) and so is every
query, here, with the same function: "sanchez" finds "Sánchez" in SQL exactly as on screen.
"""

from __future__ import annotations

import sqlite3

from facturas_app.domain.folding import fold

MIN_TRIGRAM_QUERY = 3  # the trigram index answers substrings of three characters or more


def folded_query(text: str) -> str:
    """What a typed search looks for: the text, stripped and folded."""
    return fold(text.strip())


def like_pattern(text: str) -> str:
    """A LIKE pattern for a folded substring, with the wildcards in `text` escaped by '\\'."""
    escaped = folded_query(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def register_fold(connection: sqlite3.Connection) -> None:
    """`fold(text)` in this connection's SQL: the Python rule itself, so SQL cannot fold otherwise.
    Only migrations and ad-hoc queries call it; no index or trigger depends on it (the sqlite3
    shell, without it, can still read and write the books)."""
    connection.create_function("fold", 1, _fold_or_null, deterministic=True)


def _fold_or_null(value: object) -> str | None:
    return None if value is None else fold(str(value))
