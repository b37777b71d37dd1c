"""The SistemaInformatico block names the software's producer from facturas_app.build_info, never
the taxpayer; records stored before the flags joined the payload still decode and export."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from facturas_app import __version__, build_info
from facturas_app.bootstrap import Services
from facturas_app.domain.identifiers import is_valid_tax_id
from facturas_app.services.verifactu.payload import Software, decode
from facturas_app.services.verifactu.settings import SETTING_INSTALLATION
from facturas_app.services.verifactu.xml import NS_SF, SoftwareInfo, validate_document
from tests.services.verifactu.helpers import BUSINESS, add_client, issue, open_services, raw

SF = {"sf": NS_SF}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path)
    yield services
    services.close()


def producer_blocks(services: Services) -> list[etree._Element]:
    documents = services.verifactu.documents()
    assert documents
    for xml in documents:
        assert validate_document(xml) == []
    return [n for xml in documents for n in etree.fromstring(xml).iterfind(".//sf:SistemaInformatico", SF)]


def field(node: etree._Element, tag: str) -> str:
    return str(node.findtext(f"sf:{tag}", namespaces=SF))


def test_the_constants_fit_aeat_schema_and_the_nif_validates() -> None:
    assert is_valid_tax_id(build_info.PRODUCER_NIF, "ES")
    assert 0 < len(build_info.PRODUCER_NAME) <= 120
    assert 0 < len(build_info.SYSTEM_NAME) <= 30 and build_info.SYSTEM_NAME == "Facturas"
    assert 0 < len(build_info.SYSTEM_ID) <= 2
    assert __version__ == build_info.VERSION
    # The declaration says the app signs no records (letter g): only true while it is VERI*FACTU only.
    assert build_info.ONLY_VERIFACTU is True


def test_a_new_record_names_the_producer_never_the_taxpayer(services: Services) -> None:
    assert (BUSINESS["name"], BUSINESS["tax_id"]) != (build_info.PRODUCER_NAME, build_info.PRODUCER_NIF)
    client = add_client(services)
    issue(services, client)
    issue(services, client)

    blocks = producer_blocks(services)
    assert len(blocks) == 2
    with services.store.read() as tx:
        installation = tx.get_setting(SETTING_INSTALLATION)
    for node in blocks:
        assert field(node, "NombreRazon") == build_info.PRODUCER_NAME
        assert field(node, "NIF") == build_info.PRODUCER_NIF
        assert field(node, "NombreSistemaInformatico") == "Facturas"
        assert field(node, "IdSistemaInformatico") == build_info.SYSTEM_ID
        assert field(node, "Version") == __version__
        assert field(node, "NumeroInstalacion") == installation  # made once, kept in settings
        assert field(node, "TipoUsoPosibleSoloVerifactu") == "S"
        assert field(node, "TipoUsoPosibleMultiOT") == ("S" if build_info.MULTI_TAXPAYER_CAPABLE else "N")
        assert field(node, "IndicadorMultiplesOT") == ("S" if build_info.MULTIPLE_TAXPAYERS else "N")
        text = etree.tostring(node, encoding="unicode")
        assert BUSINESS["name"] not in text and BUSINESS["tax_id"] not in text


def test_the_old_producer_settings_no_longer_reach_the_record(services: Services) -> None:
    """Installations that once stored the taxpayer as 'producer' must not keep sending it."""
    with services.store.write() as tx:
        tx.set_setting("verifactu.producer_name", BUSINESS["name"])
        tx.set_setting("verifactu.producer_nif", BUSINESS["tax_id"])
    issue(services, add_client(services))

    (node,) = producer_blocks(services)
    assert (field(node, "NombreRazon"), field(node, "NIF")) == (
        build_info.PRODUCER_NAME,
        build_info.PRODUCER_NIF,
    )


def test_a_payload_stored_before_the_flags_decodes_and_exports_as_written(
    services: Services, tmp_path: Path
) -> None:
    issue(services, add_client(services))
    connection = raw(tmp_path)
    ((row_id, text),) = connection.execute("SELECT id, payload FROM verifactu_records").fetchall()
    values = json.loads(text)
    # What the app stored before this change: the taxpayer as producer, six software fields.
    values["software"] = {"producer_name": "Laura Gómez Ruiz", "producer_nif": "12345678Z",
                          "installation_number": "inst1", "system_name": "Facturas", "system_id": "FA",
                          "version": "0.1.0"}  # fmt: skip
    old = json.dumps(values, ensure_ascii=False, sort_keys=True)
    _replace_payload(connection, row_id, old)

    software = decode(old).software
    assert software == Software("Laura Gómez Ruiz", "12345678Z", "inst1", "Facturas", "FA", "0.1.0")
    assert (software.only_verifactu, software.multi_taxpayer_capable, software.multiple_taxpayers) == (
        True, False, False,
    )  # fmt: skip
    (node,) = producer_blocks(services)  # a stored record is exported as it was written
    assert field(node, "NombreRazon") == "Laura Gómez Ruiz"
    assert [field(node, t) for t in ("TipoUsoPosibleSoloVerifactu", "TipoUsoPosibleMultiOT",
                                     "IndicadorMultiplesOT")] == ["S", "N", "N"]  # fmt: skip
    assert services.verifactu.verify().intact  # the hash never covered the producer


def test_software_info_defaults_come_from_the_build_constants() -> None:
    info = SoftwareInfo(build_info.PRODUCER_NAME, build_info.PRODUCER_NIF, "inst")
    assert (info.system_name, info.system_id, info.version) == (
        build_info.SYSTEM_NAME, build_info.SYSTEM_ID, build_info.VERSION,
    )  # fmt: skip
    assert (info.only_verifactu, info.multi_taxpayer_capable, info.multiple_taxpayers) == (
        build_info.ONLY_VERIFACTU, build_info.MULTI_TAXPAYER_CAPABLE, build_info.MULTIPLE_TAXPAYERS,
    )  # fmt: skip


def _replace_payload(connection: sqlite3.Connection, row_id: str, payload: str) -> None:
    """Puts an older app's payload in place: the records are append-only, so the guard triggers
    are lifted for this one update and put back exactly as they were."""
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='verifactu_records'"
    ).fetchall()
    for name, _sql in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    connection.execute("UPDATE verifactu_records SET payload = ? WHERE id = ?", (payload, row_id))
    for _name, sql in triggers:
        connection.execute(sql)
    connection.close()
