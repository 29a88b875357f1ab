"""`guide`: the command-line face of the library.

A contract for scripts: every command takes --library PATH and --json; errors are one line on
stderr and a non-zero exit (1 for a failure, 2 for a usage error), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from guide import __version__, terminal
from guide.core import backup, desktop, ops, portable, query, stats, sync
from guide.core.check import INFORMATION
from guide.core.check import check as check_library
from guide.core.exporting import export_articles
from guide.core.files import describe_os_error
from guide.core.importer import ImportReport, import_paths
from guide.core.opening import add_samples, open_library
from guide.core.plays import episode_code
from guide.core.query import QueryError
from guide.core.store import ArticleRecord, Library, LibraryError
from guide.core.text import from_os, plural, printable
from guide.core.times import TimeError, human_date, parse_moment, to_timestamp
from guide.core.upnext import RULE, up_next
from guide.core.work import Cancelled, Session

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SHELLS = ("bash", "zsh", "fish")

Handler = Callable[[Library, argparse.Namespace], int]


def _emit(args: argparse.Namespace, data: Any, text: str, *, table: bool = False) -> None:
    """Print the result: JSON for scripts, or text with article text's control characters
    (terminal escape sequences) removed. A ``table`` on a terminal has each line cut with "…"
    to the terminal's width, never wrapped; a pipe gets every character."""
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
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


def _say(message: str) -> None:
    """A line on standard error (waiting, warnings); never control characters."""
    print(f"guide: {printable(message)}", file=sys.stderr, flush=True)


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
    return EXIT_FAILED if report.rejected or report.cancelled else EXIT_OK


def cmd_samples(library: Library, args: argparse.Namespace) -> int:
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
    lines, current = [], object()
    for r in rows:
        if not args.show and r.show != current:
            current = r.show
            lines.append(f"{r.show or '(outside any show)'}")
        season = "" if r.season is None else str(r.season)
        episode = "" if r.episode is None else str(r.episode)
        mark = "✓" if r.watched else " "
        label = r.title if r.kind == "episode" or r.show is None else f"{r.title} [{r.kind}]"
        lines.append(f"  {season:>3} {episode:>4}  {mark} {label}")
    _emit(args, data, "\n".join(lines) or "The library is empty.", table=True)
    return EXIT_OK


def _record_text(record: ArticleRecord) -> str:
    a = record.article
    lines = [a.display_title, "=" * len(a.display_title)]
    placed = [record.show or ""]
    if a.season is not None:
        placed.append(f"season {a.season}")
    if a.episode is not None:
        placed.append(f"episode {a.episode}")
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
    lines.append("")
    lines.append(_watched_text(record))
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
    try:
        hits = library.search(" ".join(args.query), limit=args.limit)
    except QueryError as error:
        raise LibraryError(f"search: {error}. {query.HELP}") from error
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
        f"{e.title or e.article_key + ' (not in the library)'}"
        for e in entries
    ]
    _emit(args, [e.to_json() for e in entries], "\n".join(lines) or "No plays yet.", table=True)
    return EXIT_OK


def cmd_next(library: Library, args: argparse.Namespace) -> int:
    result = up_next(library)
    lines = [RULE, ""]
    for progress in result.in_progress:
        upcoming = progress.next
        assert upcoming is not None
        where = episode_code(upcoming.season, upcoming.episode)
        rewatch = f" (rewatch {progress.pass_number})" if progress.pass_number > 1 else ""
        lines.append(
            f"{progress.name}{rewatch}: {where} {upcoming.title} "
            f"[{progress.watched}/{progress.total}]".replace(":  ", ": ")
        )
    if not result.in_progress:
        lines.append("Nothing in progress.")
    if result.finished:
        lines += ["", "Finished: " + ", ".join(p.name for p in result.finished)]
    if result.not_started:
        lines += ["", "Not started: " + ", ".join(p.name for p in result.not_started)]
    _emit(args, result.to_json(), "\n".join(lines), table=True)
    return EXIT_OK


def cmd_rewatch(library: Library, args: argparse.Namespace) -> int:
    show = library.find_show(args.show)
    ops.apply(library, ops.StartRewatch(show.key, f"Start a rewatch of {show.name}"))
    started = library.passes.current(show.key)
    assert started is not None
    _emit(
        args,
        {"show": show.name, "pass": started.number, "started_at": started.started_at},
        f"{show.name}: rewatch {started.number} started; earlier plays stay in the history",
    )
    return EXIT_OK


def cmd_export_data(library: Library, args: argparse.Namespace) -> int:
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
    made = backup.backup_now(library, Path(args.file) if args.file else None)
    _emit(args, {"backup": str(made)}, f"Backed up to {made}")
    return EXIT_OK


def cmd_restore(library: Library, args: argparse.Namespace) -> int:
    source = Path(args.file)
    backup.check_backup_file(source)
    if not args.yes:
        if sys.stdin is None or not sys.stdin.isatty():
            raise LibraryError("restore replaces the whole library: confirm with --yes")
        answer = input(f"Replace {library.path} with {source}? A copy of it is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing restored.")
            return EXIT_FAILED
    kept = backup.restore(library, source)
    _emit(
        args,
        {"restored": str(source), "previous_copy": str(kept)},
        f"Restored {source}; the library as it was is kept in {kept}",
    )
    return EXIT_OK


def cmd_check(library: Library, args: argparse.Namespace) -> int:
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
    if args.uninstall:
        paths = desktop.uninstall()
    else:
        paths = desktop.install({"man/man1/guide.1": manual_page()})
    verb = "Removed" if args.uninstall else "Installed"
    text = f"{verb} {len(paths)} files" + "".join(f"\n  {p}" for p in paths)
    _emit(args, {"uninstall": args.uninstall, "files": [str(p) for p in paths]}, text)
    return EXIT_OK


def cmd_stats(library: Library, args: argparse.Namespace) -> int:
    figures = stats.compute(library, year=args.year)
    lines = ["Episodes watched per month (last 24 months):"]
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
    return f"{minutes / 60:,.1f} h"


def _watch_time_lines(figures: stats.Stats) -> list[str]:
    lines = [f"Time watched: {_hours(figures.total_minutes)} in all"]
    if figures.plays_without_running_time:
        lines[0] += (
            f" ({plural(figures.plays_without_running_time, 'play')} of articles with no "
            "Running time not counted)"
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


def cmd_completion(_library: Library | None, args: argparse.Namespace) -> int:
    """The shell's completion script (argcomplete: commands, options, and titles and shows
    read from the library as you type)."""
    import argcomplete

    print(argcomplete.shellcode(["guide"], shell=args.shell), end="")
    return EXIT_OK


def manual_page() -> str:
    """guide.1, made from the same parser as --help."""
    from argparse_manpage.manpage import Manpage

    return str(Manpage(build_parser()))


def _complete_titles(prefix: str, parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    return _library_names("SELECT title FROM articles", prefix, parsed_args)


def _complete_shows(prefix: str, parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    return _library_names("SELECT name FROM shows", prefix, parsed_args)


def _library_names(sql: str, prefix: str, parsed_args: argparse.Namespace) -> list[str]:
    """Names for completion, read from the library without opening it for writing (nothing
    is created, migrated or locked); nothing when it cannot be read."""
    from guide.core.paths import resolve_library

    path, _ = resolve_library(getattr(parsed_args, "library", None))
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names = [row[0] for row in conn.execute(f"{sql} ORDER BY 1 COLLATE NOCASE")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    folded = prefix.casefold()
    return [name for name in names if name.casefold().startswith(folded)][:500]


def _tracking_json(record: ArticleRecord) -> dict[str, Any]:
    return {
        "title": record.article.title,
        "watched": record.watched,
        "plays": len(record.plays),
        "last_watched": record.last_watched,
    }


def cmd_watch(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    title = record.article.title
    ops.apply(library, ops.Watch((record.key,), f"Mark '{title}' watched", args.at, False))
    record = library.record(record.id)
    _emit(args, _tracking_json(record), f"{record.article.title}: {_watched_text(record)}")
    return EXIT_OK


def cmd_unwatch(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    before = len(record.plays)
    ops.apply(library, ops.Unwatch((record.key,), f"Mark '{record.article.title}' unwatched"))
    record = library.record(record.id)
    removed = before - len(record.plays)
    text = f"{record.article.title}: marked unwatched ({removed} plays removed)"
    _emit(args, _tracking_json(record) | {"removed": removed}, text)
    return EXIT_OK


def cmd_note(library: Library, args: argparse.Namespace) -> int:
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


# -- the parser ----------------------------------------------------------------------------


def _moment(text: str) -> Any:
    try:
        return parse_moment(from_os(text))
    except TimeError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 9999:
        raise argparse.ArgumentTypeError(f"'{from_os(text)}' is not a year such as 2025")
    return int(text)


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{from_os(text)}' is not a whole number") from None
    if not 1 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 1 to 1,000,000")
    return number


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the library file (default: $EPISODE_GUIDE_LIBRARY, else the user data folder)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts"
    )
    common.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=argparse.SUPPRESS,
        help="no progress line on long work",
    )
    parser = argparse.ArgumentParser(
        prog="guide",
        parents=[common],
        description="Episode Guide: read and track the TV shows you follow. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    p = command("import", cmd_import, "import article files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    command("shows", cmd_shows, "list shows with episode and watched counts")
    p = command("list", cmd_list, "list articles in navigator order")
    _show(p, nargs="?")
    p = command("show", cmd_show, "print one article")
    _title(p)
    p = command(
        "search",
        cmd_search,
        'search with words, "phrases" and filters '
        "(show:, season:, KEY:VALUE, watched, -watched, has:note, note:, aired:)",
    )
    p.add_argument("query", nargs="*", metavar="QUERY")
    p.add_argument("--limit", type=_count, default=20, help="at most this many results")
    p.set_defaults(free_text="query")
    command("samples", cmd_samples, "add the bundled sample articles")
    p = command("history", cmd_history, "plays, newest first")
    _show(p, nargs="?")
    p.add_argument("--since", type=_moment, metavar="ISO-DATE", help="only plays since then")
    p.add_argument("--limit", type=_count, default=None, help="at most this many plays")
    p = command("rewatch", cmd_rewatch, "start a new pass of a show (a rewatch)")
    _show(p)
    command("next", cmd_next, "the next episode of every show in progress (Up Next)")
    p = command(
        "export-data",
        cmd_export_data,
        "export every play and note to a JSON file (and the history to CSV)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--csv", metavar="FILE", help="also write the watch history as CSV")
    p.add_argument("--force", action="store_true", help="replace the files if they exist")
    p = command(
        "merge-data",
        cmd_merge_data,
        "merge an exported personal data file (plays united, newer notes win)",
    )
    p.add_argument("file", metavar="FILE")
    p = command(
        "export-articles",
        cmd_export_articles,
        "write every article back to an article file in a folder",
    )
    p.add_argument("folder", metavar="DIR")
    p = command("backup", cmd_backup, "copy the library now (default: into backups/)")
    p.add_argument("file", nargs="?", metavar="FILE")
    p = command(
        "restore",
        cmd_restore,
        "replace the library with a backup (a copy of the current one is kept)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(opens_damaged=True)
    p = command(
        "install-desktop",
        cmd_install_desktop,
        "add Episode Guide to the desktop's launcher (entry, icons, metainfo)",
    )
    p.add_argument("--uninstall", action="store_true", help="remove exactly what was installed")
    p.set_defaults(needs_library=False)
    p = command("check", cmd_check, "check links, episode numbering, stored times, integrity")
    p.add_argument(
        "--repair", action="store_true", help="fix stored times that are not in the stored form"
    )
    p.set_defaults(opens_damaged=True)
    p = command(
        "stats",
        cmd_stats,
        "plays and hours per month, completion and hours per show, directors and writers, "
        "ratings, a year in review",
    )
    p.add_argument("--year", type=_year, help="the year in review (default: this year)")
    p = command("watch", cmd_watch, "record that you watched an article")
    _title(p)
    p.add_argument("--at", type=_moment, metavar="ISO-DATE", help="when (default: now)")
    p = command("unwatch", cmd_unwatch, "mark an article unwatched")
    _title(p)
    p = command("note", cmd_note, "set the note on an article (no TEXT: read standard input)")
    _title(p)
    p.add_argument("text", nargs="*", metavar="TEXT")
    p.set_defaults(free_text="text")
    p = command(
        "sync",
        cmd_sync,
        "one sync round through a folder a sync engine shares (Syncthing, Nextcloud, …)",
    )
    p.add_argument("--folder", metavar="DIR", help="the sync folder (remembered for next time)")
    from guide import cli_airing, cli_history

    cli_history.add_commands(command)
    cli_airing.add_commands(command)
    p = command(
        "completion",
        cmd_completion,
        "print the shell completion script (bash, zsh or fish); see the README to install it",
    )
    p.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    p.set_defaults(needs_library=False)
    return parser


def _title(p: argparse.ArgumentParser) -> None:
    action = p.add_argument("title", metavar="TITLE")
    action.completer = _complete_titles  # type: ignore[attr-defined]


def _show(p: argparse.ArgumentParser, nargs: str | None = None) -> None:
    action = p.add_argument("show", metavar="SHOW", nargs=nargs)
    action.completer = _complete_shows  # type: ignore[attr-defined]


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse; words that begin with ``-`` where a query or a note's text is expected
    (``guide search -watched``) are part of it, in the order given, without ``--``."""
    args, extra = parser.parse_known_args(argv)
    dest = getattr(args, "free_text", None)
    if extra:
        if dest is None:
            parser.error(f"unrecognized arguments: {' '.join(from_os(e) for e in extra)}")
        words = list(getattr(args, dest) or []) + extra
        setattr(args, dest, _in_given_order(argv, words))
    if dest == "query" and not args.query:
        parser.error("the following arguments are required: QUERY")
    for name in ("title", "show", "query", "text"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, from_os(value))
        elif isinstance(value, list):
            setattr(args, name, [from_os(v) for v in value])
    return args


def _in_given_order(argv: Sequence[str], words: list[str]) -> list[str]:
    wanted = Counter(words)
    ordered = []
    for token in argv:
        if wanted[token] > 0:
            wanted[token] -= 1
            ordered.append(token)
    return ordered + list(wanted.elements())


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    parser = build_parser()
    if "_ARGCOMPLETE" in os.environ:  # the shell asks for completions: answer and exit
        import argcomplete

        argcomplete.autocomplete(parser)
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parse(parser, argv)
    args.library = getattr(args, "library", None)
    args.json = getattr(args, "json", False)
    args.quiet = getattr(args, "quiet", False)
    if getattr(args, "text", None) == []:
        args.text = None
    if args.command is None:
        from guide.gui.app import main as gui_main

        return gui_main(["--library", args.library] if args.library else [])
    try:
        if not getattr(args, "needs_library", True):
            return int(args.handler(None, args))
        verify = not getattr(args, "opens_damaged", False)
        with open_library(args.library, verify=verify) as library:
            library.on_busy = _say
            return int(args.handler(library, args))
    except LibraryError as error:
        _say(str(error))
        return EXIT_FAILED
    except sqlite3.DatabaseError as error:  # a read the library could not answer
        _say(f"the library could not be read ({error}); run `guide check`")
        return EXIT_FAILED
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            return EXIT_OK
        _say(f"{describe_os_error(error)}: {from_os(str(error.filename or ''))}".rstrip(": "))
        return EXIT_FAILED
    except KeyboardInterrupt:  # a write in progress was rolled back by its transaction
        _say("interrupted; what was being written was rolled back, the rest is as it was")
        return EXIT_INTERRUPTED
