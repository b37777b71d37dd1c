"""Norma 43 (AEB/CSB cuaderno 43) statements: 80-character Latin-1 records 11 (account), 22
(movement), 23 (its concept lines), 24 (currency equivalence), 33 (account totals), 88 (end).

Parsed with the `norma43` package (Apache-2.0): it reads what real banks send — short records, a
final balance code of `0` — where `csb43` refuses them; but it turns a damaged amount or date into
0.00 or None without a word. So every record is checked here first, with its line number: its
type, its length, the digits of every date, code and amount it carries, the order of records, and
each account's movements against the count and totals of its record 33 (which is how a truncated
file shows). Only a file that passes is handed to the parser.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from facturas_app.domain.folding import fold
from facturas_app.services.bank.statement import AccountStatement, Movement, refuse

RECORD = 80
# record type → the digit fields it must carry (0-based slices) and the shortest length accepted
_DIGITS = {
    "11": ((2, 20), (20, 32), (33, 47)),
    "22": ((10, 22), (28, 42)),
    "33": ((2, 20), (20, 58), (59, 73)),
}
_MIN_LENGTH = {"11": 51, "22": 42, "23": 4, "24": 4, "33": 73, "88": 2}
_DATES = {"11": ((20, 26), (26, 32)), "22": ((10, 16), (16, 22))}  # YYMMDD
_CODES = {"11": (32, "12"), "22": (27, "12"), "33": (58, "012")}  # debit/credit code, where and which


def read_norma43(data: bytes) -> list[AccountStatement]:
    lines = _records(data)
    _check_order(lines)
    accounts = _parse(data)
    if len(accounts) != sum(1 for _n, line in lines if line.startswith("11")):
        raise refuse("bank_file_not_norma43")
    return [_statement(account) for account in accounts]


def _records(data: bytes) -> list[tuple[int, str]]:
    if b"\x00" in data or data.startswith(b"%PDF"):
        raise refuse("bank_file_not_norma43")
    found = []
    for number, raw in enumerate(data.decode("latin-1").splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if line.strip():
            _check_record(number, line)
            found.append((number, line))
    return found


def _check_record(number: int, line: str) -> None:
    kind = line[:2]
    if kind not in _MIN_LENGTH:
        raise refuse("bank_line_unknown_record", line=number, record=line[:2])
    if len(line) > RECORD or len(line.rstrip()) < _MIN_LENGTH[kind]:
        raise refuse("bank_line_wrong_length", line=number, length=len(line), expected=RECORD)
    for start, end in _DIGITS.get(kind, ()):
        if not line[start:end].isdigit():
            raise refuse("bank_line_not_digits", line=number, column=start + 1)
    if kind in _CODES and line[_CODES[kind][0]] not in _CODES[kind][1]:
        raise refuse("bank_line_bad_code", line=number, column=_CODES[kind][0] + 1)
    for start, end in _DATES.get(kind, ()):
        try:
            dt.datetime.strptime(line[start:end], "%y%m%d")
        except ValueError:
            raise refuse("bank_line_bad_date", line=number, column=start + 1) from None


def _check_order(lines: list[tuple[int, str]]) -> None:
    """11 opens an account, 22/23/24 belong to it, 33 closes it (its totals checked), 88 ends."""
    if not lines or not lines[0][1].startswith("11"):
        raise refuse("bank_file_not_norma43")
    open_account: list[str] = []
    for number, line in lines:
        kind = line[:2]
        if kind == "11":
            if open_account:
                raise refuse("bank_line_out_of_order", line=number)
            open_account = [line]
        elif kind in ("22", "23", "24"):
            if not open_account or (kind == "23" and open_account[-1][:2] not in ("22", "23")):
                raise refuse("bank_line_out_of_order", line=number)
            open_account.append(line)
        elif kind == "33":
            _check_totals(number, open_account, line)
            open_account = []
    if open_account:
        raise refuse("bank_file_truncated")


def _check_totals(number: int, records: list[str], footer: str) -> None:
    if not records:
        raise refuse("bank_line_out_of_order", line=number)
    moves = [r for r in records if r.startswith("22")]
    debits = [_amount(r[28:42]) for r in moves if r[27] == "1"]
    credits = [_amount(r[28:42]) for r in moves if r[27] == "2"]
    expected = (int(footer[20:25]), _amount(footer[25:39]), int(footer[39:44]), _amount(footer[44:58]))
    if (len(debits), sum(debits), len(credits), sum(credits)) != expected:
        raise refuse("bank_file_totals_differ", line=number)


def _amount(digits: str) -> Decimal:
    return Decimal(digits) / 100


def _parse(data: bytes) -> list:  # type: ignore[type-arg]
    """The library reads from a path: a private temporary copy, removed at once."""
    from norma43 import Norma43Parser

    handle, name = tempfile.mkstemp(suffix=".n43")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        return Norma43Parser(name).parse()
    except ValueError:
        raise refuse("bank_file_not_norma43") from None
    finally:
        Path(name).unlink(missing_ok=True)


def _statement(account) -> AccountStatement:  # type: ignore[no-untyped-def]
    ccc = f"{account.bank}{account.branch}{account.account_number}"
    return AccountStatement(ccc, list(_movements(account)))


def _movements(account) -> Iterator[Movement]:  # type: ignore[no-untyped-def]
    for t in account.transactions:
        concept = " ".join(" ".join(t.description).split())
        yield Movement(
            booked_on=t.date,
            value_date=t.value_date,
            amount=Decimal(t.amount).quantize(Decimal("0.01")),
            concept=concept,
            reference=" ".join(part for part in (t.document, t.reference1, t.reference2) if part.strip("0 ")),
            bank_code=t.common_code,
            return_reason="devolución" if _looks_returned(t.common_code, concept, t.amount) else "",
        )


def _looks_returned(common_code: str, concept: str, amount: Decimal) -> bool:
    """A returned direct debit on the creditor's account: a debit of concept 03 (domiciliaciones)
    or one whose text says so (DEVOLUCION / DEVOL. RECIBO, as Spanish banks write it)."""
    return amount < 0 and (common_code == "03" or "devol" in fold(concept))
