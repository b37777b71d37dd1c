"""Build resources/fonts/SymbolaEmoji.ttf: the emoji and symbol glyphs of Symbola that DejaVu Sans lacks.

    apt-get download fonts-symbola && dpkg-deb -x fonts-symbola_*.deb /tmp/symbola
    .venv/bin/python scripts/make_emoji_font.py \
        /tmp/symbola/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf

Symbola (George Douros, Debian's fonts-symbola 2.60, Unicode 9.0) is monochrome TrueType outlines,
which fpdf2 can embed (colour emoji fonts are bitmaps or COLR layers it cannot). The whole font is
3 MB; the emoji/symbol blocks without hinting are about 1.1 MB, within the app's size budget.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset, ttLib

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = [(0x2100, 0x218F), (0x2190, 0x2BFF), (0x3030, 0x303D), (0x3297, 0x3299), (0x1F000, 0x1FAFF)]


def main(source: str) -> None:
    font = ttLib.TTFont(source)
    dejavu = set(ttLib.TTFont(ROOT / "resources/fonts/DejaVuSans.ttf").getBestCmap())
    wanted = {c for c in font.getBestCmap() if any(lo <= c <= hi for lo, hi in BLOCKS) and c not in dejavu}
    options = subset.Options(hinting=False, notdef_outline=True, glyph_names=True, recommended_glyphs=True)
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "FFTM", "hdmx"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    target = ROOT / "resources/fonts/SymbolaEmoji.ttf"
    font.save(target)
    print(f"{target}: {len(wanted)} characters, {target.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
