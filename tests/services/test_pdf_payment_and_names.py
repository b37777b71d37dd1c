"""EPC QR decoded from page 1, payment link annotation, VERI*FACTU box, robust text, safe names, CLI."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from facturas_app.services.pdf import render_invoice_pdf
from facturas_app.services.pdf.filenames import invoice_file_name, safe_component
from facturas_app.services.pdf.qr import epc_payload
from tests.services.pdf_helpers import IBAN, decode_qrs, make_world, pdf_text, qpdf_ok

VERIFACTU_URL = (
    "https://prewww2.aeat.es/wlpl/TIKE-CONT/ValidarQR?nif=89890001K&numserie=12345678%26G33"
    "&fecha=01-01-2024&importe=241.4"
)


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.services.close()


def test_epc_qr_on_page_one_decodes_to_the_payload(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client, irpf_rate="15")
    qrs = decode_qrs(world.documents.pdf_bytes(number), tmp_path)
    expected = f"BCD\n002\n1\nSCT\n\nLaura Gómez Ruiz\n{IBAN}\nEUR1717.20\n\n\n{number}"
    assert expected in qrs
    link = f"https://pay.example.com/p?ref={number}&eur=1717.20"
    assert link in qrs


def test_no_epc_qr_without_iban(tmp_path: Path) -> None:
    w = make_world(tmp_path, iban="", payment_link="")
    number = w.issue(w.es_client)
    data = w.documents.pdf_bytes(number)
    assert not any(q.startswith("BCD") for q in decode_qrs(data, tmp_path))  # no SEPA QR
    assert "IBAN" not in pdf_text(data, tmp_path)
    w.services.close()


def test_payment_link_is_a_uri_link_annotation(world) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client, irpf_rate="15")
    page = PdfReader(io.BytesIO(world.documents.pdf_bytes(number))).pages[0]
    uris = [
        a.get_object()["/A"]["/URI"] for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"
    ]
    assert f"https://pay.example.com/p?ref={number}&eur=1717.20" in uris


def test_payment_link_placeholders_are_url_quoted() -> None:
    from decimal import Decimal

    from facturas_app.services.pdf.model import fill_payment_link

    url = fill_payment_link("https://x.example/pay/{number}?a={amount}", "F/2026 1&2", Decimal("10.5"))
    assert url == "https://x.example/pay/F%2F2026%201%262?a=10.50"


def test_verifactu_qr_is_drawn_in_the_reserved_top_right_box(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    number = world.issue(world.es_client)
    doc = replace(world.documents.invoice_document(number), verifactu_qr_url=VERIFACTU_URL)
    data = render_invoice_pdf(doc)
    assert VERIFACTU_URL in decode_qrs(data, tmp_path)
    text = pdf_text(data, tmp_path, "v.pdf")
    assert "QR tributario:" in text and "VERI*FACTU" in text
    # the label sits in the top-right box: pdftotext -bbox gives its position in points
    bbox = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(tmp_path / "v.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(row for row in bbox.splitlines() if ">QR<" in row)
    x_min = float(line.split('xMin="')[1].split('"')[0])
    y_min = float(line.split('yMin="')[1].split('"')[0])
    assert x_min > 155 * 72 / 25.4 and y_min < 20 * 72 / 25.4


def test_epc_payload_limits() -> None:
    from decimal import Decimal

    payload = epc_payload(
        "N" * 200, "ES91 2100 0418 4502 0005 1332", Decimal("0.5"), "R" * 300, bic="caixesbbxxx"
    )
    fields = payload.split("\n")
    assert fields[:4] == ["BCD", "002", "1", "SCT"] and fields[4] == "CAIXESBBXXX"
    assert len(fields[5]) == 70 and fields[6] == IBAN and fields[7] == "EUR0.50" and len(fields[10]) == 140
    assert len(payload.encode()) <= 331


@pytest.mark.parametrize(
    "name",
    [
        "Ünïcødé 😀🎉 Café",
        "株式会社 山田商事",
        "شركة النور",
        'חברת אור בע"מ',
        "Mixed 山田 😀 نور \x07 bell",
        "Nuevo 🫠",
    ],
)
def test_emoji_cjk_rtl_names_do_not_crash(world, tmp_path: Path, name: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if "\x07" in name:  # refused at input since #17: stored by an older app, the PDF must still render
        from facturas_app.domain import text_rules

        monkeypatch.setattr(text_rules, "refused_characters", lambda text, multiline=False: "")
    client = world.client(name)
    number = world.issue(
        client,
        [{"description": f"Servicio para {name}", "quantity": "1", "unit_price": "10", "vat_rate": "21"}],
    )
    data = world.documents.pdf_bytes(number)
    assert qpdf_ok(data, tmp_path)
    text = pdf_text(data, tmp_path)
    if "山田" in name:
        assert "山田" in text  # CJK drawn with the bundled fallback font, not replaced
    if "😀" in name:
        assert "😀" in text  # DejaVu Sans has a few monochrome emoji
    if "🎉" in name:
        assert "🎉" in text  # the bundled monochrome emoji fallback (SymbolaEmoji)
    if "🫠" in name:  # Unicode 14: in no bundled font, a visible white square rather than "�"
        assert "Nuevo \u25a1" in text and "\ufffd" not in text


@pytest.mark.parametrize(
    "client_name",
    [
        "../../x",
        "CON",
        "a/b",
        "nul.txt",
        "con.pdf",
        "x\x00y\x1fz",
        "..",
        "  trailing. ",
        'a\\b:c*d?e"f<g>h|i',
        "LPT1",
    ],
)
def test_safe_file_names(client_name: str, tmp_path: Path) -> None:
    name = invoice_file_name("F-2026-0001", client_name)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not any(c in name for c in '<>:"|?*') and all(ord(c) >= 32 for c in name)
    stem = name.removesuffix(".pdf")
    assert stem.split(".")[0].strip().upper() not in {"CON", "NUL", "LPT1", "PRN", "AUX"}
    assert not stem.endswith((" ", ".")) and not stem.startswith(".")
    target = (tmp_path / name).resolve()
    assert target.parent == tmp_path.resolve()


def test_reserved_device_names_are_prefixed() -> None:
    assert safe_component("CON") == "_CON"
    assert safe_component("nul.txt") == "_nul.txt"
    assert safe_component("../../x") == "x"
    assert invoice_file_name("F-2026-0001", "Inmobiliaria Sol") == "F-2026-0001 Inmobiliaria Sol.pdf"


def test_cli_pdf_one_and_all(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = world.client("../../x")
    dos = world.client("CON")
    numbers = [world.issue(world.es_client), world.issue(bad), world.issue(dos)]
    world.draft(world.en_client)
    world.services.close()
    root = Path(__file__).resolve().parents[2]
    base = [sys.executable, "-m", "facturas_app", "--data-dir", str(tmp_path / "data")]
    one = tmp_path / "one.pdf"
    done = subprocess.run(
        [*base, "invoice", "pdf", numbers[0], "-o", str(one)], cwd=root, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    assert one.read_bytes().startswith(b"%PDF")
    out_dir = tmp_path / "out" / "nested"
    done = subprocess.run(
        [*base, "invoice", "pdf", "--all", "-o", str(out_dir)], cwd=root, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    files = sorted(p.name for p in out_dir.iterdir())
    assert len(files) == 4 and all(p.parent == out_dir for p in out_dir.iterdir())
    assert (
        f"{numbers[0]} Inmobiliaria Sol S.A.pdf" in files and f"{numbers[2]} CON.pdf" in files
    )  # only a bare device name is reserved
    assert any(f.startswith("BORRADOR") for f in files)
    assert not (tmp_path / "x").exists()
    missing = subprocess.run(
        [*base, "invoice", "pdf", "F-9999-0001", "-o", str(one)], cwd=root, capture_output=True, text=True
    )
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
