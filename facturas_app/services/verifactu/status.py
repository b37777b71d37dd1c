"""What `verifactu status` and the window show about each record: its kind and its state in the
words of CLI.md (a record in doubt is still "pending" to the user: AEAT has not confirmed it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from facturas_app.storage.api import VerifactuRow

PUBLIC_STATES = {"in_doubt": "pending"}
# A record still unconfirmed this long after it was generated is worth a warning on the dashboard:
# the app sends within minutes when AEAT can be reached, so something stands in the way.
PENDING_WARNING_AFTER = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Attention:
    """What the dashboard warns about: rejections not followed by another record for their
    invoice, and every record still waiting past PENDING_WARNING_AFTER."""

    rejected: int
    pending_over_an_hour: int

    @property
    def needed(self) -> bool:
        return bool(self.rejected or self.pending_over_an_hour)


# payload.encode writes JSON with sort_keys and the default separators: this text is exact.
_SUBSANACION_MARK = '"subsanacion": true'


def kind_of(row: VerifactuRow) -> str:
    """alta | anulacion | subsanacion (an alta that re-states a rejected or erroneous one)."""
    if row.record_type == "alta" and _SUBSANACION_MARK in row.payload:
        return "subsanacion"
    return row.record_type


def state_of(row: VerifactuRow) -> str:
    state = row.submission.state if row.submission else "pending"
    return PUBLIC_STATES.get(state, state)


def item_of(row: VerifactuRow) -> dict[str, Any]:
    submission = row.submission
    return {
        "number": row.number,
        "kind": kind_of(row),
        "state": state_of(row),
        "code": submission.error_code if submission else None,
        "message": submission.error_description if submission else "",
    }


def items_of(rows: Iterable[VerifactuRow]) -> list[dict[str, Any]]:
    return [item_of(row) for row in rows]


def state_counts(counts: dict[str, int]) -> dict[str, int]:
    return {
        "pending": counts.get("pending", 0) + counts.get("in_doubt", 0),
        "in_doubt": counts.get("in_doubt", 0),
        "accepted": counts.get("accepted", 0),
        "accepted_with_errors": counts.get("accepted_with_errors", 0),
        "rejected": counts.get("rejected", 0),
    }
