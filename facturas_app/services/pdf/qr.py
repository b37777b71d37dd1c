"""QR codes on the invoice: SEPA EPC payment QR, payment-link QR, VERI*FACTU QR.

The EPC payload follows SPAIN.md exactly (version 002, character set 1 = UTF-8, amount with two
decimals "EUR1717.20"). `segno.helpers.make_epc_qr` would write "EUR1717.2" and pick ISO-8859-1
(set 2) for Latin names, so we build the text ourselves with the same field limits and encode
it with segno at error level M. QR codes are drawn as vector rectangles (crisp, no image decode).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from facturas_app.domain.money import money_text

if TYPE_CHECKING:
    from fpdf import FPDF

EPC_MAX_BYTES = 331


def epc_payload(name: str, iban: str, amount: Decimal, remittance: str, bic: str = "") -> str:
    """EPC069-12 'BCD' text: BIC may be empty (version 002); amount to pay in EUR."""
    fields = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic.replace(" ", "").upper(),
        _clip(name, 70),
        iban.replace(" ", "").upper(),
        f"EUR{money_text(amount)}",
        "",  # purpose
        "",  # structured reference
        _clip(remittance, 140),
    ]
    payload = "\n".join(fields)
    while len(payload.encode("utf-8")) > EPC_MAX_BYTES and fields[5]:
        fields[5] = fields[5][:-1]
        payload = "\n".join(fields)
    return payload


def _clip(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


@lru_cache(maxsize=256)
def qr_modules(data: str, error: str = "M") -> tuple[int, str]:
    """(modules per side, content-stream ops drawing the dark runs in module units).

    Memoised per payload (the preview redraws the same one); placing it costs one 'cm' matrix.
    Each issued invoice has its own EPC payload, so `invoice pdf --all` pays the encoding
    once per invoice: qr_mask makes that ~2× cheaper than plain segno, same symbol.
    """
    from facturas_app.services.pdf.qr_mask import matrix_ops, qr_matrix

    # UTF-8 bytes: the EPC payload declares character set 1 (UTF-8); URLs are ASCII anyway.
    # qr_matrix = segno.make_qr(data, error=error, boost_error=False, encoding="utf-8").matrix
    rows = qr_matrix(data, error)
    return len(rows), matrix_ops(rows)


def draw_qr(pdf: FPDF, data: str, x: float, y: float, size: float, error: str = "M") -> None:
    """Draw the QR (size = the symbol, quiet zone excluded) as vector rectangles at (x, y) mm."""
    count, ops = qr_modules(data, error)
    scale = size / count * pdf.k
    # flip y: module rows grow downwards from the top-left corner of the symbol
    matrix = f"{scale:.4f} 0 0 {-scale:.4f} {x * pdf.k:.2f} {(pdf.h - y) * pdf.k:.2f} cm"
    pdf._out(f"q 0 g {matrix}\n{ops}\nf Q")  # fpdf2's content-stream writer (no public raw-ops API)
