"""End to end with a real sync engine: two Syncthing daemons on 127.0.0.1 share a folder;
two libraries sync through it with `guide sync` and converge, a note conflict included.

Needs Debian's `syncthing` package (`.ci/run` installs it when it is missing)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.e2e import syncthing
from tests.helpers import guide as run_guide

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not syncthing.available(), reason="needs the syncthing package"),
]


def guide(library: Path, *args: str) -> dict | str:
    """The real command on one device's library: its JSON, or what it printed."""
    result = run_guide(*args, "--library", str(library))
    return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture
def daemons(tmp_path: Path):
    """Two running Syncthing daemons sharing a folder, and a library beside each; both
    daemons are stopped by their pids whatever the test did."""
    a, b = syncthing.pair(tmp_path / "syncthing")
    lib_a, lib_b = tmp_path / "a.db", tmp_path / "b.db"
    for library in (lib_a, lib_b):
        guide(library, "samples")
    a.start()
    b.start()
    try:
        yield a, b, lib_a, lib_b
    finally:
        a.stop()
        b.stop()


def test_two_libraries_converge_through_two_syncthing_daemons(daemons):
    a, b, lib_a, lib_b = daemons
    guide(lib_a, "sync", "--folder", str(a.folder), "--json")
    guide(lib_b, "sync", "--folder", str(b.folder), "--json")
    # Edits on both sides, a note conflict among them.
    guide(lib_a, "watch", "Fog Signal")
    guide(lib_a, "note", "Midsummer", "written on A")
    guide(lib_b, "watch", "The Keeper's Log")
    guide(lib_b, "note", "Midsummer", "written on B")
    changed = time.monotonic()
    guide(lib_a, "sync", "--json")
    guide(lib_b, "sync", "--json")

    def b_has_a() -> bool:
        guide(lib_b, "sync", "--json")
        return bool(guide(lib_b, "show", "Fog Signal", "--json")["watched"])  # type: ignore[index]

    syncthing.wait_for(b_has_a)
    a_to_b = time.monotonic() - changed

    def a_has_b() -> bool:
        guide(lib_a, "sync", "--json")
        return bool(guide(lib_a, "show", "The Keeper's Log", "--json")["watched"])  # type: ignore[index]

    syncthing.wait_for(a_has_b)
    print(f"a change on A reached B's library through Syncthing in {a_to_b:.1f} s")
    for library in (lib_a, lib_b):
        record = guide(library, "show", "Midsummer", "--json")
        assert isinstance(record, dict)
        texts = sorted([record["note"], *record["note_conflicts"]])
        assert texts == ["written on A", "written on B"]
    history_a = guide(lib_a, "history", "--json")
    history_b = guide(lib_b, "history", "--json")
    assert isinstance(history_a, list) and isinstance(history_b, list)
    assert sorted(h["id"] for h in history_a) == sorted(h["id"] for h in history_b)
    # Resolve on B; the resolution travels to A.
    guide(lib_b, "note", "Midsummer", "one text, from B")
    guide(lib_b, "sync", "--json")

    def resolved_on_a() -> bool:
        guide(lib_a, "sync", "--json")
        record = guide(lib_a, "show", "Midsummer", "--json")
        return isinstance(record, dict) and record["note_conflicts"] == []

    syncthing.wait_for(resolved_on_a)
    assert guide(lib_a, "show", "Midsummer", "--json")["note"] == "one text, from B"  # type: ignore[index]


def test_a_change_on_a_appears_in_bs_window_through_syncthing(
    daemons, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings, Qt

    from guide.core.library import Library
    from guide.gui.actions import ActionId
    from guide.gui.dialogs import syncing
    from guide.gui.settings import Settings
    from guide.gui.window.mainwindow import MainWindow

    a, b, lib_a, lib_b = daemons
    library = Library(lib_b)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    try:
        guide(lib_a, "sync", "--folder", str(a.folder), "--json")
        monkeypatch.setattr(
            syncing.QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(b.folder)
        )
        window.actions_[ActionId.SYNC_FOLDER].trigger()
        qtbot.waitUntil(lambda: window.syncing.last_report is not None, timeout=30_000)
        guide(lib_a, "watch", "Fog Signal")
        changed = time.monotonic()
        guide(lib_a, "sync", "--json")

        def shown() -> bool:
            index = window.model.index_of_article("fog signal")
            return index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

        qtbot.waitUntil(shown, timeout=90_000)
        took = time.monotonic() - changed
        print(f"a change on A appeared in B's window through Syncthing in {took:.1f} s")
    finally:
        window.close()  # before its library (a window closes once)
        library.close()
