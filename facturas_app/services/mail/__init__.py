"""Outgoing mail: SMTP settings and the transport that classifies every delivery attempt."""

from facturas_app.services.mail.settings import MailSettings, Security
from facturas_app.services.mail.smtp_transport import SmtpTransport

__all__ = ["MailSettings", "Security", "SmtpTransport"]
