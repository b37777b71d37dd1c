"""fold() in the office store's SQL (#22) is domain/folding.fold: the tricky strings of a Spanish
client list, and every letter, digit, mark, symbol and punctuation of Unicode planes 0-2."""

from __future__ import annotations

import unicodedata

import psycopg
import pytest

from facturas_app.domain.folding import fold

TRICKY = [
    "Álvarez", "ÁLVAREZ", "Ñandú", "ÑANDÚ", "Sánchez", "Peña", "Muñoz-Ibáñez", "Güell", "Çava",
    "straße", "STRASSE", "ẞ", "ﬁnca", "ﬂor", "ﬀ", "Œuvre", "æther", "Ærø", "Łódź", "ı", "İstanbul",
    "ΟΔΟΣ", "ᾳ", "ͺ", "Ｆｕｌｌ", "①", "½", "µ", "ſ", "ŉ", "ǰ", "Ꭰꭰ", "ᲀ", "e\u0301", "",
    "A  B", "Diseño web · 2026 (€)", "l·l", "Ĳssel", "Ångström", "Øre", "Þór",
]  # fmt: skip


def _sql_fold(url: str, texts: list[str]) -> list[str]:
    with psycopg.connect(url) as conn:
        query = "SELECT fold(t) FROM unnest(%s::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n"
        return [folded for (folded,) in conn.execute(query, (texts,))]


def test_fold_equals_pythons_on_the_tricky_strings(pg_url: str) -> None:
    assert _sql_fold(pg_url, TRICKY) == [fold(text) for text in TRICKY]
    spanish = _sql_fold(pg_url, ["Álvarez", "Ñandú", "straße", "ﬁnca"])
    assert spanish == ["alvarez", "nandu", "strasse", "finca"]


@pytest.mark.slow
def test_fold_equals_pythons_on_every_character_of_planes_0_to_2(pg_url: str) -> None:
    chars = [
        chr(code)
        for code in range(0x20, 0x30000)
        if unicodedata.category(chr(code))[0] in "LMNPS" and not 0xD800 <= code < 0xE000
    ]
    folded = _sql_fold(pg_url, chars)
    differ = [(char, got, fold(char)) for char, got in zip(chars, folded, strict=True) if got != fold(char)]
    assert len(chars) > 100_000 and differ == []


def test_fold_of_null_is_null_and_unaccent_and_pg_trgm_are_installed(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT fold(NULL)").fetchone() == (None,)
        names = {name for (name,) in conn.execute("SELECT extname FROM pg_extension")}
        assert {"unaccent", "pg_trgm"} <= names
        assert conn.execute("SELECT 'sanchez' <% fold('Facturas de Sánchez')").fetchone() == (True,)
