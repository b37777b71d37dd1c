"""Mandates and the creditor identifier through the services, on a real SQLite file: bad input
is refused with its own message code and nothing is saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from facturas_app.domain.errors import NotFound, ValidationFailed
from facturas_app.messages import error_text
from tests.services.sepa.sepa_helpers import BUSINESS, IBANS, open_services, seed


def _rows(data_dir: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / "facturas.sqlite3") as raw:
        return raw.execute(f"SELECT * FROM {table}").fetchall()


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    services = open_services(tmp_path)
    seeded = seed(services, clients=2, per_client=1)
    yield services, seeded.client_ids, tmp_path
    services.close()


def test_a_mandate_is_saved_compacted_and_first_collection_is_frst(world) -> None:  # type: ignore[no-untyped-def]
    services, clients, data_dir = world
    saved = services.sepa.save_mandate(
        clients[0], "es79 2100 0813 6101 2345 6789", "MND-1", dt.date(2026, 2, 1), "b2b"
    )
    assert (saved.iban, saved.scheme, saved.sequence_type) == ("ES7921000813610123456789", "B2B", "FRST")
    assert services.sepa.get_mandate(clients[0]) == saved
    assert [r[:5] for r in _rows(data_dir, "sepa_mandates")] == [
        (clients[0], "MND-1", "ES7921000813610123456789", "2026-02-01", "B2B")
    ]


@pytest.mark.parametrize(
    ("iban", "mandate_id", "signed", "code"),
    [
        ("ES7821000813610123456789", "MND-1", dt.date(2026, 2, 1), "sepa_iban_check_digits"),  # 79 -> 78
        ("ES79210008136101234567", "MND-1", dt.date(2026, 2, 1), "sepa_invalid_iban"),  # too short
        (IBANS[0], "MND-1", None, "sepa_mandate_unsigned"),
        (IBANS[0], "MND-1", dt.date(2026, 12, 1), "sepa_mandate_signed_future"),
        (IBANS[0], "MANDATO Nº 1", dt.date(2026, 2, 1), "sepa_invalid_mandate_id"),
    ],
)
def test_bad_mandates_are_refused_and_nothing_is_saved(world, iban, mandate_id, signed, code) -> None:  # type: ignore[no-untyped-def]
    services, clients, data_dir = world
    with pytest.raises(ValidationFailed) as caught:
        services.sepa.save_mandate(clients[0], iban, mandate_id, signed)
    assert [p.code for p in caught.value.problems] == [code]
    assert "sepa_" not in error_text(caught.value, "es")  # a sentence, not the code
    assert _rows(data_dir, "sepa_mandates") == []


def test_a_mandate_reference_belongs_to_one_client(world) -> None:  # type: ignore[no-untyped-def]
    services, clients, data_dir = world
    services.sepa.save_mandate(clients[0], IBANS[0], "MND-1", dt.date(2026, 2, 1))
    with pytest.raises(ValidationFailed) as caught:
        services.sepa.save_mandate(clients[1], IBANS[1], "MND-1", dt.date(2026, 2, 1))
    assert caught.value.problems[0].code == "sepa_mandate_id_taken"
    assert len(_rows(data_dir, "sepa_mandates")) == 1
    with pytest.raises(NotFound):
        services.sepa.save_mandate("no-such-client", IBANS[1], "MND-2", dt.date(2026, 2, 1))


def test_the_creditor_identifier_is_validated_with_the_business(world) -> None:  # type: ignore[no-untyped-def]
    services, _, data_dir = world
    before = _rows(data_dir, "business")
    for creditor_id, code in (("DE98ZZZ09999999999", "sepa_creditor_other_country"),
                              ("ES59000123456789Z", "sepa_invalid_creditor_id")):  # fmt: skip
        with pytest.raises(ValidationFailed) as caught:
            services.business.save(replace(BUSINESS, sepa_creditor_id=creditor_id))
        assert [p.code for p in caught.value.problems] == [code]
        assert creditor_id in error_text(caught.value, "es")
    assert _rows(data_dir, "business") == before
    services.business.save(replace(BUSINESS, sepa_creditor_id="ES58 000 12345678Z", sepa_prenotice_days=5))
    assert services.sepa.earliest_collection_date() == dt.date(2026, 12, 1)  # Thu 26 + 5 = Tue 1


def test_the_prenotice_days_come_from_the_business_json(world) -> None:  # type: ignore[no-untyped-def]
    services, _, _ = world
    from tests.cli.cli_helpers import BUSINESS as BUSINESS_JSON

    saved = services.business.save_payload({**BUSINESS_JSON, "sepa_creditor_id": "ES5800012345678Z"})
    assert (saved.sepa_creditor_id, saved.sepa_prenotice_days) == ("ES5800012345678Z", 2)
    with pytest.raises(ValidationFailed) as caught:
        services.business.save_payload({**BUSINESS_JSON, "sepa_prenotice_days": 30})
    assert caught.value.problems[0].field == "sepa_prenotice_days"
