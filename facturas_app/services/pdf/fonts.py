"""Bundled fonts, parsed once per process and handed to every FPDF document.

Why: fpdf2's `add_font` parses the whole TTF for every document (hundreds of ms for DejaVu) and
its output step re-subsets and recompresses the font each time. Here:

* each face is parsed once (a template `TTFFont`); documents get a cheap clone with their own
  subset map and font descriptor;
* the common case — text made only of Latin/punctuation/currency characters — uses a "lite" face
  subset ONCE per process to `LITE_CHARS`; its bytes are embedded as-is (the per-document fontTools
  subset is skipped by `_CachedSubsetter`) and its compressed stream is memoised;
* text outside `LITE_CHARS` makes that one document use the full faces (normal fpdf2 subsetting),
  plus, through `set_fallback_fonts` and only when DejaVu lacks a glyph, the bundled Droid Sans
  Fallback (CJK) and SymbolaEmoji (monochrome emoji and symbols up to Unicode 9, 1.1 MB);
* Arabic, Hebrew and other scripts that need it are shaped by HarfBuzz (`needs_shaping`), only in
  the documents that contain them: shaping costs time, and Latin text does not need it;
* characters no bundled font has (newer emoji, rare scripts) become a white square "□", visibly,
  instead of crashing, silently vanishing or printing as "�"; invisible format characters
  (emoji variation selectors, zero-width joiners, tags) that no font draws are dropped (`sanitize`).

Threads: the caches are filled under a lock; clones share only read-only data.
"""

from __future__ import annotations

import copy
import functools
import re
import threading
import types
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from typing import TYPE_CHECKING, Any

from facturas_app.paths import resource_path

if TYPE_CHECKING:
    from fpdf import FPDF

FAMILY = "dejavu"
FALLBACK_FAMILY = "droidfallback"
EMOJI_FAMILY = "symbolaemoji"
REPLACEMENT = "\u25a1"  # □: the usual sign of a missing glyph (U+FFFD "�" reads as broken text)
FACES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FALLBACK_FILE = "DroidSansFallbackFull.ttf"
EMOJI_FILE = "SymbolaEmoji.ttf"


def _lite_codepoints() -> frozenset[int]:
    ranges = [
        (0x20, 0x7E),
        (0xA0, 0x24F),  # Latin, Latin-1, Latin Extended-A/B
        (0x2000, 0x206F),
        (0x20A0, 0x20CF),  # punctuation, currency
        (0x2100, 0x214F),
        (0x2190, 0x2199),
        (0x2212, 0x2212),  # letterlike, arrows, minus
        (0x25A0, 0x25CF),
        (0xFFFD, 0xFFFD),
    ]
    return frozenset(c for lo, hi in ranges for c in range(lo, hi + 1))


LITE_CHARS = _lite_codepoints()


@dataclass
class _Face:
    template: Any  # fpdf.fonts.TTFFont parsed once
    full_bytes: bytes
    lite_bytes: bytes
    lite_gids: dict[str, int]


_lock = threading.Lock()
_faces: dict[str, _Face] = {}
_extra: dict[str, _Face] = {}  # the fallback faces, parsed when a document first needs one


def _font_file(name: str) -> str:
    return str(resource_path("fonts", name))


def _parse_template(fontkey: str, style: str, filename: str) -> Any:
    from fpdf import FPDF
    from fpdf.fonts import TTFFont

    return TTFFont(FPDF(), _font_path(filename), fontkey, style)


def _font_path(filename: str) -> Any:
    from pathlib import Path

    return Path(_font_file(filename))


def _subset_bytes(data: bytes, codepoints: Iterable[int]) -> tuple[bytes, dict[str, int]]:
    from fontTools import subset as ftsubset
    from fontTools import ttLib

    font = ttLib.TTFont(BytesIO(data), recalcTimestamp=False)
    # glyph_names keeps the post names fpdf2 maps glyphs by; layout tables are unused by fpdf2.
    options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True, glyph_names=True)
    options.drop_tables += ["FFTM", "GDEF", "GPOS", "GSUB", "MATH", "hdmx", "meta"]
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    out = BytesIO()
    font.save(out)
    lite = out.getvalue()
    order = ttLib.TTFont(BytesIO(lite)).getGlyphOrder()
    return lite, {name: gid for gid, name in enumerate(order)}


def _load_face(style: str, filename: str) -> _Face:
    full = _font_path(filename).read_bytes()
    lite, gids = _subset_bytes(full, LITE_CHARS)
    return _Face(_parse_template(f"{FAMILY}{style}", style, filename), full, lite, gids)


def faces() -> dict[str, _Face]:
    """The DejaVu faces, parsed on first use (≈ 0.5 s once per process)."""
    if not _faces:
        with _lock:
            if not _faces:
                _install_output_patches()
                loaded = {style: _load_face(style, name) for style, name in FACES.items()}
                for face in loaded.values():
                    remember_compressed(face.lite_bytes)
                _faces.update(loaded)
    return _faces


def _extra_face(family: str, filename: str) -> _Face:
    face = _extra.get(family)
    if face is None:
        with _lock:
            face = _extra.get(family)
            if face is None:
                full = _font_path(filename).read_bytes()
                face = _extra[family] = _Face(_parse_template(family, "", filename), full, b"", {})
    return face


def fallback_face() -> _Face:
    return _extra_face(FALLBACK_FAMILY, FALLBACK_FILE)


def emoji_face() -> _Face:
    return _extra_face(EMOJI_FAMILY, EMOJI_FILE)


def warm_up() -> None:
    """Parse the common faces now (call from a worker thread so the first preview is quick)."""
    faces()


# ---- per-document registration ------------------------------------------------------------------
def dejavu_codepoints() -> frozenset[int]:
    return frozenset(faces()[""].template.cmap)


@cache
def _fallback_codepoints() -> frozenset[int]:
    return frozenset(fallback_face().template.cmap)


@cache
def _emoji_codepoints() -> frozenset[int]:
    return frozenset(emoji_face().template.cmap)


def _invisible(char: str) -> bool:
    """Format characters (variation selectors, joiners, tags) that shape emoji but draw nothing."""
    import unicodedata

    return unicodedata.category(char) in ("Cf", "Mn") and (
        0xFE00 <= ord(char) <= 0xFE0F or 0xE0000 <= ord(char) <= 0xE01EF or 0x200B <= ord(char) <= 0x200F
    )


def _printable(char: str, known: frozenset[int]) -> str:
    code = ord(char)
    if code in known or char in "\n\t":
        return char
    if code < 0x20 or 0x7F <= code < 0xA0:
        return " "  # control characters: drop to a space
    if code in _fallback_codepoints() or code in _emoji_codepoints():
        return char
    return "" if _invisible(char) else REPLACEMENT


def sanitize(text: str) -> str:
    """Replace characters no bundled font can draw with a visible square (never a crash)."""
    if all(ord(c) in LITE_CHARS or c in "\n\t" for c in text):
        return text
    known = dejavu_codepoints()
    return "".join(_printable(char, known) for char in text)


# Scripts whose letters change shape by position or run right to left: Hebrew, Arabic (with its
# supplements and presentation forms), Syriac, Thaana, N'Ko, and the Indic scripts. Text in them
# is shaped by HarfBuzz (uharfbuzz) and ordered by fpdf2's bidi algorithm; other text is not.
_SHAPED = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufeff]")
_DRAWING_CALLS = ("cell", "multi_cell", "get_string_width", "write", "text")


def needs_shaping(text: str) -> bool:
    return _SHAPED.search(text) is not None


def _shape_where_needed(pdf: FPDF) -> None:
    """Shaping on only for the calls whose text needs it. Why not for the whole document: fpdf2
    mismeasures fallback-font glyphs (the emoji) when shaping, and the layout relies on widths.
    Latin text keeps no kerning or ligatures either way (whole words are measured and drawn)."""
    pdf.set_text_shaping(True, features={"kern": False, "liga": False})
    shaping, pdf.text_shaping = pdf.text_shaping, None
    for name in _DRAWING_CALLS:
        setattr(pdf, name, _toggling(pdf, getattr(pdf, name), shaping))


def _toggling(pdf: FPDF, original: Any, shaping: dict[str, Any]) -> Any:
    @functools.wraps(original)
    def call(*args: Any, **kwargs: Any) -> Any:
        before = pdf.text_shaping  # an inner call keeps what its outer call chose
        if before is None and any(isinstance(a, str) and needs_shaping(a) for a in (*args, *kwargs.values())):
            pdf.text_shaping = shaping
        try:
            return original(*args, **kwargs)
        finally:
            pdf.text_shaping = before

    return call


def needs_full_fonts(text: str) -> bool:
    return any(ord(c) not in LITE_CHARS for c in text if c not in "\n\t")


def register_fonts(pdf: FPDF, text: str) -> None:
    """Give `pdf` the DejaVu family (lite or full) and, if needed, the CJK and emoji fallbacks.

    `text` is every string the document will draw (already sanitized).
    """
    lite = not needs_full_fonts(text)
    for face in faces().values():
        _add_clone(pdf, face, lite)
    if lite:
        return
    missing = {ord(c) for c in text if c not in "\n\t"} - dejavu_codepoints()
    families = []
    if missing & _fallback_codepoints():
        _add_clone(pdf, fallback_face(), lite=False)
        families.append(FALLBACK_FAMILY)
    if missing - _fallback_codepoints():
        _add_clone(pdf, emoji_face(), lite=False)
        families.append(EMOJI_FAMILY)
    if families:
        pdf.set_fallback_fonts(families, exact_match=False)
    if needs_shaping(text):
        _shape_where_needed(pdf)  # Arabic joined, Hebrew and Arabic in reading order


def _add_clone(pdf: FPDF, face: _Face, lite: bool) -> None:
    from fontTools import ttLib
    from fpdf.fonts import SubsetMap

    template = face.template
    clone = copy.copy(template)
    clone.i = len(pdf.fonts) + 1
    clone.desc = copy.copy(template.desc)  # output writes the object id into it
    clone.missing_glyphs = []
    clone.biggest_size_pt = 0
    clone._hbfont = None
    if lite:
        clone.ttfont = _PresubsetFont(face.lite_bytes, face.lite_gids)
    else:
        clone.ttfont = ttLib.TTFont(BytesIO(face.full_bytes), recalcTimestamp=False, lazy=True)
    clone.subset = SubsetMap(clone)
    pdf.fonts[template.fontkey] = clone


# ---- fpdf2 output hooks ----------------------------------------------------------------------
class _PresubsetFont:
    """Stands in for a fontTools TTFont whose subset was made once: saving writes cached bytes."""

    def __init__(self, data: bytes, gids: dict[str, int]) -> None:
        self._data = data
        self._gids = gids

    def __contains__(self, tag: str) -> bool:  # fpdf2 asks for "CFF " (we ship TrueType)
        return False

    def getGlyphID(self, name: str) -> int:
        return self._gids[name]

    def save(self, file: Any, reorderTables: bool = True) -> None:
        file.write(self._data)

    def close(self) -> None:
        pass


class _CachedSubsetter:
    """fpdf2 output subsets every TTF per document; skip that for pre-subset faces."""

    def __init__(self, options: Any = None, **kwargs: Any) -> None:
        from fontTools import subset as ftsubset

        self._real = ftsubset.Subsetter(options=options, **kwargs)
        self._populate: dict[str, Any] = {}

    def populate(self, **kwargs: Any) -> None:
        self._populate = kwargs

    def subset(self, font: Any) -> None:
        if isinstance(font, _PresubsetFont):
            return
        self._real.populate(**self._populate)
        self._real.subset(font)


_compressed: dict[bytes, bytes] = {}


def _install_output_patches() -> None:
    """Route fpdf2's font subsetting and font-stream compression through our caches.

    Both replacements behave exactly like the originals for fonts that are not ours. Tested
    against fpdf2 2.8.x (tests/services/test_pdf_speed_hooks.py fails loudly if that changes).
    """

    import fpdf.output as fpdf_output
    from fontTools import subset as ftsubset

    if getattr(fpdf_output, "_facturas_patched", False):
        return
    fpdf_output.ftsubset = types.SimpleNamespace(Options=ftsubset.Options, Subsetter=_CachedSubsetter)
    original_stream = fpdf_output.PDFFontStream

    class _MemoFontStream(original_stream):  # type: ignore[misc, valid-type]
        def __init__(self, contents: bytes) -> None:
            cached = _compressed.get(contents)
            if cached is None:
                super().__init__(contents)
                return
            # already deflated once per process: skip zlib for the lite faces
            fpdf_output.PDFContentStream.__init__(self, contents=b"", compress=False)
            self._contents = cached
            self.filter = fpdf_output.Name("FlateDecode")
            self.length = len(cached)
            self.length1 = len(contents)

    fpdf_output.PDFFontStream = _MemoFontStream
    fpdf_output._facturas_patched = True


def remember_compressed(data: bytes) -> None:
    import zlib

    _compressed[data] = zlib.compress(data)
