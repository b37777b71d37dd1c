"""Control characters, lone surrogates and noncharacters (#17): refused at input through the real CLI
(exit 2, one line naming the field and the code point, nothing stored); and what an older app
already stored still exports — the VERI*FACTU XML, the XLSX book and the quarter pack."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_helpers import BUSINESS, CLIENT, LINE, TODAY, dump_tables, run_cli, seed_in_process

# JSON escapes, so the very bytes reach the CLI as a user (or a script) would send them.
REFUSED = {
    "nul": ("\\u0000", "U+0000"),
    "vertical_tab": ("\\u000b", "U+000B"),
    "escape": ("\\u001b", "U+001B"),
    "newline": ("\\n", "U+000A"),
    "c1_next_line": ("\\u0085", "U+0085"),
    "line_separator": ("\\u2028", "U+2028"),
    "noncharacter_ffff": ("\\uffff", "U+FFFF"),
    "noncharacter_fdd0": ("\\ufdd0", "U+FDD0"),
    "lone_surrogate": ("\\ud800", "U+D800"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("template")
    client_id, _ = seed_in_process(base, issue=1)
    return base, client_id


def _copy(template: tuple[Path, str], tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(template[0], target)
    return target


def _client_with(escape: str) -> str:
    return json.dumps({**CLIENT, "tax_id": "", "name": "Sol<X>Luna S.A."}).replace("<X>", escape)


def _assert_refused(result: Any, field: str, code_point: str) -> None:
    """`field` as the screens name it (issue #18: 'Ciudad', not 'city')."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"{field}:" in lines[0] and code_point in lines[0], lines[0]


def test_client_add_refuses_each_character_and_stores_nothing(
    template: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir = _copy(template, tmp_path, "clients")
    before = dump_tables(data_dir)

    def one(item: tuple[str, tuple[str, str]]) -> tuple[str, str, Any]:
        _, (escape, code_point) = item
        return escape, code_point, run_cli(data_dir, "client", "add", "-", stdin=_client_with(escape))

    with ThreadPoolExecutor(max_workers=2) as pool:
        for escape, code_point, result in pool.map(one, REFUSED.items()):
            _assert_refused(result, "Nombre", code_point)
            assert "\x1b" not in result.stderr and "\x00" not in result.stderr, escape
    assert dump_tables(data_dir) == before


def test_business_set_and_draft_refuse_and_name_the_field(template: tuple[Path, str], tmp_path: Path) -> None:
    data_dir = _copy(template, tmp_path, "business")
    before = dump_tables(data_dir)
    business = json.dumps({**BUSINESS, "city": "Ma<X>drid"}).replace("<X>", "\\u001b")
    _assert_refused(run_cli(data_dir, "business", "set", "-", stdin=business), "Ciudad", "U+001B")
    line = json.dumps({**LINE, "description": "Consul<X>ta"}).replace("<X>", "\\u0000")
    draft = f'{{"client_id": "{template[1]}", "lines": [{line}]}}'
    refused = run_cli(data_dir, "invoice", "draft", "-", stdin=draft)
    _assert_refused(refused, "Línea 1 · Descripción", "U+0000")
    assert dump_tables(data_dir) == before


def test_multi_line_fields_keep_tab_and_line_breaks(template: tuple[Path, str], tmp_path: Path) -> None:
    data_dir = _copy(template, tmp_path, "multiline")
    line = {**LINE, "description": "Consultoría\n\tfase 1\r\nfase 2"}
    draft = json.dumps({"client_id": template[1], "notes": "Gracias.\nPago a 30 días", "lines": [line]})
    result = run_cli(data_dir, "invoice", "draft", "-", "--json", stdin=draft)
    assert result.returncode == 0, result.stderr
    shown = json.loads(run_cli(data_dir, "invoice", "show", json.loads(result.stdout)["id"], "--json").stdout)
    assert shown["lines"][0]["description"] == "Consultoría\n\tfase 1\r\nfase 2"


def test_refused_value_is_never_echoed_across_two_lines(tmp_path: Path) -> None:
    """mail configure echoed `--host 'smtp.example.com\\nX'` back on two lines; --user took it."""
    common = ["mail", "configure", "--port", "587", "--security", "starttls", "--from", "a@example.com"]
    host = run_cli(tmp_path, *common, "--host", "smtp.example.com\nX", "--user", "u")
    assert host.returncode == 2 and len(host.stderr.strip().splitlines()) == 1, host.stderr
    assert "smtp.example.com\\nX" in host.stderr
    user = run_cli(tmp_path, *common, "--host", "smtp.example.com", "--user", "u\nX")
    _assert_refused(user, "Usuario", "U+000A")
    assert "smtp.example.com" not in repr(dump_tables(tmp_path))  # no mail settings stored


def _seed_with_stored_controls(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An older app, before input refused these characters: names and a description hold them."""
    from facturas_app.bootstrap import build_services
    from facturas_app.domain import text_rules

    monkeypatch.setattr(text_rules, "refused_characters", lambda text, multiline=False: "")
    services = build_services(data_dir, today=dt.date.fromisoformat(TODAY))
    try:
        services.business.save_payload({**BUSINESS, "trade_name": "Gómez\x1b\x0bConsultoría"})
        client = {**CLIENT, "name": "Sol\x00\x0b\x1b\uffff S.A.", "address": "Av\x0c \ufdd0Puerto"}
        client_id = services.clients.add_payload(client).id
        line = {**LINE, "description": "Consul\x00toría\x0b\uffff"}
        draft = services.invoices.create_draft_from_payload({"client_id": client_id, "lines": [line]})
        services.invoices.issue(draft.invoice.id)
    finally:
        services.close()


def test_stored_controls_still_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from facturas_app.services.verifactu.xml import validate_document

    _seed_with_stored_controls(tmp_path, monkeypatch)
    monkeypatch.undo()
    out = tmp_path / "out"
    out.mkdir()
    exported = run_cli(tmp_path, "verifactu", "export", "-o", str(out / "vf.xml"))
    book = run_cli(tmp_path, "report", "book", "--year", "2026", "-o", str(out / "book.xlsx"))
    pack = run_cli(
        tmp_path, "report", "pack", "--year", "2026", "--quarter", "4", "-o", str(out / "pack.zip")
    )
    for result in (exported, book, pack):
        assert result.returncode == 0, (result.stdout, result.stderr)
    xml = (out / "vf.xml").read_bytes()
    assert validate_document(xml) == []
    assert "Sol\ufffd\ufffd\ufffd\ufffd S.A." in xml.decode() and "Consul\ufffdtoría" in xml.decode()
    assert "Sol\ufffd\ufffd\ufffd\ufffd S.A." in _xlsx_texts((out / "book.xlsx").read_bytes())
    with zipfile.ZipFile(out / "pack.zip") as pack_zip:
        # the sales book's XLSX (the received book, #21, holds no client name)
        books = [n for n in pack_zip.namelist() if n.endswith(".xlsx") and "expedidas" in n]
        assert books and all("Sol\ufffd" in _xlsx_texts(pack_zip.read(n)) for n in books)


def _xlsx_texts(data: bytes) -> str:
    import io

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    return "\n".join(str(v) for sheet in workbook for row in sheet.iter_rows(values_only=True) for v in row)
