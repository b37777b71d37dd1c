"""Importing received UBL invoices (#21's target: 1,000 in under 10 s). The invoices are CEN's
guide-example1 (tests/data/einvoice/en16931/examples) with only its ID and its buyer's tax id
edited (the business's own, so each is addressed to us): every one is read, schema-checked,
checked against EN 16931 where the CEN rules run, and stored with its file. Two ways are timed in
fresh data folders: `import_file` once per file (one transaction each, as the window's drop does)
and `import_files` with all of them (one transaction, as `expense import FILE...`); and the
readers alone, to show what storing adds. Prints JSON.

    .venv/bin/python benchmarks/expense_import.py [COUNT] [--with-cen]

By default it measures what the installed app does: the installers ship neither saxonche nor the
CEN stylesheet, so an installed app checks schema and sums and says the CEN rules did not run.
`--with-cen` keeps saxonche importable, as in a developer's checkout (11–20 ms more a file).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facturas_app.bootstrap import build_services  # noqa: E402
from tests.services.purchases.ubl_samples import addressed_to, example  # noqa: E402

BUSINESS = {"name": "Laura Gómez Ruiz", "tax_id": "12345678Z", "country": "ES"}
TARGET_S = 10.0


def invoices(count: int) -> list[tuple[str, bytes]]:
    model = example("guide-example1.xml")
    ours = addressed_to(model, "ES12345678Z")
    return [(f"recibida-{i:05d}.xml", addressed_to(ours, "ES12345678Z", f"FV-{i:05d}")) for i in range(count)]


def _timed(files: list[tuple[str, bytes]], one_by_one: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        services = build_services(Path(folder), today=dt.date(2026, 11, 26))
        try:
            services.business.save_payload(BUSINESS)
            started = time.perf_counter()
            if one_by_one:
                results = [services.expenses.import_file(name, data) for name, data in files]
            else:
                results = services.expenses.import_files(files)
            elapsed = time.perf_counter() - started
            stored = len(services.expenses.list())
        finally:
            services.close()
    refused = sum(1 for r in results if r.error is not None)
    return {"seconds": round(elapsed, 2), "per_file_ms": round(elapsed * 1000 / len(files), 2),
            "stored": stored, "refused": refused,
            "under_target_for_1000": elapsed * 1000 / len(files) < TARGET_S}  # fmt: skip


def _reading_only(files: list[tuple[str, bytes]]) -> dict[str, object]:
    """incoming.read_incoming alone (parse, schema, CEN rules, sums): what storing adds is the rest."""
    from facturas_app.services.purchases.incoming import read_incoming

    started = time.perf_counter()
    for name, data in files:
        read_incoming(name, data, BUSINESS["tax_id"])
    elapsed = time.perf_counter() - started
    return {"seconds": round(elapsed, 2), "per_file_ms": round(elapsed * 1000 / len(files), 2)}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with_cen = "--with-cen" in sys.argv
    if not with_cen:
        sys.modules["saxonche"] = None  # type: ignore[assignment]  # as in the installed app
    count = int(args[0]) if args else 1000
    files = invoices(count)
    figures = {
        "invoices": count,
        "cen_rules": with_cen,
        "bytes_each": len(files[0][1]),
        "target_s": TARGET_S,
        "import_file_one_by_one": _timed(files, one_by_one=True),
        "import_files_one_transaction": _timed(files, one_by_one=False),
        "reading_only": _reading_only(files),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
