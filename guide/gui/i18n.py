"""The window's language: every user-visible string goes through :func:`tr`.

Catalogues are Qt Linguist files, ``resources/translations/episode-guide_<code>.ts``, made by
``packaging/translations.py update`` (``pyside6-lupdate`` over ``guide/gui``, then the English
plural forms and the pseudo-locale filled in). A built package or bundle carries them compiled
(``.qm``, by ``pyside6-lrelease``); a checkout compiles them on first use into the user's cache.

English is the source language and is always installed (it holds the plural forms: the source
says ``%n episode(s)``); another language is installed over it. ``pseudo`` is the pseudo-locale
(``[Ŵàţçĥéð ~~~]``: accented, 40% longer, bracketed) for finding strings that are not
translated and text that does not fit.

The command line (``guide``) stays English by design: its output is read by scripts as well as
people, and its messages are the same in every locale.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from guide.core.article.airdates import parse_airdate

CONTEXT = ""  # one catalogue context: pyside6-lupdate files a bare tr() call under ""
PREFIX = "episode-guide_"
SOURCE = "en"
PSEUDO = "pseudo"


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks a string for the catalogue where it is declared; tr() it where it is shown."""
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language; with ``n``, ``%n`` is n in the right plural form."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


DATE_PATTERN = "Qt date pattern"  # the disambiguation of patterns (the pseudo-locale keeps them)


def date_text(day: date) -> str:
    """A date as this language writes it: the pattern is translated, the month names are
    the locale's ("14 Mar 2025" in English)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), tr("d MMM yyyy", DATE_PATTERN))


_HAS_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # a day (or month) number beside the year


def airdate_text(written: str | None) -> str:
    """An airdate as an article writes it ("Sunday, January 4, 2027"), shown as this language
    writes dates ("4 Jan 2027"); text that is no date, as written."""
    day = parse_airdate(written)
    if day is None or not _HAS_DAY.search(written or ""):  # "2019", "March 2019": as written
        return written or ""  # (a day of our own making would be a date never given)
    return date_text(day)


def month_text(month: str) -> str:
    """ "2026-09" as this language names the month ("September 2026"); other text as is."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError:
        return month
    if not 1 <= number <= 12:
        return month
    return QLocale().toString(QDate(year, number, 1), tr("MMMM yyyy", DATE_PATTERN))


def stamp_date(stamp: object) -> str:
    """The local date of a stored timestamp (a play's), or that it is not known."""
    from guide.core.times import local

    moment = local(stamp)
    return date_text(moment.date()) if moment is not None else tr("date unknown")


def number_text(value: int) -> str:
    return QLocale().toString(value)


def decimal_text(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals, as the language writes numbers (1.5, 1,5)."""
    return QLocale().toString(value, "f", places)


def time_text(moment: datetime) -> str:
    """The time of day, 24-hour (the pattern is translated)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), tr("HH:mm", DATE_PATTERN))


def catalogue_folder() -> Path:
    from importlib.util import find_spec  # importlib.resources costs 9 ms at start

    spec = find_spec("guide.resources")
    assert spec is not None and spec.submodule_search_locations
    return Path(list(spec.submodule_search_locations)[0]) / "translations"


def available() -> list[str]:
    """The language codes with a catalogue (English, the pseudo-locale, and any other)."""
    folder = catalogue_folder()
    codes = {p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.ts")}
    codes |= {p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.qm")}
    return sorted(codes)


def language_name(code: str) -> str:
    """A language's own name ("Deutsch"), for the View → Language menu."""
    if code == PSEUDO:
        return "Pseudo-locale [Ƥšéûðö]"
    if code == SOURCE:
        return "English"
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def choose(wanted: str | None) -> str:
    """The catalogue for ``wanted`` (a code, or None for the system's languages): the first
    of the system's UI languages that has one, else English."""
    codes = available()
    candidates = [wanted] if wanted else QLocale.system().uiLanguages()
    for candidate in candidates:
        for code in (candidate, candidate.replace("-", "_"), candidate.split("-")[0]):
            if code in codes:
                return code
    return SOURCE


def _compiled(code: str) -> Path | None:
    """The .qm of ``code``: shipped beside the .ts, or compiled from it into the cache."""
    folder = catalogue_folder()
    shipped = folder / f"{PREFIX}{code}.qm"
    source = folder / f"{PREFIX}{code}.ts"
    if not source.exists():
        return shipped if shipped.exists() else None
    if shipped.exists() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    import subprocess

    import platformdirs

    cache = platformdirs.user_cache_path("episode-guide", appauthor=False) / "translations"
    stamp = f"{source.stat().st_mtime_ns}-{source.stat().st_size}"
    compiled = cache / f"{PREFIX}{code}-{stamp}.qm"
    if compiled.exists():
        return compiled
    cache.mkdir(parents=True, exist_ok=True)
    partial = compiled.with_suffix(f".{os.getpid()}.part")
    try:
        subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, compiled)
    except (OSError, subprocess.SubprocessError):
        partial.unlink(missing_ok=True)
        return None
    return compiled


def lrelease() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "lrelease"


_installed: list[QTranslator] = []


def install(code: str | None = None) -> str:
    """Install the catalogues for ``code`` (None: the system's language) on the running
    application, replacing any installed before. Returns the code in use."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = choose(code)
    for layer in dict.fromkeys((SOURCE, chosen)):
        path = _compiled(layer)
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    if chosen not in (SOURCE, PSEUDO):
        QLocale.setDefault(QLocale(chosen))
    return chosen
