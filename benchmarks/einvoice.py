"""UBL (EN 16931) per-invoice cost over a data dir's invoices (issue #20, "Done when": < 10 ms).

    /work/venv/bin/python benchmarks/einvoice.py [--invoices 1000] [--data-dir DIR] [--repeat 3]

Prints ms per invoice, wall and CPU, the best of --repeat runs:
  1. ubl_bytes only, once each, over the documents of the data dir's invoices (built beforehand,
     as DocumentService builds them for `invoice export --all`): the XML writer's own cost;
  2. load + build + ubl_bytes, in DocumentService batches: what an export pays per invoice
     before writing the file.
Validation (schema, CEN rules) is excluded: it is the tests' job. Without --data-dir a demo data
dir with --invoices invoices is made in a temp folder; with one, point it at a copy (opening a
store may migrate it). Invoices UBL cannot express (not-subject beside taxed lines) are counted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import ValidationFailed
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
    return [doc for doc in docs if doc.number]  # drafts have no e-invoice


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
            if doc.number:
                _write(doc)
                n += 1
    return (time.perf_counter() - started) * 1000 / n, (time.process_time() - cpu) * 1000 / n, n


def _ms(wall: float, cpu: float) -> str:
    return f"{wall:6.2f} wall, {cpu:6.2f} CPU"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
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
            refused = only[3]
            for key, (wall, cpu, *_) in (("only", only), ("full", full)):
                old = best.get(key, (wall, cpu))
                best[key] = (min(wall, old[0]), min(cpu, old[1]))
        lines = sum(len(doc.lines) for doc in docs)
        print(f"best of {args.repeat} run(s); ms per invoice; {len(docs)} issued invoices, {lines} lines")
        print(f"ubl_bytes only, each invoice once:        {_ms(*best['only'])}")
        print(f"load + build + ubl_bytes (export path):   {_ms(*best['full'])}")
        print(f"refused (UBL cannot express them):        {refused}")
        services.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
