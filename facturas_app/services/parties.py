"""Business profile, clients and the product catalogue."""

from __future__ import annotations

from dataclasses import asdict, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app.domain.errors import Conflict, NotFound, Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.parties import (
    Business,
    Client,
    Product,
    business_problems,
    client_problems,
    product_problems,
    tax_id_key,
)
from facturas_app.domain.taxes import tax_table
from facturas_app.services import inputs, irpf_method, party_inputs
from facturas_app.services.logo import prepared_logo
from facturas_app.services.ports import Clock
from facturas_app.services.sepa.business_fields import with_sepa_fields
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

    def save(self, business: Business, method: str | None = None) -> Business:
        """Checks and stores the profile, and the IRPF method when given (irpf_method.py)."""
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
            if method is not None:
                tx.set_setting(irpf_method.SETTING_KEY, method)
        return business

    def save_payload(self, payload: Any) -> Business:
        method = irpf_method.method_in(payload)
        return self.save(with_sepa_fields(payload, inputs.parse_business(payload)), method)

    def irpf_method(self) -> str:
        """ "simplified" (the default) or "normal": estimación directa of the Modelo 130."""
        with self.store.read() as tx:
            return irpf_method.stored_method(tx)

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
        return self.add(party_inputs.parse_client(payload, new_id()))

    def update(self, client: Client) -> Client:
        problems = client_problems(client)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            if tx.get_client(client.id) is None:
                raise NotFound("client_not_found", id=client.id)
            tx.update_client(client)
        return client

    def update_payload(self, client_id: str, payload: Any) -> Client:
        """CLI.md's `client update`: the keys given replace the stored ones, the rest stay."""
        stored = {k: v for k, v in asdict(self.get(client_id)).items() if k != "id"}
        return self.update(party_inputs.parse_client({**stored, **inputs.require_object(payload)}, client_id))

    def get(self, client_id: str) -> Client:
        with self.store.read() as tx:
            client = tx.get_client(client_id)
        if client is None:
            raise NotFound("client_not_found", id=client_id)
        return client

    def list(
        self, text: str = "", limit: int | None = None, offset: int = 0, include_archived: bool = False
    ) -> list[Client]:
        """Clients by name; archived ones only when asked for (pickers and lists hide them)."""
        with self.store.read() as tx:
            return tx.list_clients(text, limit, offset, include_archived)

    def count(self, text: str = "", include_archived: bool = False) -> int:
        with self.store.read() as tx:
            return tx.count_clients(text, include_archived)

    def set_reminders_paused(self, client_id: str, paused: bool) -> Client:
        return self.update(replace(self.get(client_id), reminders_paused=paused))

    def set_archived(self, client_id: str, archived: bool) -> Client:
        return self.update(replace(self.get(client_id), archived=archived))

    def deletable(self, client_id: str) -> bool:
        """True when nothing (document or history) refers to the client: `delete` would go ahead."""
        with self.store.read() as tx:
            return tx.client_reference_count(client_id) == 0

    def delete(self, client_id: str) -> None:
        """Only a client nothing refers to; one with documents or history is archived instead."""
        with self.store.write() as tx:
            client = tx.get_client(client_id)
            if client is None:
                raise NotFound("client_not_found", id=client_id)
            count = tx.client_reference_count(client_id)
            if count:
                raise Conflict("client_has_documents", name=client.name, id=client_id, count=count)
            tx.delete_client(client_id)

    def same_tax_id(self, client: Client) -> list[Client]:
        """Other clients (archived too) holding this client's tax id, however it was written."""
        key = tax_id_key(client.tax_id, client.country)
        if not key:
            return []
        with self.store.read() as tx:
            return tx.clients_with_tax_id({key, client.country.upper() + key}, except_id=client.id)

    def tax_id_warnings(self, client: Client) -> list[Problem]:
        """A duplicate tax id is a warning, never a refusal: two branches may share one."""
        return [
            Problem(
                "tax_id",
                "duplicate_tax_id",
                {"tax_id": client.tax_id, "other_name": other.name, "other_id": other.id},
            )
            for other in self.same_tax_id(client)
        ]


class ProductService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def save(self, product: Product) -> Product:
        problems = product_problems(product)
        if problems:
            raise ValidationFailed(problems)
        with self.store.write() as tx:
            _check_rate_in_force(tx, product)
            if tx.get_product(product.id) is None:
                tx.add_product(product, self.clock.now())
            else:
                tx.update_product(product)
        return product

    def add_payload(self, payload: Any) -> Product:
        return self.save(party_inputs.parse_product(payload, new_id()))

    def update_payload(self, product_id: str, payload: Any) -> Product:
        """The keys given replace the stored ones (as `client update`)."""
        stored = self.get(product_id)
        values = {k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(stored).items()}
        values["archived"] = not values.pop("active")
        values.pop("id")
        return self.save(party_inputs.parse_product({**values, **inputs.require_object(payload)}, product_id))

    def list(self, text: str = "", limit: int | None = None, include_archived: bool = False) -> list[Product]:
        with self.store.read() as tx:
            return tx.list_products(text, limit, include_archived)

    def get(self, product_id: str) -> Product:
        with self.store.read() as tx:
            product = tx.get_product(product_id)
        if product is None:
            raise NotFound("product_not_found", id=product_id)
        return product

    def set_archived(self, product_id: str, archived: bool) -> Product:
        return self.save(replace(self.get(product_id), active=not archived))

    def deletable(self, product_id: str) -> bool:
        """True when no document line names the product: `delete` would go ahead."""
        with self.store.read() as tx:
            return tx.product_line_count(product_id) == 0

    def delete(self, product_id: str) -> None:
        """Only a product no document line names; one in use is archived instead."""
        with self.store.write() as tx:
            product = tx.get_product(product_id)
            if product is None:
                raise NotFound("product_not_found", id=product_id)
            count = tx.product_line_count(product_id)
            if count:
                raise Conflict("product_in_use", name=product.name, id=product_id, count=count)
            tx.delete_product(product_id)


def _check_rate_in_force(tx: Any, product: Product) -> None:
    """A catalogue rate the business's country has (22 % is no Spanish VAT: #17). The window offers
    only the table's rates; this holds for `product add|update` and imports alike."""
    business = tx.get_business()
    table = tax_table(business.country) if business is not None else None
    if table is not None and not table.knows_vat_rate(product.vat_rate):
        value = str(product.vat_rate.normalize())
        raise ValidationFailed(
            [Problem("vat_rate", "unknown_vat_rate", {"value": value, "country": business.country})]
        )
