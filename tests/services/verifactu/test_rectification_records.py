"""The VERI*FACTU record of a rectifying invoice states its method: TipoRectificativa S with the
rectified amounts (ImporteRectificacion), or I (by differences) without them; both XSD-valid."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from facturas_app.bootstrap import Services
from facturas_app.services.verifactu.xml import NS_SF, validate_document
from tests.services.verifactu.helpers import add_client, issue, line, open_services

NS = {"sf": NS_SF}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "data")
    yield services
    services.close()


def rectifying_alta(services: Services, tmp_path: Path, number: str) -> etree._Element:
    xml = services.verifactu.export(tmp_path / "out.xml")[0].read_bytes()
    assert validate_document(xml) == []
    altas = etree.fromstring(xml).findall(".//sf:RegistroAlta", NS)
    return next(a for a in altas if a.findtext("sf:IDFactura/sf:NumSerieFactura", namespaces=NS) == number)


@pytest.mark.parametrize(
    ("method", "lines", "tipo", "importe_total"),
    [("substitution", [line("80.00")], "S", "290.40"), ("differences", [line("-5.50")], "I", "-19.97")],
)
def test_the_record_says_how_the_invoice_corrects(
    services: Services,
    tmp_path: Path,
    method: str,
    lines: list[dict[str, str]],
    tipo: str,
    importe_total: str,
) -> None:
    original = issue(services, add_client(services))
    draft = services.invoices.rectify(original.number or "", {"lines": lines}, "Precio", "R1", method)
    rect = services.invoices.issue(draft.invoice.id)
    alta = rectifying_alta(services, tmp_path, rect.number or "")
    assert alta.findtext("sf:TipoFactura", namespaces=NS) == "R1"
    assert alta.findtext("sf:TipoRectificativa", namespaces=NS) == tipo
    assert alta.findtext("sf:ImporteTotal", namespaces=NS) == importe_total
    rectified = alta.findtext(
        "sf:FacturasRectificadas/sf:IDFacturaRectificada/sf:NumSerieFactura", namespaces=NS
    )
    assert rectified == original.number
    amounts = alta.find("sf:ImporteRectificacion", NS)
    if tipo == "S":  # the amounts of the invoice replaced
        assert amounts is not None and amounts.findtext("sf:BaseRectificada", namespaces=NS) == "256.50"
    else:
        assert amounts is None
