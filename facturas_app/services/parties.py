"""Business profile, clients and the product catalogue."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from facturas_app.domain.errors import NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import (
    Business,
    Client,
    Product,
    business_problems,
    client_problems,
    product_problems,
)
from facturas_app.domain.taxes import tax_table
from facturas_app.services import inputs
from facturas_app.services.logo import prepared_logo
from facturas_app.services.ports import Clock
from facturas_app.storage.api import Store


class BusinessService:
    def __init__(self, store: Store, clock: Clock, logo_folder: Path | None = None) -> None:
        self.store = store
        self.clock = clock
        self.logo_folder = logo_folder  # where a large logo's scaled copy goes (services/logo.py)

    def get(self) -> Business | None:
        with self.store.read() as tx:
            return tx.get_business()

    def require(self) -> Business:
        business = self.get()
        if business is None:
            raise NotFound("business_not_configured")
        return business

    def save(self, business: Business) -> Business:
        problems = business_problems(business)
        table = tax_table(business.country)
        if table is not None and not table.knows_vat_rate(business.default_vat_rate):
            problems.append(
                Problem(
                    "default_vat_rate",
                    "unknown_vat_rate",
                    {"value": str(business.default_vat_rate), "country": table.country},
                )
            )
        if problems:
            raise ValidationFailed(problems)
        if self.logo_folder is not None:
            business = replace(business, logo_path=prepared_logo(business.logo_path, self.logo_folder))
        with self.store.write() as tx:
            tx.save_business(business)
        return business

    def save_payload(self, payload: Any) -> Business:
        return self.save(inputs.parse_business(payload))

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self.store.read() as tx:
            return tx.get_setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        with self.store.write() as tx:
            tx.set_setting(key, value)


class ClientService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def add(self, client: Client) -> Client:
        problems = client_problems(client)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            tx.add_client(client, self.clock.now())
        return client

    def add_payload(self, payload: Any) -> Client:
        return self.add(inputs.parse_client(payload, new_id()))

    def update(self, client: Client) -> Client:
        problems = client_problems(client)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            if tx.get_client(client.id) is None:
                raise NotFound("client_not_found", id=client.id)
            tx.update_client(client)
        return client

    def get(self, client_id: str) -> Client:
        with self.store.read() as tx:
            client = tx.get_client(client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        return client

    def list(self, text: str = "", limit: int | None = None, offset: int = 0) -> list[Client]:
        with self.store.read() as tx:
            return tx.list_clients(text, limit, offset)

    def count(self, text: str = "") -> int:
        with self.store.read() as tx:
            return tx.count_clients(text)

    def set_reminders_paused(self, client_id: str, paused: bool) -> Client:
        return self.update(replace(self.get(client_id), reminders_paused=paused))


class ProductService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def save(self, product: Product) -> Product:
        problems = product_problems(product)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            if tx.get_product(product.id) is None:
                tx.add_product(product, self.clock.now())
            else:
                tx.update_product(product)
        return product

    def list(self, text: str = "", limit: int | None = None) -> list[Product]:
        with self.store.read() as tx:
            return tx.list_products(text, limit)

    def get(self, product_id: str) -> Product:
        with self.store.read() as tx:
            product = tx.get_product(product_id)
        if product is None:
            raise NotFound("product_not_found", id=product_id)
        return product
