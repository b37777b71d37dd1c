"""The feedback loop: ratings 1–5 with a comment, per client and over time, and (optionally) asking.

Asking is a setting, OFF by default. When on, either the payment receipt carries the question
(`receipt_block`, for the receipts service to append) or a separate email goes some days after the
invoice is fully paid (`send_due_requests`, run by the scheduler; `remind` never sends it). The
question offers one-click ratings as `mailto:` links that pre-fill a reply to the business
("Valoración: 4 — factura F-2026-0012") with room for a comment. Each invoice is asked once ever
(UNIQUE(invoice_id) in feedback_requests, claimed in the transaction that queues the email).
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import quote

from facturas_app.domain.errors import FacturasError, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Event, Store
from facturas_app.storage.api_sales import FEEDBACK_SOURCES, Feedback, RatingSum

SETTINGS_KEY = "feedback"
CHANNELS = ("email", "receipt")
MAX_COMMENT = 2000
# Turning the setting on must not ask about years of old invoices: only recent payments count.
LOOKBACK_DAYS = 60
_SUBJECT = {"es": "Valoración: {rating} — factura {number}", "en": "Rating: {rating} — invoice {number}"}
_COMMENT = {"es": "Comentario (opcional): ", "en": "Comment (optional): "}
_STARS = {1: "★☆☆☆☆", 2: "★★☆☆☆", 3: "★★★☆☆", 4: "★★★★☆", 5: "★★★★★"}


@dataclass(frozen=True)
class FeedbackSettings:
    enabled: bool = False
    channel: str = "email"  # email: a separate message N days after payment; receipt: inside it
    days_after_payment: int = 3

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "channel": self.channel,
            "days_after_payment": self.days_after_payment,
        }


@dataclass(frozen=True)
class Average:
    key: str
    label: str
    count: int
    average: Decimal  # one decimal, half up


def parse_rating(value: Any) -> int:
    """1–5 as an integer (or its digits); anything else is bad input."""
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not text.isdigit() or not 1 <= int(text) <= 5:
        raise ValidationFailed([Problem("rating", "invalid_rating", {"value": str(value)})])
    return int(text)


def rating_links(reply_to: str, number: str, lang: str) -> list[tuple[int, str]]:
    """One mailto: per rating, pre-filling a reply to the business with the rating and the invoice."""
    links = []
    for rating in range(1, 6):
        subject = _SUBJECT.get(lang, _SUBJECT["es"]).format(rating=rating, number=number)
        body = f"{subject}\n\n{_COMMENT.get(lang, _COMMENT['es'])}\n"
        links.append(
            (rating, f"mailto:{quote(reply_to, safe='@')}?subject={quote(subject)}&body={quote(body)}")
        )
    return links


def rating_links_text(reply_to: str, number: str, lang: str) -> str:
    return "\n".join(
        f"{_STARS[rating]} {rating}: {url}" for rating, url in rating_links(reply_to, number, lang)
    )


def _average(row: RatingSum) -> Average:
    value = (Decimal(row.total) / Decimal(row.count)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return Average(row.key, row.label, row.count, value)


class FeedbackService:
    def __init__(self, store: Store, clock: Clock, outbox: Any = None) -> None:
        self.store = store
        self.clock = clock
        self.outbox = outbox

    # ----- recording ----------------------------------------------------------------------------
    def add(
        self,
        client_id: str,
        rating: Any,
        comment: str = "",
        invoice: str | None = None,
        given_on: dt.date | None = None,
        source: str = "manual",
    ) -> Feedback:
        value = parse_rating(rating)
        given_on = given_on or self.clock.today()
        problems = self._problems(comment, given_on, source)
        if problems:
            raise ValidationFailed(problems)
        now = self.clock.now()
        with self.store.write() as tx:
            client = tx.get_client(client_id)
            if client is None:
                raise NotFound("client_not_found", id=client_id)
            invoice_id = self._invoice_id(tx, invoice, client_id) if invoice else None
            feedback = Feedback(
                new_id(), client_id, value, given_on, now, comment.strip(), invoice_id, source
            )
            tx.add_feedback(feedback)
            tx.add_event(
                Event(
                    new_id(),
                    "feedback_recorded",
                    now,
                    client_id,
                    invoice_id,
                    comment.strip(),
                    {"rating": value, "date": given_on.isoformat(), "feedback_id": feedback.id},
                )
            )
        return self.get(feedback.id)

    def _problems(self, comment: str, given_on: dt.date, source: str) -> builtins.list[Problem]:
        problems = []
        if len(comment) > MAX_COMMENT:
            problems.append(Problem("comment", "too_long", {"max": MAX_COMMENT}))
        if given_on > self.clock.today():
            problems.append(Problem("date", "date_in_future", {"value": given_on.isoformat()}))
        if source not in FEEDBACK_SOURCES:
            problems.append(Problem("source", "invalid_choice", {"value": source}))
        return problems

    @staticmethod
    def _invoice_id(tx: Any, key: str, client_id: str) -> str:
        invoice = tx.get_invoice(key) or tx.get_invoice_by_number(key)
        if invoice is None:
            raise NotFound("invoice_not_found", id=key)
        if invoice.client_id != client_id:
            raise ValidationFailed([Problem("invoice", "invoice_of_another_client", {"value": key})])
        return str(invoice.id)

    # ----- reading ------------------------------------------------------------------------------
    def get(self, feedback_id: str) -> Feedback:
        for item in self.list():
            if item.id == feedback_id:
                return item
        raise NotFound("not_found", id=feedback_id)

    def list(self, client_id: str | None = None) -> builtins.list[Feedback]:
        with self.store.read() as tx:
            return tx.list_feedback(client_id)

    def averages_by_client(self) -> builtins.list[Average]:
        with self.store.read() as tx:
            return [_average(r) for r in tx.feedback_by_client()]

    def averages_by_month(self) -> builtins.list[Average]:
        with self.store.read() as tx:
            return [_average(r) for r in tx.feedback_by_month()]

    def overall(self) -> Average | None:
        rows = self.averages_by_month()
        count = sum(r.count for r in rows)
        if not count:
            return None
        with self.store.read() as tx:
            total = sum(r.total for r in tx.feedback_by_month())
        return _average(RatingSum("all", "all", count, total))

    # ----- settings -----------------------------------------------------------------------------
    def settings(self) -> FeedbackSettings:
        with self.store.read() as tx:
            values = tx.get_setting(SETTINGS_KEY, None)
        if not isinstance(values, dict):
            return FeedbackSettings()
        return FeedbackSettings(
            bool(values.get("enabled", False)),
            str(values.get("channel", "email")),
            int(values.get("days_after_payment", 3)),
        )

    def save_settings(self, settings: FeedbackSettings) -> None:
        problems = []
        if settings.channel not in CHANNELS:
            problems.append(Problem("channel", "invalid_choice", {"value": settings.channel}))
        if not 0 <= settings.days_after_payment <= 90:
            problems.append(Problem("days_after_payment", "out_of_range", {"min": 0, "max": 90}))
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            tx.set_setting(SETTINGS_KEY, settings.to_json())

    # ----- asking -------------------------------------------------------------------------------
    def _reply_address(self) -> str:
        settings = self.outbox.mail_config.require_settings() if self.outbox else None
        if settings is not None and (settings.reply_to or settings.from_address):
            return str(settings.reply_to or settings.from_address)
        with self.store.read() as tx:
            business = tx.get_business()
        return business.email if business else ""

    def receipt_block(self, number: str, lang: str) -> str:
        """The question for the payment receipt's body ('' unless the setting asks inside receipts).

        The receipts service appends it and then calls `record_receipt_request` in its transaction."""
        settings = self.settings()
        if not (settings.enabled and settings.channel == "receipt"):
            return ""
        intro = (
            "¿Qué tal ha ido? Valore el trabajo con un clic (se abrirá una respuesta para comentar):"
            if lang != "en"
            else "How did it go? Rate the work with one click (a reply opens for comments):"
        )
        return intro + "\n" + rating_links_text(self._reply_address(), number, lang)

    @staticmethod
    def record_receipt_request(tx: Any, invoice_id: str, outbox_id: str, at: dt.datetime) -> bool:
        return bool(tx.claim_feedback_request(new_id(), invoice_id, outbox_id, "receipt", at))

    def send_due_requests(self) -> builtins.list[dict[str, Any]]:
        """Queue and deliver the separate request for invoices paid `days_after_payment` days ago."""
        settings = self.settings()
        if not (settings.enabled and settings.channel == "email") or self.outbox is None:
            return []
        from facturas_app.services.queued_mail import outbox_entry

        today = self.clock.today()
        cutoff = today - dt.timedelta(days=settings.days_after_payment)
        with self.store.read() as tx:
            candidates = tx.feedback_candidates(cutoff, cutoff - dt.timedelta(days=LOOKBACK_DAYS))
        results: builtins.list[dict[str, Any]] = []
        queued: builtins.list[str] = []
        reply_to = self._reply_address()
        for candidate in candidates:
            result: dict[str, Any] = {
                "number": candidate.number,
                "client_id": candidate.client_id,
                "sent": False,
            }
            try:
                lang = self._client_lang(candidate.client_id)
                values = {"rating_links": rating_links_text(reply_to, candidate.number, lang)}
                mail = self.outbox.compose_invoice_mail(
                    candidate.invoice_id, kind="feedback", values=values, attach_pdf=False
                )
            except FacturasError as exc:  # e.g. the client has no email: ask nobody, try next time
                result["error"] = exc.code
                results.append(result)
                continue
            entry = outbox_entry(
                "feedback",
                mail.composition,
                self.outbox.mail_config.require_settings(),
                self.clock,
                invoice_id=candidate.invoice_id,
                client_id=candidate.client_id,
            )
            with self.store.write() as tx:
                if not tx.claim_feedback_request(
                    new_id(), candidate.invoice_id, entry.id, "email", self.clock.now()
                ):
                    continue  # another process asked a moment ago
                tx.add_outbox(entry)
            result["outbox_id"] = entry.id
            queued.append(entry.id)
            results.append(result)
        states = {e.id: e.state for e in self.outbox.deliver(queued)} if queued else {}
        for result in results:
            result["sent"] = states.get(result.get("outbox_id", ""), "") == "sent"
        return results

    def _client_lang(self, client_id: str) -> str:
        with self.store.read() as tx:
            client = tx.get_client(client_id)
        return client.language if client and client.language in ("es", "en") else "es"


def feedback_json(item: Feedback) -> dict[str, Any]:
    """Exactly CLI.md's keys: id, client_id, rating (1–5), comment, date, invoice (its number or null)."""
    return {
        "id": item.id,
        "client_id": item.client_id,
        "rating": item.rating,
        "comment": item.comment,
        "date": item.given_on.isoformat(),
        "invoice": item.invoice_number,
    }
