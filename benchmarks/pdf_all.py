"""`invoice pdf --all` against the single-render cost, in one run (issue #4, "Speed").

    /work/venv/bin/python benchmarks/pdf_all.py [--invoices 1000] [--data-dir DIR] [--runs 200]

Prints ms per invoice, wall and CPU:
  1. the single-render loop of benchmarks/pdf.py (one 15-line invoice rendered --runs times);
  2. rendering only, once each, the documents of the data dir's invoices (built beforehand; every
     EPC QR is new, as it is for a real export) — the same invoices write_all renders;
  3. DocumentService.write_all over the data dir (load, build, render, atomic write), timed from
     the end of its first batch to the end, so imports and first-batch warm-up are start-up.
Without --data-dir a demo data dir with --invoices invoices is made in a temp folder. With one,
point it at a copy (opening a store may migrate it); PDFs go to a temp folder either way.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf import per_invoice_ms, sample_document

from facturas_app.bootstrap import build_services
from facturas_app.services.documents import BATCH, DocumentService
from facturas_app.services.pdf import render_invoice_pdf
from facturas_app.services.pdf.fonts import warm_up
from facturas_app.services.pdf.qr import qr_modules


def demo_data_dir(folder: Path, invoices: int) -> Path:
    from facturas_app.cli.main import main as cli

    code = cli(["--data-dir", str(folder), "demo", "--invoices", str(invoices)])
    if code != 0:
        raise SystemExit(f"demo failed ({code})")
    return folder


def render_only(documents: DocumentService) -> tuple[float, float, int]:
    ids = documents._all_invoice_ids()
    docs = [
        doc
        for start in range(0, len(ids), BATCH)
        for doc in documents._documents(ids[start : start + BATCH]).values()
    ]
    qr_modules.cache_clear()  # each invoice's QR is encoded once, as in a real export
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    for doc in docs:
        render_invoice_pdf(doc)
    n = len(docs)
    return (time.perf_counter() - started) * 1000 / n, (time.process_time() - cpu) * 1000 / n, n


def write_all(documents: DocumentService, out: Path) -> tuple[float, float, int]:
    """Per invoice after the first batch (the clock starts when BATCH files are written)."""
    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == BATCH:
            marks["wall"], marks["cpu"] = time.perf_counter(), time.process_time()

    qr_modules.cache_clear()
    gc.collect()
    paths = documents.write_all(out, progress=progress)
    wall, cpu = time.perf_counter(), time.process_time()
    counted = len(paths) - BATCH
    if counted <= 0:
        raise SystemExit(f"need more than {BATCH} invoices")
    return (wall - marks["wall"]) * 1000 / counted, (cpu - marks["cpu"]) * 1000 / counted, counted


def _ms(wall: float, cpu: float) -> str:
    return f"{wall:.2f} ms wall, {cpu:.2f} ms CPU per invoice"


def _ratio(wall: float, base_wall: float, cpu: float, base_cpu: float) -> str:
    return f"{wall / base_wall:.2f}x wall, {cpu / base_cpu:.2f}x CPU"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pdf_all_") as tmp:
        data_dir = args.data_dir or demo_data_dir(Path(tmp) / "data", args.invoices)
        services = build_services(data_dir)
        documents = DocumentService(services.store, services.clock)
        warm_up()
        doc = sample_document()
        one_wall, one_cpu = per_invoice_ms(lambda: render_invoice_pdf(doc), args.runs)
        print(f"single-render loop (15-line invoice x {args.runs}): {_ms(one_wall, one_cpu)}")
        wall, cpu, n = render_only(documents)
        print(f"render only, {n} data-dir invoices once each:   {_ms(wall, cpu)}")
        all_wall, all_cpu, n = write_all(documents, Path(tmp) / "out")
        print(
            f"write_all (invoice pdf --all), {n} after batch 1: {all_wall:.2f} ms wall, {all_cpu:.2f} ms CPU"
        )
        print(
            f"write_all / single-render loop: {all_wall / one_wall:.2f}x wall, {all_cpu / one_cpu:.2f}x CPU"
        )
        print(f"write_all / render only:        {all_wall / wall:.2f}x wall, {all_cpu / cpu:.2f}x CPU")
        services.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
