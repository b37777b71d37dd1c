"""What every bank file becomes: the account it is for and its movements, amounts signed (a
credit is positive), text as the bank wrote it. Parsers (norma43_file.py, camt_file.py) refuse a
broken file with the line (or element) that is wrong; nothing is stored from a refused file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from facturas_app.domain.errors import Problem, ValidationFailed

MAX_FILE_BYTES = 20 * 1024 * 1024  # a year of a busy account is a few MB; more is not a statement


@dataclass(frozen=True)
class Movement:
    booked_on: dt.date
    amount: Decimal  # credit > 0, debit < 0
    concept: str
    reference: str = ""
    value_date: dt.date | None = None
    counterparty_name: str = ""
    counterparty_iban: str = ""
    bank_code: str = ""  # N43 common concept, or CAMT domain/family/subfamily
    end_to_end_id: str = ""
    return_reason: str = ""  # a returned direct debit (devolución): the bank's reason code


@dataclass(frozen=True)
class AccountStatement:
    """One account's part of a file: `account` is an IBAN, or a CCC without its check digits
    (BBBBOOOO··NNNNNNNNNN as `BBBBOOOONNNNNNNNNN`) when the bank gave no IBAN (Norma 43)."""

    account: str
    movements: list[Movement] = field(default_factory=list)


def refuse(code: str, **params: object) -> ValidationFailed:
    return ValidationFailed([Problem("file", code, dict(params))])


def check_size(data: bytes) -> None:
    if not data.strip():
        raise refuse("bank_file_empty")
    if len(data) > MAX_FILE_BYTES:
        raise refuse("bank_file_too_big", max_mb=MAX_FILE_BYTES // (1024 * 1024))


def read_file(path: str | Path) -> bytes:
    """The file's bytes (no more than the size limit plus one, so a huge file is refused cheaply)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ValidationFailed(
            [Problem("", "file_not_readable", {"path": str(path), "detail": exc.__class__.__name__})]
        ) from None


def read_statement(data: bytes) -> list[AccountStatement]:
    """Norma 43 or CAMT.053, told apart by their content (not the file's name)."""
    check_size(data)
    if data.lstrip()[:1] == b"<" or data[:3] == b"\xef\xbb\xbf":
        from facturas_app.services.bank.camt_file import read_camt

        return read_camt(data)
    from facturas_app.services.bank.norma43_file import read_norma43

    return read_norma43(data)
