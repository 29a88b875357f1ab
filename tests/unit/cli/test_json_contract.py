"""Every `guide … --json` command prints what it printed before: a characterisation test.

One evening of scripted commands on a library of the bundled samples, each command's JSON
recorded in ``tests/golden/cli_json.json``. A refactoring must leave every answer as it was;
a change of the contract is a change of the golden file, seen in review. Paths, new ids and
the times of "now" differ between runs and are written as placeholders.

To record again after a deliberate change of the contract:
``GUIDE_RECORD_GOLDEN=1 python3 -m pytest tests/unit/cli/test_json_contract.py``.
"""

from __future__ import annotations

import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

from tests.helpers import TESTS, article_text, episode, guide

GOLDEN = TESTS / "golden" / "cli_json.json"
FIXTURES = TESTS / "fixtures" / "history"
# Where the installed package's resources are (an editable install may point elsewhere
# than this checkout): the samples' paths in answers are written from there.
RESOURCES = Path(str(resources.files("guide.resources")))
SHOW = "The Lighthouse Keepers"
TRAKT = [str(p) for p in sorted((FIXTURES / "trakt").glob("*.json"))]

UID = re.compile(r"\b[0-9a-f]{32}\b")
NOW = re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?\b")
# Moments the evening gives (--at) and the fixtures hold are kept; the rest are "now".
GIVEN = ("2026-01-0", "2026-02-", "2024-", "2025-", "2023-", "2022-", "2021-", "2020-")


def evening(tmp: Path) -> list[tuple[list[str], str]]:
    """The commands, in order, with the library at ``tmp``."""
    future = tmp / "future.txt"
    future.write_text(
        article_text(
            "Far Horizon", episode(SHOW, 3, 1, Original_air_date="1 January 2099"), "Ahead."
        ),
        encoding="utf-8",
    )
    (tmp / "sync").mkdir()
    return [
        (["samples"], ""),
        (["import", str(future)], ""),
        (["shows"], ""),
        (["list"], ""),
        (["list", SHOW], ""),
        (["show", "Fog Signal"], ""),
        (["search", "fog"], ""),
        (["search", f'show:"{SHOW}"', "-watched"], ""),
        (["watch", "The Keeper's Log", "--at", "2026-01-01T20:00:00+00:00"], ""),
        (["watch", "Fog Signal", "--at", "2026-01-02T20:00:00+00:00"], ""),
        (["watch", "Harbour Lights (film)", "--at", "2026-02-03T21:00:00+00:00"], ""),
        (["rate", "Fog Signal", "8"], ""),
        (["rate", SHOW, "9"], ""),
        (["note", "Fog Signal", "The", "foghorn", "scene."], ""),
        (["note", "Midsummer"], "Read from standard input.\n"),
        (["status", SHOW, "paused"], ""),
        (["status", SHOW], ""),
        (["history"], ""),
        (["history", SHOW, "--limit", "1"], ""),
        (["next"], ""),
        (["stats", "--year", "2026"], ""),
        (["upcoming"], ""),
        (["calendar", "--ics", str(tmp / "air.ics"), "--all-shows"], ""),
        (["search", "watched"], ""),
        (["search", "has:note"], ""),
        (["unwatch", "Harbour Lights (film)"], ""),
        (["rewatch", SHOW], ""),
        (["export-data", str(tmp / "data.json"), "--csv", str(tmp / "history.csv")], ""),
        (["merge-data", str(tmp / "data.json")], ""),
        (["export-articles", str(tmp / "articles")], ""),
        (["import-history", *TRAKT, "--dry-run"], ""),
        (["import-history", *TRAKT], ""),
        (["check"], ""),
        (["backup", str(tmp / "copy.db")], ""),
        (["sync", "--folder", str(tmp / "sync")], ""),
        (["shows"], ""),
    ]


def normalise(value: Any, tmp: Path) -> Any:
    if isinstance(value, dict):
        return {k: normalise(v, tmp) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v, tmp) for v in value]
    if isinstance(value, str):
        value = value.replace(str(tmp), "<TMP>").replace(str(RESOURCES), "<RESOURCES>")
        value = value.replace(str(FIXTURES), "<FIXTURES>")
        value = UID.sub("<UID>", value)
        return NOW.sub(lambda m: m[0] if m[0].startswith(GIVEN) else "<NOW>", value)
    return value


def run_evening(tmp: Path) -> list[dict[str, Any]]:
    library = tmp / "library.db"
    answers = []
    for args, stdin in evening(tmp):
        result = guide(*args, "--library", str(library), "--json", "-q", stdin=stdin)
        answer = json.loads(result.stdout) if result.stdout else None
        if args[0] == "stats":  # the last 24 months run to this one: keep those with plays
            answer["months"] = [m for m in answer["months"] if m["plays"]]
        answers.append({"command": normalise(args, tmp), "json": normalise(answer, tmp)})
    return answers


def test_every_json_answer_is_as_recorded(tmp_path: Path) -> None:
    answers = run_evening(tmp_path)
    if os.environ.get("GUIDE_RECORD_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(
            json.dumps(answers, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [a["command"] for a in answers] == [r["command"] for r in recorded]
    for answer, before in zip(answers, recorded, strict=True):
        assert answer == before, f"guide {' '.join(answer['command'])} --json changed"
