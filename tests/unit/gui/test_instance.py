"""A second launch hands its files to the running window."""

from __future__ import annotations

import uuid
from pathlib import Path

from guide.gui.instance import InstanceServer, hand_over, server_name
from guide.gui.window.mainwindow import MainWindow
from tests.helpers import article_text, episode


def test_hand_over_reaches_the_running_instance(qtbot):
    name = f"episode-guide-test-{uuid.uuid4().hex[:8]}"
    assert not hand_over(name, ["x"])  # nobody listening yet
    server = InstanceServer(name)
    assert server.listening
    with qtbot.waitSignal(server.files_received, timeout=5000) as received:
        assert hand_over(name, ["/tmp/a.txt", "/tmp/b.txt"])
    assert received.args == [["/tmp/a.txt", "/tmp/b.txt"]]
    server.server.close()


def test_server_name_is_per_library(tmp_path: Path):
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "." / "a.db")


def test_open_files_imports_and_shows_the_first(qtbot, window: MainWindow, tmp_path: Path):
    first = tmp_path / "one.txt"
    first.write_text(article_text("Opened First", episode("Opened", 1, 1)))
    second = tmp_path / "two.txt"
    second.write_text(article_text("Opened Second", episode("Opened", 1, 2)))
    window.open_files([str(first), str(second)])
    qtbot.waitUntil(
        lambda: window.record is not None and window.record.article.title == "Opened First",
        timeout=15000,
    )
    assert window.library.find("Opened Second")
    qtbot.waitUntil(lambda: "2 added" in window.statusBar().currentMessage())
    assert window.on_demand.imports.dialog is None  # nothing to read in a box: no box to close


def test_a_file_opened_with_the_app_that_is_rejected_gets_its_report(
    qtbot, window: MainWindow, tmp_path: Path
):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    window.open_files([str(empty)])
    qtbot.waitUntil(lambda: window.on_demand.imports.dialog is not None, timeout=15000)
    assert "empty.txt" in window.on_demand.imports.dialog.text.toPlainText()


def test_a_second_launch_says_what_it_handed_over(qtbot, monkeypatch, capsys, tmp_path: Path):
    """A new user's walk: `episode-guide --library L` with a window already open on L said
    "the files were handed to it", with no files given."""
    from guide.gui import app

    given: list[list[str]] = []
    monkeypatch.setattr(
        "guide.gui.instance.hand_over", lambda _name, files: given.append(files) or True
    )
    assert app.main(["--library", str(tmp_path / "l.db")]) == 0
    assert given == [[]]
    assert capsys.readouterr().err == (
        "Episode Guide is already running on this library; its window was brought to the front.\n"
    )
    article = tmp_path / "a.txt"
    article.write_text("= A =\n")
    assert app.main(["--library", str(tmp_path / "l.db"), str(article)]) == 0
    assert given[-1] == [str(article)]
    assert "the files were handed to it." in capsys.readouterr().err
