"""The send queue (send_pending, SendPolicy) over the SOAP client and a scripted local AEAT
(scripted_aeat.py): records without an answer stay pending, AEAT's wait time between batches, the
policy's arithmetic, and a failed send that keeps what came before."""
# ruff: noqa: F811 - the aeat fixture imported from scripted_aeat is redefined as a parameter

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from facturas_app.domain.verifactu import ChainRecord
from facturas_app.services.verifactu.soap import SendPolicy, SubmissionResult, VerifactuFault, send_pending
from tests.services.verifactu.scripted_aeat import (
    FAULT,
    T0,
    FakeAeat,
    FakeClock,
    aeat,  # noqa: F401 - fixture
    chain,
    ok,
    send_all,
    sent_ids,
    submitter,
)


def test_records_without_an_answer_line_stay_pending(aeat: FakeAeat) -> None:
    aeat.script = [ok(lines=False)]
    records = chain(3)
    report = send_all(aeat, records, SendPolicy(batch_size=2))
    assert report.remaining == records
    assert len(aeat.requests) == 1  # no retry loop against a server that refuses the header


def test_wait_time_from_each_answer_is_honoured(aeat: FakeAeat) -> None:
    aeat.script = [ok(wait=120), ok(wait=30), ok(wait=30)]
    clock = FakeClock()
    sent_at: list[dt.datetime] = []
    send = submitter(aeat)

    def timed(batch: Sequence[ChainRecord]) -> SubmissionResult:
        sent_at.append(clock.now())
        return send(batch)

    records = chain(5)
    report = send_pending(
        records, submit=timed, policy=SendPolicy(batch_size=2), clock=clock, sleep=clock.sleep
    )
    assert clock.sleeps == [120.0, 30.0]
    assert [len(sent_ids(request)) for request in aeat.requests] == [2, 2, 1]
    assert sent_at == [T0, T0 + dt.timedelta(seconds=120), T0 + dt.timedelta(seconds=150)]
    assert [r for r, _ in report.delivered] == records


def test_policy_waits_from_the_last_send_unless_a_full_batch_is_waiting() -> None:
    policy = SendPolicy()
    assert policy.seconds_to_wait(T0, 5) == 0  # nothing sent yet
    policy.record_sent(T0)
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=20), 5) == 40  # AEAT's initial 60 s
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=20), 1000) == 0
    assert policy.seconds_to_wait(T0 + dt.timedelta(seconds=90), 5) == 0
    assert len(policy.next_batch(chain(1) * 1500)) == 1000
    with pytest.raises(ValueError):
        SendPolicy(batch_size=1001)


def test_a_failed_send_keeps_earlier_results_and_counts_for_the_wait(aeat: FakeAeat) -> None:
    aeat.script = [ok(wait=10), lambda request: (500, FAULT)]
    clock = FakeClock()
    policy = SendPolicy(batch_size=2)
    records = chain(4)
    report = send_pending(records, submit=submitter(aeat), policy=policy, clock=clock, sleep=clock.sleep)
    assert [r for r, _ in report.delivered] == records[:2]
    assert report.remaining == records[2:]
    assert isinstance(report.error, VerifactuFault)
    assert policy.last_sent_at == T0 + dt.timedelta(seconds=10)
