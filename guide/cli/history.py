"""`guide import-history` and `guide rate`: the commands that bring history and ratings.

Kept apart from :mod:`guide.cli` so that other commands never load what only these use
(the trackers' readers, rapidfuzz).
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from typing import Any

from guide.cli import EXIT_OK
from guide.cli.commands import _emit
from guide.core import ops
from guide.core.errors import LibraryError, UnknownArticle
from guide.core.importing.history.entries import HistoryError
from guide.core.importing.history.plan import Outcome, Review, review
from guide.core.importing.history.reading import read_files
from guide.core.library import Library
from guide.core.library.ratings import RatingError, checked_rating
from guide.core.text import plural

SHOWN = 20  # ambiguous and unmatched items listed in the text output; --json has all


class _DryRun(Exception):
    pass


@contextlib.contextmanager
def rolled_back(library: Library) -> Iterator[None]:
    """Run, then take everything back: what an import would do, counted exactly."""
    with contextlib.suppress(_DryRun), library.transaction():
        yield
        raise _DryRun


def cmd_import_history(library: Library, args: argparse.Namespace) -> int:
    try:
        reading = read_files(args.files, profile=args.profile)
    except HistoryError as error:
        raise LibraryError(f"{error}; nothing was imported") from None
    found = review(library, reading.sources)
    found.left_out = reading.skipped
    operation = found.operation()
    if args.dry_run:
        with rolled_back(library):
            outcome = Outcome.of(ops.apply(library, operation))
    else:
        outcome = Outcome.of(ops.apply(library, operation))
    _emit(args, _json(found, outcome, args.dry_run), _text(found, outcome, args.dry_run))
    return EXIT_OK


def _json(found: Review, outcome: Outcome, dry_run: bool) -> dict[str, Any]:
    return {
        "format": found.formats,
        "entries": found.entries,
        "matched": len(found.matched),
        "plays_added": outcome.plays_added,
        "ratings_set": outcome.ratings_set,
        "rewatches_started": outcome.passes_started,
        "pending": outcome.pending_added,
        "ambiguous": [
            {
                "item": entry.label,
                "where": entry.where,
                "candidates": [c.label for c in m.candidates],
            }
            for entry, m in found.ambiguous
        ],
        "unmatched": [{"item": e.label, "where": e.where} for e in found.unmatched],
        "skipped": found.skipped,
        "dry_run": dry_run,
    }


def _text(found: Review, outcome: Outcome, dry_run: bool) -> str:
    lines = [
        f"Read {plural(len(found.sources), 'file')} ({found.formats}): "
        f"{plural(found.entries, 'item')}; {len(found.matched):,} matched, "
        f"{len(found.ambiguous):,} ambiguous, {len(found.unmatched):,} unmatched",
        ("Would import: " if dry_run else "Imported: ") + outcome.summary(),
    ]
    for entry, match in found.ambiguous[:SHOWN]:
        choices = "; ".join(c.label for c in match.candidates)
        lines.append(f"ambiguous: {entry.label}: could be {choices} (choose in the window)")
    lines += [f"unmatched: {entry.label}" for entry in found.unmatched[:SHOWN]]
    hidden = max(0, len(found.ambiguous) - SHOWN) + max(0, len(found.unmatched) - SHOWN)
    if hidden:
        lines.append(f"… and {hidden:,} more (--json lists them all)")
    lines += [f"skipped: {line}" for line in found.skipped[:SHOWN]]
    if len(found.skipped) > SHOWN:
        lines.append(f"… and {len(found.skipped) - SHOWN:,} more skipped")
    return "\n".join(lines)


def rating_target(library: Library, title: str) -> tuple[str, bool, str]:
    """(key, on_show, name) of what a title names for a rating: an article, or a show (by
    its name, its overview or its list article)."""
    try:
        record = library.find(title)
    except UnknownArticle:
        try:
            show = library.find_show(title)
        except LibraryError:
            raise UnknownArticle(title) from None
        return show.key, True, show.name
    if record.kind.stands_for_show and record.show_key and record.show:
        return record.show_key, True, record.show
    return record.key, False, record.article.title


def cmd_status(library: Library, args: argparse.Namespace) -> int:
    from guide.core.library.statuses import LABELS, Status
    from guide.core.views.upnext import left

    show = library.find_show(args.show)
    if args.status is not None:
        wanted = Status(args.status) if args.status else None
        said = (
            f"Set '{show.name}' to {LABELS[wanted]}" if wanted else f"Clear '{show.name}''s status"
        )
        ops.apply(library, ops.SetStatus(show.key, wanted, said))
    status = library.statuses.get(show.key)
    rest = left(library, show.key)
    hours = f"{rest.minutes / 60:,.1f} h" if rest.minutes else "no Running time"
    if rest.minutes and rest.unknown:
        hours = f"at least {hours} ({plural(rest.unknown, 'episode')} without a Running time)"
    named = LABELS[status] if status else "no status set"
    text = f"{show.name}: {named}; {plural(rest.episodes, 'episode')} left ({hours})"
    data = {"show": show.name, "status": status.value if status else None, "left": rest.to_json()}
    _emit(args, data, text if rest.episodes else f"{show.name}: {named}; every episode watched")
    return EXIT_OK


def cmd_rate(library: Library, args: argparse.Namespace) -> int:
    try:
        value = checked_rating(args.rating)
    except RatingError as error:
        raise LibraryError(str(error)) from None
    key, on_show, name = rating_target(library, args.title)
    verb = f"Rate '{name}' {value}/10" if value else f"Remove the rating of '{name}'"
    ops.apply(library, ops.SetRating(key, value, on_show, verb))
    rating = library.ratings.get(key, on_show=on_show)
    said = f"rated {rating}/10" if rating else "not rated"
    _emit(args, {"title": name, "show": on_show, "rating": rating}, f"{name}: {said}")
    return EXIT_OK
