"""Issue #18: PDFs with real data keep every block apart and on the page, for every template and language.

The layout is read back from the PDF itself (pdfplumber: text runs, QR module rectangles, images):
see pdf_layout_checks for what counts as a collision.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from fpdf import FPDF

from facturas_app.services.pdf import TEMPLATES, document_text, render_invoice_pdf
from tests.services import pdf_stress_docs as stress
from tests.services.pdf_helpers import IBAN, decode_qrs, make_world, pdf_text
from tests.services.pdf_layout_checks import MM, QUIET_ZONE, layout_problems, page_count, page_qrs, page_runs

CASES = ("wholesaler", "sixty_lines", "quote", "rectifying")


@pytest.fixture(scope="module")
def logo(tmp_path_factory: pytest.TempPathFactory) -> str:
    return stress.wide_logo(tmp_path_factory.mktemp("logo"))


@pytest.mark.parametrize("lang", ("es", "en"))
@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("case", CASES)
def test_nothing_overlaps_and_nothing_leaves_the_page(case: str, template: str, lang: str, logo: str) -> None:
    data = render_invoice_pdf(stress.stress_document(case, lang, logo), template)
    problems = layout_problems(data)
    assert problems == [], "\n".join(problems[:15])


def test_the_checker_sees_collisions() -> None:
    """The checker itself: text drawn over text, glued text, a QR's quiet zone, the paper's edge."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.text(20, 20, "Importe a pagar")
    pdf.text(20.2 + pdf.get_string_width("Importe a pagar"), 20, "14.076.905,05")
    pdf.text(100, 20, "Base imponible")
    pdf.text(103, 20.5, "Not subject")
    pdf.text(205, 100, "off the page")
    pdf.set_font("helvetica", size=4)
    pdf.text(20, 150, "tiny")
    from facturas_app.services.pdf.qr import draw_qr

    draw_qr(pdf, "BCD\n002\n1\nSCT\n\nX\nES9121000418450200051332\nEUR1.00\n\n\nF1", 20, 40, 24)
    pdf.set_font("helvetica", size=6)
    pdf.text(24, 40 + 24 + 1.5, "Scan to pay")
    problems = "\n".join(layout_problems(bytes(pdf.output())))
    assert "'Importe a pagar' runs into '14.076.905,05'" in problems
    assert "overlaps 'Not subject'" in problems
    assert "'off the page' leaves the page" in problems
    assert "'tiny' set at 4.0 pt" in problems
    assert "'Scan to pay' inside a QR's quiet zone" in problems


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_word_is_printed_and_no_replacement_character(template: str, tmp_path: Path, logo: str) -> None:
    doc = stress.stress_document("sixty_lines", "es", logo)
    text = pdf_text(render_invoice_pdf(doc, template), tmp_path)
    words = " ".join(text.split())
    for expected in (
        *stress.NAME_120.split(),
        *stress.ADDRESS_120.split(),
        "抹茶",
        "🎉",
        "🎁",
        "❤",
        "🙏",
        "📦",
    ):
        assert expected in words, expected
    assert "\ufffd" not in text
    assert "Importe a pagar " in words and doc.totals.amount_due > Decimal("10000000")


@pytest.mark.parametrize("lang", ("es", "en"))
def test_quote_shows_one_total_line(lang: str) -> None:
    data = render_invoice_pdf(stress.stress_document("quote", lang))
    runs = [r for page in range(1, page_count(data) + 1) for r in page_runs(data, page)]
    assert [r.text for r in runs if r.text.startswith("Total")] == ["Total"]


def test_payment_qr_captions_sit_below_their_qr_outside_its_quiet_zone() -> None:
    data = render_invoice_pdf(stress.stress_document("wholesaler", "es"))
    pages = {n: page_qrs(data, n) for n in range(1, page_count(data) + 1)}
    assert len(pages[1]) >= 1 and sum(len(q) for q in pages.values()) == 3  # VERI*FACTU, SEPA, link
    (page,) = [n for n, qrs in pages.items() if len([q for q in qrs if q.x1 - q.x0 < 30 * MM]) == 2]
    captions = [r for r in page_runs(data, page) if r.text in ("Escanee para pagar (SEPA)", "Pagar en línea")]
    assert len(captions) == 2
    for caption in captions:
        (qr,) = [q for q in pages[page] if q.x0 <= (caption.x0 + caption.x1) / 2 <= q.x1]
        assert QUIET_ZONE <= caption.top - qr.bottom <= QUIET_ZONE + 3 * MM


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.services.close()


def _qrs(data: bytes, folder: Path) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    return decode_qrs(data, folder)


def test_sepa_qr_asks_for_what_is_still_owed(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client, irpf_rate="15")  # to pay 1717.20
    world.services.payments.add(number, Decimal("717.20"))
    data = world.documents.pdf_bytes(number)
    qrs = _qrs(data, tmp_path / "qr")
    assert [q.split("\n")[7] for q in qrs if q.startswith("BCD")] == ["EUR1000.00"]
    assert f"https://pay.example.com/p?ref={number}&eur=1000.00" in qrs


def test_no_payment_qr_when_nothing_is_owed(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    paid = world.issue(world.es_client, irpf_rate="15")
    world.services.payments.add(paid, Decimal("1717.20"))
    cancelled = world.issue(world.es_client)
    world.services.invoices.cancel(cancelled, "Error en el pedido")
    for number in (paid, cancelled):
        data = world.documents.pdf_bytes(number)
        qrs = _qrs(data, tmp_path / number.replace("/", "_"))
        assert not [q for q in qrs if q.startswith("BCD") or "pay.example.com" in q], (number, qrs)
        assert IBAN[:4] in pdf_text(data, tmp_path).replace(" ", "")  # the bank details stay printed


def test_intra_eu_invoice_shows_the_issuers_vat_number_with_es(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    french = world.client("Société Lumière SARL", tax_id="FR40303265045", country="FR", city="Lyon")
    lines = [
        {"description": "Licencias", "quantity": "1", "unit_price": "100", "vat_rate": "0", "exemption": "E5"}
    ]
    number = world.issue(french, lines)
    text = pdf_text(world.documents.pdf_bytes(number), tmp_path)
    assert "ES12345678Z" in text
    domestic = pdf_text(world.documents.pdf_bytes(world.issue(world.es_client)), tmp_path, "es.pdf")
    assert "ES12345678Z" not in domestic and "12345678Z" in domestic


def test_cli_pdf_all_honours_the_template(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client)
    world.services.close()
    root = Path(__file__).resolve().parents[2]
    base = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path / "data"), "invoice", "pdf"]
    outputs = {}
    for template in TEMPLATES:
        folder = tmp_path / template
        done = subprocess.run(
            [*base, "--all", "--template", template, "-o", str(folder)], cwd=root, capture_output=True
        )
        assert done.returncode == 0, done.stderr
        (single,) = folder.iterdir()
        one = tmp_path / f"{template}.pdf"
        done = subprocess.run(
            [*base, number, "--template", template, "-o", str(one)], cwd=root, capture_output=True
        )
        assert done.returncode == 0, done.stderr
        assert single.read_bytes() == one.read_bytes()
        outputs[template] = single.read_bytes()
    assert len(set(outputs.values())) == 3


@pytest.mark.parametrize("lang", ("es", "en"))
def test_measured_widths_are_fpdf2s_own(lang: str) -> None:
    """The renderer's fast width (memoised, one font) gives what fpdf2's get_string_width gives."""
    from facturas_app.services.pdf import fonts
    from facturas_app.services.pdf.render import Painter
    from facturas_app.services.pdf.templates import theme_for

    for case in ("wholesaler", "quote"):
        doc = stress.stress_document(case, lang)
        if case == "quote":  # the lite path: Latin text only, no fallback fonts
            doc = replace(doc, lines=doc.lines[4:5], notes="", thank_you="")
            doc = replace(doc, issuer=replace(doc.issuer, trade_name=""))
        pdf = FPDF(unit="mm")
        fonts.register_fonts(pdf, document_text(doc))
        assert bool(pdf._fallback_font_ids) == (case == "wholesaler")  # both ways of measuring
        painter = Painter(pdf, doc, theme_for("clasica", "#1F5F8B"))
        for size, bold in ((8.5, False), (10.5, True)):
            painter.font(size, bold)
            for text in ("1.234.567,891234\u00a0€", "Importe a pagar", "21 %+5,2", doc.lines[0].description):
                assert painter.width(text) == pytest.approx(pdf.get_string_width(text), abs=1e-9)
