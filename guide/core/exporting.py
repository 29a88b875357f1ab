"""The library's articles back to article files, so that a library can be rebuilt elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

from guide.core.store import Library, LibraryError
from guide.core.writer import render

_UNSAFE = re.compile(r"[^\w.-]+")


def file_name(title: str, taken: set[str]) -> str:
    stem = _UNSAFE.sub("-", title.casefold()).strip("-.")[:80] or "article"
    name, number = f"{stem}.txt", 2
    while name in taken:
        name, number = f"{stem}-{number}.txt", number + 1
    taken.add(name)
    return name


def export_articles(library: Library, folder: Path) -> list[Path]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(f"cannot create {folder}: {error}") from error
    taken = {p.name for p in folder.iterdir()}
    written = []
    for row in library.rows(all_shows=True):
        article = library.record(row.id).article
        path = folder / file_name(article.title, taken)
        path.write_text(render(article), encoding="utf-8")
        written.append(path)
    return written
