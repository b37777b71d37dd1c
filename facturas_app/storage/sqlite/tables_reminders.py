"""SQLModel tables for reminders, pauses and receipts; they mirror migrations/0004_reminders.sql
(which owns the schema, including the UNIQUE guarantees and the history triggers)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from facturas_app.storage.sqlite.types import ISODate, UTCTimestamp


def _date() -> Any:
    return Field(default=None, sa_column=Column(ISODate, nullable=False))


def _ts() -> Any:
    return Field(default=None, sa_column=Column(UTCTimestamp, nullable=False))


class ReminderSentRow(SQLModel, table=True):
    __tablename__ = "reminders_sent"
    id: str = Field(primary_key=True)
    invoice_id: str = Field(foreign_key="invoices.id")
    stage: str
    outcome: str
    due_on: dt.date = _date()
    recorded_at: dt.datetime = _ts()
    outbox_id: str | None = Field(default=None, foreign_key="outbox.id")


class ReminderPauseRow(SQLModel, table=True):
    __tablename__ = "reminder_pauses"
    invoice_id: str = Field(primary_key=True, foreign_key="invoices.id")
    paused_at: dt.datetime = _ts()


class ReceiptRow(SQLModel, table=True):
    __tablename__ = "receipts"
    id: str = Field(primary_key=True)
    payment_id: str = Field(unique=True, foreign_key="payments.id")
    outbox_id: str = Field(foreign_key="outbox.id")
    created_at: dt.datetime = _ts()
