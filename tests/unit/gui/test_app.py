"""Starting the app: the library problem dialog, and the entry points."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from guide.core.library import Library
from guide.gui import app


def click_button(text: str):
    def exec_(box: QMessageBox) -> int:
        assert "cannot open the library" in box.text()
        assert "has not been changed" in box.informativeText()
        clicked = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        clicked.click()
        return 0

    return exec_


def test_corrupt_library_offers_a_new_one_and_never_overwrites(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    before = bad.read_bytes()
    new = tmp_path / "fresh.db"
    monkeypatch.setattr(QMessageBox, "exec", click_button("Create New…"))
    monkeypatch.setattr(app.QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    library = app.open_with_dialogs(str(bad))
    assert library is not None and library.path == new
    library.close()
    assert bad.read_bytes() == before


def test_open_another_library(qtbot, tmp_path, monkeypatch):
    good = tmp_path / "good.db"
    Library(good).close()
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(QMessageBox, "exec", click_button("Open Another…"))
    monkeypatch.setattr(app.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    library = app.open_with_dialogs(str(bad))
    assert library is not None and library.path == good
    library.close()


def test_quit_from_the_dialog(qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    monkeypatch.setattr(QMessageBox, "exec", click_button("Quit"))
    assert app.open_with_dialogs(str(bad)) is None


def test_main_opens_the_window_titled_episode_guide(qtbot, tmp_path: Path, monkeypatch):
    shown = {}

    def fake_exec(self) -> int:
        from PySide6.QtWidgets import QApplication

        windows = [  # the one main() showed (other tests' closed windows may linger)
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "main_window" and w.isVisible()
        ]
        shown["title"] = windows[0].windowTitle()
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(app.QApplication, "exec", fake_exec)
    assert app.main(["--library", str(tmp_path / "new.db")]) == 0
    assert shown["title"] == "Episode Guide"


def test_guide_without_a_command_opens_the_window(qtbot, tmp_path, monkeypatch):
    from guide import cli

    called = {}
    monkeypatch.setattr(app, "main", lambda argv: called.setdefault("argv", argv) and 0)
    cli.main(["--library", str(tmp_path / "x.db")])
    assert called["argv"] == ["--library", str(tmp_path / "x.db")]


def test_no_display_is_a_clear_message(monkeypatch, capsys):
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    assert app.main([]) == 2
    assert "needs a display" in capsys.readouterr().err


def test_the_window_opens_without_what_its_first_screen_does_not_need(tmp_path):
    """Pages not on the first screen, the operations and the style's Python enums are loaded
    when first used: the window is shown and painted without them (see issue "Fast at any
    size"); the app runs Fusion all the same."""
    import os
    import subprocess
    import sys

    script = """
import sys
from PySide6.QtCore import QSettings, QTimer
from guide.gui.app import create_application
app = create_application()
from guide.core.library import Library
from guide.gui.window.mainwindow import MainWindow
from guide.gui.settings import Settings
library = Library(sys.argv[1])
window = MainWindow(library, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
QTimer.singleShot(200, app.quit)
app.exec()
lazy = ["guide.core.ops", "guide.gui.pages.show", "guide.gui.pages.upcoming",
        "guide.gui.pages.stats", "guide.gui.navigator.menu", "guide.gui.dialogs.notes",
        "guide.gui.dialogs.importing", "guide.gui.dialogs.getting", "mwparserfromhell"]
print(" ".join(name for name in lazy if name in sys.modules) or "none")
print(app.style().name())
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "l.db"), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    loaded, style = done.stdout.split("\n")[:2]
    assert (loaded, style) == ("none", "fusion")
