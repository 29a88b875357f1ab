"""The library check: links, numbering, a show's only episode, and SQLite's own integrity
check."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from guide.core.article import Kind, fold_title, leading_number
from guide.core.errors import error_kind
from guide.core.library import Library
from guide.core.work import Session


@dataclass(frozen=True)
class Finding:
    # not-in-library and only-episode (information, not problems), one-way-link, gap, duplicate,
    # integrity, damaged, bad-time, miscounted, search-index, repaired and not-checked
    # (information)
    kind: str
    title: str | None  # the article it is about (None: the whole library)
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "title": self.title, "message": self.message}


# Findings that inform rather than say something is wrong: `guide check` exits 0 for them.
INFORMATION = frozenset({"not-in-library", "only-episode", "repaired", "not-checked"})


def check(
    library: Library, *, repair: bool = False, session: Session | None = None
) -> list[Finding]:
    """Every finding; with ``repair``, stored times that can be fixed are fixed (and said).

    A damaged file is a finding, never an exception: what can still be read is checked."""
    session = session or Session()
    session.progress(0, 4, "integrity")
    findings = _integrity(library)
    try:
        session.progress(1, 4, "stored times")
        findings += _times(library, repair)
        session.progress(2, 4, "shows' figures")
        findings += _show_figures(library, repair)
        findings += _search_index(library, repair)
        session.progress(3, 4, "links and numbers")
        findings += _links_and_numbers(library)
        session.progress(4, 4)
    except sqlite3.DatabaseError as error:
        findings.append(Finding("damaged", None, f"the library could not be read whole: {error}"))
    return findings


def _times(library: Library, repair: bool) -> list[Finding]:
    bad = library.times.bad()
    if repair and bad:
        return [Finding("repaired", None, said) for said in library.times.repair(bad)]
    return [
        Finding(
            "bad-time",
            item.key,
            f"{item.column} is {item.value!r}, not a moment in the stored form "
            "(guide check --repair fixes it)",
        )
        for item in bad
    ]


def _show_figures(library: Library, repair: bool) -> list[Finding]:
    """The episode and watched figures the library keeps per show, against a count from
    scratch (they are kept by triggers: a difference is a bug or a hand-made change)."""
    wrong = library.miscounted_shows()
    if repair and wrong:
        library.recount_shows()
        return [
            Finding("repaired", name, "its episode and watched figures, counted again")
            for name in wrong
        ]
    return [
        Finding(
            "miscounted",
            name,
            "its kept episode or watched figures differ from a count from scratch "
            "(guide check --repair counts them again)",
        )
        for name in wrong
    ]


def _search_index(library: Library, repair: bool) -> list[Finding]:
    """The word index against the articles' text it indexes (kept by the library's writers:
    a difference is a bug or a hand-made change, and a search would miss or misplace)."""
    try:
        problem = library.search_index_problem()
    except sqlite3.DatabaseError as error:
        if error_kind(error) not in ("read-only", "busy"):
            raise
        said = "the search index: not checked, the library cannot be written now"
        return [Finding("not-checked", None, said)]  # FTS5's check is a write statement
    if problem is None:
        return []
    if repair:
        library.rebuild_search_index()
        return [Finding("repaired", None, "the search index, built again from the articles")]
    return [
        Finding(
            "search-index",
            None,
            f"the search index differs from the articles' text ({problem}; "
            "guide check --repair builds it again)",
        )
    ]


def _links_and_numbers(library: Library) -> list[Finding]:
    findings: list[Finding] = []
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
                        "not-in-library",
                        row.title,
                        f"{label} names '{target}', which is not in your library (not imported)",
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
    try:
        results = library.integrity_check()
    except sqlite3.DatabaseError as error:
        return [Finding("damaged", None, f"SQLite integrity check: {error}")]
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
        labels = defaultdict(list)  # 13 and 13a are two episodes, not a duplicate
        for row in episodes:
            numbers[row.episode].append(row.title)
            labels[row.episode_label or str(row.episode)].append(row.title)
        for number, holders in sorted(labels.items(), key=lambda i: (leading_number(i[0]), i[0])):
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
        findings += _gaps(sorted(numbers), numbers, where)
    for row in rows:
        if row.kind == Kind.EPISODE and row.show_key and per_show[row.show_key] == 1:
            findings.append(
                Finding(
                    "only-episode",
                    row.title,
                    f"the only episode of '{row.show}' in your library (its others are not "
                    "imported)",
                )
            )
    return findings


SPELLED_OUT_GAP = 3  # a longer run of missing numbers is one finding, however long


def _gaps(present: list[int], numbers: dict[Any, list[str]], where: str) -> list[Finding]:
    """Missing numbers between those present: linear in the episodes, whatever the numbers
    (an episode numbered 20230415 is one long gap, not twenty million findings)."""
    findings = []
    for before, after in zip(present, present[1:], strict=False):
        if after - before <= 1:
            continue
        holder = numbers[before][0]
        if after - before - 1 <= SPELLED_OUT_GAP:
            findings += [
                Finding("gap", holder, f"episode {n} of {where} is missing")
                for n in range(before + 1, after)
            ]
        else:
            findings.append(
                Finding("gap", holder, f"episodes {before + 1}–{after - 1} of {where} are missing")
            )
    return findings
