"""`guide get SHOW --from URL`: a show's articles from a wiki, imported as files are."""

from __future__ import annotations

import argparse
from typing import Any

from guide.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _say
from guide.cli import output as terminal
from guide.cli.commands import _emit, _progress, _report_text, _session
from guide.core.library import Library
from guide.core.work import Cancelled


def cmd_get(library: Library, args: argparse.Namespace) -> int:
    from guide.core.importing.articles import import_texts
    from guide.core.importing.sources.opening import open_source
    from guide.core.importing.sources.pages import SourceError
    from guide.core.importing.sources.show import get_show
    from guide.core.paths import cache_dir

    if args.all:
        return _get_all(library, args)
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
            report = import_texts(
                library, got.articles, session, replace=args.replace, dry_run=args.dry_run
            )
    except SourceError as error:
        _say(f"{error}; nothing was changed")
        return EXIT_FAILED
    except Cancelled:
        _say("interrupted while reading the wiki; nothing was changed")
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


DUMP_NAME = "…-multistream.xml.bz2"


def _get_all(library: Library, args: argparse.Namespace) -> int:
    """Every episode article of a dump, imported batch by batch as the pool finds them."""
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
    try:
        with interrupt.watching(), _progress(args, "Scanning", "streams") as progress:
            session = _session(progress, interrupt)
            source = open_source(args.source, session=session, cache=cache_dir() / "wiki-pages.db")
            try:
                if not isinstance(source, Dump):
                    _say(f"--all reads a whole Wikipedia dump ({DUMP_NAME}); nothing was changed")
                    return EXIT_FAILED
                name = source.info.name
                for batch in every_episode(source):
                    pages += len(batch)
                    report = import_texts(
                        library, batch, replace=args.replace, dry_run=args.dry_run
                    )
                    for field in ("added", "updated", "unchanged", "rejected"):
                        getattr(total, field).extend(getattr(report, field))
            finally:
                source.close()
    except SourceError as error:
        _say(f"{error}; nothing more was changed")
        return EXIT_FAILED
    except Cancelled:
        _say(
            f"interrupted: {len(total.added):,} articles added, each whole; the rest were not read"
        )
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
    _emit(args, data, f"{head}\n{total.summary()}")
    return EXIT_OK
