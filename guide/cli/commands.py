"""The `guide` commands: one handler each, called by :func:`guide.cli.main` with the open
library and the parsed arguments. Loaded only when a command runs (never for `--version`,
`--help` or completion)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from guide.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _say
from guide.cli import output as terminal
from guide.core.errors import LibraryError
from guide.core.library import Library
from guide.core.library.records import ArticleRecord
from guide.core.text import json_text, printable
from guide.core.times import human_date
from guide.core.work import Session

if TYPE_CHECKING:
    from guide.core.importing.articles import ImportReport

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
    from guide.core.errors import QueryError

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
