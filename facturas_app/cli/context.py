"""What every command gets: parsed global options and lazily built services."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facturas_app.domain.errors import Problem, ValidationFailed

if TYPE_CHECKING:
    from facturas_app.bootstrap import Services


class BadInput(ValidationFailed):
    """Input the CLI itself could not read (malformed JSON, unreadable file)."""


@dataclass
class CliContext:
    data_dir_arg: str | None
    today: dt.date | None
    lang: str
    json_output: bool = False
    database_url: str | None = None  # the office's PostgreSQL database instead of the folder's file (#22)
    _services: Services | None = field(default=None, repr=False)

    @property
    def services(self) -> Services:
        if self._services is None:
            from facturas_app.bootstrap import build_services
            from facturas_app.paths import resolve_data_dir

            self._services = build_services(
                resolve_data_dir(self.data_dir_arg), today=self.today, database_url=self.database_url
            )
        return self._services

    @property
    def built_services(self) -> Services | None:
        """The services if a command already built them (a quick read then has no reason to be)."""
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()

    def print_json(self, value: Any) -> None:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")

    def say(self, text: str) -> None:
        sys.stdout.write(text + "\n")


def read_text_argument(path: str) -> str:
    """FILE arguments accept '-' for stdin."""
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(
            [Problem("", "file_not_readable", {"path": path, "detail": exc.__class__.__name__})]
        ) from None


def read_json_argument(path: str) -> Any:
    from facturas_app.services.inputs import MAX_JSON_DEPTH, json_problems

    text = read_text_argument(path)
    try:
        payload = json.loads(text, parse_float=str, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise BadInput([Problem("", "malformed_json", {"detail": str(exc)})]) from None
    except RecursionError:  # '[[[[…' thousands deep: json's C decoder gives up before we can look
        raise BadInput([Problem("", "json_too_deep", {"max": MAX_JSON_DEPTH})]) from None
    problems = json_problems(payload)
    if problems:
        raise BadInput(problems)
    return payload


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_date_option(value: str, field_name: str) -> dt.date:
    from facturas_app.services.inputs import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError:
        raise BadInput([Problem(field_name, "invalid_date", {"value": value})]) from None
