"""Submission that runs by itself, against the local AEAT (aeat_server.py): states stored, flow
control, the 240 s incidencia, timeouts settled by asking, subsanación and anulación after a
rejection. Real SQLite file, real HTTP on 127.0.0.1, AEAT's schemas on both sides."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.bootstrap import Services
from tests.services.verifactu.aeat_server import NS, LocalAeat
from tests.services.verifactu.helpers import CLIENT_ES, add_client, issue
from tests.services.verifactu.sending_fixtures import MovingClock
from tests.services.verifactu.sending_fixtures import aeat as aeat
from tests.services.verifactu.sending_fixtures import clock as clock
from tests.services.verifactu.sending_fixtures import services as services


def items(services: Services) -> list[tuple[str, str, str, int | None]]:
    return [(i["number"], i["kind"], i["state"], i["code"]) for i in services.verifactu.status()["items"]]


def sent_numbers(request: bytes) -> list[str]:
    root = etree.fromstring(request)
    return [n.text or "" for n in root.iterfind(".//sf:IDFactura/sf:NumSerieFactura", NS)] + [
        n.text or "" for n in root.iterfind(".//sf:IDFactura/sf:NumSerieFacturaAnulada", NS)
    ]


def test_configure_sets_aeat_address_per_environment(services: Services) -> None:
    sending = services.verifactu_sending
    assert sending.configure("production") == {
        "environment": "production",
        "endpoint": "https://www1.agenciatributaria.gob.es/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP",
    }
    assert services.verifactu.test_environment() is False  # the QR names AEAT's production host
    assert sending.configure("test")["endpoint"].startswith("https://prewww1.aeat.es/")
    assert services.verifactu.test_environment() is True


def test_records_go_in_chain_order_and_each_state_is_stored(services: Services, aeat: LocalAeat) -> None:
    cid = add_client(services)
    numbers = [issue(services, cid).number for _ in range(4)]
    aeat.with_errors[numbers[1]] = 1100
    aeat.reject[numbers[2]] = 1105
    report = services.verifactu_sending.send()
    assert len(aeat.requests) == 1 and sent_numbers(aeat.requests[0]) == numbers
    assert items(services) == [
        (numbers[0], "alta", "accepted", None),
        (numbers[1], "alta", "accepted_with_errors", 1100),
        (numbers[2], "alta", "rejected", 1105),
        (numbers[3], "alta", "accepted", None),
    ]
    assert len(report.delivered) == 3 and len(report.rejected) == 1
    status = services.verifactu.status()
    assert (status["accepted"], status["accepted_with_errors"], status["rejected"], status["pending"]) == (
        2,
        1,
        1,
        0,
    )
    services.verifactu_sending.send()
    assert len(aeat.requests) == 1  # nothing pending: nothing is sent again
    assert aeat.schema_errors == []


def test_the_wait_counts_from_the_answer_and_a_plain_send_does_not_sleep(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    aeat.wait = 90
    cid = add_client(services)
    issue(services, cid)
    services.verifactu_sending.send()
    clock.advance(30)
    issue(services, cid)
    report = services.verifactu_sending.send(wait=False)  # the scheduler's run: 60 s still to wait
    assert len(aeat.requests) == 1 and len(report.remaining) == 1
    assert services.verifactu_sending.seconds_to_wait() == 60
    services.verifactu_sending.send(wait=True, sleep=clock.sleep)
    assert clock.sleeps == [60.0] and len(aeat.requests) == 2


def test_more_than_a_thousand_records_go_in_requests_of_at_most_a_thousand(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    from tests.services.verifactu.test_integration import bulk_records

    bulk_records(services, 1005)
    numbers = [row.number for row in services.verifactu.rows()]
    services.verifactu_sending.send(wait=True, sleep=clock.sleep)
    assert [len(sent_numbers(r)) for r in aeat.requests] == [1000, 5]
    assert sent_numbers(aeat.requests[0]) + sent_numbers(aeat.requests[1]) == numbers
    assert clock.sleeps == [60.0]  # 1,000 waiting go at once; the last 5 wait what AEAT asked
    assert services.verifactu.status()["accepted"] == 1005


def test_a_record_that_waited_past_240_s_goes_with_incidencia(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    issue(services, add_client(services))
    clock.advance(241)
    services.verifactu_sending.send()
    assert etree.fromstring(aeat.requests[0]).find(".//sf:RemisionVoluntaria/sf:Incidencia", NS).text == "S"
    assert items(services)[0][2] == "accepted"  # without it AEAT says 2004, accepted with errors


def test_a_timeout_is_settled_by_asking_aeat_and_nothing_is_sent_twice(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    number = issue(services, add_client(services)).number
    aeat.timeout_next = 3.0  # AEAT stores the record, then answers after the client gave up
    client = services.verifactu_sending.client(timeout=1.0)
    report = services.verifactu_sending.send(client=client)
    assert report.error is not None and [r.number for r in report.in_doubt] == [number]
    assert services.verifactu.rows()[0].submission.state == "in_doubt"
    assert items(services)[0][2] == "pending"  # to the user: not confirmed yet
    services.verifactu_sending.send()
    assert len(aeat.requests) == 1 and len(aeat.consultas) == 1  # asked, not resent
    assert items(services) == [(number, "alta", "accepted", None)]


def test_a_timeout_before_aeat_stored_anything_resends_after_asking(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    number = issue(services, add_client(services)).number
    aeat.fail_next = 1  # HTTP 500 without a body: nothing stored
    report = services.verifactu_sending.send()
    assert report.error is not None
    clock.advance(60)  # AEAT's wait
    services.verifactu_sending.send()
    assert len(aeat.requests) == 1  # the failed one never reached the rules (no body answered)
    assert items(services) == [(number, "alta", "accepted", None)]


def test_a_duplicate_answer_is_believed_only_when_aeat_holds_our_record(
    services: Services, aeat: LocalAeat
) -> None:
    number = issue(services, add_client(services)).number
    row = services.verifactu.rows()[0]
    aeat.held[(row.issuer_nif, number, row.issue_date.strftime("%d-%m-%Y"))] = _held(row.huella)
    services.verifactu_sending.send()
    assert items(services) == [(number, "alta", "accepted", None)]
    assert len(aeat.consultas) == 1


def test_a_duplicate_of_another_record_needs_the_user(services: Services, aeat: LocalAeat) -> None:
    number = issue(services, add_client(services)).number
    row = services.verifactu.rows()[0]
    aeat.held[(row.issuer_nif, number, row.issue_date.strftime("%d-%m-%Y"))] = _held("F" * 64)
    services.verifactu_sending.send()
    ((_, _, state, _),) = items(services)
    assert state == "rejected"
    assert "huella distinta" in services.verifactu.status()["items"][0]["message"]


def test_a_rejected_alta_is_corrected_by_subsanacion_and_accepted(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    bad = {**CLIENT_ES, "tax_id": "B12345674"}
    cid = add_client(services, bad)
    number = issue(services, cid).number
    aeat.reject[number] = 4109  # e.g. the recipient's NIF is not in AEAT's census
    services.verifactu_sending.send()
    services.clients.update(dataclasses.replace(services.clients.get(cid), tax_id="A58818501"))
    services.verifactu.resubmit(number)
    clock.advance(60)  # AEAT's wait
    services.verifactu_sending.send()
    assert items(services) == [(number, "alta", "rejected", 4109), (number, "subsanacion", "accepted", None)]
    correction = etree.fromstring(aeat.requests[1]).find(".//sf:RegistroAlta", NS)
    assert correction.find("sf:Subsanacion", NS).text == "S"
    assert correction.find("sf:RechazoPrevio", NS).text == "S"
    assert correction.find("sf:Destinatarios/sf:IDDestinatario/sf:NIF", NS).text == "A58818501"
    assert services.verifactu.verify().intact


def test_accepted_with_errors_is_corrected_without_rechazo_previo(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    number = issue(services, add_client(services)).number
    aeat.with_errors[number] = 1100
    services.verifactu_sending.send()
    services.verifactu.resubmit(number)
    clock.advance(60)  # AEAT's wait
    services.verifactu_sending.send()
    correction = etree.fromstring(aeat.requests[1]).find(".//sf:RegistroAlta", NS)
    assert (
        correction.find("sf:Subsanacion", NS).text == "S" and correction.find("sf:RechazoPrevio", NS) is None
    )
    assert [i[2] for i in items(services)] == ["accepted_with_errors", "accepted"]


def test_an_accepted_record_cannot_be_resubmitted(services: Services) -> None:
    from facturas_app.domain.errors import ValidationFailed

    number = issue(services, add_client(services)).number
    services.verifactu_sending.send()
    with pytest.raises(ValidationFailed) as refused:
        services.verifactu.resubmit(number)
    assert refused.value.problems[0].code == "verifactu_nothing_to_correct"
    assert len(services.verifactu.rows()) == 1


def test_cancelling_an_invoice_whose_alta_was_rejected_says_so(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    number = issue(services, add_client(services)).number
    aeat.reject[number] = 1105
    services.verifactu_sending.send()
    services.invoices.cancel(number, "emitida por error")
    clock.advance(60)  # AEAT's wait
    services.verifactu_sending.send()
    cancellation = etree.fromstring(aeat.requests[1]).find(".//sf:RegistroAnulacion", NS)
    assert cancellation.find("sf:RechazoPrevio", NS).text == "S"
    assert items(services) == [(number, "alta", "rejected", 1105), (number, "anulacion", "accepted", None)]


def test_cancelling_an_accepted_invoice_is_accepted(
    services: Services, aeat: LocalAeat, clock: MovingClock
) -> None:
    number = issue(services, add_client(services)).number
    services.verifactu_sending.send()
    services.invoices.cancel(number, "emitida por error")
    clock.advance(60)  # AEAT's wait
    services.verifactu_sending.send()
    assert etree.fromstring(aeat.requests[1]).find(".//sf:RegistroAnulacion/sf:RechazoPrevio", NS) is None
    assert [i[2] for i in items(services)] == ["accepted", "accepted"]


def test_send_if_due_never_raises_and_leaves_records_pending(services: Services, tmp_path: Path) -> None:
    issue(services, add_client(services))
    services.verifactu_sending.configure("test", "http://127.0.0.1:9/unreachable")
    assert services.verifactu_sending.send_if_due(timeout=2) is not None
    assert items(services)[0][2] == "pending"


def _held(huella: str):  # type: ignore[no-untyped-def]
    from tests.services.verifactu.aeat_server import Held

    return Held(huella, "Correcto")
