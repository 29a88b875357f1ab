"""`guide` commands that keep your data safe and portable: export and merge, export the
articles, back up and restore, check, sync, install the desktop entry."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from guide.cli import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, _say
from guide.cli import output as terminal
from guide.cli.commands import _emit, _progress, _session
from guide.core.errors import LibraryDamaged, LibraryError
from guide.core.library import Library
from guide.core.text import from_os, plural
from guide.core.work import Cancelled

if TYPE_CHECKING:
    pass


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
    from guide.core import ops
    from guide.core.sync import portable

    interrupt = terminal.Interrupt()
    try:
        with interrupt.watching(), _progress(args, "Merging", "items") as progress:
            merge = portable.MergeFile(Path(args.file), session=_session(progress, interrupt))
            report = ops.apply(library, merge).detail
            assert isinstance(report, portable.MergeReport)
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
    if path.exists() and source.resolve() == path.resolve():
        raise LibraryError(f"{source} is the library itself: give a backup of it")
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


def cmd_sync(library: Library, args: argparse.Namespace) -> int:
    """One round through the sync folder (given, or the one this library remembers)."""
    from guide.core.sync import folder as sync
    from guide.core.sync import remembered_folder

    folder = Path(args.folder) if args.folder else remembered_folder(library)
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
