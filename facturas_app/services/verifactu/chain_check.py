"""`verifactu verify`: every stored record's hash and link recomputed from its payload (and, in
record_match.py, each record held against the invoice it describes)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from facturas_app.domain import verifactu as vf
from facturas_app.services.verifactu.payload import PayloadError, decode, record_type
from facturas_app.services.verifactu.record_match import RecordDifference
from facturas_app.storage.api import VerifactuRow


@dataclass(frozen=True)
class BrokenRecord:
    seq: int
    number: str
    record_type: str
    reason: str  # payload_unreadable | columns_mismatch | hash_mismatch | link_broken | chain_gap


@dataclass(frozen=True)
class VerifyResult:
    count: int
    broken: list[BrokenRecord] = field(default_factory=list)
    # Records that disagree with the invoice they describe (record_match.py).
    differences: list[RecordDifference] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.broken and not self.differences


def verify_rows(rows: Sequence[VerifactuRow]) -> VerifyResult:
    """Recompute every hash and link from the stored payloads, chain by chain."""
    broken: list[BrokenRecord] = []
    for _nif, chain in itertools.groupby(
        sorted(rows, key=lambda r: (r.issuer_nif, r.chain_seq)), key=lambda r: r.issuer_nif
    ):
        broken += _verify_chain(list(chain))
    return VerifyResult(len(rows), sorted(broken, key=lambda b: b.seq))


def _verify_chain(rows: list[VerifactuRow]) -> list[BrokenRecord]:
    """Broken records of one issuer's chain (rows in chain order)."""
    broken: list[BrokenRecord] = []
    previous: vf.ChainRecord | None = None
    for position, row in enumerate(rows, start=1):
        reason = _row_problem(row, position, previous)
        if reason:
            broken.append(BrokenRecord(row.seq, row.number, row.record_type, reason))
        try:
            previous = decode(row.payload).record
        except PayloadError:
            previous = None
    return broken


def _row_problem(row: VerifactuRow, position: int, previous: vf.ChainRecord | None) -> str:
    if row.chain_seq != position:
        return "chain_gap"
    try:
        record = decode(row.payload).record
    except PayloadError:
        return "payload_unreadable"
    columns = (row.issuer_nif, row.number, row.issue_date, row.huella, row.record_type,
               row.previous_huella)  # fmt: skip
    from_payload = (record.issuer_nif, record.number, record.issue_date, record.huella, record_type(record),
                    record.previous.huella if record.previous else "")  # fmt: skip
    if columns != from_payload:
        return "columns_mismatch"
    if vf.record_hash(record) != record.huella:
        return "hash_mismatch"
    expected_link = None if position == 1 or previous is None else previous.link
    if record.previous != expected_link or (position > 1 and previous is None):
        return "link_broken"
    return ""
