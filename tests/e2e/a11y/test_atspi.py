"""The app through a screen reader's eyes: a real AT-SPI bus, the app with accessibility on,
and Debian's pyatspi driving it (tests/a11y/client.py). Slow; .ci/run installs the packages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from guide.core.library import Library
from tests.e2e.a11y import session
from tests.e2e.a11y.roles import CONTROL_ROLES, ITEMS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(session.missing() is not None, reason=str(session.missing())),
]


@pytest.fixture
def desktop(tmp_path: Path, library_path: Path) -> Iterator[session.Session]:
    running = session.Session(library_path, tmp_path / "home")
    running.start()
    try:
        yield running
    finally:
        running.stop()


def controls(nodes: list[dict]) -> list[dict]:
    """What a user operates: buttons, boxes, fields, menus, views (not a view's items)."""
    return [
        n
        for n in nodes
        if n["role"] not in ITEMS and (n["role"] in CONTROL_ROLES or n["states"]["focusable"])
    ]


def test_every_control_has_a_role_a_name_and_its_actions(desktop: session.Session) -> None:
    report = desktop.client("walk")
    nodes = report["nodes"]
    found = controls(nodes)
    assert len(found) > 100  # every page was visited, so every page's controls are here
    unnamed = [(n["role"], n["path"], n["description"]) for n in found if not n["name"].strip()]
    assert unnamed == []
    assert all(n["role"] != "unknown" for n in found)
    operable = [n for n in found if n["role"] in ("push button", "check box", "menu item")]
    silent = [n["name"] for n in operable if n["states"]["enabled"] and not n["actions"]]
    assert silent == []
    menu_items = {n["name"] for n in nodes if n["role"] == "menu item"}
    assert {"Import Files…", "Watched", "Statistics", "Keyboard Shortcuts"} <= menu_items
    # The navigator's rows: a show with its progress, and nothing said twice.
    rows = [
        n["name"] for n in nodes if n["role"] == "table cell" and "episodes watched" in n["name"]
    ]
    assert "The Lighthouse Keepers, 0 of 6 episodes watched" in rows
    assert all(name.count("Outside any show") <= 1 for name in (n["name"] for n in nodes))
    assert report["title"] == "Heartstopper — Episode Guide"  # a show selected: its page


def test_search_open_mark_watched_and_note_through_atspi(
    desktop: session.Session, library_path: Path
) -> None:
    title = "The Keeper's Log"
    note = "Written through AT-SPI: the fog scene."
    report = desktop.client("scenario", "keeper's log", title, note)

    assert report["frame_title"].startswith(title)
    # The reader's text is readable, and its headings are the Contents list.
    assert title in report["reader_text"]
    assert report["contents"], "the article's headings as a list"
    assert all(heading in report["reader_text"] for heading in report["contents"])
    assert report["watched_checked"] and report["note_state"] == "Saved"
    # The episode's row in the navigator says it is watched.
    rows = report["navigator"]
    assert any(row.startswith(f"1. {title}") and "watched 1×" in row for row in rows), str(rows)
    # The statistics as a table: this month's one episode is a cell.
    assert report["chart_table"] and report["chart_description"]
    assert any("1 play" in cell for cell in report["chart_table"])

    with Library(library_path) as library:
        record = library.find(title)
        assert record.watched and len(record.plays) == 1
        assert record.note == note
