"""`guide` commands of what you watched: watch, unwatch, note, history, next, rewatch,
stats."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from guide.cli import EXIT_OK, _say
from guide.cli import output as terminal
from guide.cli.commands import _emit, _watched_text
from guide.core.article.airdates import parse_airdate
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.core.library.records import ArticleRecord
from guide.core.text import MARK_UNWATCHED, MARK_WATCHED, from_os, plural, printable
from guide.core.times import human_date, to_timestamp

if TYPE_CHECKING:
    from guide.core.views import stats


def cmd_history(library: Library, args: argparse.Namespace) -> int:
    show_key = library.find_show(args.show).key if args.show else None
    since = to_timestamp(args.since) if args.since else None
    entries = library.plays.history(show_key, since=since, limit=args.limit)
    lines = [
        f"{human_date(e.watched_at):>12}  {terminal.pad(e.show or '', 24)}  {e.code:<7} "
        f"{e.display_title or e.title or e.article_key + ' (not in the library)'}"
        for e in entries
    ]
    _emit(args, [e.to_json() for e in entries], "\n".join(lines) or "No plays yet.", table=True)
    return EXIT_OK


def cmd_next(library: Library, args: argparse.Namespace) -> int:
    from guide.core.library.plays import episode_code
    from guide.core.views.upnext import up_next

    result = up_next(library)
    lines = []  # the rule is said once, in --help and the README, not on every run
    for progress in result.in_progress:
        upcoming = progress.next
        assert upcoming is not None
        where = episode_code(upcoming.season, upcoming.episode, upcoming.episode_label)
        rewatch = f" (rewatch {progress.pass_number - 1})" if progress.pass_number > 1 else ""
        lines.append(
            f"{progress.name}{rewatch}: {where} {upcoming.title} "
            f"[{progress.watched}/{progress.total}]".replace(":  ", ": ")
        )
    if not result.in_progress:
        lines.append("Nothing in progress.")
    for heading, group in (
        ("Paused", result.paused),
        ("Plan to watch", result.planned),
        ("Finished", result.finished),
        ("Not started", result.not_started),
        ("Dropped", result.dropped),
    ):
        if group:
            lines += ["", f"{heading}: " + ", ".join(p.name for p in group)]
    _emit(args, result.to_json(), "\n".join(lines), table=True)
    return EXIT_OK


def cmd_rewatch(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops

    show = library.find_show(args.show)
    ops.apply(library, ops.StartRewatch(show.key, f"Start a rewatch of {show.name}"))
    started = library.passes.current(show.key)
    assert started is not None
    _emit(
        args,
        {"show": show.name, "pass": started.number, "started_at": started.started_at},
        f"{show.name}: rewatch {started.number - 1} started (pass {started.number}); earlier "
        "plays stay in the history",
    )
    return EXIT_OK


def cmd_stats(library: Library, args: argparse.Namespace) -> int:
    from guide.core.views import stats

    figures = stats.compute(library, year=args.year)
    lines = ["Episodes and films watched per month (last 24 months):"]
    top = max((n for _, n in figures.months), default=0) or 1
    lines += [f"  {month}  {'█' * round(20 * n / top):<20} {n}" for month, n in figures.months]
    lines.append("Completion per show:")
    lines += [
        f"  {terminal.pad(name, 30)} {watched:>4}/{total:<4} {100 * watched / total:5.1f}%"
        for name, watched, total in figures.completion
    ]
    for label, people in (("Directors", figures.directors), ("Writers", figures.writers)):
        lines.append(f"{label} you watched most:")
        lines += [f"  {terminal.pad(name, 30)} {count}" for name, count in people] or [
            "  (none yet)"
        ]
    lines += _watch_time_lines(figures)
    _emit(args, figures.to_json(), "\n".join(lines), table=True)
    return EXIT_OK


def _hours(minutes: int) -> str:
    from guide.core.views.stats import hours  # one rounding for window, CLI and JSON

    return f"{hours(minutes):,.1f} h"


def _watch_time_lines(figures: stats.Stats) -> list[str]:
    lines = [f"Time watched: {_hours(figures.total_minutes)} in all"]
    if figures.plays_without_running_time:
        lines[0] += (
            f"; {plural(figures.plays_without_running_time, 'play')} not counted (no Running "
            "time in their articles)"
        )
    lines += [
        f"  {month}  {_hours(minutes)}" for month, minutes in figures.minutes_per_month if minutes
    ]
    lines.append("Time per show:")
    lines += [
        f"  {terminal.pad(name, 30)} {_hours(m)}" for name, m in figures.minutes_per_show
    ] or ["  (none yet)"]
    rated = sum(figures.ratings.values())
    lines.append(f"Your ratings ({rated:,}):")
    if rated:
        lines.append("  " + "  ".join(f"{v}: {n}" for v, n in figures.ratings.items()))
    lines += [
        f"  {terminal.pad(name, 30)} {average:4.1f} average of {plural(count, 'episode')}"
        for name, average, count in figures.rating_per_show
    ]
    year = figures.year
    lines.append(
        f"{year.year} in review: {plural(year.plays, 'play')} of "
        f"{plural(year.episodes, 'article')}, {_hours(year.minutes)}"
        + (f"; busiest month {year.busiest_month}" if year.busiest_month else "")
    )
    if year.shows:
        lines.append("  Most watched: " + ", ".join(f"{s} ({n})" for s, n in year.shows))
    if year.best_rated:
        lines.append("  Best rated: " + ", ".join(f"{t} ({r}/10)" for t, r in year.best_rated))
    return lines


def _tracking_json(record: ArticleRecord) -> dict[str, Any]:
    return {
        "title": record.article.title,
        "watched": record.watched,
        "plays": len(record.plays),
        "last_watched": record.last_watched,
    }


def cmd_watch(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops

    record = library.find(args.title)
    title = record.article.title
    aired = parse_airdate(record.article.airdate)
    if args.at is None and aired is not None and aired > date.today() and not args.force:
        raise LibraryError(
            f"'{printable(title)}' airs on {aired:%-d %B %Y}: it has not aired yet, so it was "
            "not recorded (add --force to record it all the same, or --at to give the day)"
        )
    if not record.kind.watchable:  # an overview or an episode list stands for its show
        raise LibraryError(
            f"'{printable(title)}' is the {record.kind} article of {printable(record.show or '')}"
            ": it is not watched itself; watch its episodes"
        )
    ops.apply(library, ops.Watch((record.key,), MARK_WATCHED.format(title=title), args.at, False))
    if getattr(args.at, "note", None):
        _say(args.at.note)
    record = library.record(record.id)
    _emit(args, _tracking_json(record), f"{record.article.title}: {_watched_text(record)}")
    return EXIT_OK


def cmd_unwatch(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops

    record = library.find(args.title)
    before = len(record.plays)
    ops.apply(
        library, ops.Unwatch((record.key,), MARK_UNWATCHED.format(title=record.article.title))
    )
    record = library.record(record.id)
    removed = before - len(record.plays)
    text = f"{record.article.title}: marked unwatched ({plural(removed, 'play')} removed)"
    _emit(args, _tracking_json(record) | {"removed": removed}, text)
    return EXIT_OK


def cmd_note(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops
    from guide.core.sync.personal_file import MAX_TEXT

    record = library.find(args.title)
    if args.remove:
        if args.text:
            raise LibraryError("give the note's TEXT or --remove, not both")
        text = ""
    elif args.text is None:
        if sys.stdin is None:
            raise LibraryError("no note text given, and no standard input to read it from")
        if sys.stdin.isatty():
            print("Type the note, then Ctrl+D:", file=sys.stderr)
        text = sys.stdin.read(MAX_TEXT + 1)
        if len(text) > MAX_TEXT:
            raise LibraryError(f"the note is longer than {MAX_TEXT:,} characters")
        if not text.strip():  # a script run with no input must not wipe a note
            raise LibraryError(
                "standard input held no text; the note was not changed (--remove removes it)"
            )
    else:
        text = " ".join(args.text)
        if not text.strip():  # guide note T "$(cat empty-file)": no text, not a removal
            raise LibraryError(
                "the note's text is empty; the note was not changed (--remove removes it)"
            )
    had = library.notes.get(record.key)
    ops.apply(library, ops.SetNote(record.key, from_os(text).strip("\n")))
    note = library.notes.get(record.key)
    message = "note saved" if note else ("note removed" if had else "it had no note")
    _emit(args, {"title": record.article.title, "note": note}, f"{record.article.title}: {message}")
    return EXIT_OK
