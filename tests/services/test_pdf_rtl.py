"""Arabic and Hebrew in an invoice PDF (#18): shaped by HarfBuzz and laid out in reading order.

pdftotext applies the Unicode bidi algorithm to what the page draws, so it gives back the words as
typed only when the page drew them right to left; unshaped Arabic would also come back in its
isolated letter forms (U+FExx presentation forms are never what pdftotext maps joined glyphs to)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfplumber import open as open_pdf

from facturas_app.services.pdf.fonts import needs_shaping
from tests.services.pdf_helpers import make_world, pdf_text

ARABIC_NAME = "شركة الياسمين للتجارة"
HEBREW_LINE = "עיצוב לוגו חדש"
LATIN_LINE = "Diseño de logotipo"


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.services.close()


def _lines() -> list[dict[str, str]]:
    return [
        {"description": HEBREW_LINE, "quantity": "2", "unit_price": "150", "vat_rate": "21"},
        {"description": LATIN_LINE, "quantity": "1", "unit_price": "300", "vat_rate": "21"},
    ]


def test_arabic_and_hebrew_read_back_as_typed(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = world.client(ARABIC_NAME, address="شارع النيل ١٢")
    number = world.issue(client, _lines())
    text = pdf_text(world.documents.pdf_bytes(number), tmp_path)
    for word in ARABIC_NAME.split() + HEBREW_LINE.split():
        assert word in text, word
    assert LATIN_LINE in text and "600,00 €" in text  # the Latin text and the totals as before


def test_the_rtl_words_are_drawn_right_to_left(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client, _lines())
    path = tmp_path / "rtl.pdf"
    path.write_bytes(world.documents.pdf_bytes(number))
    with open_pdf(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if c["text"] in set(HEBREW_LINE)]
    first = next(c for c in chars if c["text"] == HEBREW_LINE[0])  # ע, the first letter typed (once)
    last = next(c for c in chars if c["text"] == HEBREW_LINE[-1])  # ש, the last one (once)
    assert first["x0"] > last["x0"]  # the word starts at the right


def test_only_documents_with_such_scripts_are_shaped() -> None:
    assert needs_shaping(ARABIC_NAME) and needs_shaping(HEBREW_LINE)
    assert not needs_shaping("Sánchez · Ñandú · 1.234,56 € · 中文 · 😀")
