"""Each wiki's own episode infobox, where a user has said what it is: ``wiki-keys.json`` in
the configuration folder, by the wiki's host, for example

    {"memory-alpha.fandom.com": {"templates": ["Sidebar episode"],
                                 "keys": {"airdate": "Airdate", "writer": "Writer",
                                          "prev": "Prev", "next": "Next"}}}

Without it, Wikipedia's {{Infobox television episode}} and Fandom's starter {{Infobox
episode}} are read. A file that cannot be used is said in one line and nothing is read."""

from __future__ import annotations

import json
from pathlib import Path

from guide.core.files import TooLarge, read_regular_file
from guide.core.importing.sources.pages import SourceError
from guide.core.importing.sources.wikireader import KeyMap, plain_name

FILE = "wiki-keys.json"


def keymap_for(host: str, folder: Path) -> KeyMap:
    path = folder / FILE
    if not path.exists():
        return KeyMap()
    try:
        data = json.loads(read_regular_file(path, 1 << 20).decode("utf-8"))
    except (OSError, ValueError, TooLarge) as error:
        raise SourceError(f"{path} cannot be used ({error})") from error
    site = data.get(host.lower()) if isinstance(data, dict) else None
    if site is None:
        return KeyMap()
    templates = site.get("templates", []) if isinstance(site, dict) else None
    keys = site.get("keys", {}) if isinstance(site, dict) else None
    if (
        not isinstance(templates, list)
        or not isinstance(keys, dict)
        or not all(isinstance(t, str) for t in templates)
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in keys.items())
    ):
        raise SourceError(
            f'{path}: {host} must map to {{"templates": [names], "keys": {{param: key}}}}'
        )
    return KeyMap(
        frozenset(" ".join(t.replace("_", " ").split()).lower() for t in templates),
        tuple((plain_name(k), v.strip()) for k, v in keys.items() if v.strip()),
    )
