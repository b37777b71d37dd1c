"""backup, restore, import and export commands (data safety)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from facturas_app.cli.context import BadInput, CliContext
from facturas_app.domain.errors import CorruptDatabase, Problem
from facturas_app.domain.text_rules import one_line
from facturas_app.messages import text_for
from facturas_app.storage.api import BackupInfo


def register(sub: Any) -> None:
    p = sub.add_parser("backup", help="copia de seguridad de la base de datos")
    p.add_argument("-o", "--output", help="archivo de destino (por defecto: carpeta backups/)")
    p.add_argument(
        "--if-due", action="store_true", help="solo la copia diaria, si aún no se ha hecho hoy (programador)"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=backup)

    p = sub.add_parser("restore", help="restaura una copia de seguridad")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="restaurar aunque se pierdan facturas emitidas")
    p.add_argument(
        "--replace-with-other-business",
        action="store_true",
        help="sustituir estos datos por los de otro negocio o conjunto de datos (se guarda copia)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=restore)

    imp = sub.add_parser("import", help="importa clientes o productos de un CSV").add_subparsers(
        dest="what", required=True
    )
    for what in ("clients", "products"):
        p = imp.add_parser(what)
        p.add_argument("file")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=import_rows)

    p = sub.add_parser("export", help="exporta todo (ZIP) o los clientes (CSV)")
    p.add_argument("what", nargs="?", choices=("clients",))
    p.add_argument("--all", action="store_true", help="todo en un archivo ZIP (JSON y PDF)")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=export)


def _size_text(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{size / 1024:.0f} KB"


def _backup_json(info: BackupInfo) -> dict[str, Any]:
    return {
        "path": str(info.path),
        "kind": info.kind,
        "created_at": info.created_at.isoformat(),
        "size": info.size,
        "schema_version": info.schema_version,
        "issued_count": info.issued_count,
    }


def backup(ctx: CliContext, args: argparse.Namespace) -> int:
    if args.if_due:  # for the OS scheduler: at most one automatic copy a day, rotated
        due = ctx.services.backup.daily_backup_if_due()
        if ctx.json_output:
            ctx.print_json(_backup_json(due) if due else None)
        elif due:
            ctx.say(text_for("backup_created", ctx.lang, path=due.path, size=_size_text(due.size)))
        return 0
    info = ctx.services.backup.backup_now(Path(args.output) if args.output else None)
    if ctx.json_output:
        ctx.print_json(_backup_json(info))
    else:
        ctx.say(text_for("backup_created", ctx.lang, path=info.path, size=_size_text(info.size)))
    return 0


def restore(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.bootstrap import build_backup_service
    from facturas_app.paths import resolve_data_dir

    data_dir = resolve_data_dir(ctx.data_dir_arg)
    source = _existing_file(args.file)
    try:
        service = ctx.services.backup
        readable = True
        ctx.close()  # no connection may stay open across the swap
    except CorruptDatabase:
        # The current database is damaged: restoring a backup is the way out, so go on without it.
        service = build_backup_service(data_dir, today=ctx.today)
        readable = False
    result = service.restore(
        source, force=args.force, current_readable=readable, other_business=args.replace_with_other_business
    )
    if ctx.json_output:
        ctx.print_json(
            {
                "restored": _backup_json(result.restored),
                "safety_copy": str(result.safety_copy),
                "lost_numbers": result.lost_numbers,
            }
        )
    else:
        ctx.say(text_for("restore_done", ctx.lang, path=source, safety=result.safety_copy))
    return 0


def _existing_file(name: str) -> Path:
    path = Path(name)
    if not path.is_file():
        raise BadInput([Problem("", "backup_not_found", {"path": name})])
    return path


def _read_bytes(name: str) -> bytes:
    try:
        return sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise BadInput(
            [Problem("", "file_not_readable", {"path": name, "detail": exc.__class__.__name__})]
        ) from None


def import_rows(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.transfer import ImportFailed, TransferService

    data = _read_bytes(args.file)
    services = ctx.services
    transfer = TransferService(services.store, services.clock)
    try:
        summary = transfer.import_clients(data) if args.what == "clients" else transfer.import_products(data)
    except ImportFailed as exc:
        _report_import_errors(ctx, exc)
        return 2
    if ctx.json_output:
        ctx.print_json({"imported": summary.count, "kind": summary.kind, "format": summary.format})
    else:
        ctx.say(text_for("import_done", ctx.lang, count=summary.count, format=summary.format))
    return 0


def _report_import_errors(ctx: CliContext, exc: Any) -> None:
    lines = [import_error_text(e, ctx.lang) for e in exc.errors]
    headline = text_for("import_failed", ctx.lang, count=len(exc.errors))
    if ctx.json_output:
        ctx.print_json(
            {
                "error": {
                    "code": "import_failed",
                    "message": headline,
                    "rows": [
                        {"line": e.line, "field": e.field, "code": e.code, "value": e.value}
                        for e in exc.errors
                    ],
                }
            }
        )
    sys.stderr.write(f"facturas: {headline}\n" + "".join(f"  {line}\n" for line in lines))


def import_error_text(error: Any, lang: str) -> str:
    code = f"import_{error.code}"
    message = text_for(code, lang, value=error.value)
    if message == code:  # a code from the domain validators: they share the general texts
        message = text_for(error.code, lang, value=error.value, country="", max="", min="")
    # one_line: a cell's line break or ESC is shown escaped, one error per line of output.
    return one_line(text_for("import_line", lang, line=error.line, field=error.field, message=message))


def export(ctx: CliContext, args: argparse.Namespace) -> int:
    from facturas_app.services.transfer import TransferService

    if args.all == bool(args.what):
        raise BadInput([Problem("export", "required", {})])
    services = ctx.services
    transfer = TransferService(services.store, services.clock)
    output = Path(args.output)
    if args.what == "clients":
        count = transfer.export_clients_csv(output, args.output_policy)
        result: dict[str, Any] = {"path": str(output), "clients": count}
    else:
        renderer, reason = pdf_renderer(services)
        summary = transfer.export_all(output, renderer, reason, args.output_policy)
        result = {
            "path": str(output),
            **summary.counts,
            "pdfs": summary.pdfs,
            "pdfs_skipped": summary.pdfs_skipped,
        }
        if summary.pdfs_skipped and not ctx.json_output:
            sys.stderr.write(text_for("export_pdfs_skipped", ctx.lang, reason=summary.pdfs_skipped) + "\n")
    if ctx.json_output:
        ctx.print_json(result)
    else:
        ctx.say(text_for("export_done", ctx.lang, path=output))
    return 0


def pdf_renderer(services: Any) -> tuple[Any, str]:
    """The PDF engine if it is installed (services.documents), else None and why it is skipped."""
    documents = getattr(services, "documents", None)  # wired with its VERI*FACTU QR if present
    if documents is None:
        try:
            from facturas_app.services.documents import DocumentService
        except ImportError as exc:
            return None, f"facturas_app.services.documents not available ({exc})"
        documents = DocumentService(services.store, services.clock)
    if not callable(getattr(documents, "pdf_bytes", None)):
        return None, "DocumentService has no pdf_bytes()"
    return (lambda invoice: documents.pdf_bytes(invoice.id)), ""


def recovery_hint(data_dir: Path, lang: str = "es") -> str:
    """The line to add after a damaged-database error: which backup to restore and how."""
    from facturas_app.bootstrap import build_backup_service

    service = build_backup_service(data_dir)
    latest = service.latest_good_backup()
    if latest is None:
        return text_for("no_backup_available", lang, folder=service.backup_dir)
    return text_for("latest_backup_hint", lang, path=latest.path)
