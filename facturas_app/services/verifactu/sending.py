"""Sending pending VERI*FACTU records: chain order, AEAT's wait, the 240 s incidencia, and each
record's answer stored. The network call happens outside any database transaction."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from facturas_app.domain import verifactu as vf
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.service import Loaded, _decode_or_fail
from facturas_app.services.verifactu.settings import (
    LATE_AFTER_SECONDS,
    SETTING_LAST_FAILED,
    SETTING_LAST_SENT,
    SETTING_LATE_AFTER,
    SETTING_WAIT,
)
from facturas_app.storage.api import Store, VerifactuSubmission

if TYPE_CHECKING:
    from facturas_app.services.verifactu.soap import SendReport, VerifactuClient


class Sender:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def rows(self, state: str | None = None) -> Any:
        with self.store.read() as tx:
            return tx.list_verifactu_records(state=state)

    def send(self, client: VerifactuClient, sleep: Callable[[float], None] = time.sleep) -> SendReport:
        """Send pending records in chain order through SendPolicy/send_pending and store each
        record's answer. The network call happens outside any database transaction."""
        from facturas_app.services.verifactu.soap import SendPolicy, SendReport, send_pending

        loaded = [Loaded(row, _decode_or_fail(row)) for row in self.rows(state="pending")]
        policy = self._load_policy(SendPolicy)
        by_record = {id(item.stored.record): item for item in loaded}
        late = self._late_rule(by_record)
        policy.group_key = late  # late and on-time records never share a document
        total = SendReport()
        for _nif, group in itertools.groupby(loaded, key=lambda x: x.row.issuer_nif):
            items = list(group)

            def submit(batch: Sequence[vf.ChainRecord], items: list[Loaded] = items) -> Any:
                taxpayer, software = _header(by_record[id(batch[0])], items)
                return client.submit(batch, taxpayer, software, incident=late(batch[0]))

            report = send_pending(
                [i.stored.record for i in items], submit=submit, policy=policy, clock=self.clock, sleep=sleep
            )
            total.delivered += report.delivered
            total.rejected += report.rejected
            total.remaining += report.remaining
            total.results += report.results
            total.error = total.error or report.error
            if report.error:
                total.remaining += [i.stored.record for i in loaded[loaded.index(items[-1]) + 1 :]]
                break
        self._save_send(total, by_record, policy)
        return total

    def _late_rule(self, by_record: dict[int, Loaded]) -> Callable[[vf.ChainRecord], bool]:
        """Whether a pending record goes late (Incidencia=S), judged once, at the start of a send."""
        with self.store.read() as tx:
            window = int(tx.get_setting(SETTING_LATE_AFTER, LATE_AFTER_SECONDS))
            failed = tx.get_setting(SETTING_LAST_FAILED)
        now = self.clock.now()
        last_failed = dt.datetime.fromisoformat(failed) if failed else None

        def late(record: vf.ChainRecord) -> bool:
            row = by_record[id(record)].row
            if row.submission is not None and row.submission.attempts > 0:
                return True
            if last_failed is not None and record.generated_at <= last_failed:
                return True
            return (now - record.generated_at).total_seconds() > window

        return late

    def _load_policy(self, policy_type: Any) -> Any:
        with self.store.read() as tx:
            last = tx.get_setting(SETTING_LAST_SENT)
            wait = tx.get_setting(SETTING_WAIT)
        policy = policy_type()
        if last:
            policy.last_sent_at = dt.datetime.fromisoformat(last)
        if wait is not None:
            policy.wait_seconds = int(wait)
        return policy

    def _save_send(self, report: SendReport, by_record: dict[int, Loaded], policy: Any) -> None:
        now = self.clock.now()
        csv_by_key = {line.key: result.csv or "" for result in report.results for line in result.lines}
        from facturas_app.services.verifactu.soap import record_key

        with self.store.write() as tx:
            for outcome, pairs in (("accepted", report.delivered), ("rejected", report.rejected)):
                for record, line in pairs:
                    row = by_record[id(record)].row
                    previous = row.submission or VerifactuSubmission(row.id)
                    tx.save_verifactu_submission(replace(
                        previous, state=outcome, aeat_status=line.status, error_code=line.error_code,
                        error_description=line.error_description, csv=csv_by_key.get(record_key(record), ""),
                        attempts=previous.attempts + 1, last_attempt_at=now,
                    ))  # fmt: skip
            if policy.last_sent_at is not None:
                tx.set_setting(SETTING_LAST_SENT, policy.last_sent_at.isoformat())
            if report.error is not None:
                tx.set_setting(SETTING_LAST_FAILED, now.isoformat())
            tx.set_setting(SETTING_WAIT, policy.wait_seconds)


def _header(first: Loaded, items: list[Loaded]) -> tuple[Any, Any]:
    from facturas_app.services.verifactu.xml import SoftwareInfo, Taxpayer

    return Taxpayer(items[-1].stored.taxpayer_name, first.row.issuer_nif), SoftwareInfo(
        **first.stored.software.__dict__
    )


def _header(first: Loaded, items: list[Loaded]) -> tuple[Any, Any]:
    from facturas_app.services.verifactu.xml import SoftwareInfo, Taxpayer

    return Taxpayer(items[-1].stored.taxpayer_name, first.row.issuer_nif), SoftwareInfo(
        **first.stored.software.__dict__
    )
