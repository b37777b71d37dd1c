"""Office-store URLs: what the user types (`postgresql://laura@server/facturas`), what SQLAlchemy
needs (`postgresql+psycopg://…`), and what may be shown (never the password)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from facturas_app.domain.errors import Problem, ValidationFailed

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_database_url(text: str) -> bool:
    return urlsplit(text.strip()).scheme.lower() in SCHEMES


def check_url(text: str) -> str:
    """The URL stripped, or ValidationFailed naming the field as the settings screen does."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise ValidationFailed([Problem("database", "database_url_scheme", {"url": display_url(url)})])
    if not parts.path.strip("/"):
        raise ValidationFailed([Problem("database", "database_url_no_name", {"url": display_url(url)})])
    return url


def engine_url(url: str) -> str:
    parts = urlsplit(check_url(url))
    return urlunsplit(("postgresql+psycopg", *parts[1:]))


def display_url(url: str) -> str:
    """The URL with any password replaced by ***: for titles, messages and logs."""
    parts = urlsplit(url.strip())
    if parts.password is None:
        return url.strip()
    user = parts.username or ""
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"{user}:***@{host}", *parts[2:]))
