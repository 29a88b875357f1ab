"""GUI fixtures: a window over a temporary library, with settings in a temporary file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from guide.core.library import Library
from guide.gui.settings import Settings
from guide.gui.window.mainwindow import MainWindow


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> None:
    """The window in English, as app.main installs it (the catalogue has the plural forms)."""
    from guide.gui import i18n

    assert i18n.install("en") == "en"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, library_path: Path, settings: Settings) -> Callable[[], MainWindow]:
    """Open a window (again) on the same library and settings, as a relaunch would."""
    opened: list[Library] = []
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        library = Library(library_path)
        opened.append(library)
        window = MainWindow(library, settings)
        windows.append(window)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.close()
    for library in opened:
        library.close()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


class Boxes:
    """The message boxes the window showed, recorded instead of shown (a modal box would
    block the test): their title, text, text format and default button; each is answered
    with ``answer``."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, Qt.TextFormat, QMessageBox.StandardButton]] = []
        self.texts: list[str] = []  # the text of each, in order
        self.answer = QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    """Every GUI test: a message box never blocks it (a test that expects one asks for
    this fixture to read what it said)."""
    record = Boxes()

    def exec_(box: QMessageBox) -> int:
        default = box.standardButton(box.defaultButton()) if box.defaultButton() else None
        record.shown.append((box.windowTitle(), box.text(), box.textFormat(), default))
        record.texts.append(box.text())
        return int(record.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return record
