"""ISO 20022 CAMT.053 statements (and CAMT.052 account reports, the same entries), read with
`pycamt` (MIT): it walks the entries and their transaction details for the versions banks send
(001.02 to 001.08 and later). CAMT.054 debit/credit notifications, which pycamt does not read, go
through the same walk over their Ntfctn elements (camt_tree.py), booked entries only.

Before any parser sees the bytes: no DOCTYPE at all (entity tricks — billion laughs, external
entities — are refused outright: a bank file never needs one). The XML is parsed once with no DTD,
no network and libxml2's size limits on; a malformed file is refused with its line. The root must
be a camt.053, camt.052 or camt.054 Document, and every entry must carry an amount, a credit/debit
indicator and a booking date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from facturas_app.services.bank.statement import AccountStatement, Movement, refuse

_ROOT = re.compile(r"^\{urn:iso:std:iso:20022:tech:xsd:camt\.05([234])\.001\.\d\d\}Document$")
_RETURN_CODES = {"UPDD", "PRDD", "RRTN"}  # issued direct debits reversed: unpaid, returned


def read_camt(data: bytes) -> list[AccountStatement]:
    if b"<!DOCTYPE" in data.upper() or b"<!ENTITY" in data.upper():
        raise refuse("xml_entities_refused")
    parser = _parser(data)
    by_account: dict[str, list[Movement]] = {}
    for number, entry in enumerate(parser.get_transactions(), start=1):
        if not parser.keeps(entry):
            continue
        account = (entry.get("AccountIBAN") or "").replace(" ", "").upper()
        if not account:
            raise refuse("bank_entry_incomplete", entry=number, field="Acct/Id/IBAN")
        by_account.setdefault(account, []).append(_movement(number, entry))
    for info in parser.get_statement_info():
        by_account.setdefault((info.get("IBAN") or "").replace(" ", "").upper(), [])
    return [AccountStatement(account, moves) for account, moves in by_account.items() if account]


def _parser(data: bytes) -> Any:
    from lxml import etree

    from facturas_app.services.bank.camt_tree import Camt053ParseError, parse, parser_for

    try:
        root = parse(data)
    except etree.XMLSyntaxError as exc:
        raise refuse("bank_xml_broken", line=exc.lineno or 1) from None
    except ValueError:  # e.g. an encoding declaration lxml cannot honour
        raise refuse("bank_file_not_camt053") from None
    if root.getroottree().docinfo.doctype:  # one the byte check could not see (UTF-16 text)
        raise refuse("xml_entities_refused")
    kind = _ROOT.match(str(root.tag))
    if kind is None:
        raise refuse("bank_file_not_camt053")
    parser = parser_for(root, notification=kind.group(1) == "4")
    try:
        parser.get_statement_info()  # no Stmt, Rpt or Ntfctn at all: not a statement
    except Camt053ParseError:
        raise refuse("bank_file_not_camt053") from None
    return parser


def _movement(number: int, entry: dict[str, Any]) -> Movement:
    amount = _amount(number, entry)
    credit = entry.get("CreditDebitIndicator") == "CRDT"
    party = "Debtor" if credit else "Creditor"
    return Movement(
        booked_on=_date(number, entry.get("BookingDate")),
        value_date=_optional_date(entry.get("ValueDate")),
        amount=amount if credit else -amount,
        concept=_concept(entry),
        reference=entry.get("TransactionID") or entry.get("EndToEndId") or "",
        counterparty_name=entry.get(f"{party}Name") or "",
        counterparty_iban=(entry.get(f"{party}IBAN") or "").replace(" ", "").upper(),
        bank_code="-".join(c for c in _codes(entry) if c),
        end_to_end_id=entry.get("EndToEndId") or "",
        return_reason=_return_reason(entry, credit),
    )


def _amount(number: int, entry: dict[str, Any]) -> Decimal:
    if entry.get("CreditDebitIndicator") not in ("CRDT", "DBIT"):
        raise refuse("bank_entry_incomplete", entry=number, field="CdtDbtInd")
    try:
        amount = Decimal(str(entry.get("Amount")))
    except InvalidOperation:
        raise refuse("bank_entry_incomplete", entry=number, field="Amt") from None
    if not amount.is_finite() or amount < 0 or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise refuse("bank_entry_incomplete", entry=number, field="Amt")
    return amount.quantize(Decimal("0.01"))


def _date(number: int, text: str | None) -> dt.date:
    day = _optional_date(text)
    if day is None:
        raise refuse("bank_entry_incomplete", entry=number, field="BookgDt")
    return day


def _optional_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _concept(entry: dict[str, Any]) -> str:
    parts: Iterable[str] = (
        entry.get("RemittanceInformationFull") or entry.get("RemittanceInformation") or "",
        entry.get("AdditionalRemittanceInformation") or "",
        entry.get("AdditionalEntryInformation") or "",
    )
    return " ".join(" ".join(p for p in parts if p).split())


def _codes(entry: dict[str, Any]) -> tuple[str, str, str]:
    return (
        entry.get("BankTransactionCode") or "",
        entry.get("TransactionFamilyCode") or "",
        entry.get("TransactionSubFamilyCode") or "",
    )


def _return_reason(entry: dict[str, Any], credit: bool) -> str:
    _domain, family, sub_family = _codes(entry)
    reversed_ = entry.get("ReversalIndicator") == "true"
    if credit or not (reversed_ or (family == "IDDT" and sub_family in _RETURN_CODES)):
        return ""
    return sub_family or "RVSL"
