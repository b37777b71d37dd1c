"""Facturae 3.2.2 per-invoice cost over a data dir's invoices (issue #20), unsigned and signed.

    .venv/bin/python benchmarks/facturae.py [--invoices 1000] [--data-dir DIR] [--repeat 3]

Prints ms per invoice, wall and CPU, the best of --repeat runs, for
  1. facturae_bytes over the documents of the data dir's issued invoices (built beforehand);
  2. the same plus the XAdES-EPES signature, with a throw-away RSA-2048 certificate (what FACe
     users sign with), i.e. what `invoice export --all --format facturae` pays before writing.
Validation (schema, signature checks) is excluded: it is the tests' job. Invoices Facturae cannot
express (a buyer without tax id or Spanish postal code) are counted, not timed twice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.einvoice import demo_data_dir, issued_documents
from facturas_app.bootstrap import build_services
from facturas_app.domain.errors import ValidationFailed
from facturas_app.services.documents import DocumentService
from facturas_app.services.einvoice.facturae import facturae_bytes
from facturas_app.services.einvoice.facturae_sign import sign_facturae
from facturas_app.services.pdf import InvoiceDocument


def throwaway_certificate() -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "BENCHMARK 12345678Z")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return key, cert


def timed(docs: list[InvoiceDocument], write: Callable[[InvoiceDocument], bytes]) -> tuple[float, float, int]:
    gc.collect()
    started, cpu = time.perf_counter(), time.process_time()
    refused = 0
    for doc in docs:
        try:
            write(doc)
        except ValidationFailed:
            refused += 1
    n = len(docs)
    return (time.perf_counter() - started) * 1000 / n, (time.process_time() - cpu) * 1000 / n, refused


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data_dir or demo_data_dir(Path(tmp) / "data", args.invoices)
        services = build_services(folder)
        docs = issued_documents(DocumentService(services.store, services.clock))
        key, cert = throwaway_certificate()

        def signed(doc: InvoiceDocument) -> bytes:
            return sign_facturae(facturae_bytes(doc), key, cert, [], signing_time=dt.datetime.now(dt.UTC))

        for label, write in (("facturae_bytes", facturae_bytes), ("facturae_bytes + XAdES-EPES", signed)):
            best = min((timed(docs, write) for _ in range(args.repeat)), key=lambda r: r[0])
            wall, cpu, refused = best
            print(f"{label}: {wall:.2f} ms wall, {cpu:.2f} ms CPU per invoice", end=" ")
            print(f"({len(docs)} invoices, {refused} refused)")
        services.close()


if __name__ == "__main__":
    main()
