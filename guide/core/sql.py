"""SQL rules that several queries share, written once."""

from __future__ import annotations

# "Watched in the show's current pass": a play counts in the pass it names (chosen when it
# was recorded); a play that names none belongs to the first watch, which is current while
# the show has no rewatch. Format with the play's table alias and an expression for the
# show's current pass id (NULL when it has none).
IN_CURRENT_PASS = "{play}.pass_uid IS {current}"

# The current pass of the show of the article aliased ``a``.
CURRENT_PASS_OF_ARTICLE = (
    "(SELECT q.uid FROM passes q WHERE q.show_key = a.show_key "
    "ORDER BY q.started_at DESC, q.uid DESC LIMIT 1)"
)
