"""The three looks (clásica, moderna, minimal): one layout engine, different styling choices."""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]
BLACK: RGB = (25, 25, 25)
GREY: RGB = (105, 105, 105)
LIGHT: RGB = (200, 200, 200)
WHITE: RGB = (255, 255, 255)


@dataclass(frozen=True)
class Theme:
    name: str
    accent: RGB
    title_color: RGB
    title_bold: bool
    header_fill: RGB | None  # table header background
    header_text: RGB
    zebra: RGB | None  # alternate row background
    boxes: bool  # client/details inside bordered boxes
    left_stripe: bool  # a band of accent colour down the left edge
    rule: RGB  # horizontal rules
    due_fill: RGB | None  # the "amount to pay" row background
    due_text: RGB
    section_color: RGB


def parse_color(value: str, default: RGB = (31, 95, 139)) -> RGB:
    text = (value or "").strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    try:
        if len(text) != 6:
            return default
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return default


def tint(color: RGB, amount: float) -> RGB:
    """Mix with white: amount 0 → white, 1 → the colour."""
    r, g, b = color
    return (round(255 - (255 - r) * amount), round(255 - (255 - g) * amount), round(255 - (255 - b) * amount))


def theme_for(name: str, accent_hex: str) -> Theme:
    accent = parse_color(accent_hex)
    if name == "moderna":
        return Theme(
            name,
            accent,
            accent,
            True,
            tint(accent, 0.15),
            accent,
            (246, 246, 246),
            False,
            True,
            tint(accent, 0.5),
            accent,
            WHITE,
            accent,
        )
    if name == "minimal":
        return Theme(name, accent, BLACK, False, None, GREY, None, False, False, LIGHT, None, accent, GREY)
    return Theme(
        "clasica",
        accent,
        accent,
        True,
        accent,
        WHITE,
        None,
        True,
        False,
        LIGHT,
        tint(accent, 0.12),
        BLACK,
        accent,
    )
