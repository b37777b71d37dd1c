"""CAMT.054 debit/credit notifications (#19): files written to ISO's message definition (001.08
validated against ISO's camt.054.001.08 schema, 001.02 as Spanish banks send it) imported through
the real services on a temp SQLite file, matched like a statement's movements; a re-import, or
the day's CAMT.053 listing the same movements, adds nothing; bad files refused with their own
message and nothing stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.invoice import Status
from facturas_app.messages import text_for
from tests.services.bank.bank_files import Line, camt053, camt054
from tests.services.bank.conftest import SANCHEZ_IBAN, TODAY, add_client, issue

D = Decimal
DAY = TODAY - dt.timedelta(days=2)
XSD = Path(__file__).resolve().parents[2] / "data" / "iso20022" / "camt.054.001.08.xsd"


@pytest.fixture
def books(services: Any) -> dict[str, Any]:
    sanchez = add_client(services, "Clínica Sánchez S.L.", SANCHEZ_IBAN)
    return {
        "sanchez": sanchez,
        "a": issue(services, sanchez.id, "100.00"),  # 121,00
        "b": issue(services, sanchez.id, "200.00"),  # 242,00
    }


def _lines(books: dict[str, Any]) -> list[Line]:
    return [
        Line(
            DAY,
            D("121.00"),
            [f"Transferencia factura {books['a'].number}"],
            reference="NTF-0001",
            debtor_name="Clínica Sánchez S.L.",
            debtor_iban=SANCHEZ_IBAN,
        ),
        Line(DAY, D("-15.50"), ["Comisión mantenimiento"], reference="NTF-0002"),
        Line(DAY, D("242.00"), ["Pago pendiente"], reference="NTF-0003", pending=True),
    ]


def _valid(data: bytes) -> bytes:
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(etree.fromstring(data))
    return data


def _refused(services: Any, data: bytes) -> tuple[str, dict[str, Any]]:
    with pytest.raises(ValidationFailed) as caught:
        services.bank.import_file(data)
    assert services.bank.list() == []  # nothing stored
    (problem,) = caught.value.problems
    return problem.code, problem.params


def test_a_notification_valid_against_isos_schema_imports_its_booked_entries(
    services: Any, books: Any
) -> None:
    data = _valid(camt054(_lines(books)))
    report = services.bank.import_file(data).to_json()
    assert report == {
        "account": "ES9121000418450200051332",
        "accounts": ["ES9121000418450200051332"],
        "movements": 2,  # the pending notice is not on the account yet
        "new": 2,
        "duplicates": 0,
        "matched": 1,
        "suggested": 0,
        "unmatched": 1,
        "returned": 0,
    }
    assert services.invoices.get(books["a"].number).status is Status.PAID
    assert services.invoices.get(books["b"].number).status is not Status.PAID
    by_amount = {m.amount: m for m in services.bank.list()}
    assert sorted(by_amount) == [D("-15.50"), D("121.00")]
    credit = by_amount[D("121.00")]
    assert (credit.counterparty_name, credit.counterparty_iban) == ("Clínica Sánchez S.L.", SANCHEZ_IBAN)
    debit = by_amount[D("-15.50")]
    assert (debit.booked_on, debit.concept, debit.reference, debit.state) == (
        DAY,
        "Comisión mantenimiento",
        "NTF-0002",
        "debit",  # a debit is listed, not matched to invoices
    )


def test_a_spanish_banks_001_02_notice_matches_by_the_clients_iban(services: Any, books: Any) -> None:
    line = Line(DAY, D("242.00"), ["Pago"], debtor_iban=SANCHEZ_IBAN, debtor_name="Clínica Sánchez")
    assert services.bank.import_file(camt054([line], version="001.02")).to_json()["matched"] == 1
    assert services.invoices.get(books["b"].number).status is Status.PAID


def test_the_same_notification_imported_again_adds_nothing(services: Any, books: Any) -> None:
    data = camt054(_lines(books))
    services.bank.import_file(data)
    before = (services.bank.list(), services.payments.list(books["a"].number))
    again = services.bank.import_file(data).to_json()
    assert (again["movements"], again["new"], again["duplicates"], again["matched"]) == (2, 0, 2, 0)
    assert (services.bank.list(), services.payments.list(books["a"].number)) == before


def test_the_days_statement_after_its_notification_adds_nothing(services: Any, books: Any) -> None:
    booked = [line for line in _lines(books) if not line.pending]
    services.bank.import_file(camt054(booked))
    report = services.bank.import_file(camt053(booked, version="001.08")).to_json()
    assert (report["new"], report["duplicates"]) == (0, 2)
    assert len(services.payments.list(books["a"].number)) == 1


def test_a_returned_direct_debit_notified_reopens_its_invoice(services: Any, books: Any) -> None:
    number = books["b"].number
    services.payments.add(number, D("242.00"), DAY - dt.timedelta(days=5), "direct_debit")
    data = _valid(camt054([Line(DAY, D("-242.00"), ["Devolucion"], reference=number, returned=True)]))
    assert services.bank.import_file(data).to_json()["returned"] == 1
    assert services.invoices.get(number).outstanding == D("242.00")


@pytest.mark.parametrize(
    "declaration",
    [
        b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_entity_tricks_are_refused(services: Any, declaration: bytes) -> None:
    bomb = (
        b'<?xml version="1.0"?>' + declaration + b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:'
        b'camt.054.001.08"><BkToCstmrDbtCdtNtfctn>&b;&x;</BkToCstmrDbtCdtNtfctn></Document>'
    )
    assert _refused(services, bomb)[0] == "xml_entities_refused"


def test_a_doctype_in_utf_16_text_is_refused_too(services: Any, books: Any) -> None:
    """The byte check looks for ASCII; the parsed document is checked again, and its parser
    would not have read the file anyway (no DTD, no entity expansion)."""
    text = camt054(_lines(books)).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    text = text.replace("?>\n", '?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n')
    data = text.replace("Comisión mantenimiento", "&x;").encode("utf-16-le")
    assert b"<!DOCTYPE" not in data.upper()
    assert _refused(services, data)[0] == "xml_entities_refused"


def test_a_notification_of_another_account_is_refused(services: Any, books: Any) -> None:
    other = camt054(_lines(books), iban="ES7921000813610123456789")
    assert _refused(services, other) == ("bank_account_unknown", {"account": "ES7921000813610123456789"})


def test_a_broken_notification_is_refused_with_its_line(services: Any, books: Any) -> None:
    text = camt054(_lines(books)).decode().replace("><", ">\n<")
    broken = text.replace("</Amt>", "</Amount>", 2).encode()  # an end tag that does not close
    code, params = _refused(services, broken)
    line = next(n for n, row in enumerate(broken.splitlines(), start=1) if b"</Amount>" in row)
    assert (code, params) == ("bank_xml_broken", {"line": line})
    assert text_for(code, "es", **params) == (
        f"el XML del banco está dañado en la línea {line}: descárguelo de nuevo; no se ha importado nada"
    )


def test_a_truncated_notification_is_refused(services: Any, books: Any) -> None:
    data = camt054(_lines(books))
    assert _refused(services, data[: len(data) // 2])[0] == "bank_xml_broken"


def test_a_booked_entry_without_its_booking_date_is_refused(services: Any, books: Any) -> None:
    data = camt054(_lines(books)).replace(f"<BookgDt><Dt>{DAY.isoformat()}</Dt></BookgDt>".encode(), b"", 1)
    assert _refused(services, data) == ("bank_entry_incomplete", {"entry": 1, "field": "BookgDt"})


def test_a_notice_without_notifications_is_refused(services: Any) -> None:
    data = (
        b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>'
        b"<GrpHdr><MsgId>X</MsgId><CreDtTm>2026-11-29T18:00:00</CreDtTm></GrpHdr>"
        b"</BkToCstmrDbtCdtNtfctn></Document>"
    )
    assert _refused(services, data)[0] == "bank_file_not_camt053"
