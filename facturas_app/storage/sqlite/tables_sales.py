"""SQLModel tables for quotes' decisions, recurring schedules/occurrences and feedback; they mirror
migrations/0005_quotes_recurring_feedback.sql (which owns the schema, the UNIQUE guarantees and the
history triggers). The repository (repo_sales.py) speaks SQL; these keep the metadata complete."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from facturas_app.storage.sqlite.types import ISODate, UTCTimestamp


def _date(nullable: bool = False) -> Any:
    return Field(default=None, sa_column=Column(ISODate, nullable=nullable))


def _ts(nullable: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCTimestamp, nullable=nullable))


class QuoteDecisionRow(SQLModel, table=True):
    __tablename__ = "quote_decisions"
    quote_id: str = Field(primary_key=True, foreign_key="invoices.id")
    outcome: str
    decided_on: dt.date = _date()
    note: str = ""
    invoice_id: str | None = Field(default=None, foreign_key="invoices.id")
    recorded_at: dt.datetime = _ts()


class RecurringScheduleRow(SQLModel, table=True):
    __tablename__ = "recurring_schedules"
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="clients.id")
    every: str
    start_date: dt.date = _date()
    end_date: dt.date | None = _date(nullable=True)
    max_count: int | None = None
    template: str
    auto_send: int = 0
    active: int = 1
    created_at: dt.datetime = _ts()


class RecurringOccurrenceRow(SQLModel, table=True):
    __tablename__ = "recurring_occurrences"
    id: str = Field(primary_key=True)
    schedule_id: str = Field(foreign_key="recurring_schedules.id")
    occurrence_date: dt.date = _date()
    position: int
    invoice_id: str = Field(unique=True, foreign_key="invoices.id")
    outbox_id: str | None = Field(default=None, foreign_key="outbox.id")
    issued_at: dt.datetime = _ts()


class FeedbackRow(SQLModel, table=True):
    __tablename__ = "feedback"
    id: str = Field(primary_key=True)
    client_id: str = Field(foreign_key="clients.id")
    invoice_id: str | None = Field(default=None, foreign_key="invoices.id")
    rating: int
    comment: str = ""
    given_on: dt.date = _date()
    source: str = "manual"
    created_at: dt.datetime = _ts()


class FeedbackRequestRow(SQLModel, table=True):
    __tablename__ = "feedback_requests"
    id: str = Field(primary_key=True)
    invoice_id: str = Field(unique=True, foreign_key="invoices.id")
    outbox_id: str | None = Field(default=None, foreign_key="outbox.id")
    channel: str
    requested_at: dt.datetime = _ts()
