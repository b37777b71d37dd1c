"""AEAT's record rules (domain/verifactu_rules.py) enforced by the services and the CLI: the same
refusals the screens show, naming the field, before any number or record exists."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain import verifactu as vf
from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.verifactu.payload import decode
from facturas_app.services.verifactu.xml import NS_SF, validate_document
from tests.cli.cli_helpers import run_cli, setup_business_and_client
from tests.fakes import FixedClock
from tests.services.verifactu.helpers import (
    BUSINESS,
    CLIENT_ES,
    CLIENT_FR,
    TODAY,
    add_client,
    issue,
    line,
    open_services,
)

DAY = dt.timedelta(days=1)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path)
    yield services
    services.close()


def refused(action: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as caught:
        action()
    return [(p.field, p.code) for p in caught.value.problems]


def draft(services: Services, client_id: str, **extra: Any) -> str:
    payload = {"client_id": client_id, "lines": extra.pop("lines", [line()]), **extra}
    return services.invoices.create_draft_from_payload(payload).invoice.id


def record_count(services: Services) -> int:
    return len(services.verifactu.rows())


# --- names ---------------------------------------------------------------------------------------


def test_business_name_with_a_forbidden_character_is_refused(services: Services) -> None:
    assert refused(lambda: services.business.save_payload({**BUSINESS, "name": "Gómez & O'Brien SL"})) == [
        ("name", "verifactu_issuer_name_characters")
    ]
    assert services.business.require().name == "Laura Gómez Ruiz"  # nothing half-saved


def test_a_foreign_business_keeps_its_apostrophe(tmp_path: Path) -> None:
    services = open_services(tmp_path, country="FR")
    try:
        french = {**BUSINESS, "country": "FR", "tax_id": "FR40303265045", "name": "Atelier d'Art"}
        assert services.business.save_payload(french).name == "Atelier d'Art"  # not a VERI*FACTU issuer
    finally:
        services.close()


def test_client_names_refuse_markup_but_keep_apostrophes(services: Services) -> None:
    assert refused(lambda: services.clients.add_payload({**CLIENT_ES, "name": "Sol <SA>"})) == [
        ("name", "verifactu_recipient_name_characters")
    ]
    client_id = add_client(services, {**CLIENT_ES, "name": "Société Générale d'Études"})
    client = services.clients.get(client_id)
    assert refused(lambda: services.clients.update(client.__class__(**{**vars(client), "name": "A=B"}))) == [
        ("name", "verifactu_recipient_name_characters")
    ]


def test_the_record_writes_the_apostrophe_as_aeat_accepts_and_the_invoice_keeps_it(
    services: Services,
) -> None:
    invoice = issue(services, add_client(services, {**CLIENT_ES, "name": "Société Générale d'Études"}))
    (row,) = services.verifactu.rows(invoice_id=invoice.id)
    record = decode(row.payload).record
    assert isinstance(record, vf.AltaRecord)
    assert record.recipients[0].name == "Société Générale d’Études"
    assert invoice.client_snapshot["name"] == "Société Générale d'Études"  # the PDF's name, as typed


# --- ClaveRegimen --------------------------------------------------------------------------------


def test_an_export_is_recorded_with_regime_02_and_its_xml_validates(
    services: Services, tmp_path: Path
) -> None:
    client = add_client(services, CLIENT_FR)
    exported = [line(vat="0", exemption="E2"), line("10.00", "1", vat="0", exemption="E5")]
    invoice = issue(services, client, exported)
    assert invoice.number
    (path,) = services.verifactu.export(tmp_path / "out.xml")
    xml = path.read_bytes()
    assert validate_document(xml) == []
    tree = etree.fromstring(xml)
    pairs = {
        (d.findtext(f"{{{NS_SF}}}OperacionExenta"), d.findtext(f"{{{NS_SF}}}ClaveRegimen"))
        for d in tree.iter(f"{{{NS_SF}}}DetalleDesglose")
    }
    assert pairs == {("E2", "02"), ("E5", "01")}


def test_an_intra_eu_supply_to_a_spanish_client_is_refused_at_issue(services: Services) -> None:
    invoice_id = draft(services, add_client(services), lines=[line(vat="0", exemption="E5")])
    assert refused(lambda: services.invoices.issue(invoice_id)) == [
        ("client.country", "verifactu_intra_eu_needs_foreign_client")
    ]
    assert record_count(services) == 0 and services.invoices.get(invoice_id).number is None


def test_reverse_charge_on_a_simplified_invoice_is_refused(services: Services) -> None:
    invoice_id = draft(
        services, add_client(services), kind="simplified", lines=[line(vat="0", exemption="S2")]
    )
    assert ("kind", "verifactu_reverse_charge_simplified") in refused(
        lambda: services.invoices.issue(invoice_id)
    )


# --- F2 limit and dates --------------------------------------------------------------------------


@pytest.mark.parametrize(("price", "allowed"), [("2479.34", True), ("2479.35", False)])
def test_a_simplified_invoice_over_3000_is_refused_at_issue(
    services: Services, price: str, allowed: bool
) -> None:
    invoice_id = draft(services, add_client(services), kind="simplified", lines=[line(price, "1")])
    if allowed:  # 2479.34 + 520.66 = 3,000.00: AEAT's limit is "not over 3,000"
        assert services.invoices.issue(invoice_id).number == "F-2026-0001"
        return
    assert refused(lambda: services.invoices.issue(invoice_id)) == [
        ("kind", "verifactu_simplified_over_limit")
    ]
    assert services.invoices.issue_refusals(services.invoices.get(invoice_id))[0].params["value"] == "3000.01"


@pytest.mark.parametrize(
    ("operation_date", "expected"),
    [
        (TODAY - DAY, []),
        (TODAY + DAY, [("operation_date", "verifactu_operation_after_issue"),
                       ("operation_date", "verifactu_operation_in_future")]),
    ],
)  # fmt: skip
def test_operation_date_rules_at_issue(
    services: Services, operation_date: dt.date, expected: list[Any]
) -> None:
    invoice_id = draft(services, add_client(services), operation_date=operation_date.isoformat())
    if not expected:
        assert services.invoices.issue(invoice_id).operation_date == operation_date
        return
    assert refused(lambda: services.invoices.issue(invoice_id)) == expected
    assert record_count(services) == 0


def test_an_operation_after_a_backdated_issue_date_is_refused(services: Services) -> None:
    invoice_id = draft(services, add_client(services), issue_date=(TODAY - 2 * DAY).isoformat(),
                       operation_date=(TODAY - DAY).isoformat())  # fmt: skip
    assert refused(lambda: services.invoices.issue(invoice_id)) == [
        ("operation_date", "verifactu_operation_after_issue")
    ]


def test_a_record_generated_before_its_issue_day_is_refused(tmp_path: Path) -> None:
    # The clock says the 26th but the record would be generated on the 25th (Madrid): AEAT's 1112.
    early = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    services = build_services(tmp_path, clock=FixedClock(TODAY, early))
    try:
        services.business.save_payload(dict(BUSINESS))
        invoice_id = draft(services, add_client(services))
        assert refused(lambda: services.invoices.issue(invoice_id)) == [
            ("issue_date", "issue_date_in_future")
        ]
        assert record_count(services) == 0 and services.invoices.get(invoice_id).number is None
    finally:
        services.close()


# --- mode ----------------------------------------------------------------------------------------


def test_mode_off_is_accepted_before_the_first_record_and_refused_after(services: Services) -> None:
    services.verifactu.set_mode("off")
    unrecorded = issue(services, add_client(services))
    assert services.verifactu.qr_url_for(unrecorded) is None and record_count(services) == 0
    services.verifactu.set_mode("on")
    issue(services, add_client(services))
    assert refused(lambda: services.verifactu.set_mode("off")) == [
        ("mode", "verifactu_mode_off_after_records")
    ]
    services.verifactu.set_mode("on")  # the other modes stay free
    assert services.verifactu.status()["mode"] == "on"


# --- the CLI: exit 2, one line naming the field ---------------------------------------------------


def test_the_cli_refuses_with_exit_2_naming_the_field(tmp_path: Path) -> None:
    bad_business = run_cli(
        tmp_path, "business", "set", "-", stdin=json.dumps({**BUSINESS, "name": "O'Brien SL"})
    )
    assert bad_business.returncode == 2 and bad_business.stderr.strip().count("\n") == 0
    assert "Nombre:" in bad_business.stderr and "1287" in bad_business.stderr
    client_id = setup_business_and_client(tmp_path)
    bad_client = run_cli(tmp_path, "--lang", "en", "client", "add", "-",
                         stdin=json.dumps({**CLIENT_ES, "name": "Sol <SA>"}))  # fmt: skip
    assert bad_client.returncode == 2
    assert "Name: contains «<» «>»" in bad_client.stderr and "AEAT does not accept" in bad_client.stderr
    payload = {"client_id": client_id, "kind": "simplified", "lines": [line("2500.00", "1")]}
    created = run_cli(tmp_path, "invoice", "draft", "-", "--json", stdin=json.dumps(payload))
    draft_id = json.loads(created.stdout)["id"]
    over = run_cli(tmp_path, "invoice", "issue", draft_id)
    assert over.returncode == 2 and "Tipo:" in over.stderr and "3.000 €" in over.stderr, over.stderr
    assert "1150" in over.stderr
