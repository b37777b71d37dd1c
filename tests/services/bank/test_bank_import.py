"""Statements read and matched (#19): Norma 43 and CAMT.053 files written to their layouts,
imported through the real services on a temp SQLite file; payments recorded by the normal path."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from facturas_app.domain.errors import Conflict
from facturas_app.domain.invoice import Status
from tests.services.bank.bank_files import Line, camt053, n43_account, n43_file
from tests.services.bank.conftest import SANCHEZ_IBAN, TODAY, add_client, issue

D = Decimal
DAY = TODAY - dt.timedelta(days=2)
XSD = Path(__file__).resolve().parents[2] / "data" / "iso20022" / "camt.053.001.08.xsd"


def n43(*lines: Line, start: dt.date = DAY, end: dt.date = DAY) -> bytes:
    return n43_file(n43_account(list(lines), start, end))


def _payments(services: Any, number: str) -> list[Any]:
    return services.payments.list(number)


@pytest.fixture
def books(services: Any) -> dict[str, Any]:
    sanchez = add_client(services, "Clínica Sánchez S.L.", SANCHEZ_IBAN)
    norte = add_client(services, "Talleres del Norte S.A.")
    invoices = {
        "a": issue(services, sanchez.id, "100.00"),  # 121,00
        "b": issue(services, sanchez.id, "200.00"),  # 242,00
        "c": issue(services, norte.id, "50.00"),  # 60,50
        "d": issue(services, norte.id, "300.00"),  # 363,00
    }
    return {"sanchez": sanchez, "norte": norte, **invoices}


def test_a_credit_naming_its_invoice_and_amount_is_matched_and_paid(services: Any, books: Any) -> None:
    data = n43(
        Line(DAY, D("121.00"), ["TRANSF. CLINICA SANCHEZ", f"FRA {books['a'].number}"]),
        Line(DAY, D("-15.50"), ["COMISION MANTENIMIENTO"], common="17"),
    )
    report = services.bank.import_file(data).to_json()
    assert report == {
        "account": "210004180200051332",
        "accounts": ["210004180200051332"],
        "movements": 2,
        "new": 2,
        "duplicates": 0,
        "matched": 1,
        "suggested": 0,
        "unmatched": 1,
        "returned": 0,
    }
    (payment,) = _payments(services, books["a"].number)
    assert (payment.amount, payment.paid_on, payment.method) == (D("121.00"), DAY, "transfer")
    assert services.invoices.get(books["a"].number).status is Status.PAID


def test_the_same_file_twice_changes_nothing(services: Any, books: Any) -> None:
    data = n43(Line(DAY, D("121.00"), [f"FRA {books['a'].number}"]), Line(DAY, D("99.99"), ["VARIOS"]))
    services.bank.import_file(data)
    again = services.bank.import_file(data).to_json()
    assert (again["new"], again["duplicates"], again["matched"]) == (0, 2, 0)
    assert len(_payments(services, books["a"].number)) == 1 and len(services.bank.list()) == 2


def test_overlapping_statements_add_only_the_new_days(services: Any, books: Any) -> None:
    day1, day2, day3 = DAY - dt.timedelta(days=2), DAY - dt.timedelta(days=1), DAY
    fee = Line(day2, D("-3.00"), ["COMISION"])
    first = n43(Line(day1, D("10.00"), ["BIZUM"]), fee, start=day1, end=day2)
    second = n43(fee, Line(day3, D("10.00"), ["BIZUM"]), start=day2, end=day3)
    services.bank.import_file(first)
    report = services.bank.import_file(second).to_json()
    assert (report["new"], report["duplicates"]) == (1, 1)


def test_two_identical_movements_of_one_day_are_two(services: Any, books: Any) -> None:
    report = services.bank.import_file(
        n43(Line(DAY, D("50.00"), ["BIZUM"]), Line(DAY, D("50.00"), ["BIZUM"]))
    )
    assert report.to_json()["new"] == 2


def test_the_client_named_with_or_without_accents_identifies_the_invoice(services: Any, books: Any) -> None:
    services.bank.import_file(n43(Line(DAY, D("60.50"), ["TRANSFERENCIA DE TALLERES DEL NORTE"])))
    assert services.invoices.get(books["c"].number).status is Status.PAID


def test_a_camt_credit_from_the_clients_iban_is_matched(services: Any, books: Any) -> None:
    data = camt053([Line(DAY, D("242.00"), ["Pago"], debtor_iban=SANCHEZ_IBAN, debtor_name="X")])
    assert services.bank.import_file(data).to_json()["matched"] == 1
    assert services.invoices.get(books["b"].number).status is Status.PAID


def test_one_credit_paying_three_invoices_named_pays_all_three(services: Any, books: Any) -> None:
    numbers = [books[k].number for k in ("a", "c", "d")]
    services.bank.import_file(n43(Line(DAY, D("544.50"), ["PAGO FRAS", *numbers])))  # 23 records of 38
    assert [len(_payments(services, n)) for n in numbers] == [1, 1, 1]
    (movement,) = services.bank.list()
    assert movement.state == "matched" and sorted(m.number for m in movement.matches) == sorted(numbers)


def test_a_short_credit_naming_its_invoice_waits_and_confirmed_is_a_partial_payment(
    services: Any, books: Any
) -> None:
    services.bank.import_file(n43(Line(DAY, D("100.00"), [f"A CUENTA {books['d'].number}"])))
    (movement,) = services.bank.list()
    assert movement.state == "suggested" and _payments(services, books["d"].number) == []
    services.bank.confirm(movement.id)
    assert services.invoices.get(books["d"].number).outstanding == D("263.00")


def test_an_amount_alone_is_only_a_suggestion_and_the_user_picks(services: Any, books: Any) -> None:
    other = issue(services, books["norte"].id, "100.00")  # 121,00 like invoice a
    services.bank.import_file(n43(Line(DAY, D("121.00"), ["INGRESO EFECTIVO"])))
    (movement,) = services.bank.list()
    assert movement.state == "suggested" and {m.number for m in movement.matches} == {
        books["a"].number,
        other.number,
    }
    with pytest.raises(Conflict):  # two invoices fit: the user says which
        services.bank.confirm(movement.id)
    services.bank.match(movement.id, [other.number])
    assert services.invoices.get(other.number).status is Status.PAID
    assert services.invoices.get(books["a"].number).status is not Status.PAID


def test_unmatch_undoes_the_payment(services: Any, books: Any) -> None:
    services.bank.import_file(n43(Line(DAY, D("121.00"), [f"FRA {books['a'].number}"])))
    (movement,) = services.bank.list()
    services.bank.unmatch(movement.id)
    assert services.invoices.get(books["a"].number).outstanding == D("121.00")
    assert services.bank.list()[0].state == "unmatched"


def test_a_returned_direct_debit_reopens_its_invoice_with_the_reason(services: Any, books: Any) -> None:
    number = books["b"].number
    services.payments.add(number, D("242.00"), DAY - dt.timedelta(days=5), "direct_debit")
    data = camt053([Line(DAY, D("-242.00"), ["Devolucion recibo"], reference=number, returned=True)])
    report = services.bank.import_file(data).to_json()
    assert report["returned"] == 1
    assert services.invoices.get(number).outstanding == D("242.00")
    timeline = services.timeline.for_client(books["sanchez"].id)
    assert any(item.kind == "direct_debit_returned" and "UPDD" in item.summary for item in timeline)


def test_harmless_deviations_still_import(services: Any, books: Any) -> None:
    records = n43_account([Line(DAY, D("121.00"), [f"FRA {books['a'].number}"])], DAY, DAY, final_code="0")
    short = [record.rstrip() for record in records]  # trailing blanks cut, as some banks send
    data = n43_file(records, crlf=False).replace(b"\r", b"")
    assert services.bank.import_file(data).to_json()["matched"] == 1
    lines = "\n".join([*short, "88" + "9" * 18 + "000004"]).encode("latin-1")
    assert services.bank.import_file(lines).to_json()["duplicates"] == 1


def test_a_debit_only_file_imports(services: Any, books: Any) -> None:
    report = services.bank.import_file(n43(Line(DAY, D("-10.00"), ["RECIBO LUZ"]))).to_json()
    assert (report["new"], report["unmatched"], report["matched"]) == (1, 1, 0)


def test_a_camt_053_001_08_file_is_valid_against_isos_schema_and_imports(services: Any, books: Any) -> None:
    data = camt053([Line(DAY, D("121.00"), [f"Factura {books['a'].number}"])], version="001.08")
    etree.XMLSchema(etree.parse(str(XSD))).assertValid(etree.fromstring(data))
    assert services.bank.import_file(data).to_json()["matched"] == 1
