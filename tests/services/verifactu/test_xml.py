"""RegFactuSistemaFacturacion documents: every record kind validates against AEAT's own XSD."""

from __future__ import annotations

import datetime as dt
import filecmp
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from facturas_app import __version__, build_info
from facturas_app.domain.verifactu import (
    AltaRecord,
    AnulacionRecord,
    BreakdownDetail,
    ChainRecord,
    ForeignId,
    InvoiceRef,
    Recipient,
    RectificationAmounts,
    build_alta,
    build_anulacion,
)
from facturas_app.services.verifactu.xml import (
    NS_SF,
    SoftwareInfo,
    Taxpayer,
    build_document,
    build_documents,
    document_element,
    schema_dir,
    split_batches,
    validate_document,
)

D = Decimal
NIF = "89890001K"
TAXPAYER = Taxpayer("Emisor Ejemplo SL", NIF)
SOFTWARE = SoftwareInfo(
    producer_name="Facturas Software SL", producer_nif="B00000034", installation_number="inst-0001"
)
T0 = dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC)
ES_CUSTOMER = Recipient("Cliente Nacional SL", nif="B12345674")
FR_CUSTOMER = Recipient("Client Français SARL", foreign_id=ForeignId("02", "FR40303265045", country="FR"))
US_CUSTOMER = Recipient("US Customer Inc", foreign_id=ForeignId("04", "98-7654321", country="US"))
NS = {"sf": NS_SF}


def alta(
    number: str, groups: tuple[BreakdownDetail, ...], previous: ChainRecord | None = None, **facts: object
) -> AltaRecord:
    """An alta whose totals come from its groups, as the core would compute them."""
    cuota = sum(((g.tax or 0) + (g.surcharge or 0) for g in groups), D(0))
    bases = sum((g.base for g in groups), D(0))
    values: dict[str, object] = {
        "issuer_nif": NIF,
        "issuer_name": TAXPAYER.name,
        "number": number,
        "issue_date": dt.date(2027, 1, 4),
        "invoice_type": "F1",
        "description": "Servicios profesionales",
        "breakdown": groups,
        "cuota_total": cuota,
        "importe_total": bases + cuota,
        "previous": previous,
        "generated_at": T0,
        "recipients": (ES_CUSTOMER,),
    }
    values.update(facts)
    return build_alta(**values)  # type: ignore[arg-type]


def f1_with_surcharge() -> AltaRecord:
    return alta(
        "A-1",
        (
            BreakdownDetail(
                "S1",
                base=D("100.00"),
                rate=D("21"),
                tax=D("21.00"),
                surcharge_rate=D("5.2"),
                surcharge=D("5.20"),
            ),
            BreakdownDetail("S1", base=D("10.00"), rate=D("10"), tax=D("1.00")),
            BreakdownDetail("S1", base=D("5.00"), rate=D("0"), tax=D("0.00")),
        ),
    )


def f2_simplified() -> AltaRecord:
    return alta(
        "T-1",
        (BreakdownDetail("S1", base=D("8.26"), rate=D("21"), tax=D("1.74")),),
        invoice_type="F2",
        recipients=(),
    )


def r1_substitution() -> AltaRecord:
    return alta(
        "R-1",
        (BreakdownDetail("S1", base=D("90.00"), rate=D("21"), tax=D("18.90")),),
        invoice_type="R1",
        rectification_kind="S",
        rectified=(InvoiceRef(NIF, "A-1", dt.date(2027, 1, 4)), InvoiceRef(NIF, "A-2", dt.date(2027, 1, 4))),
        rectification_amounts=RectificationAmounts(D("100.00"), D("21.00"), D("5.20")),
        operation_date=dt.date(2027, 1, 3),
    )


def r4_by_differences() -> AltaRecord:
    return alta(
        "R-2",
        (BreakdownDetail("S1", base=D("-10.00"), rate=D("21"), tax=D("-2.10")),),
        invoice_type="R4",
        rectification_kind="I",
        rectified=(InvoiceRef(NIF, "A-3", dt.date(2026, 12, 30)),),
    )


def s2_reverse_charge() -> AltaRecord:
    return alta("A-2", (BreakdownDetail("S2", base=D("1500.00")),), recipients=(FR_CUSTOMER,))


def e1_exempt() -> AltaRecord:
    return alta("A-3", (BreakdownDetail("E1", base=D("60.00")),))


def e5_intra_eu_and_not_subject() -> AltaRecord:
    groups = (BreakdownDetail("E5", base=D("300.00")), BreakdownDetail("N2", base=D("40.00")))
    return alta("A-4", groups, recipients=(US_CUSTOMER,))


def anulacion() -> AnulacionRecord:
    return build_anulacion(
        cancelled=InvoiceRef(NIF, "A-1", dt.date(2027, 1, 4)), previous=None, generated_at=T0
    )


RECORD_KINDS: dict[str, Callable[[], ChainRecord]] = {
    "F1 with surcharge": f1_with_surcharge,
    "F2 simplified": f2_simplified,
    "R1 substitution": r1_substitution,
    "R4 differences": r4_by_differences,
    "S2 reverse charge": s2_reverse_charge,
    "E1 exempt": e1_exempt,
    "E5 and N2": e5_intra_eu_and_not_subject,
    "anulacion": anulacion,
}


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_record_kind_validates_against_the_aeat_schema(kind: str) -> None:
    xml = build_document([RECORD_KINDS[kind]()], TAXPAYER, SOFTWARE)
    assert validate_document(xml) == []


def test_a_chain_of_mixed_records_is_one_valid_document_in_chain_order() -> None:
    records: list[ChainRecord] = []
    for make in RECORD_KINDS.values():
        records.append(rechain(make(), records[-1] if records else None))
    xml = build_document(records, TAXPAYER, SOFTWARE)
    assert validate_document(xml) == []
    hashes = etree.fromstring(xml).xpath(
        "//sf:RegistroAlta/sf:Huella | //sf:RegistroAnulacion/sf:Huella", namespaces=NS
    )
    assert [h.text for h in hashes] == [r.huella for r in records]
    previous_hashes = etree.fromstring(xml).xpath("//sf:RegistroAnterior/sf:Huella", namespaces=NS)
    assert [h.text for h in previous_hashes] == [r.huella for r in records[:-1]]


def rechain(record: ChainRecord, previous: ChainRecord | None) -> ChainRecord:
    """The same facts chained after `previous` (what the core does for the next record)."""
    if isinstance(record, AnulacionRecord):
        cancelled = InvoiceRef(record.issuer_nif, record.number, record.issue_date)
        return build_anulacion(cancelled=cancelled, previous=previous, generated_at=record.generated_at)
    return build_alta(
        issuer_nif=record.issuer_nif, issuer_name=record.issuer_name, number=record.number,
        issue_date=record.issue_date, invoice_type=record.invoice_type, description=record.description,
        breakdown=record.breakdown, cuota_total=record.cuota_total, importe_total=record.importe_total,
        previous=previous, generated_at=record.generated_at, recipients=record.recipients,
        rectification_kind=record.rectification_kind, rectified=record.rectified,
        rectification_amounts=record.rectification_amounts, operation_date=record.operation_date,
    )  # fmt: skip


def registro(record: ChainRecord) -> etree._Element:
    root = etree.fromstring(build_document([record], TAXPAYER, SOFTWARE))
    found: list[etree._Element] = root.xpath("//sf:RegistroAlta | //sf:RegistroAnulacion", namespaces=NS)
    return found[0]


def test_alta_writes_amounts_with_two_decimals_and_the_first_record_flag() -> None:
    node = registro(f1_with_surcharge())
    assert node.findtext("sf:CuotaTotal", namespaces=NS) == "27.20"
    assert node.findtext("sf:ImporteTotal", namespaces=NS) == "142.20"
    assert node.findtext("sf:Encadenamiento/sf:PrimerRegistro", namespaces=NS) == "S"
    first = node.find("sf:Desglose/sf:DetalleDesglose", namespaces=NS)
    assert [child.text for child in first] == ["01", "01", "S1", "21.00", "100.00", "21.00", "5.20", "5.20"]
    assert node.findtext("sf:FechaHoraHusoGenRegistro", namespaces=NS) == "2027-01-04T10:00:00+01:00"
    assert node.findtext("sf:TipoHuella", namespaces=NS) == "01"


def test_reverse_charge_states_rate_and_cuota_zero_and_exempt_states_neither() -> None:
    s2 = registro(s2_reverse_charge()).find("sf:Desglose/sf:DetalleDesglose", namespaces=NS)
    assert s2.findtext("sf:TipoImpositivo", namespaces=NS) == "0.00"
    assert s2.findtext("sf:CuotaRepercutida", namespaces=NS) == "0.00"
    e1 = registro(e1_exempt()).find("sf:Desglose/sf:DetalleDesglose", namespaces=NS)
    assert e1.findtext("sf:OperacionExenta", namespaces=NS) == "E1"
    assert e1.find("sf:TipoImpositivo", namespaces=NS) is None
    assert e1.find("sf:CuotaRepercutida", namespaces=NS) is None


def test_rectifying_invoice_lists_the_invoices_it_corrects() -> None:
    node = registro(r1_substitution())
    assert node.findtext("sf:TipoRectificativa", namespaces=NS) == "S"
    numbers = node.xpath(
        "sf:FacturasRectificadas/sf:IDFacturaRectificada/sf:NumSerieFactura/text()", namespaces=NS
    )
    assert numbers == ["A-1", "A-2"]
    assert node.findtext("sf:ImporteRectificacion/sf:CuotaRecargoRectificado", namespaces=NS) == "5.20"


def test_software_block_describes_this_app() -> None:
    block = registro(anulacion()).find("sf:SistemaInformatico", namespaces=NS)
    flags = [build_info.ONLY_VERIFACTU, build_info.MULTI_TAXPAYER_CAPABLE, build_info.MULTIPLE_TAXPAYERS]
    assert [child.text for child in block] == [
        "Facturas Software SL", "B00000034", "Facturas", "FA", __version__, "inst-0001",
        *("S" if flag else "N" for flag in flags),
    ]  # fmt: skip


def test_twelve_groups_are_allowed() -> None:
    groups = tuple(
        BreakdownDetail("S1", base=D(f"{n}.00"), rate=D("21"), tax=D(n * 21) / 100) for n in range(1, 13)
    )
    assert validate_document(build_document([alta("A-12", groups)], TAXPAYER, SOFTWARE)) == []


def test_validate_document_reports_schema_errors() -> None:
    root = document_element([e1_exempt()], TAXPAYER, SOFTWARE)
    desglose = root.find(".//sf:Desglose", namespaces=NS)
    for _ in range(12):
        desglose.append(etree.fromstring(etree.tostring(desglose[0])))
    errors = validate_document(etree.tostring(root))
    assert errors and "DetalleDesglose" in errors[0]
    assert validate_document(b"<not-closed>") != []


def test_split_batches_keeps_order_and_size() -> None:
    batches = split_batches(list(range(2500)))
    assert [len(b) for b in batches] == [1000, 1000, 500]
    assert [n for batch in batches for n in batch] == list(range(2500))
    assert split_batches([]) == []
    with pytest.raises(ValueError):
        split_batches([1], size=1001)


def test_build_documents_splits_a_long_chain_into_valid_documents() -> None:
    records: list[ChainRecord] = []
    group = (BreakdownDetail("S1", base=D("10.00"), rate=D("21"), tax=D("2.10")),)
    for n in range(1001):
        records.append(alta(f"A-{n:05}", group, records[-1] if records else None))
    documents = build_documents(records, TAXPAYER, SOFTWARE)
    assert len(documents) == 2
    assert all(validate_document(xml) == [] for xml in documents)
    second = etree.fromstring(documents[1])
    assert second.findtext(".//sf:RegistroAnterior/sf:NumSerieFactura", namespaces=NS) == "A-00999"


def test_document_refuses_other_issuers_and_bad_sizes() -> None:
    with pytest.raises(ValueError, match="other issuers"):
        document_element([e1_exempt()], Taxpayer("Otro", "B12345674"), SOFTWARE)
    with pytest.raises(ValueError):
        document_element([], TAXPAYER, SOFTWARE)


def test_schemas_are_found_and_shipped_copies_match_the_official_ones() -> None:
    found = schema_dir()
    assert (found / "SuministroLR.xsd").is_file()
    shipped = Path(__file__).resolve().parents[3] / "resources" / "verifactu" / "xsd"
    official = shipped.parents[3] / "shared" / "verifactu" / "xsd"
    if not official.is_dir():
        pytest.skip("no ../shared beside the repository")
    names = sorted(p.name for p in official.glob("*.xsd"))
    _same, mismatch, errors = filecmp.cmpfiles(official, shipped, names, shallow=False)
    assert (mismatch, errors) == ([], [])
