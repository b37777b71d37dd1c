"""Business profile, settings, clients and products."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from sqlalchemy import and_, false, func, insert, select, true, update
from sqlalchemy.engine import Connection

from facturas_app.domain.parties import Business, Client, Product
from facturas_app.storage.sqlite import mappers
from facturas_app.storage.sqlite.dialect import upsert
from facturas_app.storage.sqlite.search_sql import like_pattern
from facturas_app.storage.sqlite.tables import BusinessRow, ClientRow, ProductRow, SettingRow

business_t = BusinessRow.__table__  # type: ignore[attr-defined]
settings_t = SettingRow.__table__  # type: ignore[attr-defined]
clients_t = ClientRow.__table__  # type: ignore[attr-defined]
products_t = ProductRow.__table__  # type: ignore[attr-defined]


class PartiesRepo:
    conn: Connection
    settings_read: dict[str, Any]  # key → stored value (None: no row), this transaction's

    def get_business(self) -> Business | None:
        row = self.conn.execute(select(business_t)).first()
        return mappers.business_from_row(BusinessRow(**row._mapping)) if row else None

    def save_business(self, business: Business) -> None:
        values = mappers.business_to_row(business)
        stmt = upsert(self.conn, business_t).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"], set_={k: stmt.excluded[k] for k in values if k != "id"}
        )
        self.conn.execute(stmt)

    def get_setting(self, key: str, default: Any = None) -> Any:
        # Read once per transaction (a bank import's payments each consult the receipt and mail
        # settings): only set_setting writes them in a transaction of ours, and it forgets the key.
        if key not in self.settings_read:
            stmt = select(settings_t.c.value).where(settings_t.c.key == key)
            self.settings_read[key] = self.conn.execute(stmt).scalar()
        value = copy.deepcopy(self.settings_read[key])  # a caller may change the dict it gets
        return default if value is None else value

    def set_setting(self, key: str, value: Any) -> None:
        self.settings_read.pop(key, None)
        stmt = upsert(self.conn, settings_t).values(key=key, value=value)
        self.conn.execute(
            stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value})
        )

    def add_client(self, client: Client, created_at: dt.datetime) -> None:
        self.conn.execute(insert(clients_t).values(**mappers.client_to_row(client), created_at=created_at))

    def update_client(self, client: Client) -> None:
        values = mappers.client_to_row(client)
        self.conn.execute(update(clients_t).where(clients_t.c.id == client.id).values(**values))

    def get_client(self, client_id: str) -> Client | None:
        row = self.conn.execute(select(clients_t).where(clients_t.c.id == client_id)).first()
        return mappers.client_from_row(ClientRow(**row._mapping)) if row else None

    def find_client_by_tax_id(self, tax_id: str) -> Client | None:
        row = self.conn.execute(select(clients_t).where(clients_t.c.tax_id == tax_id).limit(1)).first()
        return mappers.client_from_row(ClientRow(**row._mapping)) if row else None

    def _client_filter(self, text: str, include_archived: bool = True) -> Any:
        conditions = [] if include_archived else [clients_t.c.archived == false()]  # migration 0018
        if text.strip():
            conditions.append(clients_t.c.search_text.like(like_pattern(text), escape="\\"))
        return and_(*conditions) if conditions else None

    def list_clients(
        self, text: str = "", limit: int | None = None, offset: int = 0, include_archived: bool = True
    ) -> list[Client]:
        # Folded as the search is: "Álvarez" among the A's (migration 0025; Ñ sorts as N).
        stmt = select(clients_t).order_by(clients_t.c.name_sort, clients_t.c.name, clients_t.c.id)
        where = self._client_filter(text, include_archived)
        if where is not None:
            stmt = stmt.where(where)
        stmt = stmt.limit(limit).offset(offset) if limit is not None else stmt
        return [mappers.client_from_row(ClientRow(**r._mapping)) for r in self.conn.execute(stmt)]

    def count_clients(self, text: str = "", include_archived: bool = True) -> int:
        stmt = select(func.count()).select_from(clients_t)
        where = self._client_filter(text, include_archived)
        return int(self.conn.execute(stmt.where(where) if where is not None else stmt).scalar() or 0)

    def add_product(self, product: Product, created_at: dt.datetime) -> None:
        self.conn.execute(insert(products_t).values(**mappers.product_to_row(product), created_at=created_at))

    def update_product(self, product: Product) -> None:
        values = mappers.product_to_row(product)
        self.conn.execute(update(products_t).where(products_t.c.id == product.id).values(**values))

    def get_product(self, product_id: str) -> Product | None:
        row = self.conn.execute(select(products_t).where(products_t.c.id == product_id)).first()
        return mappers.product_from_row(ProductRow(**row._mapping)) if row else None

    def list_products(
        self, text: str = "", limit: int | None = None, include_archived: bool = True
    ) -> list[Product]:
        order = (products_t.c.name_sort, products_t.c.name, products_t.c.id)  # folded, as clients
        stmt = select(products_t).order_by(*order)
        if not include_archived:
            stmt = stmt.where(products_t.c.active == true())
        if text.strip():  # name and code, folded (mappers.product_to_row)
            stmt = stmt.where(products_t.c.search_text.like(like_pattern(text), escape="\\"))
        if limit is not None:
            stmt = stmt.limit(limit)
        return [mappers.product_from_row(ProductRow(**r._mapping)) for r in self.conn.execute(stmt)]
