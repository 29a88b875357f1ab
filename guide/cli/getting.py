"""`guide get SHOW --from SOURCE`: a show's articles from a wiki, a Kiwix ZIM file or a
Wikipedia dump, imported as files are. The source is read before the library is opened: a
source that cannot be used changes nothing, not even by making an empty library."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from guide.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _say
from guide.cli import output as terminal
from guide.cli.commands import _emit, _progress, _report_text, _session
from guide.core.library import Library
from guide.core.work import Cancelled

DUMP_NAME = "…-multistream.xml.bz2"


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Library]:
    """The library, made where there is none unless this is a dry run."""
    from guide.core.opening import open_library

    with open_library(args.library, create=not args.dry_run) as library:
        library.on_busy = _say
        yield library


def cmd_get(_library: Library | None, args: argparse.Namespace) -> int:
    from guide.core.importing.articles import import_texts
    from guide.core.importing.sources.opening import open_source
    from guide.core.importing.sources.pages import SourceError
    from guide.core.importing.sources.show import get_show
    from guide.core.paths import cache_dir

    if args.all:
        return _get_all(args)
    if not args.show:
        _say("give the show's name (SHOW), or --all with a Wikipedia dump")
        return EXIT_FAILED
    interrupt = terminal.Interrupt()
    try:
        with interrupt.watching(), _progress(args, "Getting", "articles") as progress:
            session = _session(progress, interrupt)
            source = open_source(args.source, session=session, cache=cache_dir() / "wiki-pages.db")
            try:
                got = get_show(source, args.show)
            finally:
                source.close()
            with _opened(args) as library:
                report = import_texts(
                    library, got.articles, session, replace=args.replace, dry_run=args.dry_run
                )
    except SourceError as error:
        _say(f"{error}; nothing was changed")
        return EXIT_FAILED
    except Cancelled:
        _say("interrupted while reading the source; nothing was changed")
        return EXIT_INTERRUPTED
    rejected = [{"page": r.path, "reason": r.reason} for r in report.rejected]
    rejected += [{"page": page, "reason": reason} for page, reason in got.rejected]
    data: dict[str, Any] = {
        "source": got.source,
        "show": got.show,
        "pages_read": got.pages_read,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "made_from_rows": got.made_from_rows,
        "rejected": rejected,
    }
    if args.dry_run:
        data["dry_run"] = True
    made = f" ({len(got.made_from_rows):,} made from the list's rows)" if got.made_from_rows else ""
    head = f"{got.show} from {got.source}: {got.pages_read:,} pages read{made}" + (
        "; nothing was changed (dry run)" if args.dry_run else ""
    )
    _emit(args, data, f"{head}\n{_report_text(report)}")
    if interrupt.requested:
        _say("interrupted: each article imported whole; the rest were not imported")
        return EXIT_INTERRUPTED
    return EXIT_FAILED if report.stopped is not None else EXIT_OK


def _get_all(args: argparse.Namespace) -> int:
    """Every episode article of a dump, imported batch by batch as the pool finds them; a
    batch that cannot be written stops the scan (what was written stays, whole)."""
    from guide.core.importing.articles import ImportReport, import_texts
    from guide.core.importing.sources.dump import Dump, every_episode
    from guide.core.importing.sources.opening import open_source
    from guide.core.importing.sources.pages import SourceError
    from guide.core.paths import cache_dir

    if args.show:
        _say("--all brings every show's episodes: give no SHOW with it")
        return EXIT_FAILED
    interrupt = terminal.Interrupt()
    total = ImportReport()
    pages = 0
    name = ""
    try:
        with interrupt.watching(), _progress(args, "Scanning", "streams") as progress:
            session = _session(progress, interrupt)
            source = open_source(args.source, session=session, cache=cache_dir() / "wiki-pages.db")
            try:
                if not isinstance(source, Dump):
                    _say(f"--all reads a whole Wikipedia dump ({DUMP_NAME}); nothing was changed")
                    return EXIT_FAILED
                name = source.info.name
                with _opened(args) as library:
                    for batch in every_episode(source):
                        pages += len(batch)
                        report = import_texts(
                            library, batch, replace=args.replace, dry_run=args.dry_run
                        )
                        for field in ("added", "updated", "unchanged", "rejected", "warnings"):
                            getattr(total, field).extend(getattr(report, field))
                        if report.stopped is not None:
                            total.stopped = report.stopped
                            break
            finally:
                source.close()
    except SourceError as error:
        _say(f"{error}; {len(total.added):,} articles had been added, each whole")
        return EXIT_FAILED
    except Cancelled:
        added = len(total.added)
        _say(f"interrupted: {added:,} articles added, each whole; the rest were not read")
        return EXIT_INTERRUPTED
    data: dict[str, Any] = {
        "source": name,
        "show": None,
        "pages_read": pages,
        "added": total.added,
        "updated": total.updated,
        "unchanged": total.unchanged,
        "made_from_rows": [],
        "rejected": [{"page": r.path, "reason": r.reason} for r in total.rejected],
    }
    if args.dry_run:
        data["dry_run"] = True
    head = f"every episode article of {name}: {pages:,} found" + (
        "; nothing was changed (dry run)" if args.dry_run else ""
    )
    _emit(args, data, f"{head}\n{_report_text(total)}")
    return EXIT_FAILED if total.stopped is not None else EXIT_OK
