"""The one rule for what a typed text may hold (#17), and how stored text is made printable."""

from __future__ import annotations

import pytest

from facturas_app.domain.text_rules import one_line, printable, refused_characters, text_problems


@pytest.mark.parametrize(
    "ch",
    [
        "\x00",
        "\x0b",
        "\x1b",
        "\x7f",
        "\x85",
        "\ud800",
        "\udfff",
        "\ufdd0",
        "\ufffe",
        "\uffff",
        "\U0010ffff",
        "\u2028",
    ],
)
def test_refused_everywhere(ch: str) -> None:
    assert refused_characters(f"a{ch}b") == f"U+{ord(ch):04X}"
    assert refused_characters(f"a{ch}b", multiline=True) == f"U+{ord(ch):04X}"


@pytest.mark.parametrize("text", ["Peña & Hijos, S.L.", "Ærø — 東京 😀", "l'Hospitalet", "\u00a0no-break"])
def test_ordinary_text_is_kept(text: str) -> None:
    assert refused_characters(text) == "" and printable(text) == text and one_line(text) == text


def test_tab_and_line_breaks_only_in_multi_line_fields() -> None:
    assert refused_characters("a\tb\nc\r\n") == "U+0009, U+000A, U+000D"
    assert refused_characters("a\tb\nc\r\n", multiline=True) == ""


def test_problems_name_the_field_and_the_limit() -> None:
    problems = text_problems("lines[0].description", "x\x00" * 1001, multiline=True, limit=2000)
    assert [(p.field, p.code) for p in problems] == [
        ("lines[0].description", "control_character"),
        ("lines[0].description", "text_too_long"),
    ]
    assert problems[1].params == {"max": "2.000", "length": 2002}


def test_printable_replaces_what_xml_cannot_hold_and_one_line_escapes_it() -> None:
    assert printable("Sol\x00\x0b\uffff\ud800 S.A.\n") == "Sol\ufffd\ufffd\ufffd\ufffd S.A.\n"
    assert one_line("smtp.example.com\nX\x1b[2J") == "smtp.example.com\\nX\\x1b[2J"
