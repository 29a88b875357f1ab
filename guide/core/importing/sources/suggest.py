"""Titles that begin with what the user typed, from the source they named: for the show
field of Get Articles. Never slow, never a reason to fail: no answer is an empty list.

A ZIM's title suggestion holds the GIL for seconds on a whole-Wikipedia file, so it runs in
a process of its own; a dump's come from its scanned index (none before the first scan); a
wiki's from its list=prefixsearch, the site found once.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from guide.core.importing.sources.pages import SiteInfo, SourceError

_sites: dict[str, SiteInfo] = {}
_zim_pool: ProcessPoolExecutor | None = None


def _zim_titles(path: str, prefix: str, limit: int) -> list[str]:
    """In a worker process: libzim's title suggestions."""
    from libzim.reader import Archive
    from libzim.suggestion import SuggestionSearcher

    archive = Archive(path)
    results = SuggestionSearcher(archive).suggest(prefix).getResults(0, limit)
    titles = []
    for entry_path in results:
        entry = archive.get_entry_by_path(entry_path)
        titles.append(entry.title or entry_path.replace("_", " "))
    return titles


def titles_starting(
    given: str, prefix: str, *, cache: Path | None = None, limit: int = 10
) -> list[str]:
    global _zim_pool
    prefix = " ".join(prefix.split())
    if len(prefix) < 2 or not given.strip():
        return []
    path = Path(given.strip()).expanduser()
    try:
        if path.is_file():
            with path.open("rb") as file:
                head = file.read(4)
            if head == b"ZIM\x04":
                if _zim_pool is None:  # spawned: a GUI process holds threads, never forked
                    _zim_pool = ProcessPoolExecutor(
                        max_workers=1, mp_context=multiprocessing.get_context("spawn")
                    )
                return _zim_pool.submit(_zim_titles, str(path), prefix, limit).result(timeout=30)
            if path.name.endswith("multistream.xml.bz2"):
                from guide.core.importing.sources.dump import Dump, index_path

                if not index_path(path).exists() or not Dump.side_file(path, cache).exists():
                    return []  # not scanned yet: a keystroke never starts the scan
                with Dump(path, cache=cache) as dump:
                    return dump.titles_starting(prefix, limit)
            return []
        from guide.core.importing.sources.mediawiki import Site

        with Site(given, info=_sites.get(given)) as site:
            _sites[given] = site.info
            return site.titles_starting(prefix, limit)
    except (SourceError, OSError, RuntimeError, TimeoutError):
        return []


def stop() -> None:
    """The ZIM worker, if one was started, told to stop (the dialog closes); not waited for:
    a suggestion it is still working on ends with it."""
    global _zim_pool
    if _zim_pool is not None:
        _zim_pool.shutdown(wait=False, cancel_futures=True)
        _zim_pool = None
