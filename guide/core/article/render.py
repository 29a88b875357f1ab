"""Write an Article back to the article file format, so that parse(render(a)) == a."""

from __future__ import annotations

from guide.core.article import Article
from guide.core.article.parsing import heading_of_line, is_infobox_line


def render(article: Article) -> str:
    lines = [f"= {article.title} =", ""]
    lead_starts_like_infobox = bool(article.lead) and is_infobox_line(article.lead[0])
    if article.infobox or lead_starts_like_infobox:
        lines.append("Infobox")
        lines.extend(_field_line(key, value) for key, value in article.infobox)
        lines.append("")
    for paragraph in article.lead:
        lines.extend(_paragraph_lines(paragraph))
    for section in article.sections:
        marks = "=" * section.level
        lines.append(f"{marks} {section.heading} {marks}")
        for paragraph in section.paragraphs:
            lines.extend(_paragraph_lines(paragraph))
    return "\n".join(lines).rstrip("\n") + "\n"


def render_bytes(article: Article) -> bytes:
    return render(article).encode("utf-8")


def _field_line(key: str, value: str) -> str:
    return f"- {key}: {value}" if value else f"- {key}:"


def _paragraph_lines(paragraph: str) -> list[str]:
    """A paragraph and its blank line. One that would read as a heading is broken in two."""
    if heading_of_line(paragraph) is not None:
        for index, char in enumerate(paragraph):
            if char != " " or paragraph[index - 1].isspace() or paragraph[index + 1].isspace():
                continue
            head, tail = paragraph[:index], paragraph[index + 1 :]
            if heading_of_line(head) is None and heading_of_line(tail) is None:
                return [head, tail, ""]
    return [paragraph, ""]
