"""Rows of bank statements and their matches (repo_bank.py); part of the Transaction protocol."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Protocol

MOVEMENT_STATES = ("matched", "suggested", "unmatched", "debit", "returned")


@dataclass(frozen=True)
class BankMatch:
    invoice_id: str
    amount: Decimal
    payment_id: str | None = None
    number: str | None = None  # joined from the invoice, for lists


@dataclass(frozen=True)
class BankMovement:
    id: str
    movement_key: str
    account: str
    booked_on: dt.date
    amount: Decimal
    concept: str
    state: str  # one of MOVEMENT_STATES
    imported_at: dt.datetime
    reference: str = ""
    counterparty_name: str = ""
    counterparty_iban: str = ""
    bank_code: str = ""
    end_to_end_id: str = ""
    return_reason: str = ""
    matches: tuple[BankMatch, ...] = field(default_factory=tuple)


class BankPort(Protocol):
    def add_bank_movement(self, movement: BankMovement) -> bool: ...  # False: imported before
    def get_bank_movement(self, movement_id: str) -> BankMovement | None: ...
    def list_bank_movements(
        self, state: str | None = None, limit: int | None = None
    ) -> list[BankMovement]: ...
    def set_bank_movement_state(self, movement_id: str, state: str) -> None: ...
    def save_bank_matches(self, movement_id: str, matches: list[BankMatch]) -> None: ...
    def open_invoices_for_matching(self) -> list[OpenInvoice]: ...


@dataclass(frozen=True)
class OpenInvoice:
    """What matching needs of an issued invoice still owed: its number, its client's name and
    IBAN, and the outstanding amount (never chased below zero)."""

    invoice_id: str
    number: str
    client_id: str
    client_name: str
    client_iban: str
    outstanding: Decimal
    due_date: dt.date
