"""The `guide` commands: one handler each, called by :func:`guide.cli.main` with the open
library and the parsed arguments. Loaded only when a command runs (never for `--version`,
`--help` or completion)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guide.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _say
from guide.cli import output as terminal
from guide.core.article.airdates import parse_airdate
from guide.core.errors import LibraryDamaged, LibraryError
from guide.core.library import Library
from guide.core.library.records import ArticleRecord
from guide.core.text import from_os, json_text, plural, printable
from guide.core.times import human_date, to_timestamp
from guide.core.work import Cancelled, Session

if TYPE_CHECKING:
    from guide.core.importing.articles import ImportReport
    from guide.core.views import stats

# Each command imports what only it uses, so that `guide shows` never loads the importer,
# the statistics or the sync engine (measured: a third of its time).


def _emit(args: argparse.Namespace, data: Any, text: str, *, table: bool = False) -> None:
    """Print the result: JSON for scripts, or text with article text's control characters
    (terminal escape sequences) removed. A ``table`` on a terminal has each line cut with "…"
    to the terminal's width, never wrapped; a pipe gets every character."""
    if args.json:
        print(json_text(data))
    elif text:
        text = printable(text)
        if table:
            text = "\n".join(terminal.fit_lines(text.split("\n"), terminal.terminal_width()))
        print(text)


def _progress(args: argparse.Namespace, description: str, unit: str) -> terminal.Progress:
    return terminal.Progress(
        description, unit, enabled=terminal.progress_wanted(args.quiet or args.json)
    )


def _session(progress: terminal.Progress, interrupt: terminal.Interrupt) -> Session:
    return Session(
        progress=lambda done, total, _label: progress.update(done, total),
        should_cancel=lambda: interrupt.requested,
    )


# -- commands ------------------------------------------------------------------------------


def _report_text(report: ImportReport) -> str:
    lines = [report.summary()]
    for title, said in report.changes.items():
        lines.append(f"updated: {title}")
        lines += [f"    {change}" for change in said]
    lines += [f"rejected: {r.path}: {r.reason}" for r in report.rejected]
    lines += [f"warning: {w.path}: {w.message}" for w in report.warnings]
    return "\n".join(lines)


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    from guide.core.importing.articles import import_paths

    interrupt = terminal.Interrupt()
    with interrupt.watching(), _progress(args, "Importing", "files") as progress:
        report = import_paths(library, args.paths, _session(progress, interrupt))
    _emit(args, report.to_json(), _report_text(report))
    if interrupt.requested:
        _say(
            f"interrupted: {report.imported:,} of {report.files:,} files imported, each "
            "article whole; the rest were not imported"
        )
        return EXIT_INTERRUPTED
    failed = report.rejected or report.cancelled or report.stopped is not None
    return EXIT_FAILED if failed else EXIT_OK


def cmd_samples(library: Library, args: argparse.Namespace) -> int:
    from guide.core.opening import add_samples

    report = add_samples(library)
    _emit(args, report.to_json(), _report_text(report))
    return EXIT_FAILED if report.rejected else EXIT_OK


def cmd_shows(library: Library, args: argparse.Namespace) -> int:
    shows = library.shows()
    data = [{"name": s.name, "episodes": s.episodes, "watched": s.watched} for s in shows]
    width = max((len(s.name) for s in shows), default=4)
    columns = terminal.terminal_width()
    if columns is not None:  # the names give way, the figures stay whole
        width = max(4, min(width, columns - 19))
    lines = [f"{terminal.pad('Show', width)}  Episodes  Watched"]
    lines += [f"{terminal.pad(s.name, width)}  {s.episodes:>8}  {s.watched:>7}" for s in shows]
    if not shows:
        lines = ["No shows yet. Import article files with: guide import PATH"]
    _emit(args, data, "\n".join(lines))
    return EXIT_OK


def cmd_list(library: Library, args: argparse.Namespace) -> int:
    if args.show:
        rows = library.rows(library.find_show(args.show).key)
    else:
        rows = library.rows(all_shows=True)
    data = [
        {
            "show": r.show,
            "season": r.season,
            "episode": r.episode,
            "title": r.title,
            "display_title": r.display_title,
            "kind": str(r.kind),
            "watched": r.watched,
            "plays": r.plays,
        }
        for r in rows
    ]
    lines, current = [f"  {'Season':>6} {'Ep':>4}  {'Seen':<4}  Title"], object()
    for r in rows:
        if not args.show and r.show != current:
            current = r.show
            lines.append(f"{r.show or '(outside any show)'}")
        placed = r.season if r.season is not None else r.place_season  # a special: its links'
        season = "" if placed is None else str(placed)
        episode = r.episode_label or ("" if r.episode is None else str(r.episode))
        mark = "✓" if r.watched else " "
        label = r.title if r.kind == "episode" or r.show is None else f"{r.title} [{r.kind}]"
        lines.append(f"  {season:>6} {episode:>4}  {mark:<4}  {label}")
    _emit(args, data, "\n".join(lines) if rows else "The library is empty.", table=True)
    return EXIT_OK


def _record_text(record: ArticleRecord) -> str:
    a = record.article
    lines = [a.display_title, "=" * len(a.display_title)]
    placed = [record.show or ""]
    if a.season is not None:
        placed.append(f"season {a.season}")
    if a.episode is not None:
        placed.append(f"episode {a.episode_label or a.episode}")  # "13a" stays 13a
    if any(placed):
        lines.append(", ".join(p for p in placed if p))
    if a.infobox:
        width = max(len(k) for k, _ in a.infobox)
        lines.append("")
        lines += [f"  {k:<{width}}  {v}" for k, v in a.infobox]
    for paragraph in a.lead:
        lines += ["", paragraph]
    for section in a.sections:
        marks = "#" * section.level
        lines += ["", f"{marks} {section.heading}"]
        for paragraph in section.paragraphs:
            lines += ["", paragraph]
    if record.kind.watchable:  # an overview or a list is not watched itself
        lines += ["", _watched_text(record)]
    if record.rating:
        lines.append(f"Your rating: {record.rating}/10")
    if record.note:
        lines += ["", "Note:", record.note]
    return "\n".join(lines)


def _watched_text(record: ArticleRecord) -> str:
    plays = len(record.plays)
    if not plays:
        return "Not watched"
    times = "once" if plays == 1 else f"{plays} times"
    return f"Watched {times}, last on {human_date(record.plays[-1])}"


def cmd_show(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    _emit(args, record.to_json(), _record_text(record))
    return EXIT_OK


def cmd_search(library: Library, args: argparse.Namespace) -> int:
    from guide.core.query import QueryError

    try:
        hits = library.search(" ".join(args.query), limit=args.limit)
    except QueryError as error:
        raise LibraryError(f"search: {error} (guide search --help lists the filters)") from error
    lines = []
    for h in hits:
        lines.append(f"{h.title}" + (f"  ({h.show})" if h.show else ""))
        detail = h.snippet or ""
        matched = f"[matched: {', '.join(h.matched)}]" if h.matched else ""
        lines.append(f"    {detail}  {matched}".rstrip())
    _emit(args, [h.to_json() for h in hits], "\n".join(lines) or "No matches.", table=True)
    return EXIT_OK


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


def cmd_export_data(library: Library, args: argparse.Namespace) -> int:
    from guide.core.sync import portable

    data = portable.write_export(
        library, Path(args.file), Path(args.csv) if args.csv else None, force=args.force
    )
    counts = {
        "plays": len(data["plays"]),
        "notes": len(data["notes"]),
        "passes": len(data["passes"]),
        "file": args.file,
        "csv": args.csv,
    }
    _emit(
        args,
        counts,
        f"Exported {plural(counts['plays'], 'play')}, {plural(counts['notes'], 'note')} and "
        f"{plural(counts['passes'], 'rewatch', 'rewatches')} to {args.file}"
        + (f" (history also in {args.csv})" if args.csv else ""),
    )
    return EXIT_OK


def cmd_merge_data(library: Library, args: argparse.Namespace) -> int:
    from guide.core.sync import portable

    interrupt = terminal.Interrupt()
    try:
        with interrupt.watching(), _progress(args, "Merging", "items") as progress:
            report = portable.merge_file(library, Path(args.file), _session(progress, interrupt))
    except Cancelled:
        _say("interrupted: nothing was merged (a merge is all or nothing)")
        return EXIT_INTERRUPTED
    _emit(args, report.to_json(), report.summary())
    return EXIT_OK


def cmd_export_articles(library: Library, args: argparse.Namespace) -> int:
    from guide.core.views.export_articles import export_articles

    interrupt = terminal.Interrupt()
    with interrupt.watching(), _progress(args, "Exporting", "articles") as progress:
        written = export_articles(library, Path(args.folder), _session(progress, interrupt))
    if interrupt.requested:
        _say(
            f"interrupted: {len(written):,} of {library.counts().articles:,} article files "
            f"written to {from_os(args.folder)}; the rest were not"
        )
        return EXIT_INTERRUPTED
    _emit(
        args,
        {"written": len(written), "folder": args.folder},
        f"Wrote {len(written)} article files to {args.folder}",
    )
    return EXIT_OK


def cmd_backup(library: Library, args: argparse.Namespace) -> int:
    from guide.core.library import backup

    if args.file:
        made = backup.backup_to(library, Path(args.file), force=args.force)
    else:
        made = backup.backup_now(library)
    _emit(args, {"backup": str(made)}, f"Backed up to {made}")
    return EXIT_OK


def cmd_restore(_library: Library | None, args: argparse.Namespace) -> int:
    """Restore a backup: into the library (a copy of it kept first), in place of a library
    that cannot be opened at all (moved aside, never deleted), or where there is none."""
    from guide.core.errors import LibraryMissing
    from guide.core.library import backup
    from guide.core.opening import open_library
    from guide.core.paths import resolve_library

    source = Path(args.file)
    backup.check_backup_file(source)
    path, _ = resolve_library(args.library)
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise LibraryError("restore replaces the whole library: confirm with --yes")
        answer = input(f"Replace {path} with {source}? A copy of it is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing restored.")
            return EXIT_FAILED
    kept: Path | None
    try:
        library = open_library(args.library, verify=False, create=False)
    except LibraryMissing:
        kept = backup.restore_file(path, source)
    except LibraryDamaged:  # it cannot be opened at all (an empty file, a damaged header)
        kept = backup.restore_file(path, source)
    else:
        with library:
            kept = backup.restore(library, source)
    said = f"Restored {source}" + (f"; the library as it was is kept in {kept}" if kept else "")
    _emit(args, {"restored": str(source), "previous_copy": str(kept) if kept else None}, said)
    return EXIT_OK


def cmd_check(library: Library, args: argparse.Namespace) -> int:
    from guide.core.views.check import INFORMATION
    from guide.core.views.check import check as check_library

    interrupt = terminal.Interrupt()
    with _progress(args, "Checking", "steps") as progress:
        findings = check_library(library, repair=args.repair, session=_session(progress, interrupt))
    lines = [f"{f.kind}: {f.title + ': ' if f.title else ''}{f.message}" for f in findings]
    _emit(
        args, [f.to_json() for f in findings], "\n".join(lines) if lines else "No problems found."
    )
    problems = [f for f in findings if f.kind not in INFORMATION]
    return EXIT_FAILED if problems else EXIT_OK


def cmd_install_desktop(library: Library | None, args: argparse.Namespace) -> int:
    from guide.core import desktop

    if args.uninstall:
        paths = desktop.uninstall()
    else:
        from guide.cli import manual_page

        paths = desktop.install({"man/man1/guide.1": manual_page()})
    verb = "Removed" if args.uninstall else "Installed"
    text = f"{verb} {len(paths)} files" + "".join(f"\n  {p}" for p in paths)
    _emit(args, {"uninstall": args.uninstall, "files": [str(p) for p in paths]}, text)
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


def cmd_sync(library: Library, args: argparse.Namespace) -> int:
    """One round through the sync folder (given, or the one this library remembers)."""
    from guide.core.sync import folder as sync

    folder = Path(args.folder) if args.folder else sync.remembered_folder(library)
    if folder is None:
        raise LibraryError("no sync folder yet: give one with --folder DIR")
    interrupt = terminal.Interrupt()
    try:
        with interrupt.watching(), _progress(args, "Syncing", "files") as progress:
            report = sync.sync(library, folder, _session(progress, interrupt))
    except Cancelled:
        _say("interrupted: the files read so far were applied, the rest will be next time")
        return EXIT_INTERRUPTED
    lines = [report.summary()]
    lines += [f"skipped: {item['file']}: {item['reason']}" for item in report.skipped]
    _emit(args, report.to_json(), "\n".join(lines))
    return EXIT_OK


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
    ops.apply(library, ops.Watch((record.key,), f"Mark '{title}' watched", args.at, False))
    if getattr(args.at, "note", None):
        _say(args.at.note)
    record = library.record(record.id)
    _emit(args, _tracking_json(record), f"{record.article.title}: {_watched_text(record)}")
    return EXIT_OK


def cmd_unwatch(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops

    record = library.find(args.title)
    before = len(record.plays)
    ops.apply(library, ops.Unwatch((record.key,), f"Mark '{record.article.title}' unwatched"))
    record = library.record(record.id)
    removed = before - len(record.plays)
    text = f"{record.article.title}: marked unwatched ({plural(removed, 'play')} removed)"
    _emit(args, _tracking_json(record) | {"removed": removed}, text)
    return EXIT_OK


def cmd_note(library: Library, args: argparse.Namespace) -> int:
    from guide.core import ops
    from guide.core.sync import portable

    record = library.find(args.title)
    if args.text is None:
        if sys.stdin is None:
            raise LibraryError("no note text given, and no standard input to read it from")
        if sys.stdin.isatty():
            print("Type the note, then Ctrl+D:", file=sys.stderr)
        text = sys.stdin.read(portable.MAX_TEXT + 1)
        if len(text) > portable.MAX_TEXT:
            raise LibraryError(f"the note is longer than {portable.MAX_TEXT:,} characters")
    else:
        text = " ".join(args.text)
    ops.apply(library, ops.SetNote(record.key, from_os(text).strip("\n")))
    note = library.notes.get(record.key)
    message = "note saved" if note else "note removed"
    _emit(args, {"title": record.article.title, "note": note}, f"{record.article.title}: {message}")
    return EXIT_OK
