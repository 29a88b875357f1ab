"""`guide import-history` and `guide rate` through real processes: the contract for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import TESTS, guide, history_json, one_line

pytestmark = pytest.mark.slow

FIXTURES = TESTS / "fixtures" / "history"


def test_import_history_json_contract_dry_run_and_once(lib: str):
    files = [
        str(FIXTURES / "trakt" / name) for name in ("watched-history.json", "ratings-movies.json")
    ]
    dry = json.loads(
        guide("import-history", *files, "--dry-run", "--json", "--library", lib).stdout
    )
    assert history_json(lib) == []  # a dry run changes nothing
    done = json.loads(guide("import-history", *files, "--json", "--library", lib).stdout)
    assert {k: done[k] for k in ("format", "matched", "plays_added", "ratings_set")} == {
        "format": "Trakt",
        "matched": 7,  # six plays (one duplicated) and a rating
        "plays_added": 5,
        "ratings_set": 1,
    }
    assert dry["plays_added"] == done["plays_added"] and dry["dry_run"] is True
    assert done["ambiguous"] == []
    assert [u["item"] for u in done["unmatched"]] == ['Saltmarsh Radio S01E01 "Static"']
    again = json.loads(guide("import-history", *files, "--json", "--library", lib).stdout)
    assert (again["plays_added"], again["ratings_set"]) == (0, 0)
    assert {p["source"] for p in history_json(lib)} == {"Trakt"}


def test_plays_of_unknown_date_show_as_null_in_history(lib: str):
    guide(
        "import-history",
        str(FIXTURES / "seriesguide" / "seriesguide-shows-backup.json"),
        "--library",
        lib,
    )
    unknown = [p for p in history_json(lib) if p["watched_at"] is None]
    assert [p["title"] for p in unknown].count("The Keeper's Log") == 3


def test_a_file_that_cannot_be_read_is_left_out_and_the_others_imported(lib: str, tmp_path):
    """Every file given is read or left out with its reason, never aborting the others; a
    file that holds nothing to import is said; when no file holds anything, exit 1."""
    bad = tmp_path / "broken.json"
    bad.write_text("[{")
    collection = tmp_path / "collection-movies.json"  # an unzipped Trakt export's other files
    collection.write_text('[{"collected_at": "2024-01-01T00:00:00.000Z", "movie": {}}]')
    result = guide(
        "import-history",
        str(FIXTURES / "netflix" / "NetflixViewingHistory.csv"),
        str(bad),
        str(collection),
        "--json",
        "--library",
        lib,
    )
    report = json.loads(result.stdout)
    assert report["plays_added"] == 3
    left_out = [line for line in report["skipped"] if "broken.json" in line]
    assert len(left_out) == 1 and "not valid JSON" in left_out[0]
    assert any("collection-movies.json" in line for line in report["skipped"])
    again = guide("import-history", str(bad), str(collection), "--library", lib, code=1)
    line = one_line(again)
    assert "broken.json" in line and "collection-movies.json" in line
    assert "nothing was imported" in line
    account = guide(
        "import-history", str(FIXTURES / "trakt" / "user-profile.json"), "--library", lib, code=1
    )
    assert "account data, which is never read" in one_line(account)


def test_rate_an_episode_a_show_and_remove_a_rating(lib: str):
    shown = json.loads(guide("rate", "Fog Signal", "8", "--json", "--library", lib).stdout)
    assert shown == {"title": "Fog Signal", "show": False, "rating": 8}
    assert json.loads(guide("show", "Fog Signal", "--json", "--library", lib).stdout)["rating"] == 8
    assert "Your rating: 8/10" in guide("show", "Fog Signal", "--library", lib).stdout
    guide("rate", "The Lighthouse Keepers", "9", "--library", lib)
    overview = json.loads(
        guide("show", "The Lighthouse Keepers", "--json", "--library", lib).stdout
    )
    assert overview["rating"] == 9  # the overview article shows its show's rating
    guide("rate", "Fog Signal", "0", "--library", lib)
    assert (
        json.loads(guide("show", "Fog Signal", "--json", "--library", lib).stdout)["rating"] is None
    )
    for bad in ("11", "-1", "eight", "7.5", "²"):  # a rating of the wrong form: a usage error
        result = guide("rate", "Fog Signal", bad, "--library", lib, code=2)
        assert "is not a rating" in result.stderr or "expected one argument" in result.stderr


def test_upcoming_and_calendar_commands(lib: str, tmp_path: Path):
    from tests.helpers import article_text, episode

    ahead = tmp_path / "ahead.txt"
    ahead.write_text(
        article_text(
            "The Long Night", episode("The Lighthouse Keepers", 3, 1, Airdate="2 May 2099")
        )
    )
    guide("import", str(ahead), "--library", lib)
    assert json.loads(guide("upcoming", "--json", "--library", lib).stdout) == [
        {
            "title": "The Long Night",
            "show": "The Lighthouse Keepers",
            "season": 3,
            "episode": 1,
            "airdate": "2099-05-02",
        }
    ]
    guide("watch", "Fog Signal", "--library", lib)
    ics = tmp_path / "airdates.ics"
    written = json.loads(guide("calendar", "--ics", str(ics), "--json", "--library", lib).stdout)
    assert written["events"] == 7 and "DTSTART;VALUE=DATE:20990502" in ics.read_text()
    again = guide("calendar", "--ics", str(ics), "--library", lib, code=1)
    assert "already exists; add --force" in one_line(again)


def test_a_netflix_activity_of_several_profiles_needs_one_chosen(lib: str):
    activity = str(FIXTURES / "netflix" / "ViewingActivity.csv")
    refused = guide("import-history", activity, "--library", lib, code=1)
    assert "Ann, Kids" in one_line(refused) and "--profile" in refused.stderr
    done = guide("import-history", activity, "--profile", "Ann", "--json", "--library", lib)
    assert json.loads(done.stdout)["plays_added"] == 4  # Ann's four viewings


def test_upcoming_names_the_show_once_and_list_places_a_linked_special(tmp_path, capsys):
    """Issue 24, item 17: `guide upcoming` said the show twice; `guide list` gave no season
    to a special placed in season 2 by its links, and had no header."""
    from datetime import date, timedelta

    from guide.cli import main
    from tests.helpers import article_text, episode

    folder = tmp_path / "articles"
    folder.mkdir()
    ahead = (date.today() + timedelta(days=10)).isoformat()
    (folder / "a.txt").write_text(
        article_text("First Light", episode("Harbour Watch", 2, 1)), encoding="utf-8"
    )
    (folder / "b.txt").write_text(
        article_text("Squall Special", {"Series": "Harbour Watch", "Prev": "First Light"}),
        encoding="utf-8",
    )
    (folder / "c.txt").write_text(
        article_text("Neap", episode("Harbour Watch", 2, 13, Airdate=ahead)), encoding="utf-8"
    )
    library = str(tmp_path / "lib.db")
    assert main(["import", str(folder), "--library", library]) == 0
    capsys.readouterr()
    assert main(["upcoming", "--library", library]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.count("Harbour Watch") == 1 and line.endswith("S02E13 Neap")
    assert main(["list", "Harbour Watch", "--library", library]) == 0
    listed = capsys.readouterr().out.splitlines()
    special = next(row for row in listed if row.endswith("Squall Special"))
    assert special.split()[0] == "2"  # placed in season 2, as the window shows it


def test_guide_status_sets_says_what_is_left_and_guide_next_groups_by_it(tmp_path, capsys):
    """Issue 24, item 19, at the prompt."""
    from guide.cli import main
    from tests.helpers import article_text, episode

    folder = tmp_path / "articles"
    folder.mkdir()
    for number, title in enumerate(("Pilot", "Second", "Third"), 1):
        fields = episode("Harbour Watch", 1, number, Running_time="30 minutes")
        (folder / f"{title}.txt").write_text(article_text(title, fields), encoding="utf-8")
    library = str(tmp_path / "lib.db")
    assert main(["import", str(folder), "--library", library]) == 0
    assert main(["watch", "Pilot", "--library", library]) == 0
    capsys.readouterr()
    assert main(["status", "Harbour Watch", "paused", "--library", library]) == 0
    said = capsys.readouterr().out.strip()
    assert said == "Harbour Watch: Paused; 2 episodes left (1.0 h)"
    assert main(["next", "--library", library]) == 0
    out = capsys.readouterr().out
    assert "Nothing in progress." in out and "Paused: Harbour Watch" in out
    assert main(["--json", "status", "Harbour Watch", "--library", library]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "paused" and data["left"] == {
        "episodes": 2,
        "hours": 1.0,
        "unknown": 0,
    }
    with pytest.raises(SystemExit) as usage:  # a usage error, as argparse gives: exit 2
        main(["status", "Harbour Watch", "finished", "--library", library])
    assert usage.value.code == 2
    assert "'finished' is not a status" in capsys.readouterr().err
    assert main(["status", "Harbour Watch", "none", "--library", library]) == 0
    assert "no status set" in capsys.readouterr().out
