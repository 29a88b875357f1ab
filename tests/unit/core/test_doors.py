"""Every door validates (cases 11–18 of the issue "Nothing gets in, nothing is lost"): numbers
that are not ASCII digits, numbers too long for SQLite or Python, files too large to read,
titles with nothing visible, text a terminal would act on, and times at every door."""

from __future__ import annotations

import json
import os
import time
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from guide.core import ops, query
from guide.core.article.parsing import parse
from guide.core.errors import LibraryError, QueryError
from guide.core.files import TooLarge, read_regular_file
from guide.core.importing.articles import import_paths
from guide.core.importing.history import entries, reading
from guide.core.importing.history.reading import HistoryError
from guide.core.library import Library
from guide.core.library.ratings import RatingError, checked_rating
from guide.core.opening import add_samples
from guide.core.sync import personal_file, portable
from guide.core.text import digits, json_text, one_line, printable
from guide.core.times import (
    TimeError,
    clock_change_note,
    is_canonical,
    local,
    parse_moment,
)
from guide.core.views.export_articles import export_articles
from tests.helpers import article_text, episode

# -- 11: numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["²", "¹⁰", "⑤", "١", "-1", "1e3", "9" * 19, "", " "])
def test_only_ascii_digits_make_a_number(text: str):
    assert digits(text) is None


def test_ascii_digits_make_a_number():
    assert digits(" 7 ") == 7 and digits("0042") == 42


@pytest.mark.parametrize("value", ["²", "¹⁰", "⑤", 11, -1, "9" * 30, "a 5,000-digit number"])
def test_a_rating_that_is_not_one_is_refused_with_a_reason(value: object):
    if value == "a 5,000-digit number":
        value = 10**5000  # (made here: pytest cannot name a test after it)
    with pytest.raises(RatingError, match="is not a rating"):
        checked_rating(value)


@pytest.mark.parametrize("value", ["²", "¹⁰", "⑤", "9" * 40])
def test_tracker_files_with_other_digits_read_as_nothing(value: str):
    assert entries.number(value) is None
    assert entries.count(value) == 0
    assert entries.rating(value) is None


@pytest.mark.parametrize("text", ["season:99999999999999999999", "rating:>=99999999999999999999"])
def test_a_filter_number_too_long_is_a_query_error(text: str):
    with pytest.raises(QueryError):
        query.parse(text)


def test_a_merge_file_with_a_number_of_5000_digits_is_refused(library: Library, tmp_path: Path):
    data = tmp_path / "data.json"
    data.write_text(
        '{"format": "episode-guide-personal-data", "version": 2, "plays": [{"n": '
        + "9" * 5000
        + "}]}"
    )
    with pytest.raises(LibraryError, match="a number too long"):
        ops.apply(library, portable.MergeFile(data))


# -- 14: large files are refused from their size, and bad files at their first problems -------


def test_a_file_over_its_limit_is_refused_before_it_is_read(tmp_path: Path):
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as file:
        file.truncate(600 * 2**20)  # sparse: 600 MiB that take no room
    with pytest.raises(TooLarge):
        read_regular_file(huge, 512 * 2**20)


def test_a_file_that_grows_past_its_limit_while_read_is_refused(tmp_path: Path, monkeypatch):
    """The size rule is kept in one place (read_regular_file): a file that was small when
    asked and grew while read is refused as too large, never returned cut or whole."""
    import os

    from guide.core import files

    growing = tmp_path / "growing.txt"
    growing.write_bytes(b"x" * 200)
    real = os.fstat

    def stale(fd: int) -> os.stat_result:  # its size as it was before it grew
        info = real(fd)
        return os.stat_result((info.st_mode, *info[1:6], 50, *info[7:]))

    monkeypatch.setattr(files.os, "fstat", stale)
    with pytest.raises(TooLarge):
        read_regular_file(growing, 100)
    assert read_regular_file(growing, 300) == b"x" * 200  # within its limit: whole


def test_a_file_of_many_bad_items_stops_at_the_first_few(library: Library):
    bad = {"format": personal_file.FORMAT, "version": 2, "plays": [{"title": 1}] * 200_000}
    started = time.perf_counter()
    problems = personal_file.validate(bad, personal_file.MAX_PROBLEMS_SHOWN + 1)
    assert len(problems) == personal_file.MAX_PROBLEMS_SHOWN + 1
    assert time.perf_counter() - started < 5  # a bound on a hang, not a speed test


def test_a_zip_that_would_unpack_too_large_is_refused_before_anything_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(reading, "MAX_FILE", 4_000)
    monkeypatch.setattr(reading, "MAX_MEMBERS_TOTAL", 10_000)
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(4):
            archive.writestr(f"part{n}.json", "[" + " " * 3_000 + "]")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a member was unpacked")

    monkeypatch.setattr(zipfile.ZipFile, "open", refuse)
    with pytest.raises(HistoryError, match="unpacks to more than"):
        reading.read_file(export)


def test_an_encrypted_zip_member_is_said_not_a_traceback(tmp_path: Path):
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("watched-history.json", "[]")
    data = bytearray(export.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset  # the member marked encrypted in both headers,
        data[at] |= 0x1  # as a password-protected ZIP's are (zipfile writes none)
    export.write_bytes(bytes(data))
    assert zipfile.ZipFile(export).infolist()[0].flag_bits & 0x1
    with pytest.raises(HistoryError, match="encrypted"):
        reading.read_file(export)


# -- 15: two imports of one folder at once --------------------------------------------------


def test_an_import_that_another_finished_first_reports_its_titles_unchanged(tmp_path: Path, write):
    for n in range(5):
        write(f"a{n}.txt", f"Article {n}", episode("Show", 1, n + 1))
    path = tmp_path / "library.db"
    Library(path).close()
    other: list = []

    def meanwhile(done: int, _total: int, _label: str) -> None:
        if done == 1 and not other:  # the second import runs while the first reads
            with Library(path) as second:
                other.append(import_paths(second, [write.folder]))

    from guide.core.work import Session

    with Library(path) as first:
        report = import_paths(first, [write.folder], Session(progress=meanwhile))
    assert len(other[0].added) == 5
    assert report.added == [] and len(report.unchanged) == 5


# -- 16: titles, folders, watch, exports ----------------------------------------------------


@pytest.mark.parametrize("title", ["\u200b", "\u202e\u200d", "\u2066 \u2069", "\x07\x1b"])
def test_a_title_with_nothing_visible_is_rejected(title: str):
    result = parse(f"= {title} =\n\nLead.\n".encode())
    assert result.article is None and "no visible character" in result.rejection.detail


def test_a_title_with_letters_and_a_zero_width_joiner_is_kept():
    result = parse("= Spring\u200dTide =\n\nLead.\n".encode())
    assert result.article is not None


def test_a_folder_that_cannot_be_read_is_rejected_with_its_reason(
    library: Library, write, monkeypatch: pytest.MonkeyPatch
):
    write("good/a.txt", "Readable")
    locked = write.folder / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path: object = ".") -> Iterator[os.DirEntry]:
        if os.fspath(path) == str(locked):  # root reads any folder: denied here instead
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    report = import_paths(library, [write.folder])
    assert report.added == ["Readable"]
    (rejected,) = report.rejected
    assert rejected.path == str(locked) and "unreadable folder" in rejected.reason


def test_articles_with_long_titles_in_any_script_are_all_exported(tmp_path: Path):
    with Library(tmp_path / "library.db") as library:
        for n, letter in enumerate(["𝔄", "я", "a", "語"]):
            title = letter * 80 + f" {n}"
            path = tmp_path / f"in{n}.txt"
            path.write_text(article_text(title))
            import_paths(library, [path])
        written = export_articles(library, tmp_path / "out")
    assert len(written) == 4
    assert all(len(p.name.encode()) <= 255 for p in written)


# -- 17: text out ---------------------------------------------------------------------------


def test_json_for_scripts_escapes_what_a_terminal_would_act_on():
    hostile = "a\x9b31m\x9d0;title\x9c\u202eb\u2028c\x7f"
    text = json_text({"title": hostile})
    assert all(c not in text for c in "\x9b\x9d\x9c\u202e\u2028\x7f")
    assert json.loads(text) == {"title": hostile}  # the same data


def test_terminal_text_drops_direction_overrides():
    assert printable("evil\u202etxt.exe\u2066x\u2069") == "eviltxt.exex"


def test_a_calendar_summary_is_one_line_without_controls():
    summary = one_line("Show\x1b[31m\x07\x0b\x0c\x1c\x85\u2028SUMMARY:injected\r\nX")
    assert summary.splitlines() == [summary]
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) <= 0x9F for c in summary)


# -- 18: time -------------------------------------------------------------------------------


def test_the_earliest_year_is_the_same_in_every_zone():
    with pytest.raises(TimeError, match="before 1900"):
        parse_moment("1900-01-01T00:00+14:00")  # 1899 in UTC
    assert parse_moment("1900-01-01T00:00-10:00").year == 1900


def test_a_date_an_earlier_version_accepted_is_never_erased_by_repair(library: Library):
    add_samples(library)
    library.db.execute(
        "INSERT INTO watch_events (uid, article_key, watched_at) "
        "VALUES ('old', 'fog signal', '1899-12-31T10:00:00+00:00')"
    )
    assert is_canonical("1899-12-31T10:00:00+00:00")
    assert library.times.bad() == []


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[callable]:
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    "name", ["Pacific/Kiritimati", "Pacific/Auckland", "UTC", "Pacific/Pago_Pago"]
)
def test_a_play_known_only_by_its_day_stays_on_that_day_in_every_zone(zone, name: str):
    zone(name)
    shown = local(entries.day_moment(datetime(2026, 3, 14).date()))
    assert shown is not None and shown.date().isoformat() == "2026-03-14"
    exact = local("2026-03-14T12:00:01+00:00")  # a play with a time moves with the zone
    assert exact is not None and exact.utcoffset() == exact.astimezone().utcoffset()


def test_a_local_time_a_clock_change_skipped_or_doubled_is_said(zone):
    zone("Europe/Berlin")
    skipped = clock_change_note("2026-03-29T02:30")
    assert skipped is not None and "did not happen here" in skipped
    assert "03:30 CEST" in skipped
    doubled = clock_change_note("2026-10-25T02:30")
    assert doubled is not None and "happened twice" in doubled
    assert clock_change_note("2026-10-25T12:30") is None
    assert clock_change_note("2026-03-29T02:30+01:00") is None  # a zone given: no doubt
    # the hour skipped: the time a clock set forward shows (03:30 CEST); doubled: the first
    assert parse_moment("2026-03-29T02:30") == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert parse_moment("2026-10-25T02:30") == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_sqlite_failures_are_classified_by_their_codes():
    """A query stopped on purpose (a newer search, a check out of time) is told by SQLite's
    result code, never by the words of its message."""
    import sqlite3

    from guide.core.errors import error_kind

    conn = sqlite3.connect(":memory:")
    conn.set_progress_handler(lambda: 1, 1)
    with pytest.raises(sqlite3.OperationalError) as stopped:
        conn.execute("SELECT 1")
    assert error_kind(stopped.value) == "interrupted"
    stopped.value.args = ("a message saying nothing of it",)
    assert error_kind(stopped.value) == "interrupted"


def test_an_sqlite_too_old_for_the_format_is_told_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A Python whose SQLite cannot keep the library's format (DROP COLUMN: 3.35) is refused
    with why, before anything of the file is touched."""
    import sqlite3

    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    monkeypatch.setattr(sqlite3, "sqlite_version", "3.31.1")
    with pytest.raises(LibraryError, match=r"SQLite is 3\.31\.1; .* needs 3\.35\.0 or later"):
        Library(tmp_path / "library.db")
    assert not (tmp_path / "library.db").exists()
