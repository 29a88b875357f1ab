"""What changed between two versions of an article, said for the user."""

from __future__ import annotations

from guide.core.article import Article, normalise_key


def changes(old: Article, new: Article) -> list[str]:
    said: list[str] = []
    if old.title != new.title:
        said.append(f"Title: {old.title} → {new.title}")
    said += _infobox(old, new)
    old_sections = {s.heading: s for s in old.sections}
    new_sections = {s.heading: s for s in new.sections}
    said += [f"Section added: {h}" for h in new_sections if h not in old_sections]
    said += [f"Section removed: {h}" for h in old_sections if h not in new_sections]
    if old.lead != new.lead:
        said.append("Prose changed: the lead")
    for heading, section in new_sections.items():
        before = old_sections.get(heading)
        if before is not None and before.paragraphs != section.paragraphs:
            said.append(f"Prose changed: {heading}")
    if not said and old != new:
        said.append("Order of fields or sections changed")
    return said


def _infobox(old: Article, new: Article) -> list[str]:
    def fields(article: Article) -> dict[str, tuple[str, str]]:
        found: dict[str, tuple[str, str]] = {}
        for key, value in article.infobox:
            found.setdefault(normalise_key(key), (key, value))
        return found

    before, after = fields(old), fields(new)
    said = [f"{after[k][0]} added: {after[k][1]}" for k in after if k not in before]
    said += [f"{before[k][0]} removed (was {before[k][1]})" for k in before if k not in after]
    said += [
        f"{after[k][0]}: {before[k][1]} → {after[k][1]}"
        for k in after
        if k in before and before[k][1] != after[k][1]
    ]
    return said
