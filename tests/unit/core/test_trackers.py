"""Bringing history from other trackers: every format read from its content, matched to the
sample articles, recorded once (a second import adds nothing), undone as one operation."""

from __future__ import annotations

import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from guide.core import ops
from guide.core.importing.articles import import_paths
from guide.core.importing.history.entries import Entry, HistoryError
from guide.core.importing.history.matching import Matcher
from guide.core.importing.history.netflix import ProfilesError, split_title
from guide.core.importing.history.plan import Outcome, pending_entries, review
from guide.core.importing.history.reading import is_account_file, read_file, read_files
from guide.core.library import Library
from guide.core.opening import add_samples
from guide.core.sync.portable import export_data, merge_data
from tests.helpers import TESTS, episode

FIXTURES = TESTS / "fixtures" / "history"


@pytest.fixture
def samples(library: Library) -> Library:
    add_samples(library)
    return library


def import_history(library: Library, *paths: Path, profile: str | None = None):
    reading = read_files(paths, profile=profile)
    found = review(library, reading.sources)
    found.left_out = reading.skipped
    applied = ops.apply(library, found.operation())
    return found, applied, Outcome.of(applied)


def history(library: Library) -> list[tuple[int, str | None, str | None, str | None]]:
    return sorted(
        ((e.pass_number, e.watched_at, e.title, e.source) for e in library.plays.history()),
        key=lambda row: (row[1] or "", row[2] or ""),
    )


def trakt_files() -> list[Path]:
    return sorted(p for p in (FIXTURES / "trakt").iterdir() if not is_account_file(p.name))


# -- reading each format -------------------------------------------------------------------


def test_trakt_history_is_one_play_per_event_duplicates_once_bad_times_skipped(samples):
    found, _, outcome = import_history(samples, *trakt_files())
    assert found.formats == "Trakt"
    items = [line.split(": ", 1)[1] for line in found.skipped if line not in found.left_out]
    assert items == ["'yesterday' is not a date; write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM"]
    files = "\n".join(found.left_out)
    assert "collection-movies.json: not a watch history" in files  # left out, not fatal
    assert "ratings-seasons.json: nothing in it to import (" in files
    assert "a season's rating (Episode Guide rates episodes, films and shows)" in files
    for counts in ("watched-shows.json", "watched-movies.json"):  # the history holds them
        assert f"{counts}: left out: its viewings are in" in files
    assert history(samples) == [
        (1, "2023-03-03T18:00:00+00:00", "Harbour Lights (film)", "Trakt"),
        (1, "2024-01-05T20:00:00+00:00", "The Keeper's Log", "Trakt"),
        (1, "2024-01-12T20:00:00+00:00", "Fog Signal", "Trakt"),  # the duplicated event: once
        # after watched-shows.json's reset_at (2025-01-20): the rewatch
        (2, "2025-02-01T21:00:00+00:00", "The Keeper's Log", "Trakt"),
        (2, "2025-06-14T19:30:00+00:00", "Between the Tides", "Trakt"),  # matched by title
    ]
    assert outcome.plays_added == 5 and outcome.passes_started == 1
    assert samples.ratings.get("fog signal") == 9
    assert samples.ratings.get("harbour lights (film)") == 7
    assert samples.ratings.get("the lighthouse keepers", on_show=True) == 8
    assert [e.label for e in found.unmatched] == ['Saltmarsh Radio S01E01 "Static"']


def test_a_history_import_goes_through_the_one_door_all_of_it_or_none(samples, monkeypatch):
    """Issue 22: ImportHistory is an operation like any other (ops.apply runs it in one
    transaction; what it did is in Applied.counts). A failure in its last step leaves none
    of its plays, rewatches or ratings."""
    from guide.core.errors import LibraryError
    from guide.core.importing.history import plan

    reading = read_files(trakt_files())
    operation = review(samples, reading.sources).operation()
    before = len(history(samples))

    def fails(self, library):
        raise LibraryError("the disk is full")

    monkeypatch.setattr(plan.KeepPending, "run", fails)
    with pytest.raises(LibraryError):
        ops.apply(samples, operation)
    assert len(history(samples)) == before  # the plays of the steps before it: gone too
    monkeypatch.undo()
    applied = ops.apply(samples, operation)
    assert Outcome.of(applied).plays_added == applied.counts["plays_added"] > 0
    assert len(history(samples)) == before + applied.counts["plays_added"]


def test_trakt_counts_without_the_history_are_plays_with_their_last_time(samples):
    """watched-shows and watched-movies as Trakt's API (and the exporters built on it)
    write them: a count per episode or film and its last time."""
    trakt = FIXTURES / "trakt"
    found, _, outcome = import_history(
        samples, trakt / "watched-shows.json", trakt / "watched-movies.json"
    )
    assert found.left_out == []
    keeper = sorted((p.watched_at or "") for p in samples.plays.of("the keeper's log"))
    assert keeper == ["", "2025-02-01T21:00:00+00:00"]  # 2 plays: the last one dated
    assert [p.watched_at for p in samples.plays.of("fog signal")] == ["2024-01-12T20:00:00+00:00"]
    film = [p.watched_at for p in samples.plays.of("harbour lights (film)")]
    assert film == ["2023-03-03T18:00:00+00:00"]
    assert outcome.passes_started == 1  # reset_at: a rewatch


def test_a_trakt_season_rating_never_rates_the_show(samples):
    with pytest.raises(HistoryError, match="nothing in it to import.*a season's rating"):
        import_history(samples, FIXTURES / "trakt" / "ratings-seasons.json")
    assert samples.ratings.get("the lighthouse keepers", on_show=True) is None


def test_a_tv_time_export_is_read_once_each_viewing_and_rewatches_as_rewatches(samples):
    """The files of a real GDPR export (tests/fixtures/history/README.md names the sources
    of their shapes): only the records file's watch-episode and rewatch-episode rows are
    viewings; v1's copies of episodes, watched_on_episode.csv, seen_episode_source.csv,
    rewatched_episode.csv and the emoji reactions repeat them, and are left out."""
    folder = FIXTURES / "tvtime"
    found, _, outcome = import_history(samples, *sorted(folder.iterdir()))
    assert found.formats == "TV Time"
    assert outcome.passes_started == 1  # the rewatch-episode row, not the original's count
    assert history(samples) == [
        (1, "2023-04-01T20:00:00+00:00", "Harbour Lights (film)", "TV Time"),
        (1, "2024-02-01T20:00:00+00:00", "The Keeper's Log", "TV Time"),
        (1, "2024-02-02T20:00:00+00:00", "Fog Signal", "TV Time"),
        (1, "2024-02-03T20:00:00+00:00", "The Ship That Wasn't", "TV Time"),
        (2, "2024-08-01T20:00:00+00:00", "The Keeper's Log", "TV Time"),
    ]
    said = "\n".join(found.skipped)
    for left_out in ("watched_on_episode.csv", "tracking-prod-records.csv"):
        assert f"{left_out}: left out: its viewings are in" in said
    for not_viewings in ("episode_emotion.csv", "rewatched_episode.csv", "seen_episode_source"):
        assert not_viewings in said
    assert "row 8: " in said  # the watch with no time
    assert [e.label for e in found.unmatched] == ["Saltmarsh Radio S01E01"]


def test_a_tv_time_film_under_a_translated_name_is_found_by_its_english_one(
    samples, tmp_path: Path
):
    """records v1's movie_name is in the account's language; alpha_range_key carries the
    English title as a slug (trakt/trakt-web's TvTimeGdprParser.ts): tried when the name
    finds nothing. The film stayed unmatched."""
    records = (FIXTURES / "tvtime" / "tracking-prod-records.csv").read_text(encoding="utf-8")
    translated = tmp_path / "tracking-prod-records.csv"
    translated.write_text(records.replace(",Harbour Lights,movie,", ",港湾之光,movie,"), "utf-8")
    assert "港湾之光" in translated.read_text(encoding="utf-8")
    found, _, _ = import_history(samples, translated)
    films = [(w, t) for _, w, t, _ in history(samples) if t == "Harbour Lights (film)"]
    assert films == [("2023-04-01T20:00:00+00:00", "Harbour Lights (film)")]
    assert all("港湾之光" not in entry.label for entry in found.unmatched)


def test_a_tv_time_zip_is_read_the_same_and_its_account_files_never_opened(samples, tmp_path: Path):
    export = tmp_path / "tvtime-gdpr.zip"
    with zipfile.ZipFile(export, "w") as archive:
        for path in sorted((FIXTURES / "tvtime").iterdir()):
            archive.write(path, f"gdpr-data/{path.name}")
        for secret in ("user.csv", "access_token.csv", "ip_address.csv", "_appsflyer_ids.csv"):
            archive.writestr(f"gdpr-data/{secret}", "id,value\n1,secret\n")
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def watch(self, member, *args, **kwargs):
        opened.append(member.filename if hasattr(member, "filename") else member)
        return real_open(self, member, *args, **kwargs)

    import unittest.mock

    with unittest.mock.patch.object(zipfile.ZipFile, "open", watch):
        found, _, outcome = import_history(samples, export)
    assert outcome.plays_added == 5 and outcome.passes_started == 1
    assert not any(
        name.rsplit("/", 1)[-1].startswith(("user.", "access", "ip_", "_apps")) for name in opened
    )


def test_seriesguide_counts_become_plays_of_unknown_date_and_the_last_one_dated(samples):
    """SeriesGuide writes no time on an episode: the show's last_watched_ms dates the play
    of its furthest watched episode (Midsummer), the others are counts without dates."""
    found, _, outcome = import_history(
        samples,
        FIXTURES / "seriesguide" / "seriesguide-shows-backup.json",
        FIXTURES / "seriesguide" / "seriesguide-movies-backup.json",
    )
    assert found.formats == "SeriesGuide"
    keeper = samples.plays.of("the keeper's log")
    assert [p.watched_at for p in keeper] == [None, None, None]  # plays: 3, no dates
    assert [p.watched_at for p in samples.plays.of("midsummer")] == ["2025-06-07T19:00:00+00:00"]
    assert samples.plays.of("the ship that wasn't") == []  # "watched": false, "plays": 2
    assert samples.plays.of("last light") == []  # skipped
    assert samples.ratings.get("the keeper's log") == 10
    assert samples.ratings.get("the lighthouse keepers", on_show=True) == 9
    assert len(samples.plays.of("harbour lights (film)")) == 2  # the movies backup
    assert outcome.plays_added == 7


def test_a_count_tops_up_the_plays_already_there(samples):
    ops.apply(samples, ops.Watch(("the keeper's log",), "watch"))
    import_history(samples, FIXTURES / "seriesguide" / "seriesguide-shows-backup.json")
    plays = samples.plays.of("the keeper's log")
    assert len(plays) == 3 and sum(p.watched_at is None for p in plays) == 2


def test_kodi_nfo_and_videodb_with_playcount_lastplayed_and_userrating(samples):
    found, _, _ = import_history(samples, *sorted((FIXTURES / "kodi").iterdir()))
    assert found.formats == "Kodi/Jellyfin"
    last_light = [p.watched_at for p in samples.plays.of("last light")]
    # Kodi's NFO writes a date alone: the play keeps its day (stored at noon UTC)
    assert sorted(last_light, key=lambda t: t or "") == [None, "2025-06-21T12:00:00+00:00"]
    assert len(samples.plays.of("fog signal")) == 3  # empty <lastplayed>: dates unknown
    assert samples.ratings.get("last light") == 8
    assert samples.ratings.get("harbour lights (film)") == 6
    assert samples.ratings.get("the lighthouse keepers", on_show=True) == 7
    # <watched>True</watched> with no playcount (MediaPortal) is one play; the Chinese
    # <title> matches nothing, its <originaltitle> the film
    (mediaportal,) = [c for c in found.matched if c.entry.title == "港湾之光"]
    assert mediaportal.key == "harbour lights (film)" and mediaportal.entry.plays == 1


@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "America/Adak"])
def test_a_jellyfin_library_folder_is_read_whole_its_times_in_utc(samples, zone, monkeypatch):
    """Every NFO of a media library folder (`**/*.nfo`): episodes, a multi-episode file, a
    season's NFO and a link-only NFO, each read or left out with why; Jellyfin writes
    lastplayed in UTC whatever the zone of the computer that reads it."""
    import time

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        found, _, outcome = import_history(samples, *sorted((FIXTURES / "jellyfin").iterdir()))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert [p.watched_at for p in samples.plays.of("the keeper's log")] == [
        "2025-06-21T23:30:00+00:00"
    ]
    assert [p.watched_at for p in samples.plays.of("fog signal")] == ["2025-06-22T19:00:00+00:00"]
    assert samples.plays.of("the ship that wasn't") == []  # playcount 0 in the same file
    said = "\n".join(found.skipped)
    assert "Season 01.nfo: a season's NFO" in said
    assert "Harbour Lights.nfo: an NFO holding only a link" in said
    assert outcome.plays_added == 2


def test_netflix_titles_match_by_show_season_and_episode_title_fuzzily(samples):
    found, _, _ = import_history(samples, FIXTURES / "netflix" / "NetflixViewingHistory.csv")
    assert found.formats == "Netflix"
    assert history(samples) == [
        (1, "2023-03-04T12:00:00+00:00", "Harbour Lights (film)", "Netflix"),
        (1, "2024-01-13T12:00:00+00:00", "Fog Signal", "Netflix"),  # "Fog Signals": fuzzy
        (1, "2025-06-14T12:00:00+00:00", "Between the Tides", "Netflix"),
    ]


def test_a_trakt_play_at_an_unknown_date_is_one_of_unknown_date(samples, tmp_path: Path):
    """Trakt's "watched at an unknown date" (since October 2025) is the Unix epoch in its
    export (as the web client stores it: wwiens/trakt_mcpserver issue 60) or "unknown" (its
    API): plays of unknown date, never of 1970, each event a play."""
    events = json.loads((FIXTURES / "trakt" / "watched-history.json").read_text())
    first = events[0]  # The Keeper's Log, 2024-01-05
    unknown = [
        {**first, "id": 9101, "watched_at": "1970-01-01T00:00:00.000Z"},
        {**first, "id": 9102, "watched_at": "1970-01-01T00:00:00.000Z"},
        {**first, "id": 9103, "watched_at": "unknown"},
    ]
    path = tmp_path / "watched-history.json"
    path.write_text(json.dumps([first, *unknown]))
    found, _, _ = import_history(samples, path)
    assert found.skipped == [] and found.unmatched == []
    plays = history(samples)
    assert [(w, t) for _, w, t, _ in plays] == [
        (None, "The Keeper's Log"),
        (None, "The Keeper's Log"),
        (None, "The Keeper's Log"),
        ("2024-01-05T20:00:00+00:00", "The Keeper's Log"),
    ]
    import_history(samples, path)  # again: nothing more
    assert len(history(samples)) == 4


def test_trakt_unknown_dates_count_each_event_once(samples, tmp_path: Path):
    """Review: an event exported twice (the fixture's 9002 is) counted twice once an event of
    unknown date was there; an epoch written otherwise was still a play of 1970."""
    events = json.loads((FIXTURES / "trakt" / "watched-history.json").read_text())
    twice = [e for e in events if e["id"] == 9002]
    assert len(twice) == 2  # the fixture's duplicated event, dated
    unknown = {**twice[0], "id": 9201, "watched_at": "unknown"}
    epoch = {**twice[0], "id": 9202, "watched_at": "1970-01-01T00:00:00+00:00"}
    path = tmp_path / "watched-history.json"
    path.write_text(json.dumps([*twice, unknown, unknown, epoch]))
    import_history(samples, path)
    dates = sorted((w or "") for _, w, _, _ in history(samples))
    assert dates == ["", "", twice[0]["watched_at"].replace(".000Z", "+00:00")]


def tvtime_export_zip(tmp_path: Path, *suffixes: str) -> Path:
    """TV Time's current export, zipped as it comes (with its summary page beside)."""
    archive = tmp_path / "tvtime-export-2026-07-07.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in sorted((FIXTURES / "tvtime-export").iterdir()):
            if path.suffix in suffixes:
                z.write(path, path.name)
        z.writestr("tvtime-summary-2026-07-07.html", "<html><body>647 shows</body></html>")
    return archive


TVTIME_EXPORT_PLAYS = [
    (1, None, "Midsummer", "TV Time"),  # watched, its date not kept
    (1, None, "The Keeper's Log", "TV Time"),  # watched again once: a play of unknown date
    (1, "2024-01-05T20:00:00+00:00", "The Keeper's Log", "TV Time"),
    (1, "2024-01-12T21:15:00+00:00", "Fog Signal", "TV Time"),
    (1, "2024-02-03T19:30:00+00:00", "Harbour Lights (film)", "TV Time"),
]


def test_tv_times_current_export_is_read_once_from_its_csv_files(samples, tmp_path: Path):
    """TV Time's "export my data" was refused whole ("not a watch history"; its films read
    as a Trakt history, its shows as a SeriesGuide backup). Its CSV and JSON files hold the
    same viewings: the CSV ones are read, the JSON ones said and left out."""
    found, _, _ = import_history(samples, tvtime_export_zip(tmp_path, ".csv", ".json"))
    assert found.unmatched == []
    assert history(samples) == TVTIME_EXPORT_PLAYS
    said = "\n".join(found.left_out)
    assert "tvtime-series-2026-07-07.json: left out: its viewings are in" in said
    assert "tvtime-series-2026-07-07.csv: the shows you follow and your lists" in said
    import_history(samples, tvtime_export_zip(tmp_path, ".csv", ".json"))  # again: nothing more
    assert history(samples) == TVTIME_EXPORT_PLAYS


def test_tv_times_current_export_in_json_alone(samples, tmp_path: Path):
    found, _, _ = import_history(samples, tvtime_export_zip(tmp_path, ".json"))
    assert found.unmatched == [] and found.skipped == []
    assert history(samples) == TVTIME_EXPORT_PLAYS


def test_netflix_title_shapes():
    assert split_title("A: Season 2: B: C") == Entry(
        "Netflix", "episode", show="A", season=2, title="B: C"
    )
    limited = split_title("A: Limited Series: Part One")
    assert (limited.show, limited.season, limited.title) == ("A", None, "Part One")
    assert split_title("Harbour Lights").what == "film"
    for title, season, number in [
        ("A: Kausi 2: Jakso 3", 2, 3),
        ("A: Temporada 1: Episódio 10", 1, 10),
        ("A: Temporada 4: Episodio 1", 4, 1),
        ("A: Staffel 2: Folge 5", 2, 5),
        ("A: Saison\u00a04: Épisode\u00a08", 4, 8),
        ("A: Seizoen 1: Aflevering 1", 1, 1),
        ("A: Sezon 2: Odcinek 4", 2, 4),
        ("A: 1. řada: 1. díl", 1, 1),
        ("A: 1. Sezon: 1. Bölüm", 1, 1),
        ("A: 1. Sezon: 3. Bölüm (Bölüm 3)", 1, 3),  # ViewingActivity, Turkish (hanozerdem/…)
        ("A: シーズン1: エピソード3", 1, 3),
        ("A: Season 4: Hang Time (Episode 4)", 4, 4),  # ViewingActivity's suffix
    ]:
        found = split_title(title)
        assert (found.what, found.show, found.season, found.episode) == (
            "episode",
            "A",
            season,
            number,
        ), title
    for limited_word in ("Minisarja", "Miniserie", "Minissérie", "Mini-série", "Miniserial"):
        found = split_title(f"A: {limited_word}: B")
        assert (found.what, found.season, found.title) == ("episode", None, "B")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "fi",  # D.M.YYYY
            [
                ("2024-08-01", "Harbour Lights (film)"),
                ("2024-08-09", "The Ship That Wasn't"),
                ("2024-08-16", "Midsummer"),
            ],
        ),
        ("es", [("2024-09-19", "The Keeper's Log"), ("2025-03-28", "Last Light")]),  # D/M/YY
        ("de", [("2024-10-02", "The Keeper's Log"), ("2024-10-03", "Midsummer")]),  # DD.MM.YY
        ("fr", [("2025-03-28", "Fog Signal"), ("2025-03-29", "Last Light")]),  # DD/MM/YYYY
    ],
)
def test_netflix_files_of_other_languages_are_read(samples, language: str, expected):
    found, _, _ = import_history(
        samples, FIXTURES / "netflix" / language / "NetflixViewingHistory.csv"
    )
    assert found.skipped == [] and found.unmatched == []
    assert [(w[:10], t) for _, w, t, _ in history(samples)] == expected


def test_a_short_netflix_history_in_dd_mm_yyyy_is_read_day_first(samples, tmp_path: Path):
    """No day past the 12th to tell: four-digit years are DD/MM/YYYY (the accounts that
    write them, as the Portuguese and French files do; the United States' writes M/D/YY).
    It was read month first, silently: 12/02/2025 became 2 December."""
    path = tmp_path / "NetflixViewingHistory.csv"
    path.write_text(
        "Title,Date\n"
        '"The Lighthouse Keepers: Season 1: Fog Signal","12/02/2025"\n'
        '"The Lighthouse Keepers: Season 1: The Keeper\'s Log","03/02/2025"\n'
    )
    import_history(samples, path)
    assert [(w[:10], t) for _, w, t, _ in history(samples)] == [
        ("2025-02-03", "The Keeper's Log"),
        ("2025-02-12", "Fog Signal"),
    ]


def test_netflix_viewing_activity_is_one_profiles_viewings_at_their_utc_start(samples):
    activity = FIXTURES / "netflix" / "ViewingActivity.csv"
    with pytest.raises(ProfilesError) as several:
        read_files([activity])
    assert several.value.profiles == ["Ann", "Kids"]
    found, _, outcome = import_history(samples, activity, profile="Ann")
    # the hook, the trailer and the 17-second autoplay are not viewings; Kids' row is not Ann's;
    # The Keeper's Log, watched in three sittings (each resumed where the last stopped), is
    # one viewing; Harbour Lights, watched again from its start, two.
    assert history(samples) == [
        (1, "2025-02-15T20:00:00+00:00", "The Keeper's Log", "Netflix"),
        (1, "2025-02-17T19:30:00+00:00", "Harbour Lights (film)", "Netflix"),
        (1, "2025-02-19T02:55:01+00:00", "Fog Signal", "Netflix"),
        (1, "2025-02-21T19:00:00+00:00", "Harbour Lights (film)", "Netflix"),
    ]
    with pytest.raises(HistoryError, match="no profile named 'Bob'"):
        read_files([activity], profile="Bob")


def test_a_netflix_viewing_is_continued_only_where_the_last_sitting_stopped(samples, tmp_path):
    """Review of the sittings rule: a rewatch that skipped the first minutes, or of the
    second half years later, is a viewing of its own, not the rest of an old one."""
    header = (FIXTURES / "netflix" / "ViewingActivity.csv").read_text().splitlines()[0]
    rows = [  # newest first, as Netflix writes them
        "Ann,2025-02-17 19:30:00,01:37:00,,Harbour Lights,,Sony PS4,01:42:10,01:42:10,GB",
        "Ann,2024-06-01 20:00:00,00:50:00,,Harbour Lights,,Sony PS4,01:42:00,Not latest view,GB",
        "Ann,2021-03-02 20:00:00,00:52:00,,Harbour Lights,,Sony PS4,01:42:00,Not latest view,GB",
        "Ann,2021-03-01 20:00:00,00:50:00,,Harbour Lights,,Sony PS4,00:50:00,Not latest view,GB",
    ]
    path = tmp_path / "ViewingActivity.csv"
    path.write_text("\n".join([header, *rows]) + "\n")
    import_history(samples, path)
    assert [w for _, w, _, _ in history(samples)] == [
        "2021-03-01T20:00:00+00:00",  # and its second half the next day: one viewing
        "2024-06-01T20:00:00+00:00",  # the second half, three years on
        "2025-02-17T19:30:00+00:00",  # from 5 minutes in
    ]


def test_a_netflix_title_is_searched_within_its_season(library: Library, write):
    for season in (1, 2, 3):
        write(
            f"h{season}.txt",
            f"Homecoming (Tides {season})",
            episode("Tides", season, None, Rtitle="Homecoming"),
        )
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    entry = split_title("Tides: Season 2: Homecoming")
    assert matcher.match(entry).key == "homecoming (tides 2)"
    anywhere = split_title("Tides: Homecoming")
    assert matcher.match(anywhere).outcome == "ambiguous"


# -- every file the same way, recognised by its content ------------------------------------------


def test_the_format_is_recognised_from_the_content_not_the_name(samples, tmp_path: Path):
    renamed = tmp_path / "export.dat"
    shutil.copy(FIXTURES / "tvtime" / "tracking-prod-records-v2.csv", renamed)
    assert read_file(renamed)[0].format == "TV Time"


def test_a_trakt_zip_is_read_whole_and_its_account_files_never_opened(samples, tmp_path: Path):
    archive = tmp_path / "trakt-export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for path in (FIXTURES / "trakt").iterdir():  # user-profile.json would not parse
            z.write(path, f"export/{path.name}")
        z.writestr("export/user-settings.json", "{not json")
    sources = read_file(archive)
    # every file but the account's and the collection (not history) is read
    readable = {p.name for p in trakt_files()} - {"collection-movies.json"}
    assert {Path(s.path).name for s in sources} == readable
    with pytest.raises(HistoryError, match="account data"):
        read_file(FIXTURES / "trakt" / "user-profile.json")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a watch history"),
        (b"\x00\x01\x02\xff\xfe", "not UTF-8"),
        (b"[1, 2", "not valid JSON"),
        (b'{"a": 1}', "not a watch history"),
        (b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]><episodedetails>&a;</episodedetails>", "DTD"),
        (b"<episodedetails><title>", "not well-formed"),
        (b"PK\x03\x04broken", "damaged ZIP"),
        (b"a,b\n1,2\n", "not a watch history"),
    ],
)
def test_a_file_that_is_not_history_is_one_clear_reason(tmp_path: Path, content, reason):
    path = tmp_path / "history.bin"
    path.write_bytes(content)
    with pytest.raises(HistoryError, match=reason):
        read_file(path)


def test_special_files_are_refused_without_hanging(tmp_path: Path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(HistoryError, match="not a regular file"):
        read_file(fifo)
    with pytest.raises(HistoryError, match="not a regular file"):
        read_file(tmp_path)


def test_huge_counts_and_numbers_are_bounded(samples, tmp_path: Path):
    path = tmp_path / "sg.json"
    backup = [
        {
            "title": "The Lighthouse Keepers",
            "seasons": [
                {"season": 1, "episodes": [{"episode": 1, "watched": True, "plays": 10**12}]},
                {"season": 10**12, "episodes": [{"episode": 1, "watched": True, "plays": 1}]},
            ],
        }
    ]
    path.write_text(json.dumps(backup))
    found, _, outcome = import_history(samples, path)
    assert outcome.plays_added == 1_000  # at most MAX_COUNT plays for one entry
    assert [e.label for e in found.unmatched] == ["The Lighthouse Keepers E01"]


# -- matching ----------------------------------------------------------------------------------


def test_show_years_tell_two_shows_of_one_name_apart(library: Library, write):
    for year in (1998, 2019):
        write(f"n{year}.txt", f"Pilot (Night Watch {year})", episode(f"Night Watch ({year})", 1, 1))
    import_paths(library, [write.folder])
    matcher = Matcher(library)

    def matched(**kw) -> str | None:
        return matcher.match(Entry("Trakt", "episode", **kw)).key

    assert matched(show="Night Watch", year=2019, season=1, episode=1) == "pilot (night watch 2019)"
    assert matched(show="Night Watch (1998)", season=1, episode=1) == "pilot (night watch 1998)"
    both = matcher.match(Entry("Trakt", "episode", show="Night Watch", season=1, episode=1))
    assert both.outcome == "ambiguous"
    assert {c.key for c in both.candidates} == {
        "pilot (night watch 1998)",
        "pilot (night watch 2019)",
    }


def test_an_ambiguous_entry_is_imported_once_the_person_chooses(library: Library, write):
    for year in (1998, 2019):
        write(f"n{year}.txt", f"Pilot (Night Watch {year})", episode(f"Night Watch ({year})", 1, 1))
    import_paths(library, [write.folder])
    entry = Entry(
        "Trakt",
        "episode",
        show="Night Watch",
        season=1,
        episode=1,
        watched_at="2024-05-05T20:00:00+00:00",
        plays=1,
    )
    from guide.core.importing.history.entries import Source

    found = review(library, [Source("Trakt", "x", [entry])])
    assert found.matched == [] and len(found.ambiguous) == 1
    ops.apply(library, found.operation({0: "pilot (night watch 2019)"}))
    assert len(library.plays.of("pilot (night watch 2019)")) == 1
    assert library.plays.of("pilot (night watch 1998)") == []


def test_titles_that_differ_in_what_tells_episodes_apart_do_not_match(library: Library, write):
    write("a.txt", "Part 1 (Tides)", episode("Tides", 1, None, Rtitle="Part 1"))
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    assert matcher.match(Entry("Netflix", "episode", show="Tides", title="Part 2")).outcome == (
        "unmatched"
    )
    assert matcher.match(Entry("Netflix", "episode", show="Tides", title="part 1!")).key == (
        "part 1 (tides)"
    )


# -- once, pending, undo -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder", ["trakt", "tvtime", "seriesguide", "kodi", "jellyfin", "netflix"]
)
def test_importing_the_same_files_again_adds_nothing(samples, folder: str):
    files = [
        p
        for p in sorted((FIXTURES / folder).rglob("*"))
        if p.is_file() and not is_account_file(p.name)
    ]
    _, _, first = import_history(samples, *files, profile="Ann")
    assert first.plays_added > 0
    journal = samples._scalar("SELECT COUNT(*) FROM journal")
    _, applied, again = import_history(samples, *files, profile="Ann")
    assert (again.plays_added, again.ratings_set, again.passes_started, again.pending_added) == (
        0,
        0,
        0,
        0,
    )
    assert applied.empty and applied.inverse is None
    assert samples._scalar("SELECT COUNT(*) FROM journal") == journal


def test_unmatched_items_wait_and_attach_when_their_article_is_imported(samples, write):
    _, _, outcome = import_history(samples, *trakt_files())
    assert outcome.pending_added == 1
    write("static.txt", "Static", episode("Saltmarsh Radio", 1, 1))
    report = import_paths(samples, [write.folder])
    assert report.history_attached == 1
    assert [p.watched_at for p in samples.plays.of("static")] == ["2024-09-09T20:00:00+00:00"]
    assert pending_entries(samples) == []


def test_one_import_is_one_undo_that_takes_back_plays_passes_ratings_and_pending(samples):
    ops.apply(samples, ops.SetRating("fog signal", 4))
    _, applied, _ = import_history(samples, *trakt_files())
    assert samples.ratings.get("fog signal") == 4  # given here later than Trakt's 9: it stays
    assert samples.ratings.get("harbour lights (film)") == 7
    assert applied.inverse is not None
    ops.apply(samples, applied.inverse)
    assert list(samples.plays.all()) == []
    assert samples.passes.all() == []
    assert samples.ratings.get("fog signal") == 4
    assert samples.ratings.get("harbour lights (film)") is None
    assert pending_entries(samples) == []


def test_a_play_deleted_after_an_import_is_not_brought_back_by_importing_again(samples):
    path = FIXTURES / "trakt" / "watched-history.json"
    import_history(samples, path)
    play = samples.plays.of("fog signal")[0]
    ops.apply(samples, ops.DeletePlays((play.uid,)))
    _, _, again = import_history(samples, path)
    assert again.plays_added == 0 and samples.plays.of("fog signal") == []


def test_sources_are_remembered_per_play_and_travel_in_the_export(samples, tmp_path: Path):
    import_history(samples, FIXTURES / "netflix" / "NetflixViewingHistory.csv")
    ops.apply(samples, ops.Watch(("midsummer",), "watch"))
    exported = export_data(samples)
    assert sorted(str(p["source"]) for p in exported["plays"]) == ["Netflix"] * 3 + ["None"]
    with Library(tmp_path / "other.db") as other:
        merge_data(other, exported)
        assert sorted(str(p.source) for p in other.plays.all()) == ["Netflix"] * 3 + ["None"]


def test_tv_time_files_are_superseded_only_by_a_file_that_holds_the_same_viewings(
    samples, tmp_path: Path
):
    """A records v1 file of films only does not stand for an older export's episodes."""
    v1 = (FIXTURES / "tvtime" / "tracking-prod-records.csv").read_text().splitlines()
    films_only = tmp_path / "tracking-prod-records.csv"
    films_only.write_text("\n".join(line for line in v1 if ",episode," not in line) + "\n")
    seen = tmp_path / "seen_episode.csv"  # the per-episode file of an export before 2024
    seen.write_text(
        "tv_show_name,episode_season_number,episode_number,episode_id,updated_at\n"
        "The Lighthouse Keepers,1,2,900002,2022-05-01 20:00:00\n"
    )
    found, _, outcome = import_history(samples, films_only, seen)
    assert found.left_out == []
    assert [p.watched_at for p in samples.plays.of("fog signal")] == ["2022-05-01T20:00:00+00:00"]
    assert outcome.plays_added == 2  # the film and the episode
