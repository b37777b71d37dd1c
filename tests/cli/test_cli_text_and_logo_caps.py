"""Caps on what one PDF has to lay out or embed (#17): a 10 MB description took 150–230 s and a 50 MB
logo made every PDF 49 MB. Texts over their cap are refused at input (exit 2, nothing stored); a
large logo is scaled down once when it is set, a huge one (or a non-image) refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.cli_helpers import BUSINESS, CLIENT, LINE, dump_tables, run_cli, seed_in_process

WORDS = "Consultoría técnica de sistemas " * 400


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    base = tmp_path_factory.mktemp("template")
    client_id, _ = seed_in_process(base)
    return base, client_id


@pytest.fixture
def data_dir(template: tuple[Path, str], tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(template[0], target)
    return target


def _draft(client_id: str, lines: int, length: int, notes: int = 0) -> str:
    line = {**LINE, "description": WORDS[:length]}
    return json.dumps({"client_id": client_id, "notes": "n" * notes, "lines": [line] * lines})


@pytest.mark.parametrize(
    ("lines", "length", "notes", "field"),
    [
        (1, 2001, 0, "Línea 1 · Descripción: es demasiado largo: 2001 caracteres (máx. 2.000)"),
        (1, 10, 10_001, "Notas: es demasiado largo: 10001 caracteres (máx. 10.000)"),
        (51, 2000, 0, "Líneas: es demasiado largo: 102000 caracteres (máx. 100.000)"),
    ],
)
def test_texts_over_their_cap_are_refused(
    template: tuple[Path, str], data_dir: Path, lines: int, length: int, notes: int, field: str
) -> None:
    before = dump_tables(data_dir)
    result = run_cli(data_dir, "invoice", "draft", "-", stdin=_draft(template[1], lines, length, notes))
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"facturas: {field}"
    assert dump_tables(data_dir) == before


def test_texts_at_their_cap_are_taken(template: tuple[Path, str], data_dir: Path) -> None:
    result = run_cli(data_dir, "invoice", "draft", "-", stdin=_draft(template[1], 50, 2000, 10_000))
    assert result.returncode == 0, result.stderr
    client = run_cli(
        data_dir, "client", "add", "-", stdin=json.dumps({**CLIENT, "tax_id": "", "notes": "x" * 10_001})
    )
    assert client.returncode == 2 and "Notas:" in client.stderr


def _set_logo(data_dir: Path, path: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(
        data_dir, "business", "set", "-", "--json", stdin=json.dumps({**BUSINESS, "logo_path": str(path)})
    )


def test_a_huge_or_unreadable_logo_is_refused_and_nothing_changes(data_dir: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.png"
    huge.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (6 * 1024 * 1024))
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not an image")
    before = dump_tables(data_dir)
    for logo, says in ((huge, "ocupa 6,0 MB; el máximo es 5,0 MB"), (not_an_image, "no se puede leer")):
        result = _set_logo(data_dir, logo)
        assert result.returncode == 2, result.stderr
        assert says in result.stderr and "Logotipo:" in result.stderr
    assert dump_tables(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith("logo")) == []


def test_a_large_logo_is_scaled_down_once_and_pdfs_stay_small(data_dir: Path, tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "photo.jpg"
    Image.effect_noise((2400, 1800), 80).convert("RGB").save(photo, quality=95)
    small = tmp_path / "small.png"
    Image.new("RGBA", (400, 200), (31, 95, 139, 255)).save(small)

    result = _set_logo(data_dir, photo)
    assert result.returncode == 0, result.stderr
    kept = Path(json.loads(result.stdout)["logo_path"])
    assert kept.parent == data_dir and kept.name == "logo-small.jpg"
    with Image.open(kept) as scaled:
        assert scaled.size == (1200, 900)
    assert kept.stat().st_size < 1024 * 1024 and photo.exists()

    number = _issue_one(data_dir)
    assert run_cli(data_dir, "invoice", "pdf", number, "-o", str(tmp_path / "f.pdf")).returncode == 0
    assert (tmp_path / "f.pdf").stat().st_size < kept.stat().st_size + 400_000

    result = _set_logo(data_dir, small)  # a small logo is kept where it is, as before
    assert json.loads(result.stdout)["logo_path"] == str(small)


def _issue_one(data_dir: Path) -> str:
    client_id = json.loads(run_cli(data_dir, "client", "list", "--json").stdout)[0]["id"]
    draft = json.loads(run_cli(data_dir, "invoice", "draft", "-", stdin=_draft(client_id, 1, 40)).stdout)[
        "id"
    ]
    return str(json.loads(run_cli(data_dir, "invoice", "issue", draft, "--json").stdout)["number"])
