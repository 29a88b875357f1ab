"""Notes on articles and on shows (a show with neither an overview nor a list article).

A note keeps every revision (id, parents, text, time, device). Its heads — revisions that no
other follows — are its current text, or, when there are two or more (edited on two
computers), a conflict: nothing is ever concatenated. ``notes`` and ``show_notes`` hold the
newest head's text, for search and display."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from guide.core.errors import LibraryError
from guide.core.ids import new_uid
from guide.core.library import fulltext
from guide.core.library.manager import Manager
from guide.core.times import now_utc, to_timestamp

CONFLICT_MARK = "--- The other version of this note"


def with_conflict(mine: str, theirs: str) -> str:
    """How an editor shows a note in conflict: its newest head, then the other below a mark.
    Only shown, never stored as a revision unless the person saves it so."""
    return f"{mine}\n\n{CONFLICT_MARK} ---\n{theirs}"


class BadRevision(LibraryError):
    """A revision that would make a note's history a loop (it follows itself, or one that
    follows it): refused, so that a note with revisions always has a head to show."""


@dataclass(frozen=True)
class NoteEntry:
    key: str  # article key, or show key for a show note
    on_show: bool
    title: str  # the article's display title (as everywhere on screen), or the show's name
    show: str | None
    text: str
    updated_at: str


@dataclass(frozen=True)
class Revision:
    uid: str
    on_show: bool
    key: str
    parents: tuple[str, ...]
    text: str  # empty: the note was removed
    at: str
    device: str = ""

    def entry(self) -> dict[str, Any]:
        """The revision as a journal entry."""
        return {
            "type": "revision",
            "uid": self.uid,
            "on_show": self.on_show,
            "key": self.key,
            "parents": list(self.parents),
            "text": self.text,
            "at": self.at,
            "device": self.device,
        }


class Notes(Manager):
    _NOTE_KEY = {"notes": "article_key", "show_notes": "show_key"}

    def _row(self, table: str, key: str) -> tuple[str, str] | None:
        row = self.db.execute(
            f"SELECT text, updated_at FROM {table} WHERE {self._NOTE_KEY[table]} = ?", [key]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _store(self, table: str, key: str, text: str, updated_at: str) -> None:
        """Upsert a note, or delete it when the text is blank (inside the caller's atomic)."""
        column = self._NOTE_KEY[table]
        if text.strip():
            self.db.execute(
                f"INSERT INTO {table} ({column}, text, updated_at) VALUES (?, ?, ?) "
                f"ON CONFLICT ({column}) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [key, text, updated_at],
            )
        else:
            self.db.execute(f"DELETE FROM {table} WHERE {column} = ?", [key])

    def get(self, key: str) -> str | None:
        entry = self._row("notes", key)
        return entry[0] if entry else None

    def entry(self, key: str) -> tuple[str, str] | None:
        return self._row("notes", key)

    def set(self, key: str, text: str) -> None:
        """Save a note (empty text removes it), and keep the search index in step."""
        self.write(key, text, to_timestamp(now_utc()))

    def write(
        self,
        key: str,
        text: str,
        updated_at: str,
        *,
        on_show: bool = False,
        parents: Sequence[str] | None = None,
    ) -> Revision:
        """A new revision of a note. Its parents are the note's heads (so it resolves any
        conflict), unless given: an edit made from an older text names that one, and the
        note then has two heads, a conflict, until someone resolves it."""
        with self.transaction():
            if parents is None:
                parents = [head.uid for head in self.heads(key, on_show=on_show)]
            revision = Revision(
                new_uid(), on_show, key, tuple(parents), text, updated_at, self.library.device
            )
            self.add_revision(revision, new_here=True)
        return revision

    def add_revision(self, revision: Revision, *, new_here: bool = False) -> bool:
        """Keep a revision (once; from here, a merge or another device) and show the note's
        newest head. True if it is new here.

        Its parents are followed from now on; it is followed itself if a revision that came
        before it names it (a sync can bring a child before its parent). ``new_here``: just
        made, with a new id, so that nothing can name it yet (saving never reads the whole
        history of a note)."""
        on_show = int(revision.on_show)
        with self.transaction():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO note_revisions (uid, on_show, key, parents, text, at, "
                "device) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    revision.uid,
                    on_show,
                    revision.key,
                    json.dumps(list(revision.parents)),
                    revision.text,
                    revision.at,
                    revision.device,
                ],
            )
            if not cursor.rowcount:
                return False  # known already: nothing is read
            if revision.uid in revision.parents:
                raise BadRevision(f"note revision {revision.uid} names itself as its parent")
            parents = json.dumps(list(revision.parents))
            self.db.execute(
                "UPDATE note_revisions SET followed = 1 WHERE on_show = ? AND key = ? "
                "AND uid IN (SELECT value FROM json_each(?))",
                [on_show, revision.key, parents],
            )
            if not new_here:  # a revision here may already name it
                self.db.execute(
                    "UPDATE note_revisions SET followed = 1 WHERE uid = ? AND EXISTS ("
                    "SELECT 1 FROM note_revisions c, json_each(c.parents) j "
                    "WHERE c.on_show = ? AND c.key = ? AND j.value = ?)",
                    [revision.uid, on_show, revision.key, revision.uid],
                )
                self._refuse_loop(revision, parents)
            self.library.journal.record(revision.entry())
            self._show_newest_head(revision.key, revision.on_show)
        return True

    def _refuse_loop(self, revision: Revision, parents: str) -> None:
        """Refuse a revision one of whose parents already follows it (a sync can bring a
        child before its parent, so the revisions that follow it may be here already)."""
        loop = self.db.execute(
            """
            WITH RECURSIVE below (uid) AS (
                SELECT c.uid FROM note_revisions c, json_each(c.parents) j
                WHERE c.on_show = :on_show AND c.key = :key AND j.value = :uid
                UNION
                SELECT c.uid FROM note_revisions c, json_each(c.parents) j, below
                WHERE c.on_show = :on_show AND c.key = :key AND j.value = below.uid
            )
            SELECT 1 FROM below WHERE uid IN (SELECT value FROM json_each(:parents)) LIMIT 1
            """,
            {
                "on_show": int(revision.on_show),
                "key": revision.key,
                "uid": revision.uid,
                "parents": parents,
            },
        ).fetchone()
        if loop is not None:
            raise BadRevision(
                f"note revision {revision.uid} would follow a revision that follows it"
            )

    def revisions(self, key: str, *, on_show: bool = False) -> list[Revision]:
        """Every revision of a note, oldest first."""
        return self._revisions("WHERE on_show = ? AND key = ?", [int(on_show), key])

    def all_revisions(self) -> list[Revision]:
        return self._revisions()

    def _revisions(
        self, where: str = "", params: Sequence[object] = (), order: str = "on_show, key, at, uid"
    ) -> list[Revision]:
        rows = self.db.execute(
            "SELECT uid, on_show, key, parents, text, at, device FROM note_revisions "
            f"{where} ORDER BY {order}",
            params,
        )
        return [
            Revision(uid, bool(flag), k, tuple(json.loads(parents)), text, at, device)
            for uid, flag, k, parents, text, at, device in rows
        ]

    def heads(self, key: str, *, on_show: bool = False) -> list[Revision]:
        """The revisions no other revision follows, newest first: one is the note's text;
        more than one is a conflict. Read by the index of revisions nothing follows (schema
        v12), never by reading the note's whole history."""
        heads = self._revisions(
            "WHERE on_show = ? AND key = ? AND followed = 0",
            [int(on_show), key],
            order="at DESC, uid DESC",
        )
        if heads:
            return heads
        # No head though there are revisions: a loop an older version let in. The newest
        # revision stands for the note, so that its text is never lost from view.
        return self._revisions(
            "WHERE on_show = ? AND key = ?", [int(on_show), key], order="at DESC, uid DESC"
        )[:1]

    def count(self, key: str, *, on_show: bool = False) -> int:
        """How many revisions a note has (its history: more than one)."""
        row = self.db.execute(
            "SELECT COUNT(*) FROM note_revisions WHERE on_show = ? AND key = ?",
            [int(on_show), key],
        ).fetchone()
        return int(row[0])

    def conflicts(self, key: str, *, on_show: bool = False) -> list[str]:
        """The texts of the other heads when a note is in conflict ([] when it is not)."""
        return [head.text for head in self.heads(key, on_show=on_show)[1:]]

    def display(self, key: str, *, on_show: bool = False) -> str:
        """The note as an editor shows it: its text, or in a conflict every head's text (the
        newest first, each other below a mark), so that saving an edit of it resolves it."""
        heads = self.heads(key, on_show=on_show)
        if not heads:
            return ""
        text = heads[0].text
        for other in heads[1:]:
            text = with_conflict(text, other.text)
        return text

    def conflicted_keys(self) -> list[tuple[str, bool]]:
        """(key, on_show) of every note in conflict."""
        rows = self.db.execute("SELECT DISTINCT key, on_show FROM note_revisions")
        return [(k, bool(s)) for k, s in rows if len(self.heads(k, on_show=bool(s))) > 1]

    def _show_newest_head(self, key: str, on_show: bool) -> None:
        heads = self.heads(key, on_show=on_show)
        table = "show_notes" if on_show else "notes"
        text, at = (heads[0].text, heads[0].at) if heads else ("", "")
        if on_show:
            self._store(table, key, text, at)
            return
        # An article's note is searched: out of the indexes as it was, in again as it is.
        ids = [row[0] for row in self.db.execute("SELECT id FROM articles WHERE key = ?", [key])]
        fulltext.unindex(self.db.conn, ids)
        self._store(table, key, text, at)
        fulltext.reindex(self.db.conn, ids)

    def of_show(self, show_key: str) -> str | None:
        entry = self._row("show_notes", show_key)
        return entry[0] if entry else None

    def show_entry(self, show_key: str) -> tuple[str, str] | None:
        return self._row("show_notes", show_key)

    def set_show(self, show_key: str, text: str) -> None:
        self.write_show(show_key, text, to_timestamp(now_utc()))

    def write_show(self, show_key: str, text: str, updated_at: str) -> Revision:
        return self.write(show_key, text, updated_at, on_show=True)

    def all(self, text: str = "") -> list[NoteEntry]:
        """Every note, newest change first; ``text`` keeps those that hold it (any case)."""
        rows = self.db.execute(
            """
            SELECT n.article_key, 0, COALESCE(a.display_title, n.article_key), s.name, n.text,
                   n.updated_at
            FROM notes n LEFT JOIN articles a ON a.key = n.article_key
            LEFT JOIN shows s ON s.key = a.show_key
            UNION ALL
            SELECT sn.show_key, 1, COALESCE(s.name, sn.show_key), s.name, sn.text, sn.updated_at
            FROM show_notes sn LEFT JOIN shows s ON s.key = sn.show_key
            ORDER BY 6 DESC
            """
        )
        needle = text.casefold().strip()
        entries = [
            NoteEntry(k, bool(on_show), t, show, body, at) for k, on_show, t, show, body, at in rows
        ]
        if needle:
            entries = [
                e for e in entries if needle in e.text.casefold() or needle in e.title.casefold()
            ]
        return entries
