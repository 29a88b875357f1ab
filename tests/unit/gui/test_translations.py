"""Ready for translation: every visible string of every page comes from the catalogue (the
pseudo-locale shows it accented and bracketed), nothing is cut off when text is 40% longer,
the catalogues are up to date with the code, and right-to-left lays the window out mirrored."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from guide.gui import i18n
from guide.gui.actions import ActionId
from guide.gui.window.mainwindow import MainWindow

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)
english_forms, pseudo = translations.english_forms, translations.pseudo
LETTERS = re.compile(r"[A-Za-z]")
TAGS = re.compile(r"<[^>]*>")
# Labels whose whole text is the library's data (a show's name, an article's fields).
DATA = {"show_title", "show_lead", "placement", "watched_label"}


@pytest.fixture
def in_pseudo(qapp) -> Iterator[None]:
    assert i18n.install(i18n.PSEUDO) == i18n.PSEUDO
    yield
    i18n.install(i18n.SOURCE)


def _pages(window: MainWindow) -> Iterator[str]:
    """Show each page in turn (with something on it), naming it."""
    fog = window.library.find("Fog Signal")
    window.tracking.toggle_watched(fog.key, fog.article.title)
    window.show_start_page()
    yield "Continue Watching"
    window.open_article(fog.id)
    yield "an article"
    for action_id in (ActionId.HISTORY, ActionId.STATISTICS, ActionId.ALL_NOTES, ActionId.UPCOMING):
        window.actions_[action_id].trigger()
        yield action_id.name
    window.pages.stats.as_tables.setChecked(True)
    window.actions_[ActionId.STATISTICS].trigger()
    yield "statistics as tables"
    window.open_show(fog.show_key)
    yield "a show"
    window.search_field.setText("fog")
    window.search_panel.search("fog")
    yield "search results"


def _visible_texts(window: MainWindow, page: str) -> Iterator[tuple[QWidget, str]]:
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.objectName() in DATA:
            continue
        if isinstance(widget, QLabel):
            yield widget, TAGS.sub("", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield widget, widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", None) or getattr(widget, "header", None)
            if header is None or header().isHidden():
                continue
            for column in range(model.columnCount(QModelIndex())):
                if not header().isSectionHidden(column):
                    yield widget, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for menu in window.menuBar().actions():
        yield window.menuBar(), menu.text()
        for action in menu.menu().actions():
            if not action.isSeparator():
                yield window.menuBar(), action.text()
    if page in ("HISTORY", "STATISTICS", "ALL_NOTES", "UPCOMING"):  # not an article's title
        yield window, window.windowTitle()
    yield window, window.status_label.text()


def _untranslated(text: str) -> bool:
    return bool(LETTERS.search(text)) and "[" not in text


def _cut_off(widget: QWidget) -> bool:
    """A label or button narrower than its text needs (a word-wrapped label: shorter), or a
    field too narrow for its placeholder."""
    if isinstance(widget, QLineEdit) and not widget.text():
        margins = 12 + (22 if widget.isClearButtonEnabled() else 0)  # frame, padding, button
        needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
        return widget.width() - margins < needed
    if isinstance(widget, QComboBox) or not isinstance(widget, (QLabel, QAbstractButton)):
        return False
    if not (widget.text() if isinstance(widget, QLabel) else widget.text()).strip():
        return False
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.height() < widget.heightForWidth(widget.width())
    return widget.width() < widget.minimumSizeHint().width()


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)])
def test_every_page_in_the_pseudo_locale_is_translated_and_fits(
    qtbot, in_pseudo, make_window: Callable[[], MainWindow], size: tuple[int, int]
):
    window = make_window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems, checked = [], 0
    for page in _pages(window):
        QApplication.processEvents()
        for widget, text in _visible_texts(window, page):
            checked += 1
            where = f"{page}: {type(widget).__name__} {widget.objectName()!r}"
            if _untranslated(text):
                problems.append(f"{where} not translated: {text!r}")
            elif _cut_off(widget):
                problems.append(f"{where} cut off: {text!r}")
    assert not problems, "\n".join(problems)
    assert checked > 300  # every page's labels, buttons, fields, headers and menus
    assert window.menuBar().actions()[0].text().startswith("[&F")


def test_pseudo_translation_keeps_placeholders_keys_and_markup():
    made = pseudo("Mark &Watched {title} on %n day(s) <b>now</b>")
    assert made.startswith("[") and made.endswith("]")
    assert "&W" in made and "{title}" in made and "%n" in made and "<b>" in made
    assert "Màŕķ" in made
    assert len(made) >= 1.4 * len("Mark Watched {title} on %n day(s) now")
    assert english_forms("%n match(es) for “{query}”") == (
        "%n match for “{query}”",
        "%n matches for “{query}”",
    )


def test_the_catalogues_are_up_to_date_with_the_code():
    """A string added to the window without `translations.py update` fails here."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_plural_forms_and_language_choice(qapp):
    assert i18n.tr("%Ln show(s)", "", 1) == "1 show"
    assert i18n.tr("%Ln show(s)", "", 2) == "2 shows"
    assert i18n.month_text("2026-09") == "September 2026"
    assert i18n.month_text("sometime") == "sometime"
    assert i18n.choose("pseudo") == "pseudo"
    assert i18n.choose("xx") == "en"  # no catalogue: English
    assert {"en", "pseudo"} <= set(i18n.available())


def test_right_to_left_mirrors_the_window(qtbot, make_window: Callable[[], MainWindow]):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window()
        window.resize(1200, 700)
        window.show()
        qtbot.waitExposed(window)
        navigator = window.navigator.mapTo(window, window.navigator.rect().center())
        centre = window.centre.mapTo(window, window.centre.rect().center())
        assert navigator.x() > centre.x()  # the navigator is on the right
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_cut_off_check_sees_a_squeezed_button(qtbot):
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("[Šĥöŵ Fîĝûŕéš àš Ţàƀļéš ~~~~~~~~]")
    qtbot.addWidget(button)
    button.show()
    button.setFixedWidth(40)
    assert _cut_off(button)
    button.setFixedWidth(button.minimumSizeHint().width())
    assert not _cut_off(button)


HEBREW_ARTICLE = """= המגדלור =

Infobox
- Series: המגדלור
- Season: 1
- Episode: 1

המגדלור הוא פרק ראשון בסדרה בדיונית על שומרי מגדלור.

==עלילה==
שני שומרים מגיעים לאי בלילה סוער.

The English paragraph stays left to right.
"""


def test_hebrew_article_text_reads_right_to_left(tmp_path: Path, window: MainWindow):
    from guide.core.importing.articles import import_paths

    article = tmp_path / "hebrew.txt"
    article.write_text(HEBREW_ARTICLE, encoding="utf-8")
    import_paths(window.library, [str(article)])
    window.open_article(window.library.find("המגדלור").id)
    directions = {}
    block = window.page.reader.document().begin()
    while block.isValid():
        if block.text().strip():
            directions[block.text()[:12]] = block.textDirection()
        block = block.next()
    rtl, ltr = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
    assert directions["המגדלור הוא "] == rtl  # the lead
    assert directions["עלילה"] == rtl  # a heading
    assert directions["The English "] == ltr


def test_the_filter_row_puts_its_button_under_the_field_when_narrow(qtbot):
    from PySide6.QtWidgets import QBoxLayout, QPushButton

    from guide.gui.window.mainwindow import FilterRow

    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit()
    field.setPlaceholderText("[Fîļţéŕ ~]")
    row = FilterRow(field, QPushButton("[Ûñŵàţçĥéð Öñļý ~~~]"), holder)
    row.resize(600, 40)
    holder.show()
    qtbot.waitUntil(lambda: row.box.direction() == QBoxLayout.Direction.LeftToRight)
    row.resize(150, 40)
    qtbot.waitUntil(lambda: row.box.direction() == QBoxLayout.Direction.TopToBottom)


def test_view_language_keeps_the_choice_for_the_next_start(window: MainWindow, settings):
    from guide.gui.settings import LANGUAGE

    actions = window.looks.language_actions
    assert set(actions) >= {"", "en", "pseudo"} and actions[""].isChecked()
    actions["pseudo"].trigger()
    assert settings.get(LANGUAGE) == "pseudo"
    assert "next time" in window.statusBar().currentMessage()
    assert actions["pseudo"].isChecked() and not actions[""].isChecked()


def test_the_language_option_refuses_an_unknown_code(capsys):
    from guide.gui import app

    assert app.main(["--language", "xx"]) == 2
    assert "no catalogue for language 'xx'" in capsys.readouterr().err
