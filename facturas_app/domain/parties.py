"""The issuer (business profile), clients and the products/services catalogue."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from decimal import Decimal

from facturas_app.domain import identifiers as ids
from facturas_app.domain import sepa
from facturas_app.domain.einvoice import Dir3Codes, dir3_problems
from facturas_app.domain.errors import Problem
from facturas_app.domain.money import MAX_QUANTITY_OR_PRICE, ZERO
from facturas_app.domain.sepa import DEFAULT_PRENOTICE_DAYS
from facturas_app.domain.text_rules import MAX_LINE_DESCRIPTION, MAX_NOTES, fields_problems
from facturas_app.domain.verifactu_rules import issuer_name_problems, recipient_name_problems

LANGUAGES = ("es", "en")
PAYMENT_METHODS = ("transfer", "card", "cash", "bizum", "paypal", "direct_debit", "other")
MAX_TEXT = 500
ADDRESS_FIELDS = ("address", "postal_code", "city")


@dataclass(frozen=True)
class Business:
    name: str
    tax_id: str
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "ES"
    email: str = ""
    trade_name: str = ""
    phone: str = ""
    iban: str = ""
    bic: str = ""
    default_series: str = "F"
    rectifying_series: str = "R"
    quote_series: str = "P"
    default_vat_rate: Decimal = Decimal(21)
    default_irpf_rate: Decimal = ZERO
    default_payment_methods: tuple[str, ...] = ("transfer",)
    language: str = "es"
    thank_you: str = ""
    payment_link: str = ""
    logo_path: str = ""
    pdf_template: str = "clasica"
    accent_color: str = "#1F5F8B"
    # SEPA direct debits (#19): the creditor identifier and the agreed pre-notification days
    sepa_creditor_id: str = ""
    sepa_prenotice_days: int = DEFAULT_PRENOTICE_DAYS

    @property
    def is_company(self) -> bool:
        return self.country.upper() == "ES" and ids.is_spanish_company(self.tax_id)


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    tax_id: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "ES"
    email: str = ""
    phone: str = ""
    iban: str = ""
    payment_terms_days: int = 30
    language: str = "es"
    notes: str = ""
    reminders_paused: bool = False
    archived: bool = False  # hidden from pickers and lists; its invoices keep showing it
    einvoice_format: str = ""  # "", "ubl" or "facturae": the XML that goes with its invoice emails
    # A public administration's DIR3 offices, written into Facturae for FACe (#20).
    dir3_oficina_contable: str = ""
    dir3_organo_gestor: str = ""
    dir3_unidad_tramitadora: str = ""

    @property
    def is_company(self) -> bool:
        return self.country.upper() == "ES" and ids.is_spanish_company(self.tax_id)

    @property
    def emails(self) -> list[str]:
        return ids.split_emails(self.email)

    @property
    def missing_address_fields(self) -> list[str]:
        """A company's address is on every full invoice to it (RD 1619/2012 art. 6.1.e, SPAIN.md);
        a private person's is not required."""
        if not self.is_company:
            return []
        return [name for name in ADDRESS_FIELDS if not getattr(self, name).strip()]


@dataclass(frozen=True)
class Product:
    id: str
    name: str
    unit_price: Decimal
    vat_rate: Decimal
    unit: str = ""
    code: str = ""
    description: str = ""
    surcharge_rate: Decimal = ZERO
    active: bool = True  # False: archived (hidden from the catalogue and the editor's completer)


@dataclass
class _Checker:
    problems: list[Problem] = field(default_factory=list)

    def add(self, field_name: str, code: str, **params: object) -> None:
        self.problems.append(Problem(field_name, code, dict(params)))

    def required(self, field_name: str, value: str) -> None:
        if not value.strip():
            self.add(field_name, "required")
        elif len(value) > MAX_TEXT:
            self.add(field_name, "too_long", max=MAX_TEXT)


def _check_country(check: _Checker, country: str) -> None:
    if len(country) != 2 or not country.isalpha():
        check.add("country", "invalid_country", value=country)


def _check_emails(check: _Checker, value: str, required: bool = False) -> None:
    emails = ids.split_emails(value)
    if required and not emails:
        check.add("email", "required")
    for email in emails:
        if not ids.is_valid_email(email):
            check.add("email", "invalid_email", value=email)


def _check_iban(check: _Checker, value: str) -> None:
    if value.strip() and not ids.is_valid_iban(value):
        check.add("iban", "invalid_iban", value=value)


def business_problems(business: Business) -> list[Problem]:
    check = _Checker(fields_problems(asdict(business), limits={"thank_you": MAX_NOTES}))
    check.required("name", business.name)
    if business.country.upper() == "ES":  # VERI*FACTU's NombreRazon (1287): see verifactu_rules
        check.problems.extend(issuer_name_problems(business.name))
    _check_country(check, business.country)
    if not ids.is_valid_tax_id(business.tax_id, business.country):
        check.add("tax_id", "invalid_tax_id", value=business.tax_id, country=business.country)
    _check_emails(check, business.email)
    _check_iban(check, business.iban)
    for series_field in ("default_series", "rectifying_series", "quote_series"):
        series = getattr(business, series_field)
        if not _valid_series(series):
            check.add(series_field, "invalid_series", value=series)
    if len({business.default_series, business.rectifying_series, business.quote_series}) < 3:
        check.add("rectifying_series", "series_must_differ")
    if business.language not in LANGUAGES:
        check.add("language", "invalid_language", value=business.language)
    for method in business.default_payment_methods:
        if method not in PAYMENT_METHODS:
            check.add("default_payment_methods", "invalid_payment_method", value=method)
    check.problems.extend(sepa.creditor_id_problems(business.sepa_creditor_id, business.country))
    if not 0 <= business.sepa_prenotice_days <= sepa.MAX_PRENOTICE_DAYS:
        days = business.sepa_prenotice_days
        check.add("sepa_prenotice_days", "out_of_range", min=0, max=sepa.MAX_PRENOTICE_DAYS, value=days)
    return check.problems


def _valid_series(series: str) -> bool:
    """Series are short ASCII codes (they end up in VERI*FACTU's NumSerieFactura)."""
    return 1 <= len(series) <= 10 and all(c.isascii() and (c.isalnum() or c in "_") for c in series)


def client_problems(client: Client) -> list[Problem]:
    check = _Checker(fields_problems(asdict(client), limits={"notes": MAX_NOTES}))
    check.required("name", client.name)
    check.problems.extend(recipient_name_problems(client.name))  # 1287, see verifactu_rules
    _check_country(check, client.country)
    if client.tax_id.strip() and not ids.is_valid_tax_id(client.tax_id, client.country):
        check.add("tax_id", "invalid_tax_id", value=client.tax_id, country=client.country)
    _check_emails(check, client.email)
    _check_iban(check, client.iban)
    if not 0 <= client.payment_terms_days <= 365:
        check.add("payment_terms_days", "out_of_range", min=0, max=365, value=client.payment_terms_days)
    if client.language not in LANGUAGES:
        check.add("language", "invalid_language", value=client.language)
    _check_einvoice(check, client)
    return check.problems


EINVOICE_FORMATS = ("", "ubl", "facturae")
DIR3_FIELDS = ("dir3_oficina_contable", "dir3_organo_gestor", "dir3_unidad_tramitadora")


def _check_einvoice(check: _Checker, client: Client) -> None:
    """The XML its invoice emails carry, and a public administration's three DIR3 offices (all or none)."""
    if client.einvoice_format not in EINVOICE_FORMATS:
        check.add("einvoice_format", "invalid_einvoice_format", value=client.einvoice_format)
    codes = [getattr(client, name) for name in DIR3_FIELDS]
    if any(codes):
        check.problems.extend(dir3_problems(Dir3Codes(*codes)))


def product_problems(product: Product) -> list[Problem]:
    check = _Checker(fields_problems(asdict(product), limits={"description": MAX_LINE_DESCRIPTION}))
    check.required("name", product.name)
    if product.unit_price < 0:
        check.add("unit_price", "negative_not_allowed")
    elif product.unit_price > MAX_QUANTITY_OR_PRICE:  # the bound of an invoice line's price
        check.add(
            "unit_price", "out_of_range", min=0, max=MAX_QUANTITY_OR_PRICE, value=str(product.unit_price)
        )
    if not ZERO <= product.vat_rate <= 100:
        check.add("vat_rate", "out_of_range", min=0, max=100, value=str(product.vat_rate))
    return check.problems


def tax_id_key(tax_id: str, country: str) -> str:
    """The tax id as two clients holding the same one would both write it: compact, upper case,
    without the EU VAT prefix of the client's own country (ESB12345674 is B12345674)."""
    compact = ids.normalize_tax_id(tax_id)
    prefix = "EL" if country.upper() == "GR" else country.upper()
    return compact.removeprefix(prefix) if len(compact) > len(prefix) + 2 else compact
