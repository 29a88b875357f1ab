"""Which source a user named: a ZIM file or a Wikipedia dump by its path, else a wiki by its
address."""

from __future__ import annotations

from pathlib import Path

from guide.core.files import kind_of
from guide.core.importing.sources.pages import SourceError
from guide.core.importing.sources.show import Source
from guide.core.text import printable
from guide.core.work import Session

ZIM_MAGIC = b"ZIM\x04"  # a ZIM file's first bytes (openZIM's file format: magic number 72173914)


def open_source(given: str, *, session: Session | None = None, cache: Path | None = None) -> Source:
    """The source, ready to be read; one clear line (SourceError) when it is none."""
    from guide.core.importing.sources.mediawiki import Site

    text = given.strip()
    shown = printable(text)
    path = Path(text).expanduser()
    if text and path.exists():
        if path.is_dir():
            raise SourceError(
                f"{shown} is a folder: give a ZIM file, a Wikipedia dump or a wiki's address"
            )
        if not path.is_file():  # a FIFO or a device: opening it would wait, maybe forever
            kind = kind_of(path.stat().st_mode)
            raise SourceError(f"{shown} is {kind}, not a regular file")
        try:
            with path.open("rb") as file:
                head = file.read(4)
        except OSError as error:
            raise SourceError(f"{shown} cannot be read ({error.strerror})") from error
        if head == ZIM_MAGIC:
            from guide.core.importing.sources.zim import Zim

            return Zim(path, session=session)
        if path.name.lower().endswith(".xml.bz2"):
            from guide.core.importing.sources.dump import Dump

            return Dump(path, cache=cache.parent if cache else None, session=session)
        if path.suffix.lower() in (".bz2", ".xml", ".gz", ".7z"):
            raise SourceError(
                f"{shown}: only a multistream dump (…-pages-articles-multistream.xml.bz2, with "
                "its index beside it) can be read"
            )
        raise SourceError(f"{shown} is neither a ZIM file nor a Wikipedia dump")
    host = text.split("://", 1)[-1].split("/", 1)[0]
    if not text or ("." not in host and ":" not in host):
        raise SourceError(
            f"{shown or 'nothing'} is neither a ZIM file nor a wiki's address "
            "(such as https://en.wikipedia.org)"
        )
    from guide.core.importing.sources.keymaps import keymap_for
    from guide.core.paths import config_dir

    keymap = keymap_for(host.split("@")[-1].split(":")[0], config_dir())
    return Site(text, cache=cache, session=session, keymap=keymap)
