"""`facturas --self-test`: proves an installation (source or frozen) has every part it needs.

It opens a temporary database, renders a PDF with the bundled font, checks that a keyring backend
is usable and that SSL CA certificates load; exit 0, or it says exactly what is missing.
"""

from __future__ import annotations

import importlib
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _check_database(workdir: Path) -> str:
    from facturas_app.bootstrap import build_services

    services = build_services(workdir / "data")
    try:
        with services.store.read() as tx:
            tx.count_clients()
    finally:
        services.close()
    return "ok"


def _check_pdf(workdir: Path) -> str:
    from facturas_app.paths import resource_path

    font = resource_path("fonts", "DejaVuSans.ttf")
    if not font.exists():
        raise RuntimeError(f"bundled font missing: {font}")
    from fpdf import FPDF

    # fpdf2 reaches these on some paths; the bundle ships them as plain Python (facturas.spec)
    importlib.import_module("fontTools.misc.bezierTools")
    importlib.import_module("fontTools.varLib.iup")
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(font))
    pdf.set_font("DejaVu", size=12)
    pdf.cell(text="Factura F-2026-0001 · 1.234,56 € ñ")
    pdf.set_text_shaping(True)  # Arabic and Hebrew need uharfbuzz: a bundle without it fails here
    pdf.cell(text=" شركة · חברה")
    data = bytes(pdf.output())
    if not data.startswith(b"%PDF"):
        raise RuntimeError("PDF output is not a PDF")
    return f"ok ({len(data)} bytes)"


def _check_bank(workdir: Path) -> str:
    """What a bundle could lack: sepaxml's ISO schema, schwifty's bank registry, the statement
    parsers (norma43, pycamt) — each used the way the app uses it."""
    from facturas_app.domain.sepa import bic_of
    from facturas_app.services.bank.statement import read_statement
    from facturas_app.services.sepa.pain008 import _schema

    _schema()  # the pain.008.001.02 XSD, compiled
    bic = bic_of("ES9121000418450200051332")
    if not bic:
        raise RuntimeError("schwifty's bank registry is missing")
    camt = (
        b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt>'
        b"<Acct><Id><IBAN>ES9121000418450200051332</IBAN></Id></Acct></Stmt></BkToCstmrStmt></Document>"
    )
    accounts = read_statement(camt)
    return f"BIC {bic}, CAMT account {accounts[0].account}"


def _check_einvoice(workdir: Path) -> str:
    """What a bundle could lack for e-invoices (#20): signxml and its schemas, cryptography's RSA;
    a Facturae root signed XAdES-EPES with a throw-away key, then verified."""
    import datetime as dt

    from signxml import XMLVerifier

    from facturas_app.services.einvoice.facturae_sign import sign_facturae

    key, cert = _throwaway_certificate()
    root = b'<fe:Facturae xmlns:fe="http://www.facturae.gob.es/formato/Versiones/Facturaev3_2_2.xml"/>'
    signed = sign_facturae(root, key, cert, [], signing_time=dt.datetime.now(dt.UTC))
    XMLVerifier().verify(signed, x509_cert=cert, expect_references=3)
    return f"ok ({len(signed)} bytes signed)"


def _throwaway_certificate() -> tuple[Any, Any]:
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Facturas self-test")])
    now = dt.datetime.now(dt.UTC)
    builder = x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
    builder = builder.serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
    return key, builder.sign(key, hashes.SHA256())


def _check_keyring(workdir: Path) -> str:
    import keyring
    from keyring.backends import fail, null

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise RuntimeError(f"no usable keyring backend ({name}); the password will be asked each time")
    return f"ok ({name})"


def _check_ssl(workdir: Path) -> str:
    import ssl

    context = ssl.create_default_context()
    count = len(context.get_ca_certs())
    if count == 0:
        paths = ssl.get_default_verify_paths()
        raise RuntimeError(f"no CA certificates loaded (cafile={paths.cafile}, capath={paths.capath})")
    return f"ok ({count} CA certificates)"


CHECKS: dict[str, Callable[[Path], str]] = {
    "database": _check_database,
    "pdf": _check_pdf,
    "keyring": _check_keyring,
    "bank": _check_bank,
    "einvoice": _check_einvoice,
    "ssl": _check_ssl,
}


def run_self_test(ctx: Any = None) -> int:
    results: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="facturas-selftest-") as tmp:
        for name, check in CHECKS.items():
            try:
                results[name] = {"status": "ok", "detail": check(Path(tmp))}
            except Exception as exc:  # each failure is reported by name, never as a traceback
                results[name] = {"status": "failed", "detail": f"{type(exc).__name__}: {exc}"}
    ok = all(r["status"] == "ok" for r in results.values())
    sys.stdout.write(json.dumps({"ok": ok, "checks": results}, ensure_ascii=False, indent=2) + "\n")
    return 0 if ok else 1
