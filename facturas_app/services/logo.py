"""The business logo, made small once when it is chosen, so that every PDF stays small.

Every PDF embeds the logo file as it is: a 50 MB photo made every invoice 49 MB. The PDF prints it
16 mm high, where 600 px is already ~950 dpi; so a logo over LOGO_MAX_SIDE pixels or LOGO_MAX_BYTES
is scaled down once, into the data folder, and that copy is what the profile keeps. A file past
LOGO_REFUSE_BYTES is refused unread (decoding it could take the memory of a 50-megapixel bitmap).
"""

from __future__ import annotations

from pathlib import Path

from facturas_app.domain.errors import Problem, ValidationFailed

LOGO_MAX_SIDE = 1200  # pixels on the longer side
LOGO_MAX_BYTES = 1024 * 1024
LOGO_REFUSE_BYTES = 5 * 1024 * 1024
LOGO_MAX_PIXELS = 40_000_000  # past this Pillow's decompression-bomb guard would trip anyway


def prepared_logo(path_text: str, folder: Path) -> str:
    """The path the profile should keep: `path_text` itself when it is already small, else a scaled
    copy (`logo-small.png` or `.jpg`) in `folder`. Raises ValidationFailed (field logo_path) for a
    file too large or not an image."""
    path = Path(path_text)
    if not path_text or not path.is_file():
        return path_text  # a missing logo is left out of the PDF (pdf/model.py), as before
    size = path.stat().st_size
    if size > LOGO_REFUSE_BYTES:
        raise _refused("logo_too_large", path=path_text, size=_mb(size), max=_mb(LOGO_REFUSE_BYTES))
    width, height = _dimensions(path)
    if size <= LOGO_MAX_BYTES and max(width, height) <= LOGO_MAX_SIDE:
        return path_text
    return str(_scaled(path, folder))


def _dimensions(path: Path) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError, ValueError):
        raise _refused("logo_not_readable", path=str(path)) from None
    if width * height > LOGO_MAX_PIXELS:
        raise _refused(
            "logo_too_large", path=str(path), size=f"{width}×{height} px", max=f"{LOGO_MAX_PIXELS:,} px"
        )
    return width, height


def _scaled(source: Path, folder: Path) -> Path:
    """A PNG when the logo has transparency (it must stay see-through on the page), else a JPEG."""
    from PIL import Image

    with Image.open(source) as image:
        image.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))  # keeps the aspect ratio; never enlarges
        transparent = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        target = folder / ("logo-small.png" if transparent else "logo-small.jpg")
        temporary = target.with_name(f".{target.name}.tmp")
        if transparent:
            image.convert("RGBA").save(temporary, format="PNG", optimize=True)
        else:
            image.convert("RGB").save(temporary, format="JPEG", quality=88, optimize=True)
    temporary.replace(target)  # whole or not at all: a PDF never reads a half-written logo
    return target


def _refused(code: str, **params: str) -> ValidationFailed:
    return ValidationFailed([Problem("logo_path", code, dict(params))])


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
