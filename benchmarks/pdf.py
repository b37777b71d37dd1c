"""ms per invoice: a 15-line invoice rendered 200 times (after one warm-up), fpdf2 vs WeasyPrint.

    /work/venv/bin/python benchmarks/pdf.py [--runs 200]

WeasyPrint is only a yardstick (pip install weasyprint); it is skipped when missing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facturas_app.domain.invoice import Invoice, InvoiceLine, Kind, Status
from facturas_app.domain.parties import Business, Client
from facturas_app.services.pdf import InvoiceDocument, build_document, render_invoice_pdf
from facturas_app.services.pdf import labels as L


def sample_document() -> InvoiceDocument:
    business = Business(
        name="Laura Gómez Ruiz",
        tax_id="12345678Z",
        address="Calle Mayor 1",
        postal_code="28001",
        city="Madrid",
        email="facturas@example.com",
        iban="ES9121000418450200051332",
        thank_you="¡Gracias por su confianza!",
        payment_link="https://pay.example/{number}",
    )
    client = Client(
        id="c1",
        name="Inmobiliaria Sol S.A.",
        tax_id="A58818501",
        address="Av. del Puerto 22",
        postal_code="46021",
        city="Valencia",
    )
    lines = tuple(
        InvoiceLine(
            description=f"Consultoría técnica, fase {i + 1}",
            quantity=Decimal(i % 4 + 1),
            unit_price=Decimal("85.50") + i,
            vat_rate=Decimal(21 if i % 3 else 10),
            unit="h",
        )
        for i in range(15)
    )
    invoice = Invoice(
        id="i1",
        client_id="c1",
        lines=lines,
        issue_date=dt.date(2026, 11, 26),
        due_date=dt.date(2026, 12, 26),
        kind=Kind.INVOICE,
        status=Status.ISSUED,
        series="F",
        number="F-2026-0001",
        irpf_rate=Decimal(15),
        payment_methods=("transfer",),
        notes="Entrega en obra.",
        thank_you=business.thank_you,
    )
    return build_document(invoice, business, client)


def equivalent_html(doc: InvoiceDocument) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{e(x.description)}</td><td>{L.number(x.quantity, 'es')}</td><td>{e(x.unit)}</td>"
        f"<td>{L.money(x.unit_price, 'es')}</td><td></td><td>{L.percent(x.vat_rate, 'es')}</td>"
        f"<td>{L.money(x.net, 'es')}</td></tr>"
        for x in doc.lines
    )
    taxes = "".join(
        f"<tr><td>{L.money(g.base, 'es')}</td><td>{L.percent(g.vat_rate, 'es')}</td>"
        f"<td>{L.money(g.vat, 'es')}</td></tr>"
        for g in doc.totals.groups
    )
    return f"""<html><head><style>
    @page {{ size: A4; margin: 15mm; @bottom-right {{ content: counter(page) "/" counter(pages); }} }}
    body {{ font-family: 'DejaVu Sans'; font-size: 9pt; }} table {{ width: 100%; border-collapse: collapse; }}
    th {{ background: #1F5F8B; color: white; }} td {{ border-bottom: 1px solid #eee; }}</style></head><body>
    <h2>{e(doc.issuer.name)}</h2><p>NIF {e(doc.issuer.tax_id)}<br>{"<br>".join(map(e, doc.issuer.address_lines))}</p>
    <h1>FACTURA {e(doc.number or "")}</h1><p>Cliente: {e(doc.client.name)} · NIF {e(doc.client.tax_id)}</p>
    <table><thead><tr><th>Descripción</th><th>Cant.</th><th>Ud.</th><th>Precio</th><th>Dto.</th><th>IVA</th>
    <th>Importe</th></tr></thead><tbody>{rows}</tbody></table>
    <table>{taxes}</table><p>Total factura {L.money(doc.totals.total, "es")}<br>
    IRPF {L.money(-doc.totals.irpf, "es")}<br><b>Importe a pagar {L.money(doc.totals.amount_due, "es")}</b></p>
    <p>IBAN ES91 2100 0418 4502 0005 1332</p><p>{e(doc.thank_you)}</p></body></html>"""


def per_invoice_ms(render: Callable[[], bytes], runs: int) -> tuple[float, float]:
    """(wall ms, CPU ms) per render; CPU time is the steadier figure on a busy machine."""
    render()  # warm-up: font parsing, imports
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(runs):
        render()
    return (time.perf_counter() - started) * 1000 / runs, (time.process_time() - cpu) * 1000 / runs


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    doc = sample_document()
    fpdf_ms, fpdf_cpu = per_invoice_ms(lambda: render_invoice_pdf(doc), args.runs)
    print(
        f"fpdf2 (facturas renderer): {fpdf_ms:.2f} ms per invoice, CPU {fpdf_cpu:.2f} ms "
        f"({args.runs} runs, 15 lines)"
    )
    first = time.perf_counter()
    render_invoice_pdf(doc, "moderna")
    print(f"one preview-style render: {(time.perf_counter() - first) * 1000:.2f} ms")
    try:
        from weasyprint import HTML
    except ImportError:
        print("WeasyPrint not installed: skipped (pip install weasyprint to compare)")
        return 0
    page = equivalent_html(doc)
    weasy_ms, weasy_cpu = per_invoice_ms(lambda: HTML(string=page).write_pdf(), args.runs)
    version = getattr(sys.modules.get("weasyprint"), "__version__", "?")
    print(f"WeasyPrint {version}: {weasy_ms:.2f} ms per invoice, CPU {weasy_cpu:.2f} ms")
    print(f"speed-up: {weasy_ms / fpdf_ms:.1f}x wall, {weasy_cpu / fpdf_cpu:.1f}x CPU (goal >= 8x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
