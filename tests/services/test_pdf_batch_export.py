"""`invoice pdf --all` (DocumentService.write_all, batched) writes the same bytes as `invoice pdf
NUMBER`, reports progress per file and stops between files when cancelled."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from facturas_app.cli.main import main as cli
from facturas_app.services import documents as documents_module
from facturas_app.services.pdf import invoice_file_name
from tests.services.pdf_helpers import World, make_world

MIXED_LINES = [
    {"description": "Consultoría", "quantity": "12", "unit": "h", "unit_price": "85.50", "vat_rate": "21"},
    {"description": "Material", "quantity": "3", "unit_price": "10", "vat_rate": "10",
     "surcharge_rate": "1.4", "discount_percent": "5"},
    {"description": "Formación bonificada", "quantity": "1", "unit_price": "200", "vat_rate": "0",
     "exemption": "E1"},
]  # fmt: skip


@pytest.fixture
def world(tmp_path: Path):  # type: ignore[no-untyped-def]
    w = make_world(tmp_path)
    yield w
    w.services.close()


def _invoices(world: World) -> list[str]:
    """Numbers (ids for drafts) of a varied set: full with IRPF and recargo, English client,
    simplified, rectifying, a draft, and invoices issued after the IBAN was removed."""
    full = world.issue(world.es_client, MIXED_LINES, irpf_rate="15", notes="Entrega en obra.")
    keys = [full, world.issue(world.en_client, irpf_rate="0")]
    keys.append(world.issue(world.es_client, [MIXED_LINES[0]], kind="simplified"))
    saved = world.services.invoices.rectify(full, {"lines": MIXED_LINES[:1]}, "Precio mal aplicado", "R1")
    keys.append(str(world.services.invoices.issue(saved.invoice.id).number))
    keys.append(world.draft(world.en_client, MIXED_LINES))
    business = world.services.business.get()
    world.services.business.save(replace(business, iban="", payment_link=""))
    keys.append(world.issue(world.es_client, irpf_rate="15"))
    keys.append(world.issue(world.en_client, MIXED_LINES))
    return keys


def _cli_pdf(world: World, key: str, target: Path) -> bytes:
    data_dir = world.services.store.path.parent
    assert cli(["--data-dir", str(data_dir), "invoice", "pdf", key, "-o", str(target)]) == 0
    return target.read_bytes()


def test_write_all_writes_the_same_bytes_as_invoice_pdf_number(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = _invoices(world)
    issued = world.services.invoices.get(keys[0])
    assert world.services.verifactu.qr_url_for(issued)  # the VERI*FACTU QR lookup is exercised too
    monkeypatch.setattr(documents_module, "BATCH", 3)  # batch edges fall between related invoices
    written = world.documents.write_all(tmp_path / "all")
    assert len(written) == len(keys)
    by_name = {path.name: path for path in written}
    for key in keys:
        doc = world.documents.invoice_document(key)
        invoice = world.services.invoices.get(key)
        name = invoice_file_name(doc.number, doc.client.name, invoice.id)
        expected = _cli_pdf(world, key, tmp_path / "one" / name)
        assert by_name[name].read_bytes() == expected, key
    assert not list((tmp_path / "all").glob(".tmp-*"))  # no temp files left behind


def test_progress_counts_every_file_and_cancel_stops_inside_a_batch(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = _invoices(world)
    monkeypatch.setattr(documents_module, "BATCH", 5)
    seen: list[tuple[int, int]] = []
    written = world.documents.write_all(
        tmp_path / "some",
        progress=lambda done, total: seen.append((done, total)),
        cancel=lambda: len(seen) >= 3,
    )
    assert len(written) == 3  # stopped after the third file, in the middle of the first batch
    assert seen == [(1, len(keys)), (2, len(keys)), (3, len(keys))]
    assert sorted(p.name for p in (tmp_path / "some").iterdir()) == sorted(p.name for p in written)
    seen.clear()
    everything = world.documents.write_all(tmp_path / "every", progress=lambda d, t: seen.append((d, t)))
    assert [d for d, _ in seen] == list(range(1, len(keys) + 1))
    assert len(everything) == len(keys)


def test_same_bytes_without_any_verifactu_record(world: World, tmp_path: Path) -> None:
    world.services.verifactu.set_mode("off")  # no records: the batch skips the per-invoice lookup
    keys = [world.issue(world.es_client, irpf_rate="15"), world.issue(world.en_client, MIXED_LINES)]
    assert not world.services.verifactu.rows()
    written = {p.name: p for p in world.documents.write_all(tmp_path / "all")}
    for key in keys:
        doc = world.documents.invoice_document(key)
        assert doc.verifactu_qr_url is None
        name = invoice_file_name(doc.number, doc.client.name, world.services.invoices.get(key).id)
        assert written[name].read_bytes() == _cli_pdf(world, key, tmp_path / "one" / name)
