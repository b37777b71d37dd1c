"""Settings: the business profile (stored in the database, so it is backed up) and the UI language
(a cosmetic preference in QSettings). `BusinessFields` is shared with the first-run wizard."""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facturas_app.domain.errors import Problem, ValidationFailed
from facturas_app.domain.parties import Business
from facturas_app.domain.taxes import supported_countries, tax_table
from facturas_app.services.logo import prepared_logo
from ui.i18n import LANGUAGES, current_language, problem_line, problem_message, save_language
from ui.views import show_error
from ui.views.irpf_method_combo import irpf_method_combo, load_method
from ui.views.sepa_creditor_fields import (
    CREDITOR_ID_EXAMPLE,
    compact_creditor_id,
    creditor_id_check,
    prenotice_spin,
)
from ui.widgets.money import format_rate
from ui.widgets.validated_line_edit import (
    ValidatedLineEdit,
    emails_check,
    iban_check,
    issuer_name_check,
    required_check,
    tax_id_check,
)

LANGUAGE_NAMES = {"es": "Español", "en": "English"}


class BusinessFields(QWidget):
    """The business profile widgets, validated as the user types. Laid out by the caller."""

    validity_changed = Signal(bool)

    def __init__(self, today: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.name = ValidatedLineEdit(issuer_name_check(lambda: self.country.currentText()))
        self.trade_name = QLineEdit()
        self.country = QComboBox()
        self.country.addItems(supported_countries())
        self.country.setCurrentText("ES")
        self.tax_id = ValidatedLineEdit(tax_id_check(self.country.currentText))
        self.tax_id.edit.setPlaceholderText("12345678Z")
        self.address, self.postal_code, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.email = ValidatedLineEdit(emails_check)
        self.iban = ValidatedLineEdit(iban_check)
        self.iban.edit.setPlaceholderText("ES91 2100 0418 4502 0005 1332")
        self.creditor_id = ValidatedLineEdit(creditor_id_check(self.country.currentText))
        self.creditor_id.edit.setPlaceholderText(CREDITOR_ID_EXAMPLE)
        self.prenotice_days = prenotice_spin()
        self.series = ValidatedLineEdit(required_check)
        self.series.setText("F")
        self.vat, self.irpf, self.language = QComboBox(), QComboBox(), QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.logo_path = QLineEdit()
        self.logo_path.setReadOnly(True)
        self.logo_button = QPushButton(self.tr("Elegir logotipo…"))
        self.logo_button.clicked.connect(self._choose_logo)
        self.country.currentTextChanged.connect(self._country_changed)
        for field in (self.name, self.tax_id, self.email, self.iban, self.creditor_id, self.series):
            field.validity_changed.connect(lambda _v: self.validity_changed.emit(self.is_valid()))
        self._country_changed(self.country.currentText())

    def logo_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logo_path, 1)
        layout.addWidget(self.logo_button)
        return row

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logotipo"), "", self.tr("Imágenes (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_path.setText(path)

    def _country_changed(self, country: str) -> None:
        self.tax_id.revalidate()
        self.name.revalidate()  # AEAT's name rule applies to Spanish issuers only
        self.creditor_id.revalidate()  # the identifier must be of the business's own country
        table = tax_table(country)
        self.vat.clear()
        self.irpf.clear()
        vat_rates = sorted(set(table.vat_rates_on(self.today)), reverse=True) if table else [Decimal(21)]
        for rate in vat_rates:
            self.vat.addItem(format_rate(rate), str(rate))
        irpf_rates = sorted({Decimal(0), *(table.withholding_rates if table else ())})
        for rate in irpf_rates:
            self.irpf.addItem(format_rate(rate), str(rate))
        if table is not None:
            self._select(self.vat, table.default_vat_rate)

    @staticmethod
    def _select(combo: QComboBox, rate: Decimal) -> None:
        for i in range(combo.count()):
            if Decimal(combo.itemData(i)) == rate:
                combo.setCurrentIndex(i)

    def identity_valid(self) -> bool:
        return (
            bool(self.name.text())
            and self.name.is_valid()
            and bool(self.tax_id.text())
            and self.tax_id.is_valid()
        )

    def is_valid(self) -> bool:
        fields = (self.email, self.iban, self.creditor_id, self.series)
        return self.identity_valid() and all(f.is_valid() for f in fields)

    def load(self, business: Business) -> None:
        self.country.setCurrentText(business.country)
        for edit, value in (
            (self.name, business.name),
            (self.tax_id, business.tax_id),
            (self.email, business.email),
            (self.iban, business.iban),
            (self.creditor_id, business.sepa_creditor_id),
            (self.series, business.default_series),
        ):
            edit.setText(value)
        self.prenotice_days.setValue(business.sepa_prenotice_days)
        for edit, value in (
            (self.trade_name, business.trade_name),
            (self.address, business.address),
            (self.postal_code, business.postal_code),
            (self.city, business.city),
            (self.logo_path, business.logo_path),
        ):
            edit.setText(value)
        self._select(self.vat, business.default_vat_rate)
        self._select(self.irpf, business.default_irpf_rate)
        self.language.setCurrentIndex(
            LANGUAGES.index(business.language) if business.language in LANGUAGES else 0
        )

    def business(self, base: Business | None = None) -> Business:
        values = dict(
            name=self.name.text(),
            trade_name=self.trade_name.text().strip(),
            tax_id=self.tax_id.text(),
            address=self.address.text().strip(),
            postal_code=self.postal_code.text().strip(),
            city=self.city.text().strip(),
            country=self.country.currentText(),
            email=self.email.text(),
            iban=self.iban.text().replace(" ", "").upper(),
            sepa_creditor_id=compact_creditor_id(self.creditor_id.text()),
            sepa_prenotice_days=self.prenotice_days.value(),
            default_series=self.series.text(),
            default_vat_rate=Decimal(self.vat.currentData() or "21"),
            default_irpf_rate=Decimal(self.irpf.currentData() or "0"),
            language=self.language.currentData(),
            logo_path=self.logo_path.text(),
        )
        return replace(base, **values) if base is not None else Business(**values)

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Puts each problem under its field; returns those no field shows."""
        fields = {
            "name": self.name,
            "tax_id": self.tax_id,
            "email": self.email,
            "iban": self.iban,
            "sepa_creditor_id": self.creditor_id,
            "default_series": self.series,
        }
        rest = []
        for problem in problems:
            if problem.field in fields:
                fields[problem.field].show_problem(problem_message(problem))
            else:
                rest.append(problem)
        return rest


def save_business(services: Any, business: Business, method: str | None = None) -> Business:
    """Runs off the GUI thread: copies a newly chosen logo into the data folder, then saves (with
    the IRPF method when given: irpf_method_combo.py)."""
    # A huge logo is refused (or a large one scaled) before anything is copied into the data folder.
    logo = prepared_logo(business.logo_path, Path(services.data_dir))
    if logo and Path(logo).is_file() and Path(logo).parent != Path(services.data_dir):
        target = Path(services.data_dir) / ("logo" + Path(logo).suffix.lower())
        shutil.copyfile(logo, target)
        logo = str(target)
    business = replace(business, logo_path=logo)
    return services.business.save(business, method)


class SettingsView(QWidget):
    """Tabs: Negocio (the profile), Correo, Recordatorios y recibos, Copias de seguridad, VERI*FACTU
    and Aplicación. Each panel loads its own data on the TaskRunner."""

    business_saved = Signal(object)
    restored = Signal(object)  # a backup was restored: the shell reloads every page

    def __init__(self, services: Any, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.runner = services, runner
        self.fields = BusinessFields(services.clock.today())
        self.irpf_method = irpf_method_combo()
        self.ui_language = QComboBox()
        for code in LANGUAGES:
            self.ui_language.addItem(LANGUAGE_NAMES[code], code)
        self.ui_language.setCurrentIndex(LANGUAGES.index(current_language()))
        self.ui_language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Guardar cambios"))
        self.save_button.clicked.connect(self.save)
        self.fields.validity_changed.connect(self.save_button.setEnabled)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._build()
        self._business: Business | None = None
        self._load_business()  # the panels load themselves

    def _build(self) -> None:
        from ui.views.backup_panel import BackupPanel
        from ui.views.mail_settings import MailSettingsPanel
        from ui.views.mail_templates_panel import MailTemplatesPanel
        from ui.views.pdf_template_panel import PdfTemplatePanel
        from ui.views.reminders_settings import RemindersSettingsPanel
        from ui.views.verifactu_panel import VerifactuPanel

        s, r = self.services, self.runner
        self.mail = MailSettingsPanel(s, r, self)
        self.reminders = RemindersSettingsPanel(s, r, self)
        self.mail_templates = MailTemplatesPanel(s, r, self)
        self.backups = BackupPanel(s, r, self)
        self.backups.restored.connect(self.restored)
        self.verifactu = VerifactuPanel(s, r, self)
        self.pdf_templates = PdfTemplatePanel(s, r, self)
        self.pdf_templates.saved.connect(self._template_saved)
        for widget, title in (
            (self._business_tab(), self.tr("Negocio")),
            (self.pdf_templates, self.tr("Plantilla PDF")),
            (self.mail, self.tr("Correo")),
            (self.reminders, self.tr("Recordatorios y recibos")),
            (self.mail_templates, self.tr("Plantillas de correo")),
            (self.backups, self.tr("Copias de seguridad")),
            (self.verifactu, "VERI*FACTU"),
            (self._app_tab(), self.tr("Aplicación")),
        ):
            if widget in (self.mail, self.verifactu):
                widget.setMaximumWidth(820)  # forms read badly stretched across a wide window
            self.tabs.addTab(_scrolled(widget), title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Ajustes</h2>")))
        layout.addWidget(self.tabs)

    def _business_tab(self) -> QWidget:
        f = self.fields
        form = QFormLayout()
        rows = [
            (self.tr("Nombre o razón social"), f.name),
            (self.tr("Nombre comercial"), f.trade_name),
            (self.tr("País"), f.country),
            (self.tr("NIF"), f.tax_id),
            (self.tr("Dirección"), f.address),
            (self.tr("Código postal"), f.postal_code),
            (self.tr("Ciudad"), f.city),
            (self.tr("Correo electrónico"), f.email),
            (self.tr("IBAN"), f.iban),
            (self.tr("Identificador de acreedor SEPA"), f.creditor_id),
            (self.tr("Días de preaviso"), f.prenotice_days),
            (self.tr("Serie de facturas"), f.series),
            (self.tr("IVA por defecto"), f.vat),
            (self.tr("IRPF por defecto"), f.irpf),
            (self.tr("Estimación directa (IRPF)"), self.irpf_method),
            (self.tr("Idioma de los documentos"), f.language),
            (self.tr("Logotipo"), f.logo_row()),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(self.tr("<h3>Datos del negocio</h3>")))
        layout.addLayout(form)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        inner.setMaximumWidth(760)
        return inner

    def _app_tab(self) -> QWidget:
        inner = QWidget()
        form = QFormLayout()
        form.addRow(self.tr("Idioma de la aplicación"), self.ui_language)
        form.addRow("", self.language_note)
        layout = QVBoxLayout(inner)
        layout.addWidget(QLabel(self.tr("<h3>Aplicación</h3>")))
        layout.addLayout(form)
        layout.addStretch(1)
        inner.setMaximumWidth(760)
        return inner

    def _language_chosen(self, _index: int) -> None:
        save_language(self.ui_language.currentData())
        self.language_note.setText(self.tr("El cambio de idioma se aplica al reiniciar."))

    def show_tab(self, name: str) -> None:
        """Select a tab by panel attribute ('mail', 'reminders', 'backups', 'verifactu')."""
        panel = getattr(self, name, None)
        for i in range(self.tabs.count()):
            scroll = self.tabs.widget(i)
            if isinstance(scroll, QScrollArea) and scroll.widget() is panel:
                self.tabs.setCurrentIndex(i)

    def _load_business(self) -> None:
        self.runner.submit(self.services.business.get, self._loaded, lambda exc: show_error(self, exc))
        load_method(self.irpf_method, self.services, self.runner)

    def reload(self) -> None:
        """Read everything again (after a restore)."""
        self._load_business()
        panels = (self.mail, self.reminders, self.mail_templates, self.backups, self.verifactu)
        for panel in (*panels, self.pdf_templates):
            loader = getattr(panel, "load", None) or getattr(panel, "refresh", None)
            if callable(loader):
                loader()

    def _template_saved(self, business: Business) -> None:
        """Keep the stored template when "Guardar cambios" saves the profile later."""
        if self._business is not None:
            self._business = replace(self._business, pdf_template=business.pdf_template)

    def _loaded(self, business: Business | None) -> None:
        self._business = business
        if business is not None:
            self.fields.load(business)

    def save(self) -> None:
        if not self.fields.is_valid():
            return
        business, method = self.fields.business(self._business), self.irpf_method.currentData()
        self.save_button.setEnabled(False)
        self.runner.submit(lambda: save_business(self.services, business, method), self._saved, self._failed)

    def _saved(self, business: Business) -> None:
        self._business = business
        self.fields.logo_path.setText(business.logo_path)
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Cambios guardados."))
        self.business_saved.emit(business)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationFailed):
            rest = self.fields.show_problems(exc.problems)
            self.status.setText("; ".join(problem_line(p) for p in rest))
        else:
            show_error(self, exc)


def _scrolled(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
