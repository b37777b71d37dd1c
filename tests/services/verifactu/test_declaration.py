"""The declaración responsable: every element Orden HAC/1177/2024 art. 15.1 asks for (letters a–l),
taken from the same constants the SistemaInformatico block carries, in Spanish and English; the
CLI prints it; the build stamp checks what a release build puts in."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from facturas_app import __version__, build_info
from facturas_app.services.verifactu.declaration import build_declaration, system_facts
from tests.cli.cli_helpers import REPO_ROOT, run_cli
from tests.services.verifactu.helpers import add_client, issue, open_services


def items(lang: str) -> dict[str, str]:
    return {item.letter: item.value for item in build_declaration(lang).items}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_required_element_is_there_with_the_build_constants(lang: str) -> None:
    values = items(lang)
    assert list(values) == list("abcdefghijkl")  # art. 15.1 a) … l), in that order
    assert all(values.values())
    assert values["a"] == build_info.SYSTEM_NAME == "Facturas"
    assert values["b"] == build_info.SYSTEM_ID
    assert values["c"] == __version__
    assert "VERI*FACTU" in values["d"] or "AEAT" in values["d"]  # what the software does
    assert values["e"] == ("Sí" if lang == "es" else "Yes")  # exclusively VERI*FACTU
    assert values["f"].startswith(("Sí", "Yes") if build_info.MULTI_TAXPAYER_CAPABLE else ("No",))
    assert values["h"] == build_info.PRODUCER_NAME
    assert values["i"] == build_info.PRODUCER_NIF
    assert values["j"] == build_info.PRODUCER_ADDRESS
    assert "1007/2023" in values["k"] and "HAC/1177/2024" in values["k"] and "29.2.j" in values["k"]
    # l) a complete date, day-month-year in that order, then at least town and country
    date_text, place = values["l"].split(", ", 1)
    assert dt.datetime.strptime(date_text, "%d-%m-%Y").date() == build_info.DECLARATION_DATE
    assert place == build_info.DECLARATION_PLACE and place.endswith("España")


def test_spanish_is_the_declaration_and_english_says_it_is_a_translation() -> None:
    spanish, english = build_declaration("es"), build_declaration("en")
    assert spanish.title.startswith("Declaración responsable") and not spanish.note
    assert "translation" in english.note.lower()
    assert spanish.as_text() != english.as_text()
    assert "h) Nombre y razón social" in spanish.as_text()


def test_the_declared_facts_are_the_producer_block_of_the_records() -> None:
    facts = system_facts()
    assert (facts["NombreRazon"], facts["NIF"], facts["IdSistemaInformatico"], facts["Version"]) == (
        build_info.PRODUCER_NAME, build_info.PRODUCER_NIF, build_info.SYSTEM_ID, __version__,
    )  # fmt: skip
    assert facts["TipoUsoPosibleSoloVerifactu"] == "S"


def test_cli_prints_the_declaration_text_and_json(tmp_path: Path) -> None:
    text = run_cli(tmp_path / "data", "declaration")
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Declaración responsable")
    assert f"i) NIF de la entidad productora: {build_info.PRODUCER_NIF}" in text.stdout
    english = run_cli(tmp_path / "data", "--lang", "en", "declaration", "--json")
    assert english.returncode == 0, english.stderr
    data = json.loads(english.stdout)
    assert data["lang"] == "en" and [i["letter"] for i in data["items"]] == list("abcdefghijkl")
    assert data["system"]["NIF"] == build_info.PRODUCER_NIF
    assert not (tmp_path / "data").exists()  # the declaration needs no data folder


# --- the build stamp (packaging/stamp_build_info.py) ---------------------------------------------


def stamp_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "stamp_build_info", REPO_ROOT / "packaging" / "stamp_build_info.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_stamp_takes_the_producer_from_the_environment_and_checks_it() -> None:
    stamp = stamp_module()
    assert stamp.collect({}) == {}  # no variables: the repository defaults stay
    environ = {"FACTURAS_PRODUCER_NAME": "Programas Ejemplo SL", "FACTURAS_PRODUCER_NIF": "b-00000034",
               "FACTURAS_DECLARATION_DATE": "2027-01-04"}  # fmt: skip
    values = stamp.collect(environ)
    assert values == {"PRODUCER_NAME": "Programas Ejemplo SL", "PRODUCER_NIF": "B00000034",
                      "DECLARATION_DATE": dt.date(2027, 1, 4)}  # fmt: skip
    with pytest.raises(SystemExit, match="NIF"):
        stamp.collect({"FACTURAS_PRODUCER_NIF": "B00000035"})  # wrong check digit
    with pytest.raises(SystemExit, match="120"):
        stamp.collect({"FACTURAS_PRODUCER_NAME": "Programas <Ejemplo> SL"})  # AEAT refuses < >
    with pytest.raises(SystemExit, match="2 characters"):
        stamp.collect({"FACTURAS_SYSTEM_ID": "FAC"})


def test_a_stamped_build_declares_and_records_the_stamped_producer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What the spec writes is what build_info applies: the stamp module is put in place in memory
    (never in the shared source tree), build_info re-run, then restored."""
    source = (REPO_ROOT / "facturas_app" / "build_info.py").read_text(encoding="utf-8")
    assert re.search(r'^PRODUCER_NIF = "B00000034"', source, re.M)  # the repository's default
    assert not (REPO_ROOT / "facturas_app" / "_build_stamp.py").exists()  # never left in the tree
    fake = ModuleType("facturas_app._build_stamp")
    fake.__dict__.update(PRODUCER_NAME="Programas Ejemplo SL", PRODUCER_NIF="A58818501", VERSION="9.9")
    monkeypatch.setitem(sys.modules, "facturas_app._build_stamp", fake)
    try:
        importlib.reload(build_info)
        assert (build_info.PRODUCER_NAME, build_info.PRODUCER_NIF) == ("Programas Ejemplo SL", "A58818501")
        assert __version__ == build_info.VERSION  # not stampable: a build cannot declare another version
        assert items("es")["h"] == "Programas Ejemplo SL"
        services = open_services(tmp_path)
        try:
            issue(services, add_client(services))
            xml = services.verifactu.documents()[0].decode()
        finally:
            services.close()
        assert "<sf:NombreRazon>Programas Ejemplo SL</sf:NombreRazon><sf:NIF>A58818501</sf:NIF>" in xml
    finally:
        monkeypatch.delitem(sys.modules, "facturas_app._build_stamp")
        importlib.reload(build_info)
    assert build_info.PRODUCER_NIF == "B00000034"
