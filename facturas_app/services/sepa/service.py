"""Mandates per client, remittances of direct debits, and returned debits (issue #19 part 3).

A remittance takes every issued, unpaid invoice paid by `direct_debit` whose client has a mandate
of the remittance's scheme and that is in no live remittance. The file is written inside the
write transaction that records it, so a file that could not be written records nothing, and the
database's partial UNIQUE index refuses an invoice a concurrent remittance took meanwhile.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from facturas_app.domain import sepa
from facturas_app.domain.errors import NotFound, Problem, ValidationFailed
from facturas_app.domain.parties import Business
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, write_bytes
from facturas_app.services.ports import Clock
from facturas_app.services.sepa import pain008
from facturas_app.storage.api import Store, Transaction
from facturas_app.storage.api_sepa import DebitCandidate, Remittance, RemittanceItem


@dataclass(frozen=True)
class Excluded:
    number: str
    client_name: str
    reason: str  # a message code: sepa_no_mandate, sepa_other_scheme

    def to_json(self, message: str) -> dict[str, str]:
        return {"number": self.number, "reason": self.reason, "message": message}


@dataclass(frozen=True)
class RemittancePlan:
    collection_date: dt.date
    scheme: str
    included: list[pain008.Debit]
    excluded: list[Excluded]
    problems: list[Problem] = field(default_factory=list)  # the creditor's and the date's, if any

    @property
    def total(self) -> Decimal:
        return sum((d.amount for d in self.included), Decimal("0.00"))


@dataclass(frozen=True)
class RemittanceResult:
    remittance: Remittance
    path: Path
    excluded: list[Excluded]


class SepaService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # ----- mandates ----------------------------------------------------------------------------
    def save_mandate(
        self, client_id: str, iban: str, mandate_id: str, signed_on: dt.date | None, scheme: str = "CORE"
    ) -> sepa.Mandate:
        mandate = sepa.Mandate(
            client_id, mandate_id.strip(), sepa.compact_iban(iban), signed_on, scheme.upper()
        )
        problems = sepa.mandate_problems(mandate, self.clock.today())
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            if tx.get_client(client_id) is None:
                raise NotFound("client_not_found", id=client_id)
            owner = tx.mandate_id_owner(mandate.mandate_id)
            if owner not in (None, client_id):
                raise ValidationFailed(
                    [Problem("mandate_id", "sepa_mandate_id_taken", {"value": mandate_id})]
                )
            mandate = self._keep_first_use(tx.get_mandate(client_id), mandate)
            tx.save_mandate(mandate, self.clock.now())
        return mandate

    @staticmethod
    def _keep_first_use(old: sepa.Mandate | None, new: sepa.Mandate) -> sepa.Mandate:
        """The same mandate edited (new IBAN, say) keeps its history; a new mandate starts FRST."""
        if old is not None and old.mandate_id == new.mandate_id:
            return replace(new, first_collection=old.first_collection)
        return new

    def get_mandate(self, client_id: str) -> sepa.Mandate | None:
        with self.store.read() as tx:
            return tx.get_mandate(client_id)

    # ----- remittances -------------------------------------------------------------------------
    def earliest_collection_date(self) -> dt.date:
        with self.store.read() as tx:
            business = tx.get_business()
        days = business.sepa_prenotice_days if business else sepa.DEFAULT_PRENOTICE_DAYS
        return sepa.earliest_collection(self.clock.today(), days)

    def plan(self, collection_date: dt.date, scheme: str = "CORE") -> RemittancePlan:
        """What a remittance on that date would hold, why the rest is left out, and what is wrong
        with the date (nothing is refused here: the window shows it)."""
        with self.store.read() as tx:
            plan = self._plan(tx, collection_date, scheme.upper())
            business = tx.get_business()
        days = business.sepa_prenotice_days if business else sepa.DEFAULT_PRENOTICE_DAYS
        problems = creditor_problems(business) + sepa.collection_date_problems(
            collection_date, self.clock.today(), days
        )
        return replace(plan, problems=problems)

    def _plan(self, tx: Transaction, collection_date: dt.date, scheme: str) -> RemittancePlan:
        candidates = tx.debit_candidates()
        mandates = tx.mandates_of(sorted({c.client_id for c in candidates}))
        included, excluded = [], []
        for candidate in candidates:
            mandate = mandates.get(candidate.client_id)
            reason = _exclusion(mandate, scheme)
            if reason or mandate is None:
                excluded.append(Excluded(candidate.number, candidate.client_name, reason))
            else:
                included.append(_debit(candidate, mandate))
        return RemittancePlan(collection_date, scheme, included, excluded)

    def create(
        self,
        collection_date: dt.date,
        target: Path,
        policy: OutputPolicy = ALLOW_OVERWRITE,
        scheme: str = "CORE",
    ) -> RemittanceResult:
        with self.store.write() as tx:
            business = _creditor(tx.get_business())
            _check_date(collection_date, self.clock.today(), business.sepa_prenotice_days)
            plan = self._plan(tx, collection_date, scheme.upper())
            if not plan.included:
                raise ValidationFailed([Problem("", "sepa_nothing_to_remit", {"count": len(plan.excluded)})])
            message_id, data = pain008.build(business, plan.scheme, collection_date, plan.included)
            remittance = self._record(tx, plan, message_id, target)
            path = write_bytes(target, data, policy)  # inside the transaction: no file, no record
        return RemittanceResult(remittance, path, plan.excluded)

    def _record(self, tx: Transaction, plan: RemittancePlan, message_id: str, target: Path) -> Remittance:
        remittance = Remittance(
            uuid.uuid4().hex, message_id, Path(target).name, plan.collection_date, plan.scheme,
            len(plan.included), plan.total, self.clock.now(),
        )  # fmt: skip
        tx.add_remittance(remittance, [_item(debit) for debit in plan.included])
        return remittance

    def list_remittances(self) -> list[Remittance]:
        with self.store.read() as tx:
            return tx.list_remittances()

    def remittance_items(self, remittance_id: str) -> list[RemittanceItem]:
        with self.store.read() as tx:
            return tx.remittance_items(remittance_id)

    def mark_returned(self, invoice_id: str, reason: str) -> RemittanceItem:
        """A returned debit (devolución): the invoice may go in a new remittance; the return is kept.
        The bank import (services/bank/) calls this when a statement shows the return."""
        with self.store.write() as tx:
            item = tx.mark_debit_returned(invoice_id, self.clock.now(), reason.strip())
        if item is None:
            raise NotFound("sepa_debit_not_found", id=invoice_id)
        return item


def _exclusion(mandate: sepa.Mandate | None, scheme: str) -> str:
    if mandate is None:
        return "sepa_no_mandate"
    if mandate.scheme != scheme:
        return "sepa_other_scheme"
    return ""


def _debit(candidate: DebitCandidate, mandate: sepa.Mandate) -> pain008.Debit:
    return pain008.Debit(
        candidate.invoice_id, candidate.number, candidate.client_name, candidate.outstanding, mandate,
        mandate.sequence_type,
    )  # fmt: skip


def _item(debit: pain008.Debit) -> RemittanceItem:
    return RemittanceItem(
        debit.invoice_id, debit.mandate.client_id, debit.mandate.mandate_id, debit.sequence_type,
        debit.amount, debit.end_to_end_id, debit.number,
    )  # fmt: skip


def _creditor(business: Business | None) -> Business:
    if business is None:
        raise NotFound("business_not_configured")
    problems = creditor_problems(business)
    if problems:
        raise ValidationFailed(problems)
    return business


def creditor_problems(business: Business | None) -> list[Problem]:
    """What keeps the business from collecting: a creditor identifier, an IBAN and a BIC."""
    if business is None:
        return [Problem("", "business_not_configured")]
    problems = sepa.creditor_id_problems(business.sepa_creditor_id, business.country)
    if not business.sepa_creditor_id:
        problems.append(Problem("sepa_creditor_id", "sepa_creditor_id_missing"))
    if not business.iban:
        problems.append(Problem("iban", "sepa_creditor_iban_missing"))
    elif not (business.bic or sepa.bic_of(business.iban)):
        problems.append(Problem("bic", "sepa_creditor_bic_missing"))
    return problems


def _check_date(day: dt.date, today: dt.date, prenotice_days: int) -> None:
    problems = sepa.collection_date_problems(day, today, prenotice_days)
    if problems:
        raise ValidationFailed(problems)
