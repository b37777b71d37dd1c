"""File names that are valid on Windows, macOS and Linux and never leave their folder."""

from __future__ import annotations

import re
import unicodedata

# Reserved device names on Windows, with or without an extension ("nul.txt" is as bad as "NUL").
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
    "COM¹",
    "COM²",
    "COM³",
    "LPT¹",
    "LPT²",
    "LPT³",
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 120  # leaves room for the folder path under Windows' 260-character limit


def safe_component(text: str, fallback: str = "documento") -> str:
    """One path component: no separators, control or reserved characters, no leading dots."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    text = _FORBIDDEN.sub(" ", text)
    text = " ".join(text.split())
    text = text.strip(" .")  # Windows drops trailing dots/spaces; leading dots hide files / '..'
    text = text[:MAX_STEM].rstrip(" .")
    if not text:
        return fallback
    if text.split(".")[0].upper().rstrip() in _RESERVED:
        text = "_" + text
    return text


def invoice_file_name(number: str | None, client_name: str, invoice_id: str = "") -> str:
    """'F-2026-0001 Inmobiliaria Sol.pdf'; drafts use 'BORRADOR <id>'."""
    stem_number = number or f"BORRADOR {invoice_id[:8]}".strip()
    stem = safe_component(f"{stem_number} {client_name}".strip())
    return f"{stem}.pdf"
