"""`facturas verifactu ...` end to end through the CLI entry point (in-process, real SQLite)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from facturas_app.cli.main import run
from facturas_app.services.verifactu.xml import validate_document
from tests.services.verifactu.helpers import BUSINESS, CLIENT_ES, line, raw
from tests.services.verifactu.scripted_aeat import FakeAeat, ok
from tests.services.verifactu.scripted_aeat import aeat as aeat


class Cli:
    def __init__(self, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data_dir, self.capsys = data_dir, capsys

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = run(["--data-dir", str(self.data_dir), "--today", "2026-11-26", *argv])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> object:
        code, out, err = self(*argv)
        assert code == 0, err
        return json.loads(out)

    def file(self, name: str, value: object) -> str:
        path = self.data_dir.parent / name
        path.write_text(json.dumps(value), encoding="utf-8")
        return str(path)

    def issue(self, client_id: str) -> str:
        draft = self.json(
            "invoice", "draft", self.file("d.json", {"client_id": client_id, "lines": [line()]})
        )
        return str(self.json("invoice", "issue", draft["id"])["number"])  # type: ignore[index]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Cli]:
    c = Cli(tmp_path / "data", capsys)
    assert c("business", "set", c.file("b.json", BUSINESS))[0] == 0
    yield c


def client(cli: Cli) -> str:
    return str(cli.json("client", "add", cli.file("c.json", CLIENT_ES))["id"])  # type: ignore[index]


def test_issue_and_cancel_write_records_that_verify_and_export(cli: Cli, tmp_path: Path) -> None:
    cid = client(cli)
    numbers = [cli.issue(cid) for _ in range(3)]
    assert cli("invoice", "cancel", numbers[1], "--reason", "error")[0] == 0
    status = cli.json("verifactu", "status", "--json")
    assert status["altas"] == 3 and status["anulaciones"] == 1 and status["pending"] == 4  # type: ignore[index]
    code, out, _ = cli("verifactu", "verify")
    assert code == 0 and "4" in out
    code, out, err = cli("verifactu", "export", "-o", str(tmp_path / "records.xml"))
    assert code == 0, err
    assert validate_document((tmp_path / "records.xml").read_bytes()) == []
    with raw(cli.data_dir) as conn:
        rows = conn.execute(
            "SELECT invoice_id, record_type, number FROM verifactu_records ORDER BY seq"
        ).fetchall()
    assert [(t, n) for _, t, n in rows] == [("alta", numbers[0]), ("alta", numbers[1]), ("alta", numbers[2]),
                                            ("anulacion", numbers[1])]  # fmt: skip
    assert len({i for i, t, _ in rows if t == "alta"}) == 3  # exactly one alta per invoice


def test_export_to_stdout_is_one_valid_document(cli: Cli) -> None:
    cli.issue(client(cli))
    code, out, _ = cli("verifactu", "export")
    assert code == 0 and validate_document(out.encode("utf-8")) == []


def test_verify_names_the_tampered_record(cli: Cli) -> None:
    cid = client(cli)
    for _ in range(3):
        cli.issue(cid)
    with raw(cli.data_dir) as conn:
        conn.execute("DROP TRIGGER tr_verifactu_records_no_update")
        conn.execute(
            "UPDATE verifactu_records SET payload = json_set(payload, '$.cuota_total', '0.00') WHERE seq = 2"
        )
    code, _, err = cli("verifactu", "verify")
    assert code == 1 and "F-2026-0002" in err and "hash_mismatch" in err
    report = cli("verifactu", "verify", "--json")
    assert report[0] == 1 and json.loads(report[1])["broken"][0]["number"] == "F-2026-0002"


def test_database_refuses_update_and_delete_of_records(cli: Cli) -> None:
    cli.issue(client(cli))
    with raw(cli.data_dir) as conn:
        for statement in ("UPDATE verifactu_records SET number = 'X'", "DELETE FROM verifactu_records"):
            with pytest.raises(Exception, match="append-only"):
                conn.execute(statement)


def test_mode_off_writes_no_records(cli: Cli) -> None:
    assert cli.json("verifactu", "mode", "navarra", "--json") == {"mode": "navarra", "enabled": False,
                                                                    "test_environment": False}  # fmt: skip
    cli.issue(client(cli))
    assert cli.json("verifactu", "status", "--json")["records"] == 0  # type: ignore[index]
    assert cli("verifactu", "mode", "bogus")[0] == 2


def test_send_against_a_local_server(cli: Cli, aeat: FakeAeat) -> None:
    cid = client(cli)
    cli.issue(cid)
    cli.issue(cid)
    aeat.script = [ok({"F-2026-0002": ("Incorrecto", 1100)})]
    code, out, _ = cli("verifactu", "send", "--endpoint", aeat.url, "--json")
    result = json.loads(out)
    assert code == 1 and (result["accepted"], result["rejected"], result["pending"]) == (1, 1, 0)
    assert result["rejected_records"][0]["code"] == 1100 and result["wait_s"] == 60
    status = cli.json("verifactu", "status", "--json")
    assert (status["accepted"], status["rejected"], status["pending"]) == (1, 1, 0)  # type: ignore[index]


# --- submission that runs by itself (the local AEAT of aeat_server.py) ---------------------------


@pytest.fixture
def local_aeat() -> Iterator[object]:
    from tests.services.verifactu.aeat_server import LocalAeat, serve

    with serve(LocalAeat()) as server:
        yield server


def test_configure_then_issue_and_cancel_send_their_records_before_exiting(
    cli: Cli, local_aeat: object
) -> None:
    import time

    url = local_aeat.url  # type: ignore[attr-defined]
    assert cli.json("verifactu", "configure", "--environment", "test", "--endpoint", url, "--json") == {
        "environment": "test",
        "endpoint": url,
    }
    cid = client(cli)
    started = time.perf_counter()
    number = cli.issue(cid)
    issued_to_accepted = time.perf_counter() - started
    status = cli.json("verifactu", "status", "--json")
    assert status["items"] == [  # type: ignore[index]
        {"number": number, "kind": "alta", "state": "accepted", "code": None, "message": ""}
    ]
    assert status["environment"] == "test" and status["endpoint"] == url  # type: ignore[index]
    assert issued_to_accepted < 10
    assert cli("invoice", "cancel", number, "--reason", "error")[0] == 0
    # The wait AEAT asked for (60 s) has not passed: the anulación stays pending for later.
    status = cli.json("verifactu", "status", "--json")
    assert [i["state"] for i in status["items"]] == ["accepted", "pending"]  # type: ignore[index]
    result = cli.json("verifactu", "send", "--json")
    assert (result["accepted"], result["pending"]) == (0, 1) and 0 < result["wait_s"] <= 60  # type: ignore[index]


def test_resubmit_corrects_a_rejected_record(cli: Cli, local_aeat: object) -> None:
    aeat = local_aeat
    cli.json("verifactu", "configure", "--environment", "test", "--endpoint", aeat.url, "--json")  # type: ignore[attr-defined]
    cid = client(cli)
    aeat.reject["F-2026-0001"] = 4109  # type: ignore[attr-defined]
    number = cli.issue(cid)
    status = cli.json("verifactu", "status", "--json")
    assert status["items"][0]["state"] == "rejected" and status["items"][0]["code"] == 4109  # type: ignore[index]
    code, out, err = cli("verifactu", "resubmit", number, "--json")
    assert code == 0, err
    assert json.loads(out) == {"number": number, "state": "pending"}  # queued: AEAT's wait runs
    code, _out, err = cli("verifactu", "resubmit", "F-2099-9999", "--json")
    assert code == 2 and "F-2099-9999" in err


def test_send_without_configure_says_how_to_configure(cli: Cli) -> None:
    cli.issue(client(cli))
    code, _out, err = cli("verifactu", "send", "--json")
    assert code == 2 and "verifactu configure" in err
