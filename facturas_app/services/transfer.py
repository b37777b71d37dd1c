"""Moving data in and out: a portable ZIP of everything, client/product CSV import and export.

Imports are all-or-nothing: the whole file is parsed and validated (including against what is
already stored) before one write transaction inserts every row; any error saves nothing and is
reported with the physical line it sits on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from facturas_app import __version__
from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.ids import new_id
from facturas_app.domain.invoice import DocType, Invoice
from facturas_app.domain.money import decimal_text, money_text
from facturas_app.domain.parties import Client, Product, client_problems, product_problems
from facturas_app.domain.purchases import Expense
from facturas_app.services import inputs
from facturas_app.services.exporters import write_csv
from facturas_app.services.importers import ImportResult, RowError, parse_clients, parse_products
from facturas_app.services.importers.csv_reader import BadFile, read_table
from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, replacing
from facturas_app.services.ports import Clock
from facturas_app.storage.api import InvoiceQuery, Payment, Store, Transaction

ARCHIVE_FORMAT = "facturas-export/1"
CLIENT_CSV_HEADER = (
    "name",
    "tax_id",
    "address",
    "postal_code",
    "city",
    "country",
    "email",
    "payment_terms_days",
    "language",
)
PdfRenderer = Callable[[Invoice], bytes]


class ImportFailed(ValidationFailed):
    """Nothing was imported; `errors` lists every problem with its line."""

    code = "import_failed"

    def __init__(self, errors: list[RowError]) -> None:
        super().__init__(
            [Problem(f"{e.line}:{e.field}", e.code, {"value": e.value, "line": e.line}) for e in errors]
        )
        self.errors = errors


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    count: int
    format: str


@dataclass
class ExportSummary:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    pdfs: int = 0
    pdfs_skipped: str = ""


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record(value)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str):  # enums
        return value.value
    return value


def _safe(name: str) -> str:
    """A name fit for a path inside the ZIP: letters, digits, '-', '_' and '.' (no folders)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip(".") or "_"


def _money_record(obj: Any, money: tuple[str, ...]) -> dict[str, Any]:
    """`_record` with the named amounts written as money ("21.00", not "21")."""
    return {**_record(obj), **{name: money_text(getattr(obj, name)) for name in money}}


def _record(obj: Any) -> dict[str, Any]:
    return {name: _jsonable(getattr(obj, name)) for name in obj.__dataclass_fields__}


def invoice_record(invoice: Invoice, payments: list[Payment]) -> dict[str, Any]:
    data = _record(invoice)
    totals = invoice.totals
    data["totals"] = {
        "base": money_text(totals.base),
        "vat": money_text(totals.vat),
        "surcharge": money_text(totals.surcharge),
        "irpf": money_text(totals.irpf),
        "total": money_text(totals.total),
        "amount_due": money_text(totals.amount_due),
        "taxes": [_record(g) for g in totals.groups],
    }
    data["lines"] = [{**_record(line), "net": money_text(line.net)} for line in invoice.lines]
    data["payments"] = [{**_record(p), "amount": money_text(p.amount)} for p in payments]
    if isinstance(getattr(invoice, "paid", None), Decimal):
        data["paid"] = money_text(invoice.paid)
    return data


class TransferService:
    def __init__(self, store: Store, clock: Clock) -> None:
        self.store = store
        self.clock = clock

    # ----- export -------------------------------------------------------------------------------
    def export_all(
        self,
        path: Path,
        pdf_renderer: PdfRenderer | None = None,
        pdf_unavailable: str = "",
        policy: OutputPolicy = ALLOW_OVERWRITE,
    ) -> ExportSummary:
        """Everything in one ZIP: JSON documents plus the PDF of every issued invoice."""
        path = Path(path)
        summary = ExportSummary(
            path=path, pdfs_skipped="" if pdf_renderer else (pdf_unavailable or "no PDF renderer")
        )
        with self.store.read() as tx:
            business = tx.get_business()
            clients = tx.list_clients()
            products = tx.list_products()
            invoices = self._all_invoices(tx)
            payments = {inv.id: tx.list_payments(inv.id, include_removed=True) for inv in invoices}
            suppliers = tx.list_suppliers()
            expenses = tx.expenses_in(dt.date.min, dt.date.max)
        with replacing(path, policy) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            self._write_json(archive, "business.json", _record(business) if business else None)
            self._write_json(archive, "clients.json", [_record(c) for c in clients])
            self._write_json(archive, "products.json", [_record(p) for p in products])
            self._write_json(archive, "invoices.json", [invoice_record(i, payments[i.id]) for i in invoices])
            self._write_json(archive, "suppliers.json", [_record(s) for s in suppliers])
            self._write_json(archive, "expenses.json", self._write_received(archive, expenses))
            if pdf_renderer is not None:
                summary.pdfs = self._write_pdfs(archive, invoices, pdf_renderer)
            summary.counts = {"clients": len(clients), "products": len(products), "invoices": len(invoices)}
            summary.counts["expenses"] = len(expenses)
            self._write_json(
                archive,
                "manifest.json",
                {
                    "format": ARCHIVE_FORMAT,
                    "app_version": __version__,
                    "exported_at": self.clock.now().isoformat(),
                    "counts": summary.counts,
                    "pdfs": summary.pdfs,
                    "pdfs_skipped": summary.pdfs_skipped,
                },
            )
        return summary

    @staticmethod
    def _all_invoices(tx: Transaction) -> list[Invoice]:
        found: list[Invoice] = []
        for doc_type in DocType:
            query = InvoiceQuery(
                today=dt.date.max, doc_type=doc_type, order_by="issue_date", descending=False
            )
            for row in tx.list_invoices(query):
                invoice = tx.get_invoice(row.id)
                if invoice is not None:
                    found.append(invoice)
        return found

    @staticmethod
    def _write_json(archive: zipfile.ZipFile, name: str, value: Any) -> None:
        archive.writestr(name, json.dumps(value, ensure_ascii=False, indent=1))

    def _write_received(self, archive: zipfile.ZipFile, expenses: list[Expense]) -> list[dict[str, Any]]:
        """Each received invoice's record, its files kept as received under received/ (#21)."""
        records = []
        for expense in expenses:
            record = {k: v for k, v in _record(expense).items() if k != "attachments"}
            record["taxes"] = [_money_record(t, ("base", "vat", "surcharge")) for t in expense.taxes]
            record["irpf"] = money_text(expense.irpf)
            record["files"] = self._write_files(archive, expense)
            records.append(record)
        return records

    def _write_files(self, archive: zipfile.ZipFile, expense: Expense) -> list[str]:
        names = []
        with self.store.read() as tx:
            for info in tx.expense_attachments(expense.id):
                attachment = tx.expense_attachment(info.id)
                if attachment is not None:
                    names.append(f"received/{_safe(expense.number)}-{info.id[:8]}/{_safe(info.file_name)}")
                    archive.writestr(names[-1], attachment.content)
        return names

    @staticmethod
    def _write_pdfs(archive: zipfile.ZipFile, invoices: list[Invoice], render: PdfRenderer) -> int:
        count = 0
        for invoice in invoices:
            if invoice.number is None or invoice.doc_type is not DocType.INVOICE:
                continue
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in invoice.number)
            archive.writestr(f"pdf/{safe}.pdf", render(invoice))
            count += 1
        return count

    def export_clients_csv(self, path: Path, policy: OutputPolicy = ALLOW_OVERWRITE) -> int:
        """Clients as a formula-safe CSV (UTF-8 BOM, `;`) that `import clients` reads back."""
        with self.store.read() as tx:
            clients = tx.list_clients()
        rows = [{name: getattr(c, name) for name in CLIENT_CSV_HEADER} for c in clients]
        with replacing(path, policy) as tmp:
            write_csv(rows, CLIENT_CSV_HEADER, tmp)
        return len(rows)

    # ----- import -------------------------------------------------------------------------------
    def import_clients(self, data: bytes) -> ImportSummary:
        result = parse_clients(data)
        lines = self._lines_or_fail(result, data)
        built: list[tuple[int, Client]] = []
        errors: list[RowError] = []
        for line, row in zip(lines, result.rows, strict=True):
            try:
                client = inputs.parse_client(row, new_id())
            except ValidationFailed as exc:
                errors += [RowError(line, p.field, p.code, str(row.get(p.field, ""))) for p in exc.problems]
                continue
            errors += [
                RowError(line, p.field, p.code, str(getattr(client, p.field, "")))
                for p in client_problems(client)
            ]
            built.append((line, client))
        with self.store.write() as tx:
            for line, client in built:
                if client.tax_id and tx.find_client_by_tax_id(client.tax_id) is not None:
                    errors.append(RowError(line, "tax_id", "already_exists", client.tax_id))
            self._raise_if(errors)
            now = self.clock.now()
            for _, client in built:
                tx.add_client(client, now)
        return ImportSummary("clients", len(built), result.format)

    def import_products(self, data: bytes) -> ImportSummary:
        with self.store.read() as tx:
            business = tx.get_business()
        result = parse_products(data, business.country if business else "ES")
        lines = self._lines_or_fail(result, data)
        built: list[tuple[int, Product]] = []
        errors: list[RowError] = []
        for line, row in zip(lines, result.rows, strict=True):
            product = Product(
                id=new_id(),
                name=row["name"],
                unit_price=Decimal(row["unit_price"]),
                vat_rate=Decimal(row["vat_rate"]),
                unit=row["unit"],
                code=row["code"],
            )
            errors += [
                RowError(line, p.field, p.code, str(getattr(product, p.field, "")))
                for p in product_problems(product)
            ]
            built.append((line, product))
        with self.store.write() as tx:
            existing = {p.code for p in tx.list_products() if p.code}
            errors += [
                RowError(line, "code", "already_exists", p.code) for line, p in built if p.code in existing
            ]
            self._raise_if(errors)
            now = self.clock.now()
            for _, product in built:
                tx.add_product(product, now)
        return ImportSummary("products", len(built), result.format)

    @staticmethod
    def _lines_or_fail(result: ImportResult, data: bytes) -> list[int]:
        if result.errors:
            raise ImportFailed(result.errors)
        try:
            return [line for line, _ in read_table(data).records]
        except BadFile as exc:  # cannot happen after a clean parse; kept so it never half-saves
            raise ImportFailed([RowError(exc.line, "file", exc.code, exc.value)]) from None

    @staticmethod
    def _raise_if(errors: list[RowError]) -> None:
        if errors:
            raise ImportFailed(sorted(errors, key=lambda e: e.line))  # raised inside the tx: rolls back
