"""Export to a portable ZIP and all-or-nothing CSV import, on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facturas_app.bootstrap import Services, build_services
from facturas_app.cli.commands_data import pdf_renderer
from facturas_app.domain.parties import Client
from facturas_app.services.transfer import ImportFailed, TransferService
from tests.fakes import FixedClock
from tests.storage.safety_helpers import DRAFT, TODAY, issue_one, seed

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    seed(tmp_path)
    built = build_services(tmp_path, clock=FixedClock(TODAY))
    yield built
    built.close()


def _transfer(services: Services) -> TransferService:
    return TransferService(services.store, services.clock)


def test_export_all_holds_every_record_and_the_pdfs_of_issued_invoices(
    services: Services, tmp_path: Path
) -> None:
    first, second = issue_one(services), issue_one(services)
    services.payments.add(first, Decimal("100.00"))
    services.invoices.create_draft_from_payload(DRAFT)
    renderer, reason = pdf_renderer(services)
    summary = _transfer(services).export_all(tmp_path / "out" / "todo.zip", renderer, reason)
    with zipfile.ZipFile(summary.path) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        invoices = json.loads(archive.read("invoices.json"))
        clients = json.loads(archive.read("clients.json"))
        business = json.loads(archive.read("business.json"))
        pdfs = {n: archive.read(n) for n in names if n.startswith("pdf/")}
    assert manifest["counts"] == {"clients": 1, "products": 0, "invoices": 3, "expenses": 0}
    assert business["tax_id"] == "12345678Z" and clients[0]["tax_id"] == "A58818501"
    by_number = {inv["number"]: inv for inv in invoices}
    assert set(by_number) == {first, second, None}
    issued = by_number[first]
    assert [line["net"] for line in issued["lines"]] == ["256.50", "19.90"]
    assert issued["totals"]["total"] == str(services.invoices.get(first).totals.total)
    assert [p["amount"] for p in issued["payments"]] == ["100.00"]
    if renderer is None:  # the PDF engine is another module: say why the PDFs are missing
        assert manifest["pdfs_skipped"] and not pdfs
    else:
        assert sorted(pdfs) == ["pdf/F-2026-0001.pdf", "pdf/F-2026-0002.pdf"]
        assert all(data.startswith(b"%PDF") for data in pdfs.values())


def test_export_all_holds_the_received_invoices_with_their_files(services: Services, tmp_path: Path) -> None:
    scan = b"%PDF-1.4 factura del proveedor"
    expense = services.expenses.add(
        {"supplier": {"name": "Papelería Sol S.L.", "tax_id": "B12345674", "country": "ES"},
         "number": "FV/2026/17", "issue_date": "2026-11-20",
         "taxes": [{"base": "100.00", "vat_rate": "21", "vat": "21.00"}]},
        attachment=("../../factura.pdf", scan),
    )  # fmt: skip
    summary = _transfer(services).export_all(tmp_path / "todo.zip")
    with zipfile.ZipFile(summary.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        expenses = json.loads(archive.read("expenses.json"))
        suppliers = json.loads(archive.read("suppliers.json"))
        files = {n: archive.read(n) for n in archive.namelist() if n.startswith("received/")}
    assert manifest["counts"]["expenses"] == 1 and suppliers[0]["tax_id"] == "B12345674"
    assert [(e["id"], e["number"], e["taxes"][0]["vat"]) for e in expenses] == [
        (expense.id, "FV/2026/17", "21.00")
    ]
    assert list(files.values()) == [scan] and expenses[0]["files"] == list(files)
    assert all(".." not in name.split("/") and name.count("/") == 2 for name in files)  # no folder escapes


def test_export_without_pdf_engine_says_why(services: Services, tmp_path: Path) -> None:
    issue_one(services)
    summary = _transfer(services).export_all(tmp_path / "x.zip", None, "sin motor PDF")
    with zipfile.ZipFile(summary.path) as archive:
        assert json.loads(archive.read("manifest.json"))["pdfs_skipped"] == "sin motor PDF"
        assert not [n for n in archive.namelist() if n.startswith("pdf/")]


def test_import_clash_with_stored_client_imports_nothing_and_names_the_line(services: Services) -> None:
    data = b"Nombre;NIF\nNuevo S.L.;B12345674\nRepetido S.A.;A58818501\n"
    with pytest.raises(ImportFailed) as failed:
        _transfer(services).import_clients(data)
    assert [(e.line, e.field, e.code) for e in failed.value.errors] == [(3, "tax_id", "already_exists")]
    assert services.clients.count() == 1


def test_import_products_then_again_refuses_the_same_codes(services: Services) -> None:
    data = (DATA / "generic_products.csv").read_bytes()
    assert _transfer(services).import_products(data).count == 4
    with pytest.raises(ImportFailed) as failed:
        _transfer(services).import_products(data)
    assert {e.line for e in failed.value.errors} == {2, 3, 4}  # the three rows with a code
    assert len(services.products.list()) == 4


def test_exported_client_csv_is_formula_safe_and_reads_back(services: Services, tmp_path: Path) -> None:
    services.clients.add(
        Client(
            id="c-2",
            name='@HYPERLINK("http://x")',  # = is refused in a client's name (AEAT 1287)
            tax_id="B12345674",
            city="=SUM(A1)",
            address="+34 Calle -1",
        )
    )
    path = tmp_path / "clients.csv"
    assert _transfer(services).export_clients_csv(path) == 2
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert '\'@HYPERLINK("http://x")' in cells and "'=SUM(A1)" in cells and "'+34 Calle -1" in cells
    other = build_services(tmp_path / "other", clock=FixedClock(TODAY))
    try:
        assert TransferService(other.store, other.clock).import_clients(path.read_bytes()).count == 2
        names = sorted(c.name for c in other.clients.list())
        assert names == ['@HYPERLINK("http://x")', "Inmobiliaria Sol S.A."]
    finally:
        other.close()


CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(st.lists(CELL, min_size=1, max_size=5), max_size=6),
    header=st.sampled_from(["Nombre;NIF;Email", "name,tax_id,email", "Razón social;NIF", "x;y"]),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-8-sig"]),
)
def test_fuzzed_csv_either_imports_every_row_or_nothing(
    services: Services, rows: list[list[str]], header: str, encoding: str
) -> None:
    separator = ";" if ";" in header else ","
    text = header + "\n" + "\n".join(separator.join(r) for r in rows) + "\n"
    data = text.encode(encoding, errors="replace")
    before = services.clients.count()
    try:
        summary = _transfer(services).import_clients(data)
    except ImportFailed as failed:
        assert failed.errors and all(e.line >= 0 for e in failed.errors)
        assert services.clients.count() == before
    else:
        assert services.clients.count() == before + summary.count
