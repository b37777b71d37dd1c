"""`invoice pdf --all` against the single-render cost, in one run (issue #4, "Speed").

    /work/venv/bin/python benchmarks/pdf_all.py [--invoices 1000] [--data-dir DIR] [--runs 200] [--repeat 3]

Prints ms per invoice, wall and CPU, each the best of --repeat runs:
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
    return f"{wall:6.2f} wall, {cpu:6.2f} CPU"


def _ratio(value: tuple[float, float], base: tuple[float, float]) -> str:
    return f"{value[0] / base[0]:.2f}x wall, {value[1] / base[1]:.2f}x CPU"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pdf_all_") as tmp:
        data_dir = args.data_dir or demo_data_dir(Path(tmp) / "data", args.invoices)
        services = build_services(data_dir)
        documents = DocumentService(services.store, services.clock)
        warm_up()
        doc = sample_document()
        best: dict[str, tuple[float, float]] = {}
        for _ in range(args.repeat):  # best of N per figure: the machine is shared and noisy
            one = per_invoice_ms(lambda: render_invoice_pdf(doc), args.runs)
            only = render_only(documents)
            batch = write_all(documents, Path(tmp) / "out")
            for key, (wall, cpu, *_) in (("one", one), ("only", only), ("all", batch)):
                old = best.get(key, (wall, cpu))
                best[key] = (min(wall, old[0]), min(cpu, old[1]))
        n = only[2]
        print(f"best of {args.repeat} run(s); ms per invoice")
        print(f"single-render loop (15-line invoice x {args.runs}):  {_ms(*best['one'])}")
        print(f"render only, {n} data-dir invoices once each:    {_ms(*best['only'])}")
        print(f"write_all (invoice pdf --all), after batch 1:  {_ms(*best['all'])}")
        print(f"write_all / single-render loop: {_ratio(best['all'], best['one'])}")
        print(f"write_all / render only:        {_ratio(best['all'], best['only'])}")
        services.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
