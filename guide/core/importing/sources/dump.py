"""A Wikipedia XML dump — ``…-pages-articles-multistream.xml.bz2`` with its
``…-multistream-index.txt.bz2`` beside it — read for a few pages without decompressing the
whole: the index (``offset:page id:title`` a line) says in which bz2 stream of 100 pages a
title is; only that stream is read (meta.wikimedia.org, Data dumps/Dump format; the XML is
MediaWiki's export format, export-0.11).

The index is scanned once; its titles and offsets are kept in an SQLite file of the cache
folder, so the next ``guide get`` from the same dump finds its pages at once.
"""

from __future__ import annotations

import bz2
import hashlib
import multiprocessing
import os
import sqlite3
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from guide.core.importing.sources.pages import Page, SiteInfo, SourceError
from guide.core.importing.sources.wikireader import WikitextReader
from guide.core.work import Session

WIKIPEDIA_LICENSE = "CC BY-SA 4.0"
MAX_STREAM = 64 * 1024 * 1024  # compressed bytes of one stream of 100 pages, at most
MAX_TEXT = 256 * 1024 * 1024  # its text, at most (a stream that says more is not a dump's)


def decompress(data: bytes, name: str, limit: int = MAX_TEXT) -> bytes:
    """One bz2 stream, whole and within ``limit`` bytes, or one line saying why not (a
    stream cut short; one that would grow past the limit: a decompression bomb)."""
    stream = bz2.BZ2Decompressor()
    try:
        text = stream.decompress(data, max_length=limit + 1)
    except (OSError, EOFError, ValueError) as error:
        raise SourceError(f"{name} is damaged ({error})") from error
    if len(text) > limit:
        raise SourceError(f"{name}: a stream grows past {limit >> 20} MiB; not a dump's")
    if not stream.eof:
        raise SourceError(f"{name} is truncated (it ends inside a stream)")
    return text


_BATCH = 50_000  # index lines written at a time


def _scanned(side: Path) -> bool:
    conn = sqlite3.connect(side)
    try:
        return bool(conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'scanned'").fetchone())
    finally:
        conn.close()


def index_path(dump: Path) -> Path:
    """The index that goes with a multistream dump, by its name."""
    name = dump.name.replace("-multistream.xml.bz2", "-multistream-index.txt.bz2")
    return dump.with_name(name)


class Dump:
    def __init__(
        self, path: str | Path, *, cache: Path | None = None, session: Session | None = None
    ):
        self.path = Path(path)
        self.session = session or Session()
        self.reader = WikitextReader()
        self.index = index_path(self.path)
        if not self.index.exists() or self.index == self.path:
            raise SourceError(
                f"{self.path.name} needs its index beside it ({self.index.name}, from the same "
                "dump: only a multistream dump can be read a page at a time)"
            )
        self.size = self.path.stat().st_size
        self.offsets = self._offsets(cache)
        try:
            self.info = self._siteinfo()
        except BaseException:
            self.offsets.close()
            raise

    def __enter__(self) -> Dump:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.offsets.close()

    # -- the index -------------------------------------------------------------------------

    @staticmethod
    def side_file(dump: Path, cache: Path | None) -> Path:
        """Where the scanned index of this dump is kept (named by its index's path, size
        and time: a new dump is scanned anew)."""
        index = index_path(dump)
        stat = index.stat()
        key = hashlib.blake2b(
            f"{index.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}".encode(), digest_size=8
        ).hexdigest()
        return (cache if cache is not None else dump.parent) / f"dump-index-{key}.db"

    def _offsets(self, cache: Path | None) -> sqlite3.Connection:
        """title -> the offset of its stream, from the side file (made on first use, under a
        name of its own, then renamed: a scan cut short leaves no half side file)."""
        side = self.side_file(self.path, cache)
        try:
            side.parent.mkdir(parents=True, exist_ok=True)
            if not side.exists():
                part = side.with_name(f"{side.name}.{os.getpid()}.part")
                conn = sqlite3.connect(part)
                try:
                    self._scan(conn)
                finally:
                    conn.close()
                try:
                    if not side.exists():  # another process may have scanned it meanwhile
                        part.replace(side)
                finally:
                    part.unlink(missing_ok=True)
            if not _scanned(side):
                raise SourceError(f"{side} is not a scanned index; remove it to scan again")
            return sqlite3.connect(side)
        except (OSError, sqlite3.Error) as error:
            raise SourceError(f"the dump's index could not be kept in {side} ({error})") from error

    def _scan(self, conn: sqlite3.Connection) -> None:
        conn.execute("DROP TABLE IF EXISTS titles")
        conn.execute("CREATE TABLE titles (title TEXT, offset INTEGER)")
        total = self.index.stat().st_size
        batch: list[tuple[str, int]] = []
        try:
            with open(self.index, "rb") as raw, bz2.open(raw, "rt", encoding="utf-8") as lines:
                for number, line in enumerate(lines):
                    offset, _, rest = line.rstrip("\n").partition(":")
                    _, _, title = rest.partition(":")
                    if not offset.isdigit() or not title:
                        raise SourceError(
                            f"{self.index.name} is not a dump's index (line {number + 1} is "
                            "not offset:id:title)"
                        )
                    batch.append((title, int(offset)))
                    if len(batch) >= _BATCH:
                        conn.executemany("INSERT INTO titles VALUES (?, ?)", batch)
                        batch = []
                        self.session.check()
                        self.session.progress(raw.tell(), total, self.index.name)
        except (OSError, EOFError, UnicodeDecodeError) as error:
            raise SourceError(f"{self.index.name} cannot be read ({error})") from error
        conn.executemany("INSERT INTO titles VALUES (?, ?)", batch)
        conn.execute("CREATE INDEX titles_title ON titles (title)")
        conn.execute("CREATE TABLE offsets AS SELECT DISTINCT offset FROM titles ORDER BY offset")
        conn.execute("CREATE INDEX offsets_offset ON offsets (offset)")
        conn.execute("CREATE TABLE scanned (at TEXT)")
        conn.commit()

    # -- streams ---------------------------------------------------------------------------

    def _stream(self, offset: int) -> bytes:
        """One bz2 stream of the dump, decompressed: up to the next stream's offset."""
        row = self.offsets.execute(
            "SELECT offset FROM offsets WHERE offset > ? ORDER BY offset LIMIT 1", [offset]
        ).fetchone()
        end = row[0] if row else self.size
        if end - offset > MAX_STREAM or offset >= self.size:
            raise SourceError(f"{self.path.name} does not match its index (a stream at {offset})")
        with open(self.path, "rb") as file:
            file.seek(offset)
            data = file.read(end - offset)
        return decompress(data, self.path.name)

    def _siteinfo(self) -> SiteInfo:
        """The dump's <siteinfo>, in its first stream (before any page's)."""
        first = self.offsets.execute("SELECT MIN(offset) FROM offsets").fetchone()[0]
        with open(self.path, "rb") as file:
            head = file.read(min(first or 0, 1 << 20))
        text = decompress(head, self.path.name, 1 << 24).decode("utf-8", "replace")
        if "<mediawiki" not in text:
            raise SourceError(f"{self.path.name} is not a MediaWiki XML dump")

        def tag(name: str) -> str:
            start = text.find(f"<{name}>")
            end = text.find(f"</{name}>", start)
            return text[start + len(name) + 2 : end].strip() if start >= 0 and end > 0 else ""

        base = urllib.parse.urlsplit(tag("base"))
        name = tag("sitename") or "the dump"
        wikipedia = "wikipedia" in (name + base.netloc).lower()
        return SiteInfo(
            api=str(self.path),
            name=name,
            server=f"{base.scheme}://{base.netloc}" if base.netloc else "",
            script="/w/index.php",
            license=WIKIPEDIA_LICENSE if wikipedia else "",
            license_url="https://creativecommons.org/licenses/by-sa/4.0/" if wikipedia else "",
        )

    # -- pages -----------------------------------------------------------------------------

    def titles_starting(self, prefix: str, limit: int = 10) -> list[str]:
        """Titles of the dump's index that begin with ``prefix`` (its first letter as the
        wiki capitalises it), in order."""
        start = prefix[:1].upper() + prefix[1:]
        rows = self.offsets.execute(
            "SELECT DISTINCT title FROM titles WHERE title >= ? AND title < ? ORDER BY title "
            "LIMIT ?",
            [start, start + "\U0010ffff", limit],
        )
        return [row[0] for row in rows]

    def _find(self, title: str) -> int | None:
        for name in dict.fromkeys((title, title[:1].upper() + title[1:])):
            row = self.offsets.execute(
                "SELECT offset FROM titles WHERE title = ? LIMIT 1", [name]
            ).fetchone()
            if row:
                return int(row[0])
        return None

    def _read(self, title: str, streams: dict[int, dict[str, ET.Element]]) -> ET.Element | None:
        offset = self._find(title)
        if offset is None:
            return None
        if offset not in streams:
            self.session.check()
            fragment = self._stream(offset).decode("utf-8", "replace")
            try:
                root = ET.fromstring(f"<pages>{fragment}</pages>")
            except ET.ParseError as error:
                raise SourceError(
                    f"{self.path.name}: the stream at byte {offset} is not XML ({error})"
                ) from error
            streams[offset] = {(page.findtext("title") or ""): page for page in root.iter("page")}
        pages = streams[offset]
        return pages.get(title) or pages.get(title[:1].upper() + title[1:])

    def pages(self, titles: Iterable[str]) -> dict[str, Page | None]:
        streams: dict[int, dict[str, ET.Element]] = {}
        found: dict[str, Page | None] = {}
        for title in dict.fromkeys(t for t in titles if t.strip()):
            name = " ".join(title.replace("_", " ").split())
            page = self._read(name, streams)
            for _ in range(5):  # a redirect names its target
                redirect = page.find("redirect") if page is not None else None
                if redirect is None or not redirect.get("title"):
                    break
                page = self._read(redirect.get("title") or "", streams)
            if page is None or page.find("redirect") is not None:
                found[title] = None
                continue
            revision = page.find("revision")
            text = revision.findtext("text") if revision is not None else None
            revid = revision.findtext("id") if revision is not None else None
            number = int(revid) if revid and revid.isdigit() else None
            found[title] = (
                Page(page.findtext("title") or name, number, text) if text is not None else None
            )
        return found


# -- every episode article of a dump (--all) ---------------------------------------------

# The cheap test a stream's text passes before it is parsed: an episode infobox's name
# (Wikipedia's, or a Fandom copy's), in any case.
_PREFILTER = (b"infobox television episode", b"infobox tv episode", b"infobox episode")


def _episodes_of_stream(
    path: str, offset: int, end: int, info: SiteInfo
) -> list[tuple[str, str, str]]:
    """In a worker process: the episode articles of one stream (title, text, address)."""
    from guide.core.importing.sources.show import address, episode_page_text

    with open(path, "rb") as file:
        file.seek(offset)
        data = decompress(file.read(min(end - offset, MAX_STREAM)), Path(path).name)
    lowered = data.lower()
    if not any(name in lowered for name in _PREFILTER):
        return []
    reader = WikitextReader()
    found = []
    for page in ET.fromstring(b"<pages>" + data + b"</pages>").iter("page"):
        text = page.findtext("revision/text") or ""
        if page.findtext("ns") != "0" or page.find("redirect") is not None:
            continue
        if not any(name in text.lower().encode() for name in _PREFILTER):
            continue
        revid = page.findtext("revision/id") or ""
        entry = Page(page.findtext("title") or "", int(revid) if revid.isdigit() else None, text)
        article = episode_page_text(info, reader, entry)
        if article is not None:
            found.append((entry.title, article, address(info, entry.title)))
    return found


def every_episode(
    dump: Dump, *, workers: int | None = None, batch: int = 500
) -> Iterator[list[tuple[str, str, str]]]:
    """Every episode article of the dump, in batches, read over its streams by a pool of
    processes (one a core); progress is told in streams, and a cancel stops the pool."""
    offsets = [row[0] for row in dump.offsets.execute("SELECT offset FROM offsets ORDER BY offset")]
    spans = list(zip(offsets, [*offsets[1:], dump.size], strict=True))
    workers = workers or os.cpu_count() or 1
    done = 0
    pending: list[tuple[str, str, str]] = []
    spawn = multiprocessing.get_context("spawn")  # never fork a process that holds threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=spawn) as pool:
        futures = [
            pool.submit(_episodes_of_stream, str(dump.path), start, end, dump.info)
            for start, end in spans
        ]
        try:
            for future in as_completed(futures):
                dump.session.check()
                try:
                    pending += future.result()
                except SourceError:
                    raise
                except (OSError, EOFError, ValueError, ET.ParseError, BrokenProcessPool) as error:
                    raise SourceError(f"{dump.path.name} is damaged ({error})") from error
                done += 1
                dump.session.progress(done, len(spans), dump.path.name)
                if len(pending) >= batch:
                    yield pending
                    pending = []
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    if pending:
        yield pending
