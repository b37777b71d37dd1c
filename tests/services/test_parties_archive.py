"""Deleting what a user may delete, archiving the rest, a company's address and duplicate tax ids
(issue #18) — through the real services on a temp SQLite file, read back with raw SQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.errors import Conflict, InvalidTransition, NotFound, ValidationFailed
from facturas_app.domain.invoice import DocType
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.messages import error_text
from tests.fakes import FixedClock
from tests.store_rows import stored_rows

TODAY = dt.date(2026, 11, 26)
LINE = {"description": "Consultoría", "quantity": "3", "unit_price": "85.50", "vat_rate": "21"}
SOL = Client(
    id="sol",
    name="Inmobiliaria Sol S.A.",
    tax_id="A58818501",
    address="Av. del Puerto 22",
    postal_code="46021",
    city="Valencia",
)


@pytest.fixture
def services(tmp_path: Path, database_url: str | None) -> Iterator[Services]:
    s = build_services(tmp_path, clock=FixedClock(TODAY), database_url=database_url)
    s.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z"))
    s.clients.add(SOL)
    yield s
    s.close()


def _rows(services: Services, sql: str, *params: object) -> list[tuple[object, ...]]:
    return stored_rows(services, sql, *params)


def _draft(services: Services, client_id: str = "sol", **extra: object) -> str:
    payload = {"client_id": client_id, "lines": [LINE], **extra}
    return services.invoices.create_draft_from_payload(payload).invoice.id


# ----- clients ------------------------------------------------------------------------------------
def test_a_client_without_documents_is_deleted(services: Services) -> None:
    services.clients.add(Client(id="new", name="Pedro Pérez", tax_id="X2482300W"))
    services.clients.delete("new")
    assert _rows(services, "SELECT id FROM clients ORDER BY id") == [("sol",)]


def test_a_client_with_a_draft_is_refused_and_kept(services: Services) -> None:
    _draft(services)
    with pytest.raises(Conflict) as refused:
        services.clients.delete("sol")
    assert refused.value.code == "client_has_documents"
    assert refused.value.params["count"] == 1
    assert "Inmobiliaria Sol S.A." in error_text(refused.value, "es")
    assert '"archived": true' in error_text(refused.value, "en")
    assert _rows(services, "SELECT id FROM clients") == [("sol",)]


def test_a_client_with_issued_invoices_is_refused_by_the_service_before_the_trigger(
    services: Services,
) -> None:
    services.invoices.issue(_draft(services))
    with pytest.raises(Conflict) as refused:  # not sqlite3.IntegrityError from 0015's trigger
        services.clients.delete("sol")
    assert refused.value.params["count"] == 2  # the invoice and its "issued" event
    assert _rows(services, "SELECT count(*) FROM clients") == [(1,)]


def test_a_client_with_only_a_timeline_note_is_kept(services: Services) -> None:
    services.timeline.add_note("sol", "Llamar en enero")
    with pytest.raises(Conflict):
        services.clients.delete("sol")


def test_deleting_an_unknown_client_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.clients.delete("nobody")


def test_an_archived_client_is_hidden_from_lists_but_its_invoices_show_it(services: Services) -> None:
    number = services.invoices.issue(_draft(services)).number
    services.clients.add(Client(id="luna", name="Librería Luna", tax_id="12345678Z"))
    services.clients.set_archived("sol", True)
    assert [c.id for c in services.clients.list()] == ["luna"]
    assert services.clients.count() == 1
    assert [c.id for c in services.clients.list(include_archived=True)] == ["sol", "luna"]
    assert [c.id for c in services.clients.list("sol")] == []
    rows = services.invoices.list(services.invoices.query())
    assert [(r.number, r.client_name) for r in rows] == [(number, "Inmobiliaria Sol S.A.")]
    assert _rows(services, "SELECT archived FROM clients WHERE id = 'sol'") == [(1,)]
    services.clients.set_archived("sol", False)
    assert [c.id for c in services.clients.list()] == ["sol", "luna"]


def test_update_payload_replaces_only_the_keys_given(services: Services) -> None:
    updated = services.clients.update_payload("sol", {"archived": True, "city": "Alicante"})
    assert updated == replace(SOL, archived=True, city="Alicante")
    assert services.clients.get("sol") == updated


# ----- a company's address ----------------------------------------------------------------------
def test_issuing_to_a_company_without_its_address_is_refused_naming_each_missing_field(
    services: Services,
) -> None:
    services.clients.add(Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674", city="Bilbao"))
    draft_id = _draft(services, "norte")
    with pytest.raises(ValidationFailed) as refused:
        services.invoices.issue(draft_id)
    found = [(p.field, p.code) for p in refused.value.problems]
    assert found == [
        ("client.address", "company_recipient_needs_address"),
        ("client.postal_code", "company_recipient_needs_postal_code"),
    ]
    text = error_text(refused.value, "es")
    assert "falta la dirección de Talleres Norte S.L." in text and "código postal" in text
    assert _rows(services, "SELECT number, status FROM invoices WHERE id = ?", draft_id) == [(None, "draft")]
    assert _rows(services, "SELECT count(*) FROM series_counters") == [(0,)]  # no number taken
    assert [p.code for p in services.invoices.issue_refusals(services.invoices.get(draft_id))] == [
        "company_recipient_needs_address",
        "company_recipient_needs_postal_code",
    ]


def test_once_the_address_is_complete_the_same_draft_issues(services: Services) -> None:
    services.clients.add(Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674"))
    draft_id = _draft(services, "norte")
    with pytest.raises(ValidationFailed):
        services.invoices.issue(draft_id)
    services.clients.update_payload(
        "norte", {"address": "C/ Uno 1", "postal_code": "48001", "city": "Bilbao"}
    )
    assert services.invoices.issue(draft_id).number == "F-2026-0001"


def test_a_private_person_and_a_simplified_invoice_need_no_address(services: Services) -> None:
    services.clients.add(Client(id="pedro", name="Pedro Pérez", tax_id="X2482300W"))
    services.clients.add(Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674"))
    assert services.invoices.issue(_draft(services, "pedro")).number == "F-2026-0001"
    simplified = services.invoices.issue(_draft(services, "norte", kind="simplified"))
    assert simplified.number == "F-2026-0002"


def test_a_quote_to_a_company_without_address_has_no_issue_refusal(services: Services) -> None:
    services.clients.add(Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674"))
    payload = {"client_id": "norte", "lines": [LINE]}
    quote = services.invoices.create_draft_from_payload(payload, DocType.QUOTE).invoice
    assert services.invoices.issue_refusals(quote) == []


def test_a_company_without_address_can_still_be_saved(services: Services) -> None:
    saved = services.clients.add(Client(id="norte", name="Talleres Norte S.L.", tax_id="B12345674"))
    assert saved.missing_address_fields == ["address", "postal_code", "city"]
    assert services.clients.get("norte") == saved


# ----- duplicate tax ids --------------------------------------------------------------------------
@pytest.mark.parametrize("written", ["A58818501", "a-58818501", "ES A58818501", "a.588.185.01"])
def test_a_duplicate_tax_id_however_written_warns_naming_the_other_client(
    services: Services, written: str
) -> None:
    other = services.clients.add(Client(id="dos", name="Sol Dos", tax_id=written))
    warnings = services.clients.tax_id_warnings(other)
    assert [(w.code, w.params["other_name"], w.params["other_id"]) for w in warnings] == [
        ("duplicate_tax_id", "Inmobiliaria Sol S.A.", "sol")
    ]
    assert services.clients.get("dos").tax_id == written  # saved all the same


def test_a_client_is_not_its_own_duplicate_and_an_empty_tax_id_has_none(services: Services) -> None:
    assert services.clients.tax_id_warnings(services.clients.get("sol")) == []
    services.clients.add(Client(id="a", name="Sin NIF A"))
    services.clients.add(Client(id="b", name="Sin NIF B"))
    assert services.clients.tax_id_warnings(services.clients.get("b")) == []
    other = Client(id="c", name="Otro", tax_id="B12345674")
    assert services.clients.tax_id_warnings(other) == []


# ----- products -----------------------------------------------------------------------------------
HOUR = Product(id="hora", name="Hora de consultoría", unit_price=Decimal("50"), vat_rate=Decimal(21))


def test_a_product_on_no_document_is_deleted(services: Services) -> None:
    services.products.save(HOUR)
    services.products.delete("hora")
    assert _rows(services, "SELECT count(*) FROM products") == [(0,)]


def test_a_product_on_a_draft_line_is_refused_and_can_be_archived(services: Services) -> None:
    services.products.save(HOUR)
    _draft(services, lines=[{**LINE, "product_id": "hora"}])
    assert _rows(services, "SELECT count(*) FROM invoice_lines WHERE product_id = 'hora'") == [(1,)]
    with pytest.raises(Conflict) as refused:
        services.products.delete("hora")
    assert refused.value.code == "product_in_use"
    services.products.set_archived("hora", True)
    assert services.products.list() == []
    assert [p.id for p in services.products.list(include_archived=True)] == ["hora"]


def test_update_payload_of_a_product_keeps_what_is_not_given(services: Services) -> None:
    services.products.save(replace(HOUR, description="Por horas", unit="h"))
    updated = services.products.update_payload("hora", {"unit_price": "55.5", "archived": True})
    assert (updated.unit_price, updated.description, updated.unit, updated.active) == (
        Decimal("55.5"),
        "Por horas",
        "h",
        False,
    )
    assert _rows(services, "SELECT unit_price, active FROM products") == [("55.5", 0)]


# ----- drafts -------------------------------------------------------------------------------------
def test_a_draft_is_deleted_with_its_lines_and_an_issued_invoice_is_refused(services: Services) -> None:
    draft_id = _draft(services)
    services.invoices.delete_draft(draft_id)
    assert _rows(services, "SELECT count(*) FROM invoices") == [(0,)]
    assert _rows(services, "SELECT count(*) FROM invoice_lines") == [(0,)]
    issued = services.invoices.issue(_draft(services))
    with pytest.raises(InvalidTransition):
        services.invoices.delete_draft(issued.id)
    assert _rows(services, "SELECT number FROM invoices") == [(issued.number,)]


def test_a_product_rate_the_country_does_not_have_is_refused(services) -> None:  # type: ignore[no-untyped-def]
    """22 % is no Spanish VAT (#17): refused by the service the CLI and imports use, nothing saved."""
    from decimal import Decimal

    from facturas_app.domain.errors import ValidationFailed
    from facturas_app.domain.ids import new_id
    from facturas_app.domain.parties import Product

    with pytest.raises(ValidationFailed) as caught:
        services.products.save(
            Product(id=new_id(), name="Rare", unit_price=Decimal("1"), vat_rate=Decimal("22"))
        )
    assert [p.code for p in caught.value.problems] == ["unknown_vat_rate"]
    assert services.products.list("Rare") == []
    for rate in ("0", "4", "10", "21"):
        services.products.save(
            Product(id=new_id(), name=f"P{rate}", unit_price=Decimal("1"), vat_rate=Decimal(rate))
        )
