"""The app as a screen reader sees it, through AT-SPI (run with the system Python, which has
Debian's pyatspi; prints one JSON report as its last line).

    client.py walk                      every accessible object: role, name, states, actions
    client.py scenario TEXT TITLE NOTE  search for TEXT, open the result TITLE, mark it
                                        watched, write NOTE; then read the navigator, the reader
                                        and the statistics as tables

Everything is done through the accessibility interfaces only (Action, EditableText, Text,
Selection): no mouse, no keys, nothing a screen reader could not do.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from roles import CONTAINERS, ITEMS  # type: ignore[import-not-found]

APP_NAME = "Episode Guide"


def application(timeout: float = 60):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == APP_NAME and child.childCount:
                return child
        time.sleep(0.2)
    raise SystemExit("the app did not appear on the accessibility bus")


def states(accessible) -> dict[str, bool]:
    state = accessible.getState()
    return {
        name: state.contains(value)
        for name, value in (
            ("focusable", pyatspi.STATE_FOCUSABLE),
            ("showing", pyatspi.STATE_SHOWING),
            ("enabled", pyatspi.STATE_ENABLED),
            ("checked", pyatspi.STATE_CHECKED),
            ("focused", pyatspi.STATE_FOCUSED),
        )
    }


def actions(accessible) -> list[str]:
    try:
        action = accessible.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def walk(accessible, path=(), limit: int = 200):
    """Every object under ``accessible`` (the first ``limit`` children of each)."""
    try:
        node = {
            "path": list(path),
            "role": accessible.getRoleName(),
            "name": accessible.name or "",
            "description": accessible.description or "",
            "states": states(accessible),
            "actions": actions(accessible),
            "children": accessible.childCount,
        }
    except Exception:  # an object that went away while walking
        return
    yield node
    for index in range(min(accessible.childCount, limit)):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, (*path, index), limit)


def find(accessible, role: str, name: str | None = None, *, showing: bool = True, wait=20.0):
    """The first object of ``role`` (named ``name``) under ``accessible``, waiting for it."""
    deadline = time.monotonic() + wait
    while True:
        found = _search(accessible, role, name, showing)
        if found is not None or time.monotonic() > deadline:
            if found is None:
                raise SystemExit(f"no {role} named {name!r} appeared")
            return found
        time.sleep(0.2)


def _search(accessible, role, name, showing):
    try:
        named = accessible.getRoleName() == role and name in (None, accessible.name)
        if named and (not showing or accessible.getState().contains(pyatspi.STATE_SHOWING)):
            return accessible
        count = accessible.childCount
    except Exception:
        return None
    if accessible.getRoleName() in CONTAINERS and role not in ITEMS:
        return None  # a view's items are not containers of controls
    for index in range(min(count, 500)):
        child = accessible.getChildAtIndex(index)
        if child is not None:
            hit = _search(child, role, name, showing)
            if hit is not None:
                return hit
    return None


def do(accessible, action_name: str) -> None:
    action = accessible.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if action_name not in names:
        raise SystemExit(f"{accessible.getRoleName()} {accessible.name!r} has no {action_name!r}")
    action.doAction(names.index(action_name))


def until(check, what: str, wait: float = 20.0):
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


def text_of(accessible) -> str:
    text = accessible.queryText()
    return text.getText(0, text.characterCount)


def children(accessible) -> list:
    return [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]


def scenario(search_text: str, title: str, note: str) -> dict:
    app = application()
    frame = app.getChildAtIndex(0)
    report: dict = {}
    field = find(frame, "text", "Search library")
    field.queryEditableText().setTextContents(search_text)
    results = find(frame, "list", "Search results")
    item = until(
        lambda: next((c for c in children(results) if c and c.name.startswith(title)), None),
        f"a search result named {title!r}",
    )
    report["result"] = item.name
    selection = results.querySelection()  # a screen reader chooses an item by selecting it
    selection.clearSelection()
    selection.selectChild(item.getIndexInParent())
    reader = find(frame, "label", "Article text")
    report["frame_title"] = until(lambda: title in frame.name and frame.name, "the title")
    report["reader_text"] = text_of(reader)
    contents = find(frame, "list", "Contents", showing=False)
    report["contents"] = [c.name for c in children(contents) if c is not None]

    check = find(frame, "check box", "Watched")
    do(check, "Toggle")
    until(lambda: check.getState().contains(pyatspi.STATE_CHECKED), "the Watched box checked")
    report["watched_checked"] = True

    notes = find(frame, "text", "Notes")
    notes.queryEditableText().setTextContents(note)
    report["note_state"] = find(frame, "label", "Saved").name  # said once committed

    navigator = find(frame, "tree", "Navigator")
    report["navigator"] = [c.name for c in children(navigator)[:400] if c is not None]

    statistics = _menu_item(frame, "Go", "Statistics")
    do(statistics, actions(statistics)[0])
    tables = find(frame, "check box", "Show Figures as Tables")
    do(tables, "Toggle")
    table = find(frame, "table", "Episodes and films watched per month (last two years)")
    report["chart_table"] = [c.name for c in children(table) if c is not None]
    report["chart_description"] = table.description
    return report


PAGES = ("Upcoming", "History", "Statistics", "All Notes", "Continue Watching")


def visit_and_walk() -> dict:
    """Show every page once (through the Go menu's actions, so that the pages built on first
    use are in the tree), then a show's page (selecting it in the navigator), then walk."""
    app = application()
    frame = app.getChildAtIndex(0)
    for page in PAGES:
        do(_menu_item(frame, "Go", page), "Press")
        title = APP_NAME if page == "Continue Watching" else f"{page} — {APP_NAME}"
        until(lambda title=title: frame.name == title, f"the {page} page")
    navigator = find(frame, "tree", "Navigator")
    show = next(c for c in children(navigator) if c is not None and c.name and "," in c.name)
    do(show, "Toggle")
    until(lambda: show.name.split(",")[0] in frame.name, "the show's page")
    return {"nodes": list(walk(app)), "title": frame.name}


def _menu_item(frame, menu: str, item: str):
    bar = find(frame, "menu bar", None)
    top = next(c for c in children(bar) if c is not None and c.name == menu)
    popup = top.getChildAtIndex(0)
    return next(c for c in children(popup) if c is not None and c.name == item)


def main(argv: list[str]) -> int:
    if argv[:1] == ["walk"]:
        report = visit_and_walk()
    elif argv[:1] == ["scenario"] and len(argv) == 4:
        report = scenario(*argv[1:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
