"""Translations through Qt's system: source strings are English, Japanese is the default.

The compiled catalogs (resources/i18n/backoffice_<lang>.qm) are built by
ui/build_translations.py; when one is missing the UI falls back to the English source
strings instead of failing."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from backoffice.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"


def qm_path(lang: str) -> str:
    return str(resource_path("i18n", f"backoffice_{lang}.qm"))


def saved_language() -> str:
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


class Translation:
    """Installs one QTranslator on the application and swaps it on language change."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None
        self.language = "en"

    def install(self, lang: str) -> bool:
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
        if self.translator is not None:
            self.app.removeTranslator(self.translator)
            self.translator = None
        translator = QTranslator(self.app)
        loaded = translator.load(qm_path(lang))
        if loaded:
            self.app.installTranslator(translator)
            self.translator = translator
        elif lang != "en":
            log.warning("translation %s not found; showing English (run ui/build_translations.py)",
                        qm_path(lang))
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
        return loaded
