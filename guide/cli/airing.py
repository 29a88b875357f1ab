"""`guide upcoming` and `guide calendar`: airdates ahead, and the airdates of the shows you
follow as an iCalendar file. Apart from :mod:`guide.cli` so that other commands never load
the calendar library."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from guide.cli import EXIT_OK
from guide.cli import output as terminal
from guide.cli.commands import _emit
from guide.core.library import Library
from guide.core.text import from_os, plural
from guide.core.views.airing import upcoming, write_calendar


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def cmd_upcoming(library: Library, args: argparse.Namespace) -> int:
    airings = upcoming(library)
    lines = [
        f"{_day(a.airdate):>12}  {terminal.pad(a.show or '', 24)}  {a.episode_text}"
        for a in airings
    ]
    _emit(
        args,
        [a.to_json() for a in airings],
        "\n".join(lines) or "Nothing ahead: no episode in your library airs after today.",
        table=True,
    )
    return EXIT_OK


def cmd_calendar(library: Library, args: argparse.Namespace) -> int:
    path = Path(args.ics)
    count = write_calendar(library, path, every_show=args.all_shows, force=args.force)
    whose = "every show" if args.all_shows else "the shows you follow"
    _emit(
        args,
        {"file": from_os(path), "events": count},
        f"Wrote {plural(count, 'airdate')} of {whose} to {from_os(path)}"
        + ("" if count or args.all_shows else " (follow a show by watching an episode of it)"),
    )
    return EXIT_OK
