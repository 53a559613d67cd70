"""User preferences (QSettings in an INI file in the per-user config folder) and their dialog.

The file location is computed from platformdirs on each construction, so a test that points
``XDG_CONFIG_HOME`` elsewhere gets a fresh settings file (QSettings' own default location is
fixed once per process).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import norm_lang
from ..core.law import reference_wage
from ..core.numbers import parse_amount
from .wheel_guard import guard
from .widgets import ErrorLabel, format_number, set_invalid

APP_NAME = "opportunity-evaluator"
# The Dutch statutory minimum hourly wage (age 21 and over) as core/law.py dates and sources it.
DEFAULT_REFERENCE_WAGE = reference_wage().value
DEFAULT_REFERENCE_WAGE_DATE = reference_wage().valid_from
# An hourly wage above this is a typing slip; it also settles '14.710' (ambiguous) as 14.71.
MAX_REFERENCE_WAGE = 1000.0
DEFAULT_CURRENCY = "EUR"


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.ini"


class AppSettings:
    """Typed access to the app's preferences."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else settings_path()
        self.qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    # "ui/language": "nl", "en" or "" (follow the system locale)
    @property
    def language_choice(self) -> str:
        value = str(self.qsettings.value("ui/language", "") or "")
        return value if value in ("nl", "en") else ""

    @language_choice.setter
    def language_choice(self, value: str) -> None:
        self.qsettings.setValue("ui/language", value if value in ("nl", "en") else "")
        self.qsettings.sync()

    @property
    def language(self) -> str:
        """The language in effect: the chosen one, else the system locale's."""
        return self.language_choice or norm_lang(QLocale.system().name())

    @property
    def reference_wage(self) -> float:
        value = self.qsettings.value("analysis/reference_hourly_wage", DEFAULT_REFERENCE_WAGE)
        try:
            number = float(value) if isinstance(value, (int, float, str)) else -1.0
        except ValueError:
            return DEFAULT_REFERENCE_WAGE
        return number if number >= 0 else DEFAULT_REFERENCE_WAGE

    @reference_wage.setter
    def reference_wage(self, value: float) -> None:
        self.qsettings.setValue("analysis/reference_hourly_wage", float(value))
        self.qsettings.sync()

    @property
    def default_currency(self) -> str:
        value = str(self.qsettings.value("evaluation/default_currency", DEFAULT_CURRENCY) or "")
        return value if len(value) == 3 and value.isalpha() and value.isupper() else DEFAULT_CURRENCY

    @default_currency.setter
    def default_currency(self, value: str) -> None:
        self.qsettings.setValue("evaluation/default_currency", value)
        self.qsettings.sync()

    # "ui/theme": "", "light" or "dark"
    @property
    def theme(self) -> str:
        value = str(self.qsettings.value("ui/theme", "") or "")
        return value if value in ("light", "dark") else ""

    @theme.setter
    def theme(self, value: str) -> None:
        self.qsettings.setValue("ui/theme", value if value in ("light", "dark") else "")
        self.qsettings.sync()

    def value(self, key: str, default=None):
        return self.qsettings.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.qsettings.setValue(key, value)


class SettingsDialog(QDialog):
    """Language, theme, reference hourly wage and the default currency for new evaluations."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        lang = settings.language

        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language_choice)))
        self.language.setAccessibleName(self.tr("Language"))

        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Follow the system"), "")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.theme.setAccessibleName(self.tr("Colours"))

        self.wage = QLineEdit(format_number(settings.reference_wage, lang), self)
        self.wage.setAccessibleName(self.tr("Reference hourly wage"))
        self.wage_error = ErrorLabel(self)
        self.wage_note = QLabel(self.tr(
            "Used when an evaluation leaves its own reference wage empty. The default is %1; "
            "it changes every 1 January and 1 July.").replace("%1", reference_wage().label(lang)), self)
        self.wage_note.setWordWrap(True)
        self.wage_note.setObjectName("note")

        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        for code in ("EUR", "USD", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN"):
            self.currency.addItem(code)
        self.currency.setCurrentText(settings.default_currency)
        self.currency.setAccessibleName(self.tr("Default currency for new evaluations"))
        self.currency_error = ErrorLabel(self)
        # The wheel over a combo without the focus does not change it (as in the editor): turning
        # it over the dialog switched the language or the colours by accident.
        guard(self.language, self.theme, self.currency)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Colours:"), self.theme)
        form.addRow(self.tr("Reference &hourly wage:"), self.wage)
        form.addRow("", self.wage_error)
        form.addRow("", self.wage_note)
        form.addRow(self.tr("Default c&urrency:"), self.currency)
        form.addRow("", self.currency_error)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label else None
            field_widget = field.widget() if field else None
            if isinstance(label_widget, QLabel) and field_widget is not None and label_widget.text():
                label_widget.setBuddy(field_widget)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._lang = lang

    def showEvent(self, event) -> None:  # noqa: N802
        """Tall enough for the wrapped note at the width shown (the form layout sizes a wrapped
        label for its width hint, which cuts the last lines off)."""
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def accept(self) -> None:
        ok = True
        parsed = parse_amount(self.wage.text(), self._lang).within(0, MAX_REFERENCE_WAGE)
        wage = parsed.value
        if wage is None or parsed.ambiguous or not 0 <= wage <= MAX_REFERENCE_WAGE:
            self.wage_error.show_error(self.tr("Enter an amount of 0 or more, e.g. %1.").replace(
                "%1", format_number(DEFAULT_REFERENCE_WAGE, self._lang)))
            set_invalid(self.wage, True)
            ok = False
        else:
            self.wage_error.show_error(None)
            set_invalid(self.wage, False)
        currency = self.currency.currentText().strip().upper()
        if not (len(currency) == 3 and currency.isalpha() and currency.isascii()):
            self.currency_error.show_error(self.tr("Use a three-letter code such as EUR."))
            ok = False
        else:
            self.currency_error.show_error(None)
        if not ok or wage is None:
            self._fit_height()  # the error lines take room
            return
        self.settings.reference_wage = wage
        self.settings.default_currency = currency
        self.settings.theme = self.theme.currentData()
        self.settings.language_choice = self.language.currentData()
        super().accept()
