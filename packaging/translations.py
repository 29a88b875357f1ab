"""The window's catalogues (Qt Linguist .ts files in resources/translations).

    python packaging/translations.py update    extract every tr() string with pyside6-lupdate:
                                               the English catalogue (its plural forms), the
                                               pseudo-locale, and every other language merged
    python packaging/translations.py compile   pyside6-lrelease each catalogue to a .qm beside it
                                               (what a built package or bundle ships)
    python packaging/translations.py check     exit 1 if `update` would change a catalogue

English plural forms come from the source text: ``%n episode(s)`` is "%n episode" and
"%n episodes"; ``%n match(es)`` is "%n match" and "%n matches"; ENGLISH holds the others.

The pseudo-locale makes every string accented, 40% longer and bracketed, ``[Ŵàţçĥéð ~~~]``,
keeping what must not change: placeholders (``{title}``, ``%n``, ``%1``), the access key after
``&``, markup and entities.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
# The window's modules, and the core modules whose text the window shows (marked QT_TR_NOOP).
SOURCES = sorted((ROOT / "guide" / "gui").rglob("*.py")) + [
    ROOT / "guide" / "core" / "views" / "upnext.py",
    ROOT / "guide" / "core" / "query.py",
    ROOT / "guide" / "core" / "text.py",
]
PREFIX = "episode-guide_"
GENERATED = ("en", "pseudo")

ACCENTED = str.maketrans(
    "aAcCdDeEgGhHiIjJkKlLnNoOrRsStTuUwWyYzZ",
    "àÀçÇðÐéÉĝĜĥĤîÎĵĴķĶļĻñÑöÖŕŔšŠţŢûÛŵŴýÝžŽ",
)
KEEP = re.compile(r"(\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%L?\d+|&[A-Za-z]+;|&#\d+;|&.|<[^>]*>|\n)")
PLURAL = re.compile(r"\((e?s)\)")


def pseudo(text: str) -> str:
    """``text`` accented, 40% longer and bracketed, placeholders and markup kept."""
    parts = KEEP.split(text)
    body = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    visible = len(re.sub(r"<[^>]*>", "", text))
    padding = "~" * max(1, math.ceil(visible * 0.4) - 3)
    return f"[{body} {padding}]"


# English forms that (s) cannot say.
ENGLISH = {
    "(%Ln not shown yet)": ("(%Ln not shown yet)", "(%Ln not shown yet)"),
    "Watched %n time(s), last on {date}": (
        "Watched once, last on {date}",
        "Watched %n times, last on {date}",
    ),
}


def english_forms(source: str) -> tuple[str, str]:
    if source in ENGLISH:
        return ENGLISH[source]
    if not PLURAL.search(source):
        raise SystemExit(f"a plural string needs (s) or (es) for its English forms: {source!r}")
    return PLURAL.sub("", source), PLURAL.sub(r"\1", source)


def lupdate(target: Path) -> None:
    tool = Path(__import__("PySide6").__file__).parent / "lupdate"
    subprocess.run(
        [str(tool), "-silent", "-no-obsolete", "-locations", "none", *map(str, SOURCES)]
        + ["-ts", str(target)],
        check=True,
    )


def _fill(tree: ET.ElementTree, language: str, transform) -> None:
    root = tree.getroot()
    root.set("language", language)
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if (message.findtext("comment") or "").startswith("Qt date pattern"):
            translation.text = source  # a pattern: the same in every pseudo-translation
        elif message.get("numerus") == "yes":
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = transform(form)
        else:
            translation.text = transform(source)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def generate(folder: Path) -> None:
    """Every catalogue, written into ``folder`` (others are merged from the ones there)."""
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        extracted = Path(scratch) / "extracted.ts"
        lupdate(extracted)
        for code, transform in (("en", lambda text: text), ("pseudo", pseudo)):
            tree = ET.parse(extracted)
            _fill(tree, "en", transform)
            _write(tree, folder / f"{PREFIX}{code}.ts")
    for other in sorted(FOLDER.glob(f"{PREFIX}*.ts")):
        if other.stem.removeprefix(PREFIX) not in GENERATED:
            target = folder / other.name
            if target != other:
                target.write_bytes(other.read_bytes())
            lupdate(target)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        generate(FOLDER)
    elif command == "compile":
        tool = Path(__import__("PySide6").__file__).parent / "lrelease"
        for ts in sorted(FOLDER.glob(f"{PREFIX}*.ts")):
            subprocess.run(
                [str(tool), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
    elif command == "check":
        with tempfile.TemporaryDirectory() as scratch:
            generate(Path(scratch))
            stale = [
                made.name
                for made in sorted(Path(scratch).glob("*.ts"))
                if not (FOLDER / made.name).exists()
                or (FOLDER / made.name).read_bytes() != made.read_bytes()
            ]
        if stale:
            print("out of date (run: python packaging/translations.py update):", *stale)
            return 1
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
