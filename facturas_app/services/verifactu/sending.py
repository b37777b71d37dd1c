"""Sending pending VERI*FACTU records: chain order, AEAT's wait (counted from its last answer),
the 240 s incidencia, and each record's answer stored. Records a send left without an answer
(timeout) or that AEAT called duplicates are settled by asking AEAT (resolve.py) before anything
else goes. The network calls happen outside any database transaction."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from facturas_app.domain import verifactu as vf
from facturas_app.services.ports import Clock
from facturas_app.services.verifactu.resolve import Loaded, load, resolve_in_doubt, state_of_line
from facturas_app.services.verifactu.settings import (
    LATE_AFTER_SECONDS,
    SETTING_LAST_FAILED,
    SETTING_LAST_SENT,
    SETTING_LATE_AFTER,
    SETTING_WAIT,
)
from facturas_app.storage.api import Store, VerifactuSubmission

if TYPE_CHECKING:
    from facturas_app.services.verifactu.soap import SendPolicy, SendReport, VerifactuClient

Sleep = Callable[[float], None]


class Sender:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def send(self, client: VerifactuClient, sleep: Sleep = time.sleep, wait: bool = True) -> SendReport:
        """Settle records in doubt, then send what is pending in chain order. `wait`: sleep as
        AEAT asks and go on until nothing is pending; otherwise send only what the wait allows
        now (one request per issuer at most) and leave the rest for later."""
        from facturas_app.services.verifactu.soap import SendReport

        total = SendReport()
        if not resolve_in_doubt(self.store, self.clock, client, total):
            return total  # AEAT could not be asked: nothing later may overtake those records
        loaded = load(self._rows("pending"))
        policy = self._load_policy()
        if not wait and policy.seconds_to_wait(self.clock.now(), len(loaded)) > 0:
            total.remaining = [item.stored.record for item in loaded]
            return total
        self._send_chains(client, loaded, policy, total, sleep, wait)  # no wait: the check above
        if total.duplicates:
            resolve_in_doubt(self.store, self.clock, client, total)
        return total

    def seconds_to_wait(self) -> float:
        with self.store.read() as tx:
            pending = len(tx.list_verifactu_records(state="pending"))
        # With nothing pending this still tells when the next send may go (what `wait_s` shows).
        return self._load_policy().seconds_to_wait(self.clock.now(), pending)

    def _rows(self, state: str) -> Any:
        with self.store.read() as tx:
            return tx.list_verifactu_records(state=state)

    def _send_chains(
        self, client: VerifactuClient, loaded: list[Loaded], policy: SendPolicy, total: SendReport,
        sleep: Sleep, wait: bool,
    ) -> None:  # fmt: skip
        from facturas_app.services.verifactu.soap import send_pending

        by_record = {id(item.stored.record): item for item in loaded}
        late = self._late_rule(by_record)
        policy.group_key = late  # late and on-time records never share a document
        for _nif, group in itertools.groupby(loaded, key=lambda x: x.row.issuer_nif):
            items = list(group)

            def submit(batch: Sequence[vf.ChainRecord], items: list[Loaded] = items) -> Any:
                taxpayer, software = _header(by_record[id(batch[0])], items)
                return client.submit(batch, taxpayer, software, incident=late(batch[0]))

            report = send_pending(
                [i.stored.record for i in items], submit=submit, policy=policy, clock=self.clock,
                sleep=sleep, max_batches=None if wait else 1,
            )  # fmt: skip
            _merge(total, report)
            self._save_send(report, by_record, policy)
            if report.error:
                total.remaining += [i.stored.record for i in loaded[loaded.index(items[-1]) + 1 :]]
                break

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

    def _load_policy(self) -> SendPolicy:
        from facturas_app.services.verifactu.soap import SendPolicy

        with self.store.read() as tx:
            last = tx.get_setting(SETTING_LAST_SENT)
            wait = tx.get_setting(SETTING_WAIT)
        policy = SendPolicy()
        if last:
            policy.last_sent_at = dt.datetime.fromisoformat(last)
        if wait is not None:
            policy.wait_seconds = int(wait)
        return policy

    def _save_send(self, report: SendReport, by_record: dict[int, Loaded], policy: SendPolicy) -> None:
        now = self.clock.now()
        csv_by_key = {line.key: result.csv or "" for result in report.results for line in result.lines}
        from facturas_app.services.verifactu.soap import record_key

        with self.store.write() as tx:
            for record, line in report.delivered + report.rejected + report.duplicates:
                row = by_record[id(record)].row
                previous = row.submission or VerifactuSubmission(row.id)
                tx.save_verifactu_submission(replace(
                    previous, state=state_of_line(line), aeat_status=line.status, error_code=line.error_code,
                    error_description=line.error_description, csv=csv_by_key.get(record_key(record), ""),
                    attempts=previous.attempts + 1, last_attempt_at=now,
                ))  # fmt: skip
            for record in report.in_doubt if report.error else []:
                row = by_record[id(record)].row
                previous = row.submission or VerifactuSubmission(row.id)
                tx.save_verifactu_submission(
                    replace(previous, state="in_doubt", attempts=previous.attempts + 1, last_attempt_at=now)
                )
            self._save_policy(tx, report, policy, now)

    @staticmethod
    def _save_policy(tx: Any, report: SendReport, policy: SendPolicy, now: dt.datetime) -> None:
        if policy.last_sent_at is not None:
            tx.set_setting(SETTING_LAST_SENT, policy.last_sent_at.isoformat())
        if report.error is not None:
            tx.set_setting(SETTING_LAST_FAILED, now.isoformat())
        tx.set_setting(SETTING_WAIT, policy.wait_seconds)


def _merge(total: SendReport, report: SendReport) -> None:
    total.delivered += report.delivered
    total.rejected += report.rejected
    total.duplicates += report.duplicates
    total.remaining += report.remaining
    total.in_doubt += report.in_doubt
    total.results += report.results
    total.error = total.error or report.error


def _header(first: Loaded, items: list[Loaded]) -> tuple[Any, Any]:
    from facturas_app.services.verifactu.xml import SoftwareInfo, Taxpayer

    return Taxpayer(items[-1].stored.taxpayer_name, first.row.issuer_nif), SoftwareInfo(
        **first.stored.software.__dict__
    )
