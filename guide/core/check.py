"""The library check: links, numbering, lonely episodes, and SQLite's own integrity check."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from guide.core.article import Kind, fold_title
from guide.core.store import Library


@dataclass(frozen=True)
class Finding:
    kind: str  # broken-link, one-way-link, gap, duplicate, lonely, integrity
    title: str | None  # the article it is about (None: the whole library)
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "message": self.message}


def check(library: Library) -> list[Finding]:
    findings = _integrity(library)
    rows = library.rows(all_shows=True)
    links = library.links()
    titles = {r.key: r.title for r in rows}
    for row in rows:
        prev, following = links.get(row.key, (None, None))
        for label, target, back in (("Prev", prev, 1), ("Next", following, 0)):
            if not target:
                continue
            target_key = fold_title(target)
            if target_key not in titles:
                findings.append(
                    Finding(
                        "broken-link",
                        row.title,
                        f"{label} names '{target}', which is not in the library",
                    )
                )
                continue
            reverse = links.get(target_key, (None, None))[back]
            if reverse is None or fold_title(reverse) != row.key:
                other = "Next" if label == "Prev" else "Prev"
                findings.append(
                    Finding(
                        "one-way-link",
                        row.title,
                        f"{label} names '{titles[target_key]}', "
                        f"whose {other} does not name it back",
                    )
                )
    findings += _numbering(rows)
    return findings


def _integrity(library: Library) -> list[Finding]:
    results = library.integrity_check()
    if results == ["ok"]:
        return []
    return [Finding("integrity", None, f"SQLite integrity check: {result}") for result in results]


def _numbering(rows: list[Any]) -> list[Finding]:
    findings: list[Finding] = []
    by_season: dict[tuple[str, int | None], list[Any]] = defaultdict(list)
    per_show: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.kind == Kind.EPISODE and row.show_key:
            per_show[row.show_key] += 1
            if row.episode is not None:
                by_season[(row.show_key, row.season)].append(row)
    for (_, season), episodes in by_season.items():
        where = f"season {season}" if season is not None else "the episodes without a season"
        numbers = defaultdict(list)
        for row in episodes:
            numbers[row.episode].append(row.title)
        for number, holders in sorted(numbers.items()):
            if len(holders) > 1:
                for title in holders:
                    findings.append(
                        Finding(
                            "duplicate",
                            title,
                            f"episode {number} of {where} is also "
                            + ", ".join(f"'{t}'" for t in holders if t != title),
                        )
                    )
        present = sorted(numbers)
        missing = sorted(set(range(present[0], present[-1] + 1)) - set(present))
        if missing:
            after = {n: numbers[max(p for p in present if p < n)][0] for n in missing}
            for number in missing:
                findings.append(
                    Finding("gap", after[number], f"episode {number} of {where} is missing")
                )
    for row in rows:
        if row.kind == Kind.EPISODE and row.show_key and per_show[row.show_key] == 1:
            findings.append(
                Finding("lonely", row.title, f"the only episode of '{row.show}' in the library")
            )
    return findings
