"""What the window warns about and shows per invoice: the dashboard's attention figures (rejected,
pending past an hour) and the list's VERI*FACTU state, each from the invoice's latest record.
Against the local AEAT (aeat_server.py), real SQLite file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from facturas_app.bootstrap import Services
from tests.services.verifactu.aeat_server import LocalAeat
from tests.services.verifactu.helpers import CLIENT_ES, add_client, issue, line, open_services
from tests.services.verifactu.sending_fixtures import MovingClock
from tests.services.verifactu.sending_fixtures import aeat as aeat
from tests.services.verifactu.sending_fixtures import clock as clock
from tests.services.verifactu.sending_fixtures import services as services


def list_states(services: Services) -> dict[str, str | None]:
    invoices = services.invoices
    return {row.number or "": row.verifactu for row in invoices.list(invoices.query())}


def attention(services: Services) -> tuple[int, int]:
    found = services.verifactu.attention()
    return found.rejected, found.pending_over_an_hour


def test_pending_records_warn_only_after_an_hour(services: Services, clock: MovingClock) -> None:
    cid = add_client(services)
    issue(services, cid)
    assert attention(services) == (0, 0)
    clock.advance(3599)
    assert attention(services) == (0, 0) and not services.verifactu.attention().needed
    clock.advance(2)
    assert attention(services) == (0, 1) and services.verifactu.attention().needed
    assert services.verifactu.status()["pending_over_an_hour"] == 1


def test_each_state_reaches_the_list_and_rejections_the_warning(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    cid = add_client(services)
    numbers = [issue(services, cid).number for _ in range(3)]
    aeat.with_errors[numbers[1]] = 1100
    aeat.reject[numbers[2]] = 1105
    assert set(list_states(services).values()) == {"pending"}
    services.verifactu_sending.send()
    assert list_states(services) == {
        numbers[0]: "accepted",
        numbers[1]: "accepted_with_errors",
        numbers[2]: "rejected",
    }
    assert attention(services) == (1, 0)
    clock.advance(7200)  # nothing is pending: time alone adds no warning
    assert attention(services) == (1, 0)


def test_a_subsanacion_takes_the_rejection_off_the_warning(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    cid = add_client(services, {**CLIENT_ES, "tax_id": "B12345674"})
    number = issue(services, cid).number
    aeat.reject[number] = 4109
    services.verifactu_sending.send()
    assert attention(services) == (1, 0) and list_states(services)[number] == "rejected"
    services.clients.update(dataclasses.replace(services.clients.get(cid), tax_id="A58818501"))
    services.verifactu.resubmit(number)
    assert attention(services) == (0, 0)  # the subsanación is the latest record: pending, young
    assert list_states(services)[number] == "pending"
    clock.advance(60)
    services.verifactu_sending.send()
    assert attention(services) == (0, 0) and list_states(services)[number] == "accepted"


def test_a_record_in_doubt_counts_as_pending(services: Services, aeat: LocalAeat, clock: MovingClock) -> None:
    cid = add_client(services)
    number = issue(services, cid).number
    aeat.timeout_next = 3.0  # AEAT stores it, then answers after the client gave up
    services.verifactu_sending.send(client=services.verifactu_sending.client(timeout=1.0))
    assert services.verifactu.rows()[0].submission.state == "in_doubt"
    assert list_states(services)[number] == "pending"
    clock.advance(3601)
    assert attention(services) == (0, 1)


def test_invoices_without_records_show_none(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data", country="FR")  # VERI*FACTU off outside Spain
    try:
        cid = add_client(services)
        number = issue(services, cid, [line(vat="20")]).number
        draft = services.invoices.create_draft_from_payload({"client_id": cid, "lines": [line(vat="20")]})
        assert list_states(services) == {number: None, "": None}
        assert draft.invoice.number is None
        assert attention(services) == (0, 0)
    finally:
        services.close()
