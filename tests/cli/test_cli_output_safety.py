"""No `-o` can destroy the books (#17): every command that takes `-o`, found by walking the real
parser (a command added later is covered without touching this file), is pointed at the live
database, at it through a symlink, at its -wal file, at an unrelated existing file, at /dev/null
and at a FIFO — each refused with exit 2 and the target unchanged byte for byte — and at a new
path, which works. After every run the database opens, is intact and holds its invoices.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from facturas_app.bootstrap import Services
from facturas_app.cli.main import build_parser
from facturas_app.cli.output import output_commands
from facturas_app.domain.sepa import creditor_id_for
from tests.cli.cli_helpers import DB_FILENAME, TODAY, draft_json, run_cli, seed_in_process

RUN_DAY = "2027-02-01"  # the invoices are overdue: the demand letter has something to demand
# The value each required argument takes, by its argparse dest. A new command whose argument is
# not here fails test_every_output_command_has_arguments below (add its value, it is then covered).
VALUES = {"number": "{number}", "id": "{payment}", "year": "2026", "quarter": "4"}
VALUES["collection_date"] = "2027-02-10"  # sepa remittance: a TARGET2 day after RUN_DAY's notice
VALUES.update(expense_id="{expense}", status="paid")  # expense status -o: the supplier's response (#21)
# Commands whose -o means different things by their other arguments: each way is a case.
VARIANTS = {("invoice", "pdf"): [["{number}"], ["--all"]], ("export",): [["clients"], ["--all"]]}
VARIANTS[("invoice", "export")] = [["{number}", "--format", "ubl"], ["--all", "--format", "ubl"]]
SUFFIXES = {
    ("report", "book"): ".xlsx",
    ("report", "pack"): ".zip",
    ("backup",): ".sqlite3",
    ("verifactu", "export"): ".xml",
    ("sepa", "remittance"): ".xml",
    ("invoice", "export"): ".xml",
    ("expense", "status"): ".xml",
}


def _required(parser: object) -> list[str]:
    argv: list[str] = []
    for action in parser._actions:  # type: ignore[attr-defined]
        if "-o" in action.option_strings or not (action.required or not action.option_strings):
            continue
        if action.nargs == "?" or action.dest == "help":
            continue
        value = VALUES.get(action.dest, f"<no value for {action.dest}>")
        argv += [action.option_strings[0], value] if action.option_strings else [value]
    return argv


def output_argvs() -> list[tuple[str, ...]]:
    cases = []
    for words, parser in output_commands(build_parser()):
        for extra in VARIANTS.get(tuple(words), [_required(parser)]):
            cases.append((*words, *extra))
    return cases


ARGVS = output_argvs()


def _suffix(argv: tuple[str, ...]) -> str:
    if argv[:1] == ("export",):
        return ".csv" if "clients" in argv else ".zip"
    return next((s for words, s in SUFFIXES.items() if argv[: len(words)] == words), ".pdf")


@dataclass
class World:
    data_dir: Path
    numbers: list[str]
    payment: str
    expense: str = ""

    @property
    def db(self) -> Path:
        return self.data_dir / DB_FILENAME

    def argv(self, argv: tuple[str, ...], output: Path | str, *extra: str) -> list[str]:
        filled = [a.format(number=self.numbers[0], payment=self.payment, expense=self.expense) for a in argv]
        return [*filled, "-o", str(output), *extra]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    from facturas_app.bootstrap import build_services

    data_dir = tmp_path_factory.mktemp("books") / "data"
    client_id, _ = seed_in_process(data_dir)
    services = build_services(data_dir, today=dt.date.fromisoformat(TODAY))
    try:
        numbers = _direct_debit_invoices(services, client_id)
        payment = services.payments.add(numbers[1], Decimal("10.00")).id
        expense = services.expenses.add(_EXPENSE).id
    finally:
        services.close()
    return World(data_dir, numbers, payment, expense)


_EXPENSE = {"supplier": {"name": "Papelería Sol S.L.", "tax_id": "B12345674"}, "number": "FV-1",
            "issue_date": "2026-11-20", "taxes": [{"base": "100.00", "vat_rate": "21"}]}  # fmt: skip


def _direct_debit_invoices(services: Services, client_id: str) -> list[str]:
    """Two issued invoices paid by direct debit under a mandate: `sepa remittance` has work (#19)."""
    business = services.business.get()
    assert business is not None
    services.business.save(replace(business, sepa_creditor_id=creditor_id_for(business.tax_id)))
    services.sepa.save_mandate(client_id, business.iban, "MND-1", dt.date(2026, 1, 15))
    numbers = []
    for _ in range(2):
        draft = json.loads(draft_json(client_id, payment_methods=["direct_debit"]))
        invoice = services.invoices.create_draft_from_payload(draft).invoice
        numbers.append(str(services.invoices.issue(invoice.id).number))
    return numbers


def _books(db: Path) -> tuple[str, list[tuple[str, str]]]:
    """Integrity and the issued invoices (number, total), read without the app."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute(
            "SELECT number, total_cents FROM invoices WHERE number IS NOT NULL ORDER BY number"
        )
        return ok, [(str(n), str(t)) for n, t in rows]
    finally:
        conn.close()


@pytest.fixture
def books_kept(world: World) -> Iterator[None]:
    before = _books(world.db)
    assert before[0] == "ok" and len(before[1]) == 2
    yield
    assert _books(world.db) == before


def _refused(world: World, argv: tuple[str, ...], target: Path | str, code_words: str) -> None:
    result = run_cli(world.data_dir, *world.argv(argv, target), today=RUN_DAY)
    assert result.returncode == 2, (argv, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and code_words in result.stderr, result.stderr


def test_every_output_command_has_arguments() -> None:
    names = {argv[: 2 if argv[0] in ("invoice", "payment", "report", "verifactu") else 1] for argv in ARGVS}
    expected = {("invoice", "pdf"), ("invoice", "demand-letter"), ("payment", "receipt"), ("backup",),
                ("export",), ("verifactu", "export"), ("report", "book"), ("report", "pack"),
                ("sepa",)}  # fmt: skip
    assert expected <= names  # the walk finds at least today's commands
    assert not [argv for argv in ARGVS if any(a.startswith("<no value") for a in argv)]


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_live_database_is_refused(world: World, argv: tuple[str, ...], books_kept: None) -> None:
    before = world.db.read_bytes()
    _refused(world, argv, world.db, "base de datos")
    assert world.db.read_bytes() == before


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_database_through_a_symlink_is_refused(
    world: World, argv: tuple[str, ...], tmp_path: Path, books_kept: None
) -> None:
    link = tmp_path / f"inocente{_suffix(argv)}"
    link.symlink_to(world.db)
    before = world.db.read_bytes()
    _refused(world, argv, link, "base de datos")
    assert world.db.read_bytes() == before and link.is_symlink()


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_the_wal_file_is_refused(world: World, argv: tuple[str, ...], books_kept: None) -> None:
    wal = world.db.with_name(DB_FILENAME + "-wal")
    holder = sqlite3.connect(world.db)  # an app still open: its -wal holds the last writes
    try:
        holder.execute("PRAGMA journal_mode = WAL")
        holder.execute("PRAGMA wal_autocheckpoint = 0")
        holder.execute("INSERT INTO settings (key, value) VALUES ('t17', '1')")
        holder.commit()
        assert wal.stat().st_size > 0
        before = wal.read_bytes()
        _refused(world, argv, wal, "base de datos")
        assert wal.read_bytes() == before
        holder.execute("DELETE FROM settings WHERE key = 't17'")
        holder.commit()
    finally:
        holder.close()


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_an_existing_file_is_not_replaced_unasked(
    world: World, argv: tuple[str, ...], tmp_path: Path, books_kept: None
) -> None:
    mine = tmp_path / f"mio{_suffix(argv)}"
    mine.write_bytes(b"lo que el usuario tenia\x00\xff")
    _refused(world, argv, mine, "--overwrite")
    assert mine.read_bytes() == b"lo que el usuario tenia\x00\xff"
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]  # no temporary file left


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_dev_null_is_refused(world: World, argv: tuple[str, ...], books_kept: None) -> None:
    before = os.stat("/dev/null")
    _refused(world, argv, "/dev/null", "no es un archivo normal")
    after = os.stat("/dev/null")
    assert (after.st_mode, after.st_rdev, after.st_ino) == (before.st_mode, before.st_rdev, before.st_ino)


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_a_fifo_is_refused(world: World, argv: tuple[str, ...], tmp_path: Path, books_kept: None) -> None:
    fifo = tmp_path / f"tuberia{_suffix(argv)}"
    os.mkfifo(fifo)
    _refused(world, argv, fifo, "no es un archivo normal")  # run_cli's timeout: it never blocked
    assert fifo.is_fifo()


@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_a_new_path_works(world: World, argv: tuple[str, ...], tmp_path: Path, books_kept: None) -> None:
    target = tmp_path / "nuevo" / f"salida{_suffix(argv)}"
    result = run_cli(world.data_dir, *world.argv(argv, target), today=RUN_DAY)
    assert result.returncode == 0, (argv, result.stdout, result.stderr)
    written = [target] if target.is_file() else sorted(target.iterdir())
    assert written and all(p.is_file() and p.stat().st_size > 0 for p in written)
    leftovers = [p.name for p in target.parent.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []
