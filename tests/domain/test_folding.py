"""The one folding rule of every search (issue #18)."""

from __future__ import annotations

import pytest

from facturas_app.domain.folding import fold, folded_contains


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Sánchez", "sanchez"),
        ("CLÍNICA", "clinica"),
        ("Diseño de logotipo", "diseno de logotipo"),
        ("Ñandú", "nandu"),
        ("Façade Œuvre", "facade œuvre"),  # œ is a letter of its own, not an o with a mark
        ("Straße", "strasse"),
        ("İzmir", "izmir"),  # the capital dotted I folds to a plain i
        ("ﬁnca", "finca"),  # a ligature comes apart
        ("Ｆ-2026", "f-2026"),  # full-width forms
        ("F-2026-0001 ABC", "f-2026-0001 abc"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_folding_twice_changes_nothing() -> None:
    for text in ("Sánchez", "İzmir", "Straße", "ﬁnca", "Ǆemal"):
        assert fold(fold(text)) == fold(text)


def test_contains_folds_both_sides() -> None:
    assert folded_contains("Marta Sánchez Ruiz", " SANCHEZ ")
    assert folded_contains("Marta Sanchez Ruiz", "sánchez")
    assert not folded_contains("Marta Sánchez Ruiz", "sanchezz")
