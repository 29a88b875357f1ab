"""Entry point of the desktop app (`episode-guide`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    print(
        "Episode Guide: the window comes in the next version; use `guide --help` meanwhile.",
        file=sys.stderr,
    )
    return 0
