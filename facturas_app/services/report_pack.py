"""The quarter's pack for the gestor: the book (CSV + XLSX), the received book (CSV + XLSX, #21), the
303/130 summary (CSV + JSON) and the 347/349 lists, into a folder or one .zip. Split from
report_files.py (files under 400 lines).

Every file is checked against the OutputPolicy before the first is written, is made complete in a
temporary place, and is renamed to its name only then (output_files).
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facturas_app.services.output_files import ALLOW_OVERWRITE, OutputPolicy, check_all, replacing
from facturas_app.services.report_files import (
    COLUMNS_347,
    COLUMNS_349,
    SUMMARY_COLUMNS,
    _summary_money,
    rows_347,
    rows_349,
    summary_json,
    write_book_csv,
    write_book_xlsx,
    write_report_csv,
)
from facturas_app.services.report_received_book import ReceivedBook, write_received_csv, write_received_xlsx

if TYPE_CHECKING:
    from facturas_app.services.reports import Client347, Op349, SalesBook, VatSummary


def pack_names(summary: VatSummary) -> dict[str, str]:
    label = f"{summary.period.year}T{summary.period.quarter}"
    return {
        "book_csv": f"libro_facturas_expedidas_{label}.csv",
        "book_xlsx": f"libro_facturas_expedidas_{label}.xlsx",
        "summary_csv": f"resumen_303_130_{label}.csv",
        "summary_json": f"resumen_{label}.json",
        "csv_347": f"modelo_347_{summary.period.year}.csv",
        "csv_349": f"modelo_349_{summary.period.year}.csv",
        "received_csv": f"libro_facturas_recibidas_{label}.csv",
        "received_xlsx": f"libro_facturas_recibidas_{label}.xlsx",
    }


def write_pack(
    target: Path,
    book: SalesBook,
    summary: VatSummary,
    clients: Sequence[Client347],
    ops: Sequence[Op349],
    policy: OutputPolicy = ALLOW_OVERWRITE,
    received: ReceivedBook | None = None,
) -> list[Path]:
    """The quarter's files into a folder, or into one .zip when target ends in .zip. Each file is
    checked before the first is written and goes in through a temporary file (output_files)."""
    received = received or ReceivedBook(summary.period.label, [], 0)
    if target.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory() as tmp, replacing(target, policy) as partial:
            files = _write_pack_files(Path(tmp), book, summary, clients, ops, received)
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in files:
                    archive.write(file, file.name)
        return [target]
    policy.make_folder(target)
    check_all((target / name for name in pack_names(summary).values()), policy)
    with tempfile.TemporaryDirectory(dir=target, prefix=".pack-") as tmp:
        files = _write_pack_files(Path(tmp), book, summary, clients, ops, received)
        return [_move_into(file, target / file.name, policy) for file in files]


def _move_into(file: Path, target: Path, policy: OutputPolicy) -> Path:
    """A finished pack file renamed to its place (same folder tree: os.replace is atomic)."""
    with replacing(target, policy) as tmp:
        file.replace(tmp)
    return target


def _write_pack_files(
    folder: Path,
    book: SalesBook,
    summary: VatSummary,
    clients: Sequence[Client347],
    ops: Sequence[Op349],
    received: ReceivedBook,
) -> list[Path]:
    names = pack_names(summary)
    paths = {key: folder / name for key, name in names.items()}
    write_book_csv(book, paths["book_csv"])
    write_book_xlsx(book, paths["book_xlsx"], summary, clients, ops)
    write_report_csv(_summary_money(summary), SUMMARY_COLUMNS, paths["summary_csv"])
    paths["summary_json"].write_text(
        json.dumps(summary_json(summary), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    write_report_csv(rows_347(clients), COLUMNS_347, paths["csv_347"])
    write_report_csv(rows_349(ops), COLUMNS_349, paths["csv_349"])
    write_received_csv(received, paths["received_csv"])
    write_received_xlsx(received, paths["received_xlsx"])
    return list(paths.values())
