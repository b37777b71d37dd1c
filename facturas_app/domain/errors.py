"""Errors carry a stable code and parameters; the CLI and the UI turn them into words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: where (field), what (code) and the details (params)."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


class FacturasError(Exception):
    """Root of every error the app raises on purpose."""

    code = "error"
    bad_input = False  # the CLI exits 2 for bad input, 1 otherwise

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(f"{self.code} {params}" if params else self.code)


class ValidationFailed(FacturasError):
    code = "validation_failed"
    bad_input = True

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(self.code, count=len(self.problems))
        self.args = (f"validation_failed: {[(p.field, p.code) for p in self.problems]}",)


class NotFound(FacturasError):
    code = "not_found"
    bad_input = True


class InvalidTransition(FacturasError):
    code = "invalid_transition"
    bad_input = True


class Conflict(FacturasError):
    code = "conflict"
    bad_input = True


class StorageError(FacturasError):
    code = "storage_error"


class CorruptDatabase(StorageError):
    code = "corrupt_database"


class MailDeliveryError(FacturasError):
    code = "mail_delivery_failed"


class SecretUnavailable(FacturasError):
    code = "secret_unavailable"


def single_problem(field_name: str, code: str, **params: Any) -> ValidationFailed:
    return ValidationFailed([Problem(field_name, code, params)])
