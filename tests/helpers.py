"""Helpers for writing article files in tests."""

from __future__ import annotations


def article_text(
    title: str, fields: dict[str, str] | None = None, lead: str = "Lead text.", body: str = ""
) -> str:
    lines = [f"= {title} =", ""]
    if fields:
        lines.append("Infobox")
        lines += [f"- {k}: {v}" for k, v in fields.items()]
        lines.append("")
    lines += [lead, ""]
    if body:
        lines.append(body)
    return "\n".join(lines)


def episode(show: str, season: int | None, number: int | None, **more: str) -> dict[str, str]:
    fields = {"Series": show}
    if season is not None:
        fields["Season"] = str(season)
    if number is not None:
        fields["Episode"] = str(number)
    fields.update({k.replace("_", " "): v for k, v in more.items()})
    return fields
