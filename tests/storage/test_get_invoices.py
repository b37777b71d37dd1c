"""Transaction.get_invoices: many invoices in a few queries, mapped exactly as get_invoice does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services, build_services
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import Status
from facturas_app.domain.parties import Business, Client
from facturas_app.storage.sqlite import repo_invoices
from tests.fakes import FixedClock

# A company's address is on every full invoice to it (RD 1619/2012 art. 6): issuing needs it.
ADDRESS = {"address": "Av. del Puerto 22", "postal_code": "46021", "city": "Valencia"}

TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def services(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = build_services(tmp_path / "data", clock=FixedClock(TODAY))
    s.business.save(Business(name="Laura Gómez Ruiz", tax_id="12345678Z", address="Calle Mayor 1",
                             postal_code="28001", city="Madrid"))  # fmt: skip
    yield s
    s.close()


def _draft(services: Services, client: Client, lines: int) -> str:
    payload = {
        "client_id": client.id,
        "issue_date": TODAY.isoformat(),
        "lines": [
            {"description": f"Línea {i}", "quantity": str(i + 1), "unit_price": "10.05", "vat_rate": "21"}
            for i in range(lines)
        ],
    }
    return services.invoices.create_draft_from_payload(payload).invoice.id


def _world(services: Services) -> list[str]:
    """Three issued invoices (1, 2 and 3 lines) and two drafts (4 and 5 lines)."""
    client = services.clients.add(
        Client(id=new_id(), name="Inmobiliaria Sol S.A.", tax_id="A58818501", **ADDRESS)
    )
    ids = []
    for lines in (1, 2, 3):
        ids.append(services.invoices.issue(_draft(services, client, lines)).id)
    ids.append(_draft(services, client, 4))
    ids.append(_draft(services, client, 5))
    return ids


def test_same_invoices_as_get_invoice_in_the_order_asked(services: Services) -> None:
    ids = _world(services)
    asked = [ids[3], "missing", ids[0], ids[4], ids[2], ids[1], ids[0]]
    with services.store.read() as tx:
        got = tx.get_invoices(asked)
        one_by_one = [tx.get_invoice(i) for i in asked if i != "missing"]
    assert got == one_by_one  # unknown ids skipped; a repeated id comes back each time
    assert repr(got) == repr(one_by_one)  # same value types too (Decimal exponents, dates, dicts)
    assert [i.id for i in got] == [ids[3], ids[0], ids[4], ids[2], ids[1], ids[0]]
    assert [len(i.lines) for i in got] == [4, 1, 5, 3, 2, 1]
    assert [line.description for line in got[0].lines] == ["Línea 0", "Línea 1", "Línea 2", "Línea 3"]
    assert got[0].status is Status.DRAFT and got[0].number is None
    assert got[1].status is Status.ISSUED and got[1].number


def test_empty_and_unknown(services: Services) -> None:
    _world(services)
    with services.store.read() as tx:
        assert tx.get_invoices([]) == []
        assert tx.get_invoices(["nope", "neither"]) == []


def test_many_ids_are_asked_in_chunks(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _world(services)
    monkeypatch.setattr(repo_invoices, "IN_CHUNK", 2)  # five ids → three IN-queries
    with services.store.read() as tx:
        got = tx.get_invoices(list(reversed(ids)))
        assert repr(got) == repr([tx.get_invoice(i) for i in reversed(ids)])
