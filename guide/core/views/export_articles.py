"""The library's articles back to article files, so that a library can be rebuilt elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from guide.core.article.render import render
from guide.core.errors import LibraryError
from guide.core.files import describe_os_error, write_text_atomically
from guide.core.library import Library
from guide.core.text import from_os
from guide.core.work import Session

_UNSAFE = re.compile(r"[^\w.-]+")
# A name's bytes at most (file systems allow 255), with room for "-NNN.txt" and for the
# hidden name a file is written under first (".episode-guide-PID@HOST-XXXXXXXX.part").
STEM_BYTES = 120


def file_name(title: str, taken: set[str]) -> str:
    """A file name for an article: its title, folded to letters, digits, dots and dashes,
    cut to STEM_BYTES bytes of UTF-8 (a title of 80 four-byte characters is 320 bytes,
    more than a file system allows) at a character's end; numbered when taken."""
    stem = _UNSAFE.sub("-", title.casefold()).strip("-.")[:80]
    stem = stem.encode("utf-8")[:STEM_BYTES].decode("utf-8", "ignore").strip("-.") or "article"
    name, number = f"{stem}.txt", 2
    while name in taken:
        name, number = f"{stem}-{number}.txt", number + 1
    taken.add(name)
    return name


def export_articles(library: Library, folder: Path, session: Session | None = None) -> list[Path]:
    """Each article to its own new file (existing files are never replaced), each written
    whole; an OS error or a cancel stops the export, the files written so far kept."""
    session = session or Session()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        taken = {p.name for p in folder.iterdir()}
    except OSError as error:
        raise LibraryError(
            f"cannot write into {from_os(folder)}: {describe_os_error(error)}"
        ) from error
    written: list[Path] = []
    rows = library.rows(all_shows=True)
    for done, row in enumerate(rows):
        if session.should_cancel():
            break
        session.progress(done, len(rows))
        article = library.record(row.id).article
        path = folder / file_name(article.title, taken)
        write_text_atomically(path, render(article))
        written.append(path)
    session.progress(len(written), len(rows))
    return written
