"""What the SEPA direct-debit service asks of storage (storage/sqlite/repo_sepa.py, #19 part 3)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from facturas_app.domain.sepa import Mandate


@dataclass(frozen=True)
class DebitCandidate:
    """An issued invoice still owed, paid by direct debit, in no live remittance."""

    invoice_id: str
    number: str
    client_id: str
    client_name: str
    due_date: dt.date
    outstanding: Decimal


@dataclass(frozen=True)
class RemittanceItem:
    invoice_id: str
    client_id: str
    mandate_id: str
    sequence_type: str  # FRST | RCUR
    amount: Decimal
    end_to_end_id: str
    number: str = ""  # joined from the invoice, for lists
    returned_at: dt.datetime | None = None
    return_reason: str = ""


@dataclass(frozen=True)
class Remittance:
    id: str
    message_id: str
    file_name: str
    collection_date: dt.date
    scheme: str
    count: int
    total: Decimal
    created_at: dt.datetime


class SepaPort(Protocol):
    def get_mandate(self, client_id: str) -> Mandate | None: ...
    def save_mandate(self, mandate: Mandate, at: dt.datetime) -> None: ...
    def mandates_of(self, client_ids: Sequence[str]) -> dict[str, Mandate]: ...
    def mandate_id_owner(self, mandate_id: str) -> str | None: ...
    def debit_candidates(self) -> list[DebitCandidate]: ...
    def add_remittance(self, remittance: Remittance, items: Sequence[RemittanceItem]) -> None: ...
    def list_remittances(self) -> list[Remittance]: ...
    def remittance_items(self, remittance_id: str) -> list[RemittanceItem]: ...
    def live_debit(self, invoice_id: str) -> tuple[RemittanceItem, dt.date] | None: ...
    def mark_debit_returned(self, invoice_id: str, at: dt.datetime, reason: str) -> RemittanceItem | None: ...
