"""Bank files written to their published layouts, for the tests: Norma 43 (AEB cuaderno 43,
80-character Latin-1 records), ISO 20022 CAMT.053 (001.02, as Spanish banks send it, and 001.08,
validated against ISO's schema in tests/data/iso20022/) and CAMT.054 debit/credit notifications
(001.02 and 001.08, the latter validated against ISO's camt.054.001.08 schema there)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from xml.sax.saxutils import escape

BANK, OFFICE, ACCOUNT = "2100", "0418", "0200051332"  # ES91 2100 0418 4502 0005 1332
IBAN = "ES9121000418450200051332"


@dataclass
class Line:
    """One movement: `amount` signed (credit > 0); `concepts` become its record 23 lines."""

    on: dt.date
    amount: Decimal
    concepts: list[str] = field(default_factory=list)
    common: str = "02"
    own: str = "000"
    reference: str = ""
    debtor_iban: str = ""
    debtor_name: str = ""
    returned: bool = False
    pending: bool = False  # CAMT status PDNG (not booked yet), written without a booking date


def _n43_amount(value: Decimal, width: int = 14) -> str:
    return str(int(abs(value) * 100)).rjust(width, "0")


def _yymmdd(day: dt.date) -> str:
    return day.strftime("%y%m%d")


def n43_account(
    lines: list[Line],
    start: dt.date,
    end: dt.date,
    account: tuple[str, str, str] = (BANK, OFFICE, ACCOUNT),
    with_concepts: bool = True,
    final_code: str | None = None,
) -> list[str]:
    bank, office, number = account
    records = [
        "11"
        + bank
        + office
        + number
        + _yymmdd(start)
        + _yymmdd(end)
        + "2"
        + _n43_amount(Decimal("1000.00"))
        + "978"
        + "3"
        + "LAURA GOMEZ RUIZ".ljust(26)
        + "   "
    ]
    for line in lines:
        code = "2" if line.amount > 0 else "1"
        records.append(
            "22"
            + "    "
            + office
            + _yymmdd(line.on)
            + _yymmdd(line.on)
            + line.common
            + line.own
            + code
            + _n43_amount(line.amount)
            + "0000000000"
            + line.reference[:12].ljust(12)
            + "".ljust(16)
        )
        if with_concepts:
            for first, second in _pairs(line.concepts):
                records.append("23" + "01" + first[:38].ljust(38) + second[:38].ljust(38))
    debits = [line.amount for line in lines if line.amount < 0]
    credits = [line.amount for line in lines if line.amount > 0]
    final = Decimal("1000.00") + sum(credits) + sum(debits)
    code = final_code or ("2" if final >= 0 else "1")
    records.append(
        "33"
        + bank
        + office
        + number
        + str(len(debits)).rjust(5, "0")
        + _n43_amount(sum(debits, Decimal(0)))
        + str(len(credits)).rjust(5, "0")
        + _n43_amount(sum(credits, Decimal(0)))
        + code
        + _n43_amount(final)
        + "978"
        + "    "
    )
    return records


def _pairs(concepts: list[str]) -> list[tuple[str, str]]:
    padded = [*concepts, ""] if len(concepts) % 2 else list(concepts)
    return [(padded[i], padded[i + 1]) for i in range(0, len(padded), 2)]


def n43_file(*accounts: list[str], crlf: bool = True, check: bool = True) -> bytes:
    records = [record for account in accounts for record in account]
    records.append("88" + "9" * 18 + str(len(records)).rjust(6, "0") + " " * 54)
    assert not check or all(len(r) == 80 for r in records), [len(r) for r in records]
    return ("\r\n" if crlf else "\n").join(records).encode("latin-1") + b"\r\n"


def camt053(lines: list[Line], version: str = "001.02", iban: str = IBAN) -> bytes:
    entries = _camt_entries(lines, version)
    balance = (
        '<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt>'
        "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>"
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.{version}">'
        "<BkToCstmrStmt><GrpHdr><MsgId>STMT-2026-11</MsgId><CreDtTm>2026-12-01T06:00:00</CreDtTm></GrpHdr>"
        "<Stmt><Id>STMT-2026-11-01</Id><CreDtTm>2026-12-01T06:00:00</CreDtTm>"
        f"<Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        f"{balance}{entries}</Stmt></BkToCstmrStmt></Document>"
    ).encode()


def camt054(lines: list[Line], version: str = "001.08", iban: str = IBAN) -> bytes:
    """A bank's notice of the movements of one account (BkToCstmrDbtCdtNtfctn): no balances, the
    same entries as a statement."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.{version}">'
        "<BkToCstmrDbtCdtNtfctn><GrpHdr><MsgId>NTFCTN-2026-11-29</MsgId>"
        "<CreDtTm>2026-11-29T18:00:00</CreDtTm></GrpHdr>"
        "<Ntfctn><Id>NTFCTN-2026-11-29-1</Id><CreDtTm>2026-11-29T18:00:00</CreDtTm>"
        f"<Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        f"{_camt_entries(lines, version)}</Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    ).encode()


def _camt_entries(lines: list[Line], version: str) -> str:
    return "".join(_camt_entry(line, n, version) for n, line in enumerate(lines, start=1))


def _camt_entry(line: Line, number: int, version: str) -> str:
    coded = version != "001.02"  # a status code and a party choice (Pty) from 001.07/001.08 on
    status = "PDNG" if line.pending else "BOOK"
    status = f"<Sts><Cd>{status}</Cd></Sts>" if coded else f"<Sts>{status}</Sts>"
    booked = "" if line.pending else f"<BookgDt><Dt>{line.on.isoformat()}</Dt></BookgDt>"
    credit = line.amount > 0
    indicator = "CRDT" if credit else "DBIT"
    family, sub = ("RCDT", "ESCT") if credit else (("IDDT", "UPDD") if line.returned else ("ICDT", "ESCT"))
    party = ""
    if line.debtor_name or line.debtor_iban:
        role = "Dbtr" if credit else "Cdtr"
        party = (
            f"<RltdPties><{role}>{_party(escape(line.debtor_name), coded)}</{role}>"
            + (
                f"<{role}Acct><Id><IBAN>{line.debtor_iban}</IBAN></Id></{role}Acct>"
                if line.debtor_iban
                else ""
            )
            + "</RltdPties>"
        )
    remittance = "".join(f"<Ustrd>{escape(c)}</Ustrd>" for c in line.concepts)
    return (
        f'<Ntry><Amt Ccy="EUR">{abs(line.amount):.2f}</Amt><CdtDbtInd>{indicator}</CdtDbtInd>{status}'
        f"{booked}<ValDt><Dt>{line.on.isoformat()}</Dt></ValDt>"
        f"<AcctSvcrRef>{line.reference or f'REF{number:06d}'}</AcctSvcrRef>"
        f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>{family}</Cd><SubFmlyCd>{sub}</SubFmlyCd></Fmly></Domn></BkTxCd>"
        f"<NtryDtls><TxDtls><Refs><EndToEndId>{line.reference or 'NOTPROVIDED'}</EndToEndId></Refs>"
        f'<AmtDtls><TxAmt><Amt Ccy="EUR">{abs(line.amount):.2f}</Amt></TxAmt></AmtDtls>{party}'
        f"<RmtInf>{remittance}</RmtInf></TxDtls></NtryDtls></Ntry>"
    )


def _party(name: str, coded: bool) -> str:
    return f"<Pty><Nm>{name}</Nm></Pty>" if coded else f"<Nm>{name}</Nm>"
