"""UBL (EN 16931) per-invoice cost over a data dir's invoices (issue #20, "Done when": < 10 ms).

    /work/venv/bin/python benchmarks/einvoice.py [--invoices 1000] [--data-dir DIR] [--repeat 3]

Prints ms per invoice, wall and CPU, the best of --repeat runs:
  1. ubl_bytes only, once each, over the documents of the data dir's invoices (built beforehand,
     as DocumentService builds them for `invoice export --all`): the XML writer's own cost;
  2. load + build + ubl_bytes, in DocumentService batches: what an export pays per invoice
     before writing the file;
  3. ubl_bytes of one 60-line invoice (three VAT rates, discounts, IRPF), --runs times.
Validation (schema, CEN rules) is excluded: it is the tests' job. Without --data-dir a demo data
dir with --invoices invoices is made in a temp folder; with one, point it at a copy (opening a
store may migrate it). Invoices UBL cannot express (not-subject beside taxed lines) are counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import tempfile
import time
from decimal import Decimal as D
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.domain.invoice import DocType, Status
from facturas_app.services.documents import BATCH, DocumentService
from facturas_app.services.einvoice.ubl import ubl_bytes
from facturas_app.services.pdf import InvoiceDocument


def demo_data_dir(folder: Path, invoices: int) -> Path:
    from facturas_app.cli.main import main as cli

    code = cli(["--data-dir", str(folder), "demo", "--invoices", str(invoices)])
    if code != 0:
        raise SystemExit(f"demo failed ({code})")
    return folder


def issued_documents(documents: DocumentService) -> list[InvoiceDocument]:
    ids = documents._all_invoice_ids()
    docs = [
        doc
        for start in range(0, len(ids), BATCH)
        for doc in documents._documents(ids[start : start + BATCH]).values()
    ]
    return [doc for doc in docs if exported(doc)]


def exported(doc: InvoiceDocument) -> bool:
    """What `invoice export --all` exports: an issued invoice that stands (no draft, quote, cancelled)."""
    return bool(doc.number) and doc.doc_type is DocType.INVOICE and doc.status is not Status.CANCELLED


def _write(doc: InvoiceDocument) -> int:
    """Bytes written, or 0 when UBL cannot express the invoice."""
    try:
        return len(ubl_bytes(doc))
    except ValidationFailed:
        return 0


def ubl_only(docs: list[InvoiceDocument]) -> tuple[float, float, int, int]:
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    sizes = [_write(doc) for doc in docs]
    n = len(docs)
    wall, used = (time.perf_counter() - started) * 1000 / n, (time.process_time() - cpu) * 1000 / n
    return wall, used, n, sizes.count(0)


def load_build_write(documents: DocumentService) -> tuple[float, float, int]:
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    ids = documents._all_invoice_ids()
    n = 0
    for start in range(0, len(ids), BATCH):
        for doc in documents._documents(ids[start : start + BATCH]).values():
            if exported(doc):
                _write(doc)
                n += 1
    return (time.perf_counter() - started) * 1000 / n, (time.process_time() - cpu) * 1000 / n, n


def sixty_lines(runs: int) -> tuple[float, float]:
    from facturas_app.domain.invoice import Invoice, InvoiceLine, Status
    from facturas_app.domain.parties import Business, Client
    from facturas_app.services.pdf import build_document

    day = dt.date(2026, 11, 26)
    lines = tuple(
        InvoiceLine(
            f"Artículo {i:02d}", D(i % 7 + 1), D(i) * D("3.17"), D(("21", "10", "4")[i % 3]), D(i % 4 * 5)
        )
        for i in range(1, 61)
    )
    invoice = Invoice("i", "c", lines, day, day, status=Status.ISSUED, number="F-2026-0001", irpf_rate=D(15))
    business = Business(
        "Laura Gómez Ruiz", "12345678Z", "Calle Mayor 1", "28001", "Madrid", iban="ES9121000418450200051332"
    )
    client = Client("c", "Inmobiliaria Sol S.A.", "A58818501", "Av. del Puerto 22", "46021", "Valencia")
    doc = build_document(invoice, business, client)
    ubl_bytes(doc)
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(runs):
        ubl_bytes(doc)
    return (time.perf_counter() - started) * 1000 / runs, (time.process_time() - cpu) * 1000 / runs


def _ms(wall: float, cpu: float) -> str:
    return f"{wall:6.2f} wall, {cpu:6.2f} CPU"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=200, help="of the 60-line invoice")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="einvoice_") as tmp:
        data_dir = args.data_dir or demo_data_dir(Path(tmp) / "data", args.invoices)
        services = build_services(data_dir)
        documents = DocumentService(services.store, services.clock)
        documents.verifactu_url = None  # the QR URL is the PDF's, not the XML's
        docs = issued_documents(documents)
        best: dict[str, tuple[float, float]] = {}
        refused = lines = 0
        for _ in range(args.repeat):  # best of N per figure: the machine is shared and noisy
            only = ubl_only(docs)
            full = load_build_write(documents)
            sixty = sixty_lines(args.runs)
            refused = only[3]
            for key, (wall, cpu, *_) in (("only", only), ("full", full), ("sixty", sixty)):
                old = best.get(key, (wall, cpu))
                best[key] = (min(wall, old[0]), min(cpu, old[1]))
        lines = sum(len(doc.lines) for doc in docs)
        print(f"best of {args.repeat} run(s); ms per invoice; {len(docs)} issued invoices, {lines} lines")
        print(f"ubl_bytes only, each invoice once:        {_ms(*best['only'])}")
        print(f"load + build + ubl_bytes (export path):   {_ms(*best['full'])}")
        print(f"one 60-line invoice x {args.runs}:               {_ms(*best['sixty'])}")
        print(f"refused (UBL cannot express them):        {refused}")
        services.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
