"""What a typed text may contain and how long it may be: the one rule for GUI, CLI and imports.

Control characters (NUL, ESC, vertical tab...), lone surrogates and Unicode noncharacters
(U+FFFE, U+FFFF, U+FDD0–U+FDEF...) have no business in a name or a description: XML 1.0 and
XLSX cannot hold most of them, so an issued invoice carrying one could never be exported again.
Multi-line fields (notes, line descriptions) may keep tab and line breaks; one-line fields may not
(a line break in a name would forge an extra line in a PDF, an email header or a CLI message).
"""

from __future__ import annotations

import re

from facturas_app.domain.errors import Problem

MULTILINE_ALLOWED = frozenset("\t\n\r")
REPLACEMENT = "\ufffd"
# Sizes the PDF lays out in a few seconds (see the measurements in tests/services/test_input_parsing.py).
MAX_LINE_DESCRIPTION = 2_000
MAX_DESCRIPTIONS_TOTAL = 100_000  # all lines together: ~40 pages; 1,000 x 2,000 took 83 s to lay out
MAX_NOTES = 10_000
MAX_ONE_LINE = 500


def _class(multiline: bool) -> re.Pattern[str]:
    controls = "\x00-\x08\x0b\x0c\x0e-\x1f" if multiline else "\x00-\x1f"
    noncharacters = "".join(
        f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0, 0x110000, 0x10000)
    )
    # C0/C1 controls (Cc); lone surrogates (Cs: JSON '\ud800'); U+2028/U+2029 line breaks; the 66
    # noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane).
    return re.compile(f"[{controls}\x7f-\x9f\ud800-\udfff\u2028\u2029\ufdd0-\ufdef{noncharacters}]")


_ONE_LINE = _class(multiline=False)
_MULTILINE = _class(multiline=True)


def is_refused_character(ch: str, multiline: bool = False) -> bool:
    """A character no stored text may hold (tab/CR/LF only in multi-line fields)."""
    return (_MULTILINE if multiline else _ONE_LINE).fullmatch(ch) is not None


def refused_characters(text: str, multiline: bool = False) -> str:
    """The refused characters found, as 'U+000B, U+FFFF' (never the raw characters: they could
    break the very message that names them)."""
    found = sorted(set((_MULTILINE if multiline else _ONE_LINE).findall(text)))
    return ", ".join(f"U+{ord(ch):04X}" for ch in found)


def text_problems(
    field: str, text: str, *, multiline: bool = False, limit: int | None = None
) -> list[Problem]:
    """Refused characters and excess length of one field, as the screen names the field."""
    problems: list[Problem] = []
    found = refused_characters(text, multiline)
    if found:
        problems.append(Problem(field, "control_character", {"characters": found}))
    if limit is not None:
        problems += length_problems(field, len(text), limit)
    return problems


def length_problems(field: str, length: int, limit: int) -> list[Problem]:
    if length <= limit:
        return []
    return [Problem(field, "text_too_long", {"max": f"{limit:,}".replace(",", "."), "length": length})]


def fields_problems(values: dict[str, object], limits: dict[str, int] | None = None) -> list[Problem]:
    """`text_problems` for every text field of a record (`asdict`); the fields given a limit are
    the multi-line ones (notes, descriptions)."""
    limits = limits or {}
    problems: list[Problem] = []
    for name, value in values.items():
        if isinstance(value, str):
            problems += text_problems(name, value, multiline=name in limits, limit=limits.get(name))
    return problems


def printable(text: str) -> str:
    """A stored text as every output accepts it (XML 1.0, XLSX, PDF): refused characters become
    U+FFFD. For databases written before the input rule existed; tab and line breaks are kept."""
    return _MULTILINE.sub(REPLACEMENT, text)


def one_line(text: str) -> str:
    """A value echoed in a one-line message: controls and line breaks shown as \\n, \\x1b..."""
    return _ONE_LINE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape", "backslashreplace").decode("ascii")
