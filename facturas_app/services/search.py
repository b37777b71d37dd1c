"""One search over everything a user looks for (#18): clients, invoices, quotes and products, by
the same text and the same folding each list uses (case and accents ignored, in SQL). Behind the
window's Ctrl+K box and `facturas search`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from facturas_app.domain.invoice import DocType
from facturas_app.services.ports import Clock
from facturas_app.storage.api import InvoiceQuery, Store

KINDS = ("client", "invoice", "quote", "product")
PER_KIND = 6  # a glance, not a list: the views hold the full lists


@dataclass(frozen=True)
class SearchHit:
    kind: str  # one of KINDS
    id: str
    title: str  # the client's or product's name, the document's number (or "borrador")
    detail: str  # tax id, client name, price…
    on: dt.date | None = None
    amount: Decimal | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "detail": self.detail,
            "date": self.on.isoformat() if self.on else None,
            "amount": str(self.amount) if self.amount is not None else None,
        }


class SearchService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def everything(self, text: str, per_kind: int = PER_KIND) -> list[SearchHit]:
        """Up to `per_kind` hits of each kind, in KINDS order; nothing for blank text."""
        text = text.strip()
        if not text:
            return []
        with self.store.read() as tx:
            return [
                *self._clients(tx, text, per_kind),
                *self._documents(tx, text, per_kind, DocType.INVOICE, "invoice"),
                *self._documents(tx, text, per_kind, DocType.QUOTE, "quote"),
                *self._products(tx, text, per_kind),
            ]

    @staticmethod
    def _clients(tx: Any, text: str, limit: int) -> list[SearchHit]:
        return [SearchHit("client", c.id, c.name, c.tax_id or "") for c in tx.list_clients(text, limit)]

    @staticmethod
    def _products(tx: Any, text: str, limit: int) -> list[SearchHit]:
        return [
            SearchHit("product", p.id, p.name, p.description or "", amount=p.unit_price)
            for p in tx.list_products(text, limit)
        ]

    def _documents(self, tx: Any, text: str, limit: int, doc_type: DocType, kind: str) -> list[SearchHit]:
        query = InvoiceQuery(today=self.clock.today(), doc_type=doc_type, text=text, limit=limit)
        return [
            SearchHit(kind, row.id, row.number or "", row.client_name, row.issue_date, row.total)
            for row in tx.list_invoices(query)
        ]
