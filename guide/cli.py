"""`guide`: the command-line face of the library.

A contract for scripts: every command takes --library PATH and --json; errors are one line on
stderr and a non-zero exit (1 for a failure, 2 for a usage error), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from guide import __version__
from guide.core.dates import human_date, parse_moment
from guide.core.importer import ImportReport, import_paths
from guide.core.opening import add_samples, open_library
from guide.core.store import ArticleRecord, Library, LibraryError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Handler = Callable[[Library, argparse.Namespace], int]


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif text:
        print(text)


# -- commands ------------------------------------------------------------------------------


def _report_text(report: ImportReport) -> str:
    lines = [report.summary()]
    lines += [f"rejected: {r.path}: {r.reason}" for r in report.rejected]
    lines += [f"warning: {w.path}: {w.message}" for w in report.warnings]
    return "\n".join(lines)


def cmd_import(library: Library, args: argparse.Namespace) -> int:
    report = import_paths(library, args.paths)
    _emit(args, report.to_json(), _report_text(report))
    return EXIT_FAILED if report.rejected or report.cancelled else EXIT_OK


def cmd_samples(library: Library, args: argparse.Namespace) -> int:
    report = add_samples(library)
    _emit(args, report.to_json(), _report_text(report))
    return EXIT_FAILED if report.rejected else EXIT_OK


def cmd_shows(library: Library, args: argparse.Namespace) -> int:
    shows = library.shows()
    data = [{"name": s.name, "episodes": s.episodes, "watched": s.watched} for s in shows]
    width = max((len(s.name) for s in shows), default=4)
    lines = [f"{'Show':<{width}}  Episodes  Watched"]
    lines += [f"{s.name:<{width}}  {s.episodes:>8}  {s.watched:>7}" for s in shows]
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
    _emit(args, data, "\n".join(lines) or "The library is empty.")
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
    hits = library.search(" ".join(args.query), limit=args.limit)
    data = [
        {
            "title": h.title,
            "display_title": h.display_title,
            "show": h.show,
            "snippet": h.snippet,
            "rank": h.rank,
        }
        for h in hits
    ]
    lines = []
    for h in hits:
        lines.append(f"{h.title}" + (f"  ({h.show})" if h.show else ""))
        lines.append(f"    {h.snippet}")
    _emit(args, data, "\n".join(lines) or "No matches.")
    return EXIT_OK


def _tracking_json(record: ArticleRecord) -> dict[str, Any]:
    return {
        "title": record.article.title,
        "watched": record.watched,
        "plays": len(record.plays),
        "last_watched": record.last_watched,
    }


def cmd_watch(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    library.watch(record.key, args.at)
    record = library.record(record.id)
    _emit(args, _tracking_json(record), f"{record.article.title}: {_watched_text(record)}")
    return EXIT_OK


def cmd_unwatch(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    removed = library.unwatch(record.key)
    record = library.record(record.id)
    text = f"{record.article.title}: marked unwatched ({len(removed)} plays removed)"
    _emit(args, _tracking_json(record) | {"removed": len(removed)}, text)
    return EXIT_OK


def cmd_note(library: Library, args: argparse.Namespace) -> int:
    record = library.find(args.title)
    if args.text is None:
        if sys.stdin is None:
            raise LibraryError("no note text given, and no standard input to read it from")
        if sys.stdin.isatty():
            print("Type the note, then Ctrl+D:", file=sys.stderr)
        text = sys.stdin.read()
    else:
        text = " ".join(args.text)
    library.set_note(record.key, text.strip("\n"))
    note = library.note(record.key)
    message = "note saved" if note else "note removed"
    _emit(args, {"title": record.article.title, "note": note}, f"{record.article.title}: {message}")
    return EXIT_OK


# -- the parser ----------------------------------------------------------------------------


def _moment(text: str) -> Any:
    try:
        return parse_moment(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


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
    p.add_argument("show", nargs="?", metavar="SHOW")
    p = command("show", cmd_show, "print one article")
    p.add_argument("title", metavar="TITLE")
    p = command("search", cmd_search, "full-text search, best matches first")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=20, help="at most this many results")
    command("samples", cmd_samples, "add the bundled sample articles")
    p = command("watch", cmd_watch, "record that you watched an article")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--at", type=_moment, metavar="ISO-DATE", help="when (default: now)")
    p = command("unwatch", cmd_unwatch, "mark an article unwatched")
    p.add_argument("title", metavar="TITLE")
    p = command("note", cmd_note, "set the note on an article (no TEXT: read standard input)")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("text", nargs="*", metavar="TEXT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.library = getattr(args, "library", None)
    args.json = getattr(args, "json", False)
    if getattr(args, "text", None) == []:
        args.text = None
    if args.command is None:
        from guide.gui.app import main as gui_main

        return gui_main(["--library", args.library] if args.library else [])
    try:
        with open_library(args.library) as library:
            return int(args.handler(library, args))
    except LibraryError as error:
        print(f"guide: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("guide: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
