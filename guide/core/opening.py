"""Opening the user's library: resolve where it lives, seed a new default one with samples."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

from guide.core.errors import LibraryError
from guide.core.importing.samples import sample_files
from guide.core.library import Library
from guide.core.library.backup import daily_backup
from guide.core.paths import resolve_library

if TYPE_CHECKING:
    from guide.core.importing.articles import ImportReport


def open_library(
    explicit: str | os.PathLike[str] | None = None,
    *,
    verify: bool = True,
    create: bool = True,
    check_later: bool = False,
) -> Library:
    """Open (creating if needed and ``create``) the library named, or the default one.

    The default library is seeded with the bundled samples when it is first created; a library
    named explicitly (argument or EPISODE_GUIDE_LIBRARY) starts empty. ``verify=False`` opens
    a damaged library too (to check or restore it); no daily backup is taken of it then.
    ``create=False`` (a command that only reads) never makes a library or its folder: a
    drive that is not mounted is said, not replaced by a new, empty library.
    ``check_later``: the check for damage and the day's backup are left to the caller (the
    window runs them after its first paint; see Library.checking).
    """
    path, is_default = resolve_library(explicit)
    if is_default and create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(f"cannot create the data folder {path.parent}: {error}") from error
    library = Library(path, verify=verify, create=create, check_later=check_later)
    if is_default and library.created:
        add_samples(library)
    if not library.created and verify and not check_later:
        with contextlib.suppress(LibraryError):  # a failed copy must not lock anyone out
            daily_backup(library)
    return library


def add_samples(library: Library) -> ImportReport:
    from guide.core.importing.articles import import_paths  # the importer only when it imports

    return import_paths(library, sample_files())
