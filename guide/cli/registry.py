"""The command table of `guide`: every command with its help, its arguments (their types
check what is given before a command runs), its handler ("module:function", loaded only when
it runs) and whether it may make a library; shell completion of titles and shows."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime
from typing import Any, NoReturn

from guide import __version__
from guide.core.text import digits, from_os
from guide.core.times import TimeError, clock_change_note, parse_moment

SHELLS = ("bash", "zsh", "fish")


# The commands that may make a new library where none is; every other one only reads or
# changes a library that exists, and says so when there is none.
CREATING = frozenset({"import", "samples", "merge-data", "import-history", "sync", "restore"})


def _complete_titles(prefix: str, parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    return _library_names("SELECT title FROM articles", prefix, parsed_args)


def _complete_shows(prefix: str, parsed_args: argparse.Namespace, **_: Any) -> list[str]:
    return _library_names("SELECT name FROM shows", prefix, parsed_args)


def _library_names(sql: str, prefix: str, parsed_args: argparse.Namespace) -> list[str]:
    """Names for completion, read from the library without opening it for writing (nothing
    is created, migrated or locked); nothing when it cannot be read."""
    import sqlite3

    from guide.core.library.connection import connect_read_only
    from guide.core.paths import resolve_library

    path, _ = resolve_library(getattr(parsed_args, "library", None))
    try:
        conn = connect_read_only(path)
        try:
            names = [row[0] for row in conn.execute(f"{sql} ORDER BY 1 COLLATE NOCASE")]
        finally:
            conn.close()
    except sqlite3.Error:
        return []
    folded = prefix.casefold()
    return [name for name in names if name.casefold().startswith(folded)][:500]


class _Command(argparse.ArgumentParser):
    """A command's parser. Its closing text may be made only when its help is shown: the
    search filters come from the query language's own table, not loaded to start."""

    closing_text: Callable[[], str] | None = None

    def error(self, message: str) -> NoReturn:
        """A usage error in one line, as every error is (argparse prints its usage first)."""
        from guide.core.text import printable  # a value as typed: no terminal codes

        self.exit(2, f"{self.prog}: {printable(message)} (see {self.prog} --help)\n")

    def format_help(self) -> str:
        if self.closing_text is not None:  # its own lines, as written
            self.epilog = self.closing_text()
            self.formatter_class = argparse.RawDescriptionHelpFormatter
        return super().format_help()


def _search_filters() -> str:
    from guide.core.query import help_text

    return help_text()


class GivenMoment(datetime):
    """A moment given on the command line, with what to say of it when a clock change made
    the local time written skipped or doubled (``note``)."""

    note: str | None = None


def _moment(text: str) -> Any:
    given_text = from_os(text).strip()
    if len(given_text) == 10 and given_text[4:5] == "-":  # a day alone: noon UTC, which
        given_text += "T12:00:00+00:00"  # every zone shows on that day (as imports keep one)
    try:
        moment = parse_moment(given_text)
    except TimeError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    given = GivenMoment.fromtimestamp(moment.timestamp(), moment.tzinfo)
    given.note = clock_change_note(from_os(text))
    return given


def _year(text: str) -> int:
    year = digits(text)
    if year is None or not 1900 <= year <= 9999:
        raise argparse.ArgumentTypeError(f"'{from_os(text)}' is not a year such as 2025")
    return year


def _file_name(text: str) -> str:
    """A file name that names something: an empty one is a usage error, never "no file"."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a path is needed here, not an empty one")
    return text


def _rating(text: str) -> int:
    """A rating as typed: a usage error (exit 2) when it is not 0 to 10, as for any other
    argument of the wrong form."""
    from guide.core.library.ratings import RatingError, checked_rating

    try:
        return checked_rating(from_os(text))
    except RatingError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _status(text: str) -> str:
    """A show's status as typed: a usage error (exit 2) when it is none of them."""
    from guide.core.library.statuses import StatusError, checked_status

    if not text.strip():  # a script's empty variable: not "none", which clears it
        raise argparse.ArgumentTypeError("an empty status (give none to clear it)")
    try:
        found = checked_status(from_os(text))
    except StatusError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return found.value if found is not None else ""


def _count(text: str) -> int:
    number = digits(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"'{from_os(text)}' is not a whole number")
    if not 1 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError("give a number from 1 to 1,000,000")
    return number


class _Unbuilt:
    """Stands in for a command's parser when another command runs: what is declared on it
    is dropped (argparse spends ~0.4 ms on each parser it builds, 12 ms for all of them)."""

    def add_argument(self, *_: Any, **__: Any) -> Any:
        return argparse.Namespace()

    def set_defaults(self, **_: Any) -> None:
        pass


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or, with ``only``, of that command alone (when the
    command line names it: help, errors and completion use the whole table)."""
    common = _Command(add_help=False)
    common.add_argument(
        "--library",
        metavar="PATH",
        type=_file_name,
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
    parser = _Command(
        prog="guide",
        parents=[common],
        description="Episode Guide: read and track the TV shows you follow. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Command)

    def command(name: str, handler: str, help: str) -> _Command:
        """A command; ``handler`` is "module:function", loaded only when it runs. Only the
        commands that bring something in make a library where there is none."""
        if only is not None and name != only:
            return _Unbuilt()  # type: ignore[return-value]
        p: _Command = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler, creates=name in CREATING)
        return p

    p = command("import", "guide.cli.commands:cmd_import", "import article files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", type=_file_name)
    p = command(
        "get",
        "guide.cli.getting:cmd_get",
        "bring a show's articles from a wiki (Wikipedia, a Fandom wiki), a Kiwix ZIM file or "
        "a Wikipedia dump: its overview, its list of episodes and every episode",
    )
    p.add_argument("show", metavar="SHOW", nargs="?", help="the show's name, as the wiki titles it")
    p.add_argument(
        "--all",
        action="store_true",
        help="every episode article of a Wikipedia dump, of every show (no SHOW)",
    )
    p.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="SOURCE",
        help="a wiki's address (https://en.wikipedia.org), a page of it or its api.php; a "
        "Kiwix ZIM file (wikipedia_en_all_nopic.zim); or a multistream dump "
        "(enwiki-…-pages-articles-multistream.xml.bz2, its index beside it)",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="also replace articles you imported from files of your own",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; change nothing"
    )
    p.set_defaults(needs_library=False)  # opened once the source has been read (getting.py)
    command("shows", "guide.cli.commands:cmd_shows", "list shows with episode and watched counts")
    p = command("list", "guide.cli.commands:cmd_list", "list articles in navigator order")
    _show(p, nargs="?")
    p = command("show", "guide.cli.commands:cmd_show", "print one article")
    _title(p, words=True)
    p = command(
        "search",
        "guide.cli.commands:cmd_search",
        'search with words, "phrases" and filters (show:, season:, rating:, … listed by '
        "guide search --help)",
    )
    p.closing_text = _search_filters
    p.add_argument("query", nargs="*", metavar="QUERY")
    p.add_argument("--limit", type=_count, default=20, help="at most this many results")
    p.set_defaults(free_text="query")
    command("samples", "guide.cli.commands:cmd_samples", "add the bundled sample articles")
    p = command("history", "guide.cli.tracking:cmd_history", "plays, newest first")
    _show(p, nargs="?")
    p.add_argument("--since", type=_moment, metavar="ISO-DATE", help="only plays since then")
    p.add_argument("--limit", type=_count, default=None, help="at most this many plays")
    p = command(
        "rewatch", "guide.cli.tracking:cmd_rewatch", "start a new pass of a show (a rewatch)"
    )
    _show(p)
    p = command(
        "status",
        "guide.cli.history:cmd_status",
        "a show's status: watching, paused, dropped, plan-to-watch, or none (without STATUS: "
        "what it is, and what is left of it)",
    )
    _show(p)
    p.add_argument("status", metavar="STATUS", type=_status, nargs="?", default=None)
    command(
        "next",
        "guide.cli.tracking:cmd_next",
        "the next episode of every show in progress (Up Next)",
    )
    p = command(
        "export-data",
        "guide.cli.safety:cmd_export_data",
        "export every play and note to a JSON file (and the history to CSV)",
    )
    p.add_argument("file", metavar="FILE", type=_file_name)
    p.add_argument(
        "--csv", metavar="FILE", type=_file_name, help="also write the watch history as CSV"
    )
    p.add_argument("--force", action="store_true", help="replace the files if they exist")
    p = command(
        "merge-data",
        "guide.cli.safety:cmd_merge_data",
        "merge an exported personal data file (plays united, newer notes win)",
    )
    p.add_argument("file", metavar="FILE", type=_file_name)
    p = command(
        "export-articles",
        "guide.cli.safety:cmd_export_articles",
        "write every article back to an article file in a folder",
    )
    p.add_argument("folder", metavar="DIR", type=_file_name)
    p = command(
        "backup", "guide.cli.safety:cmd_backup", "copy the library now (default: into backups/)"
    )
    p.add_argument("file", nargs="?", metavar="FILE", type=_file_name)
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = command(
        "restore",
        "guide.cli.safety:cmd_restore",
        "replace the library with a backup (a copy of the current one is kept)",
    )
    p.add_argument("file", metavar="FILE", type=_file_name)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(needs_library=False)
    p = command(
        "install-desktop",
        "guide.cli.safety:cmd_install_desktop",
        "add Episode Guide to the desktop's launcher (entry, icons, metainfo)",
    )
    p.add_argument("--uninstall", action="store_true", help="remove exactly what was installed")
    p.set_defaults(needs_library=False)
    p = command(
        "check",
        "guide.cli.safety:cmd_check",
        "check links, episode numbering, stored times, shows' figures, integrity",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="fix stored times that are not in the stored form; count shows' figures again",
    )
    p.set_defaults(opens_damaged=True)
    p = command(
        "stats",
        "guide.cli.tracking:cmd_stats",
        "plays and hours per month, completion and hours per show, directors and writers, "
        "ratings, a year in review",
    )
    p.add_argument("--year", type=_year, help="the year in review (default: this year)")
    p = command("watch", "guide.cli.tracking:cmd_watch", "record that you watched an article")
    _title(p, words=True)
    p.add_argument("--at", type=_moment, metavar="ISO-DATE", help="when (default: now)")
    p.add_argument("--force", action="store_true", help="record it even if it has not aired yet")
    p = command("unwatch", "guide.cli.tracking:cmd_unwatch", "mark an article unwatched")
    _title(p, words=True)
    p = command(
        "note",
        "guide.cli.tracking:cmd_note",
        "set the note on an article (no TEXT: read standard input)",
    )
    _title(p)
    # An explicit default: without one, argparse calls a "*" argument required in its errors.
    p.add_argument("text", nargs="*", metavar="TEXT", default=None)
    p.add_argument(
        "--remove",
        action="store_true",
        help="remove the note (its History… in the window keeps what it said)",
    )
    p.set_defaults(free_text="text")
    p = command(
        "sync",
        "guide.cli.safety:cmd_sync",
        "one sync round through a folder a sync engine shares (Syncthing, Nextcloud, …)",
    )
    p.add_argument(
        "--folder",
        metavar="DIR",
        type=_file_name,
        help="the sync folder (remembered for next time)",
    )
    _history_commands(command)
    _airing_commands(command)
    p = command(
        "completion",
        "guide.cli:cmd_completion",
        "print the shell completion script (bash, zsh or fish); see the README to install it",
    )
    p.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    p.set_defaults(needs_library=False)
    return parser


def _history_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command(
        "import-history",
        "guide.cli.history:cmd_import_history",
        "import watch history and ratings from Trakt, TV Time, SeriesGuide, Kodi/Jellyfin "
        "or Netflix export files",
    )
    p.add_argument("files", nargs="+", metavar="FILE", type=_file_name, help="export files or ZIPs")
    p.add_argument(
        "--dry-run", action="store_true", help="say what would be imported; change nothing"
    )
    p.add_argument(
        "--profile",
        metavar="NAME",
        help="the Netflix profile whose viewing activity to import (a file of several)",
    )
    p = command(
        "rate",
        "guide.cli.history:cmd_rate",
        "rate an episode, film or show from 1 to 10 (0 removes)",
    )
    _title(p)
    p.add_argument("rating", metavar="N", type=_rating, help="1 to 10; 0 removes the rating")


def _airing_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    command(
        "upcoming", "guide.cli.airing:cmd_upcoming", "episodes airing from today on, soonest first"
    )
    p = command(
        "calendar",
        "guide.cli.airing:cmd_calendar",
        "write an iCalendar file of the airdates of the shows you follow, for any calendar app",
    )
    p.add_argument(
        "--ics", required=True, metavar="FILE", type=_file_name, help="the .ics file to write"
    )
    p.add_argument("--all-shows", action="store_true", help="every show, not only followed ones")
    p.add_argument("--force", action="store_true", help="replace the file if it exists")


def _title(p: argparse.ArgumentParser, *, words: bool = False) -> None:
    """The TITLE argument; with ``words``, the title may be given unquoted, its words
    joined (`guide show spring tide`, as `guide search` takes its words)."""
    action = p.add_argument("title", metavar="TITLE", nargs="+" if words else None)
    action.completer = _complete_titles  # type: ignore[attr-defined]


def _show(p: argparse.ArgumentParser, nargs: str | None = None) -> None:
    action = p.add_argument("show", metavar="SHOW", nargs=nargs)
    action.completer = _complete_shows  # type: ignore[attr-defined]
