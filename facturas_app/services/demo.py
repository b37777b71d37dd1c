"""Realistic Spanish sample data: a business, clients with valid NIFs, products, 18 months of invoices."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace
from decimal import Decimal

from stdnum.es import cif as es_cif
from stdnum.es import dni as es_dni

from facturas_app.domain.errors import Conflict
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import (
    Invoice,
    InvoiceLine,
    Kind,
    RectificationMethod,
    Status,
    evolve,
    format_number,
)
from facturas_app.domain.money import round_money
from facturas_app.domain.parties import Business, Client, Product
from facturas_app.domain.settlement import settle
from facturas_app.services.demo_records import record_demo_invoices
from facturas_app.services.invoicing import snapshot_business, snapshot_client
from facturas_app.services.ports import Clock
from facturas_app.storage.api import IssuedNumber, Payment, Store

FIRST_NAMES = [
    "Laura",
    "Javier",
    "Lucía",
    "Carlos",
    "María",
    "Pablo",
    "Elena",
    "Andrés",
    "Marta",
    "Diego",
    "Irene",
    "Sergio",
]
SURNAMES = [
    "García",
    "Martínez",
    "López",
    "Sánchez",
    "Pérez",
    "Gómez",
    "Ruiz",
    "Díaz",
    "Moreno",
    "Álvarez",
    "Romero",
    "Navarro",
]
COMPANY_WORDS = [
    "Inmobiliaria",
    "Talleres",
    "Construcciones",
    "Estudio",
    "Asesoría",
    "Distribuciones",
    "Clínica",
    "Hostelería",
]
COMPANY_NAMES = [
    "Sol",
    "Levante",
    "Norte",
    "Atlántico",
    "Horizonte",
    "Alameda",
    "Mirador",
    "Brisa",
    "Ebro",
    "Guadalquivir",
]
COMPANY_FORMS = [("A", "S.A."), ("B", "S.L.")]
CITIES = [
    ("Madrid", "28"),
    ("Valencia", "46"),
    ("Sevilla", "41"),
    ("Barcelona", "08"),
    ("Bilbao", "48"),
    ("Zaragoza", "50"),
    ("Málaga", "29"),
    ("Granada", "18"),
    ("Valladolid", "47"),
    ("A Coruña", "15"),
]
STREETS = [
    "Calle Mayor",
    "Av. del Puerto",
    "Calle Real",
    "Paseo de la Castellana",
    "Calle Alcalá",
    "Gran Vía",
    "Calle Colón",
]
SERVICES = [
    ("Consultoría", "hora", "85.50", "21"),
    ("Diseño de logotipo", "ud", "450", "21"),
    ("Mantenimiento web mensual", "mes", "120", "21"),
    ("Reparación de equipo", "ud", "65", "21"),
    ("Sesión de fotografía", "ud", "300", "21"),
    ("Formación in company", "hora", "60", "21"),
    ("Traducción jurídica", "palabra", "0.095", "21"),
    ("Desplazamiento", "km", "0.26", "21"),
    ("Libro técnico", "ud", "32.90", "4"),
    ("Servicio de catering", "menú", "18.50", "10"),
    ("Auditoría energética", "ud", "890", "21"),
    ("Licencia de software", "ud", "49.99", "21"),
]


def valid_dni(rng: random.Random) -> str:
    digits = f"{rng.randrange(10_000_000, 99_999_999)}"
    return digits + es_dni.calc_check_digit(digits)


def valid_cif(rng: random.Random, letter: str) -> str:
    body = f"{letter}{rng.randrange(10_000_000):07d}"
    return body + es_cif.calc_check_digits(body)[0 if letter in "AB" else 1]


@dataclass
class DemoResult:
    clients: int
    products: int
    invoices: int
    payments: int
    billing_records: int = 0


class DemoService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    def generate(self, invoices: int, seed: int = 1) -> DemoResult:
        with self.store.read() as tx:
            if tx.count_issued_invoices() > 0:
                raise Conflict("demo_refused")
        rng = random.Random(seed)
        business = self._business(rng)
        clients = [self._client(rng, i) for i in range(max(12, min(invoices // 40, 2500)))]
        products = [
            Product(new_id(), name, Decimal(price), Decimal(vat), unit=unit, code=f"P{i + 1:03d}")
            for i, (name, unit, price, vat) in enumerate(SERVICES)
        ]
        planned, payments = self._invoices(rng, invoices, business, clients, products)
        self.store.bulk_loader().load(business, clients, products, planned, payments, self.clock.now())
        issued = [invoice for invoice, number in planned if number is not None]
        records = record_demo_invoices(self.store, self.clock, business, issued)
        return DemoResult(len(clients), len(products), len(planned), len(payments), records)

    def _business(self, rng: random.Random) -> Business:
        return Business(
            name="Laura Gómez Ruiz",
            trade_name="Gómez Consultoría",
            tax_id=valid_dni(rng),
            address="Calle Mayor 1, 2º B",
            postal_code="28013",
            city="Madrid",
            country="ES",
            email="facturas@gomezconsultoria.example",
            phone="+34 600 123 456",
            iban="ES9121000418450200051332",
            default_irpf_rate=Decimal(15),
            thank_you="¡Gracias por confiar en Gómez Consultoría!",
            payment_link="",
            default_payment_methods=("transfer", "bizum"),
        )

    def _client(self, rng: random.Random, index: int) -> Client:
        city, province = rng.choice(CITIES)
        street = f"{rng.choice(STREETS)} {rng.randrange(1, 200)}"
        postal = f"{province}{rng.randrange(1, 999):03d}"
        if index % 3 == 2:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
            tax_id = valid_dni(rng)
            slug = name.split()[0].lower()
        else:
            letter, form = rng.choice(COMPANY_FORMS)
            name = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_NAMES)} {form}"
            tax_id = valid_cif(rng, letter)
            slug = name.split()[1].lower().replace("á", "a").replace("í", "i")
        return Client(
            id=new_id(),
            name=name,
            tax_id=tax_id,
            address=street,
            postal_code=postal,
            city=city,
            email=f"admin{index}@{slug}.example",
            payment_terms_days=rng.choice([0, 15, 30, 30, 60]),
        )

    def _invoice_lines(self, rng: random.Random, products: list[Product]) -> tuple[InvoiceLine, ...]:
        lines = []
        for product in rng.sample(products, rng.choice([1, 1, 2, 3, 4])):
            qty = Decimal(rng.choice(["1", "2", "3", "5", "10", "1.5", "12"]))
            if product.unit == "palabra":
                qty = Decimal(rng.randrange(500, 5000))
            discount = Decimal(rng.choice(["0", "0", "0", "5", "10"]))
            lines.append(
                InvoiceLine(
                    product.name,
                    qty,
                    product.unit_price,
                    product.vat_rate,
                    discount_percent=discount,
                    unit=product.unit,
                    product_id=product.id,
                )
            )
        return tuple(lines)

    def _invoices(
        self,
        rng: random.Random,
        count: int,
        business: Business,
        clients: list[Client],
        products: list[Product],
    ) -> tuple[list[tuple[Invoice, IssuedNumber | None]], list[Payment]]:
        today = self.clock.today()
        start = today - dt.timedelta(days=548)
        days = sorted(start + dt.timedelta(days=rng.randrange(0, 549)) for _ in range(count))
        seqs: dict[tuple[str, int], int] = {}
        planned: list[tuple[Invoice, IssuedNumber | None]] = []
        payments: list[Payment] = []
        now = self.clock.now()
        issuer = snapshot_business(business)
        snapshots = {c.id: snapshot_client(c) for c in clients}
        companies = {c.id for c in clients if c.is_company}
        every = 300  # about one invoice in 300 is a correction of an earlier one
        for index, day in enumerate(days):
            if index % every == every - 1 and index < count - max(1, count // 200):
                rectified = self._rectification(rng, planned, day, seqs, now, payments)
                if rectified is not None:
                    planned.append(rectified)
                    continue
            client = clients[rng.randrange(len(clients))]
            invoice = Invoice(
                id=new_id(),
                client_id=client.id,
                lines=self._invoice_lines(rng, products),
                issue_date=day,
                due_date=day + dt.timedelta(days=client.payment_terms_days),
                irpf_rate=business.default_irpf_rate if client.id in companies else Decimal(0),
                payment_methods=business.default_payment_methods,
                thank_you=business.thank_you,
            )
            if index >= count - max(1, count // 200):
                planned.append(
                    (replace(invoice, issue_date=today, due_date=today + dt.timedelta(days=30)), None)
                )
                continue
            number = self._next_number(seqs, "F", day.year)
            invoice, paid = self._fate(rng, invoice, today, now, payments)
            invoice = evolve(
                invoice,
                series="F",
                number=number.number,
                paid=paid,
                client_snapshot=snapshots[client.id],
                issuer_snapshot=issuer,
            )
            planned.append((invoice, number))
        return planned, payments

    def _rectification(
        self,
        rng: random.Random,
        planned: list[tuple[Invoice, IssuedNumber | None]],
        day: dt.date,
        seqs: dict[tuple[str, int], int],
        now: dt.datetime,
        payments: list[Payment],
    ) -> tuple[Invoice, IssuedNumber] | None:
        """An R1 correction by substitution of a paid invoice: a 10 % discount that was forgotten.

        What is owed follows the same rule as in real use (domain/settlement.py): the original's
        payment is carried to the substitute, which then owes 10 % back to the client; the sample
        business gave it back the same day (a refund, a negative payment), so the family is settled.
        """
        rectified = {invoice.rectifies_id for invoice, _ in planned}
        candidates = [
            at
            for at in range(max(0, len(planned) - 60), len(planned))
            if _rectifiable(planned[at], day) and planned[at][0].id not in rectified
        ]
        if not candidates:
            return None
        at = rng.choice(candidates)
        original = planned[at][0]
        lines = tuple(replace(line, discount_percent=Decimal(10)) for line in original.lines)
        correction = replace(
            original,
            id=new_id(),
            lines=lines,
            issue_date=day,
            due_date=day,
            kind=Kind.RECTIFYING,
            series="R",
            rectifies_id=original.id,
            rectification_kind="R1",
            rectification_reason="Descuento del 10 % acordado y no aplicado",
            rectification_method=RectificationMethod.SUBSTITUTION,
            status=Status.ISSUED,
            paid=Decimal(0),
            debt_change=Decimal(0),
        )
        refund = correction.totals.amount_due - original.paid  # below zero: owed back to the client
        if refund >= 0:
            return None  # the discount was there already: nothing to correct
        number = self._next_number(seqs, "R", day.year)
        payments.append(
            Payment(new_id(), correction.id, refund, day, "transfer", f"Devolución {number.number}", now)
        )
        original, correction = _settled(original, replace(correction, number=number.number, paid=refund))
        planned[at] = (original, planned[at][1])
        return correction, number

    @staticmethod
    def _next_number(seqs: dict[tuple[str, int], int], series: str, year: int) -> IssuedNumber:
        seqs[(series, year)] = seqs.get((series, year), 0) + 1
        seq = seqs[(series, year)]
        return IssuedNumber(series, year, seq, format_number(series, year, seq))

    def _fate(
        self, rng: random.Random, invoice: Invoice, today: dt.date, now: dt.datetime, payments: list[Payment]
    ) -> tuple[Invoice, Decimal]:
        """Paid, partially paid, overdue, sent or cancelled, as a real ledger looks."""
        due = invoice.totals.amount_due
        roll = rng.random()
        age = (today - invoice.due_date).days
        if roll < 0.01:
            return evolve(
                invoice, status=Status.CANCELLED, cancel_reason="Pedido anulado por el cliente"
            ), Decimal(0)
        if (age > 0 and roll < 0.80) or (age <= 0 and roll < 0.25):
            paid_on = min(today, invoice.due_date + dt.timedelta(days=rng.randrange(-10, 25)))
            paid_on = max(paid_on, invoice.issue_date)
            payments.append(
                Payment(
                    new_id(),
                    invoice.id,
                    due,
                    paid_on,
                    rng.choice(["transfer", "transfer", "bizum", "card"]),
                    "",
                    now,
                )
            )
            return evolve(invoice, status=Status.PAID), due
        if roll < 0.88 and due > 1:
            part = round_money(due * Decimal(rng.choice(["0.25", "0.5", "0.6"])))
            payments.append(
                Payment(
                    new_id(),
                    invoice.id,
                    part,
                    max(invoice.issue_date, min(today, invoice.due_date)),
                    "transfer",
                    "",
                    now,
                )
            )
            return evolve(invoice, status=Status.PARTIALLY_PAID), part
        return evolve(invoice, status=Status.SENT if roll < 0.95 else Status.ISSUED), Decimal(0)


def _rectifiable(entry: tuple[Invoice, IssuedNumber | None], day: dt.date) -> bool:
    invoice, number = entry
    return (
        number is not None
        and invoice.status is Status.PAID
        and invoice.kind is Kind.INVOICE
        and invoice.issue_date < day
    )


def _settled(original: Invoice, correction: Invoice) -> tuple[Invoice, Invoice]:
    """Both invoices with the debt change and status the settlement rule gives them."""
    found = {item.invoice_id: item for item in settle(original, [correction])}

    def apply(invoice: Invoice) -> Invoice:
        item = found[invoice.id]
        return evolve(invoice, debt_change=item.debt_change, status=item.status or invoice.status)

    return apply(original), apply(correction)
