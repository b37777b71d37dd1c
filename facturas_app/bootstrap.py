"""The composition root: the only module that knows the storage implementation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from facturas_app.services.aging import AgingService
from facturas_app.services.backup import BackupService
from facturas_app.services.bank.service import BankService
from facturas_app.services.dashboard import DashboardService
from facturas_app.services.documents import DocumentService
from facturas_app.services.einvoice.service import EInvoiceService
from facturas_app.services.feedback import FeedbackService
from facturas_app.services.invoicing import InvoicingService
from facturas_app.services.mail_config import MailConfigService, PasswordStore, SslContextFactory
from facturas_app.services.outbox import OutboxService
from facturas_app.services.output_files import OutputPolicy
from facturas_app.services.parties import BusinessService, ClientService, ProductService
from facturas_app.services.payments import PaymentService
from facturas_app.services.ports import Clock, SystemClock
from facturas_app.services.purchases.service import ExpenseService
from facturas_app.services.quotes import QuoteService
from facturas_app.services.receipts import ReceiptService
from facturas_app.services.recurring import RecurringService
from facturas_app.services.reminders import ReminderService
from facturas_app.services.reports import ReportService
from facturas_app.services.search import SearchService
from facturas_app.services.sepa import SepaService
from facturas_app.services.timeline import TimelineService
from facturas_app.services.verifactu.service import VerifactuService
from facturas_app.services.verifactu.submission import VerifactuSubmitter
from facturas_app.storage.api import Store


@dataclass
class Services:
    data_dir: Path
    clock: Clock
    store: Store
    business: BusinessService
    clients: ClientService
    products: ProductService
    invoices: InvoicingService
    payments: PaymentService
    backup: BackupService
    verifactu: VerifactuService = field(init=False)
    verifactu_sending: VerifactuSubmitter = field(init=False)
    reports: ReportService = field(init=False)
    documents: DocumentService = field(init=False)
    mail_config: MailConfigService = field(init=False)
    outbox: OutboxService = field(init=False)
    # quotes, recurring invoices, feedback, client timeline (wire_sales)
    quotes: QuoteService = field(init=False)
    recurring: RecurringService = field(init=False)
    feedback: FeedbackService = field(init=False)
    timeline: TimelineService = field(init=False)
    reminders: ReminderService = field(init=False)
    receipts: ReceiptService = field(init=False)
    aging: AgingService = field(init=False)
    dashboard: DashboardService = field(init=False)
    search: SearchService = field(init=False)
    bank: BankService = field(init=False)
    sepa: SepaService = field(init=False)  # direct debits (#19)
    einvoices: EInvoiceService = field(init=False)  # UBL / Facturae export (#20)
    expenses: ExpenseService = field(init=False)  # received invoices and suppliers (#21)

    def __post_init__(self) -> None:
        # VERI*FACTU records are written inside the issuing/cancelling transaction (same commit).
        self.verifactu = VerifactuService(self.store, self.clock)
        self.invoices.issue_hooks.append(self.verifactu.on_issued)
        self.invoices.cancel_hooks.append(self.verifactu.on_cancelled)
        self.reports = ReportService(self.store, self.clock)
        # PDFs (editor preview/print/export, CLI): issued invoices carry their VERI*FACTU QR.
        self.documents = DocumentService(self.store, self.clock)
        self.aging = AgingService(self.store, self.clock)
        self.dashboard = DashboardService(self.store, self.clock)  # SQL aggregates only
        self.search = SearchService(self.store, self.clock)  # Ctrl+K and `facturas search`
        # Statements: matched credits are recorded through the payments (receipts follow).
        self.bank = BankService(self.store, self.clock, self.payments)
        # Facturae is signed with the VERI*FACTU certificate, its password in wire_mail's keyring.
        self.einvoices = EInvoiceService(self.documents, self._facturae_signer)
        self.expenses = ExpenseService(self.store, self.clock)

    def _facturae_signer(self):  # type: ignore[no-untyped-def]
        from facturas_app.services.einvoice.certificate import facturae_signer

        return facturae_signer(self.store, self.clock, self.mail_config.secrets)

    def wire_mail(
        self, secret_store: PasswordStore | None = None, ssl_context_factory: SslContextFactory | None = None
    ) -> None:
        """Mail settings + the password store (the OS keyring unless a test injects one) + outbox."""
        from facturas_app.services.secrets import KeyringSecretStore

        self.mail_config = MailConfigService(
            self.store, secret_store or KeyringSecretStore(), ssl_context_factory=ssl_context_factory
        )
        self.outbox = OutboxService(self.store, self.clock, self.mail_config, self.invoices)
        self.outbox.einvoice_attachment = self.einvoices.mail_attachment  # the client's UBL / Facturae
        # VERI*FACTU sending: the certificate's password lives in the same keyring.
        self.verifactu_sending = VerifactuSubmitter(self.store, self.clock, self.mail_config.secrets)
        self.wire_sales()

    def wire_sales(self) -> None:
        """Quotes, recurring invoices and feedback send through the outbox; called by wire_mail."""
        self.quotes = QuoteService(self.store, self.clock, self.invoices, self.outbox)
        self.recurring = RecurringService(self.store, self.clock, self.invoices, self.outbox)
        self.feedback = FeedbackService(self.store, self.clock, self.outbox)
        self.timeline = TimelineService(self.store, self.clock)
        # Reminders and receipts queue through the outbox; a receipt is queued in the payment's commit.
        self.reminders = ReminderService(self.store, self.clock, self.outbox)
        self.receipts = ReceiptService(self.store, self.clock, self.outbox)
        hooks = self.payments.payment_hooks  # wire_mail may run again (new keyring): one receipt hook
        hooks[:] = [h for h in hooks if not isinstance(getattr(h, "__self__", None), ReceiptService)]
        self.payments.payment_hooks.append(self.receipts.on_payment)

    def close(self) -> None:
        self.store.close()


def build_services(
    data_dir: Path,
    clock: Clock | None = None,
    today: dt.date | None = None,
    secret_store: PasswordStore | None = None,
    ssl_context_factory: SslContextFactory | None = None,
    database_url: str | None = None,
) -> Services:
    clock = clock or SystemClock(pinned_today=today)
    store = _open_store(data_dir, database_url)
    services = Services(
        data_dir=data_dir,
        clock=clock,
        store=store,
        business=BusinessService(store, clock, logo_folder=data_dir),
        clients=ClientService(store, clock),
        products=ProductService(store, clock),
        invoices=InvoicingService(store, clock),
        payments=PaymentService(store, clock),
        backup=BackupService(_backups_for(store), clock),
    )
    services.wire_mail(secret_store, ssl_context_factory)
    services.sepa = SepaService(store, clock)
    if not getattr(store, "newer_version", 0):  # a newer file is only read
        from facturas_app.services.settlement import resettle_once

        resettle_once(store)
    return services


def _open_store(data_dir: Path, database_url: str | None) -> Store:
    """The data folder's SQLite file, or the office's PostgreSQL database (#22) when a URL is given."""
    if database_url:
        try:
            from facturas_app.storage.postgres.store import PostgresStore

            return PostgresStore(database_url)  # the driver (psycopg) loads here
        except ImportError as exc:  # an installer without the office store or its driver
            from facturas_app.domain.errors import Conflict

            raise Conflict("office_mode_not_installed", detail=str(exc)) from None
    from facturas_app.storage.sqlite.store import open_store

    return open_store(data_dir)


def _backups_for(store: Store):  # type: ignore[no-untyped-def]
    if getattr(store, "url", None):
        from facturas_app.storage.postgres.backups import ServerBackups

        return ServerBackups(store.location)  # type: ignore[attr-defined]
    from facturas_app.storage.sqlite.backup import SqliteBackups

    return SqliteBackups(store.path)


def copy_to_office(data_dir: Path, database_url: str) -> dict[str, int]:
    """`db copy-to URL` (#22): this data folder's books into an empty office database."""
    from facturas_app.storage.postgres.copy_in import copy_data_set
    from facturas_app.storage.sqlite.files import DB_FILENAME

    report = copy_data_set(data_dir / DB_FILENAME, database_url)
    return {"tables": report.tables, "rows": report.rows}


def shown_database_url(url: str) -> str:
    """The URL as it may be printed: the password replaced by ***."""
    from facturas_app.storage.postgres.url import display_url

    return display_url(url)


def build_backup_service(
    data_dir: Path, clock: Clock | None = None, today: dt.date | None = None
) -> BackupService:
    """Backups without opening the store: restoring must work when the database is damaged."""
    from facturas_app.storage.sqlite.backup import SqliteBackups
    from facturas_app.storage.sqlite.database import DB_FILENAME

    return BackupService(SqliteBackups(data_dir / DB_FILENAME), clock or SystemClock(pinned_today=today))


def output_policy(data_dir: Path, overwrite: bool = False) -> OutputPolicy:
    """What a command's `-o` may write in this data folder: never its database or backups."""
    from facturas_app.storage.sqlite.backup import BACKUP_DIRNAME
    from facturas_app.storage.sqlite.files import DB_FILENAME

    return OutputPolicy.for_database(data_dir / DB_FILENAME, data_dir / BACKUP_DIRNAME, overwrite)
