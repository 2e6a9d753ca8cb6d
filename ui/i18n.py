"""Translations through Qt's system: source strings are English, Japanese is the default.

The compiled catalogs (resources/i18n/backoffice_<lang>.qm) are built by
ui/build_translations.py; when one is missing the UI falls back to the English source
strings instead of failing.

Qt's own texts (the buttons of message boxes: OK / キャンセル / はい / いいえ, the file
dialog, the print dialogs, the context menu of a text box) come from Qt's catalog
qtbase_<lang>.qm, which the PySide6 wheel ships in QLibraryInfo's TranslationsPath (and
PyInstaller's PySide6 hook copies into a build). It is installed and swapped together with
the application's catalog."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from backoffice.platform.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"


def qm_path(lang: str) -> str:
    return str(resource_path("i18n", f"backoffice_{lang}.qm"))


def qt_qm_path(lang: str) -> str | None:
    """Qt's own catalog for `lang` (None for English, Qt's source language, or when the
    Qt installation has none: then Qt's dialogs stay English and a warning says so)."""
    if lang == "en":
        return None
    folders = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), resource_path("i18n"))
    for folder in folders:
        path = folder / f"qtbase_{lang}.qm"
        if path.is_file():
            return str(path)
    log.warning("Qt's catalog qtbase_%s.qm not found in %s; Qt's dialogs stay in English",
                lang, ", ".join(map(str, folders)))
    return None


def saved_language() -> str:
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue("ui/language", lang)


_current: Translation | None = None


def switch(lang: str) -> bool:
    """Change the language at once (Settings, issue 16 item 6): swap the catalogs of the
    running application and remember the choice for the next start."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no running application to translate")
    translation = _current if _current is not None and _current.app is app else Translation(app)
    loaded = translation.install(lang)
    save_language(lang)
    return loaded


class Translation:
    """Installs the application's QTranslator and Qt's own, and swaps both on language change."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.translator: QTranslator | None = None
        self.qt_translator: QTranslator | None = None
        self.language = "en"

    def _install_qt(self, lang: str) -> None:
        if self.qt_translator is not None:
            self.app.removeTranslator(self.qt_translator)
            self.qt_translator = None
        path = qt_qm_path(lang)
        if path is None:
            return
        translator = QTranslator(self.app)
        if translator.load(path):
            self.app.installTranslator(translator)
            self.qt_translator = translator
        else:
            log.warning("Qt's catalog %s could not be loaded; Qt's dialogs stay in English", path)

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
        self._install_qt(lang)
        self.language = lang
        global _current
        _current = self
        QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
        return loaded
