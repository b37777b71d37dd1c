"""qr_mask picks the same data mask as segno (so the same symbol), only faster."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
import segno

from facturas_app.services.pdf.qr import epc_payload
from facturas_app.services.pdf.qr_mask import matrix_ops, qr_matrix


def _segno(data: str, error: str) -> tuple[int, tuple[bytes, ...]]:
    code = segno.make_qr(data, error=error, boost_error=False, encoding="utf-8")
    return code.mask, tuple(bytes(row) for row in code.matrix)


def _payloads() -> list[str]:
    rng = random.Random(7)
    letters = "abcdefgñóÁ XYZ€"
    epc = [
        epc_payload(
            "".join(rng.choice(letters) for _ in range(rng.randint(1, 70))),
            "ES9121000418450200051332",
            Decimal(rng.randint(1, 10**8)) / 100,
            f"F-2026-{i:05d}",
        )
        for i in range(60)
    ]
    urls = [
        "https://pay.example/" + "".join(rng.choice("ab0/?=&") for _ in range(rng.randint(1, 120)))
        for _ in range(60)
    ]
    long = ["x" * rng.randint(1, 1500) for _ in range(20)]  # up to version ~30: version-info areas
    return epc + urls + long


@pytest.mark.parametrize("error", ["M", "L"])
def test_same_matrix_as_segno_for_every_mask_and_version(error: str) -> None:
    payloads = _payloads()
    chosen = set()
    for data in payloads:
        mask, rows = _segno(data, error)
        assert qr_matrix(data, error) == rows, data
        chosen.add(mask)
    assert chosen == set(range(8))  # every mask was the winner at least once: all paths compared


def test_matrix_ops_draw_the_dark_runs() -> None:
    rows = (b"\x01\x01\x00\x01", b"\x00\x00\x00\x00", b"\x00\x01\x01\x01")
    assert matrix_ops(rows) == "0 0 2 1 re\n3 0 1 1 re\n1 2 3 1 re"
