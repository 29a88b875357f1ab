"""SQL rules that several queries share, written once."""

from __future__ import annotations

# "Watched in the show's current pass": a play counts from the start of its show's latest
# pass on; a play of unknown date counts in the first pass only. Format with the play's
# table alias and an expression for the pass start.
IN_CURRENT_PASS = "COALESCE({play}.watched_at, '') >= COALESCE({start}, '')"
