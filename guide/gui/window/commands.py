"""The window's tracking commands: watching (one, a season, up to here, on a date),
unwatching (asking when there are several plays), ratings, a show's status, rewatches and
removing articles; each builds its operation with the words Undo shows, and the window runs
it (MainWindow.apply)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QDialog, QMessageBox

from guide.core.article import Kind
from guide.core.article.airdates import parse_airdate
from guide.core.library import Library
from guide.core.library.records import ArticleRecord
from guide.core.text import MARK_ALL_WATCHED, MARK_UNWATCHED, MARK_WATCHED
from guide.gui import i18n, plain
from guide.gui.actions import ActionId
from guide.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar, QWidget

    from guide.core import ops
    from guide.gui.pages.show import ShowPage
    from guide.gui.reader.panels import ArticlePage


class Shown(Protocol):
    def shown_show(self) -> ShowPage | None: ...


class Window(Protocol):
    """What the tracking commands ask of the window."""

    actions_: dict[ActionId, QAction]
    page: ArticlePage
    pages: Shown
    record: ArticleRecord | None

    def window(self) -> QWidget: ...  # the window as a widget: its dialogs' parent

    def statusBar(self) -> QStatusBar: ...

    def apply(self, op: ops.Operation, also: str = "") -> None: ...

    def shown_record(self) -> ArticleRecord | None: ...

    def show_start_page(self, *, remember: bool = True) -> None: ...


class TrackingCommands:
    """What a click on Watched, a rating or Remove does (``window.tracking``)."""

    def __init__(self, window: Window, library: Library):
        self.window = window
        self.library = library

    def rate(self, key: str, value: int, *, on_show: bool = False) -> None:
        from guide.core import ops

        name = self.library.show_name(key) if on_show else self.library.find(key).article.title
        what = (
            tr("Rate '{name}' {value}/10").format(name=name, value=value)
            if value
            else tr("Remove the rating of '{name}'").format(name=name)
        )
        self.window.apply(ops.SetRating(key, value, on_show, what))

    def rate_current(self, value: int) -> None:
        """The rating box of the open article: an overview or a list rates its show."""
        record = self.window.shown_record()
        if record is None:
            return
        if record.kind.stands_for_show and record.show_key:
            self.rate(record.show_key, value, on_show=True)
        else:
            self.rate(record.key, value)

    def mark_season_watched(self, show_key: str, season: int | None) -> None:
        """Every episode of a season (None: those without one) watched, in one undo step."""

        keys = tuple(self.library.episode_keys(show_key, season, whole_show=False))
        name = (
            tr("season {number}").format(number=season)
            if season is not None
            else tr("the episodes without a season")
        )
        self.watch_aired(keys, tr(MARK_ALL_WATCHED).format(name=name))

    def watch_aired(self, keys: tuple[str, ...] | list[str], description: str) -> None:
        """Several episodes watched in one undo step: those not yet aired are left, and the
        status bar says how many."""
        from guide.core import ops
        from guide.core.marks import not_yet_aired

        unaired = set(not_yet_aired(self.library, keys))
        aired = tuple(key for key in keys if key not in unaired)
        left = (
            tr("%n episode(s) not yet aired were left unwatched.", "", len(unaired))
            if unaired
            else ""
        )
        if aired:
            self.window.apply(ops.Watch(aired, description), left)
        elif left:
            self.window.statusBar().showMessage(left, 8000)

    def watch_one(self, key: str, *, again: bool = False) -> None:
        """One article watched now (``again``: also if it is already watched); one that has
        not aired yet only if the person says so."""
        from guide.core import ops

        record = self.library.find(key)
        if self.refuse_unaired(record):
            return
        title = record.article.title
        words = tr(MARK_WATCHED).format(title=title)
        self.window.apply(ops.Watch((key,), words, only_unwatched=not again))

    def refuse_unaired(self, record: ArticleRecord) -> bool:
        """True when ``record`` has not aired yet and the person would rather not mark it."""
        from datetime import date

        day = parse_airdate(record.article.airdate)
        if day is None or day <= date.today():
            return False
        answer = plain.ask(
            self.window.window(),
            tr("Not aired yet"),
            tr(
                "'{title}' airs on {date}: it has not aired yet. Mark it watched all the same?"
            ).format(title=record.article.title, date=i18n.airdate_text(record.article.airdate)),
            default=plain.Button.No,
        )
        return answer != plain.Button.Yes

    def mark_key_watched(self, key: str) -> None:
        self.watch_one(key)

    def set_status(self, show_key: str, value: str) -> None:
        """A show's status (value "": none), in one undo step."""
        from guide.core import ops
        from guide.core.library.statuses import Status

        name = self.library.show_name(show_key)
        status = Status(value) if value else None
        words = (
            tr("Set {show} to {status}").format(show=name, status=tr(status.label))
            if status
            else tr("Clear the status of {show}").format(show=name)
        )
        self.window.apply(ops.SetStatus(show_key, status, words))

    def start_rewatch(self, show_key: str) -> None:
        from guide.core import ops

        names = self.library.show_names()
        if show_key in names:
            self.window.apply(
                ops.StartRewatch(
                    show_key, tr("Start a rewatch of {show}").format(show=names[show_key])
                )
            )

    def start_rewatch_current(self) -> None:
        show_key = self.shown_show_key()
        if show_key is not None:
            self.start_rewatch(show_key)

    def shown_show_key(self) -> str | None:
        """The show the centre shows: a show page's, or the shown article's; None on every
        other page (never the show of an article read earlier and no longer on screen)."""
        page = self.window.pages.shown_show()
        if page is not None:
            return page.show_key
        record = self.window.shown_record()
        return record.show_key if record is not None else None

    def toggle_current_watched(self) -> None:
        record = self.window.shown_record()
        if record is not None:
            self.set_watched(record, not record.watched)

    def set_watched(self, record: ArticleRecord | None, wanted: bool) -> None:
        """A Watched control set to ``wanted``: written if the library holds otherwise; then
        every Watched control shows what the library holds (also when the write failed)."""
        if record is None or not record.kind.watchable or wanted == record.watched:
            return
        from guide.core import ops

        plays = 0 if wanted else record.current_plays  # as shown; the write decides anew
        title = record.article.title
        if plays > 1:
            self._unwatch_asking(record, plays)
        elif wanted and self.refuse_unaired(record):
            pass
        elif wanted:  # watched if it still is not when the write runs
            self.window.apply(ops.Watch((record.key,), tr(MARK_WATCHED).format(title=title)))
        else:  # its play in the current pass, never one added since unseen
            words = tr(MARK_UNWATCHED).format(title=title)
            self.window.apply(ops.Unwatch((record.key,), words, seen=record.current_play_uids))
        shown = self.window.shown_record()
        watched = shown is not None and shown.watched
        for control in (
            self.window.actions_[ActionId.TOGGLE_WATCHED],
            self.window.page.watched_button,
        ):
            blocked = control.blockSignals(True)
            control.setChecked(watched)
            control.blockSignals(blocked)

    def _unwatch_asking(self, record: ArticleRecord, plays: int) -> None:
        """Unwatching an article watched more than once removes its latest play, or all of
        them, as the person chooses; never every play at once without asking."""
        from guide.core import ops

        title = record.article.title
        box = plain.box(
            self.window.window(),
            QMessageBox.Icon.Question,
            tr("Mark '{title}' unwatched?").format(title=title),
            tr(
                "'{title}' was watched %n time(s). Remove only the latest play, or all of them?",
                "",
                plays,
            ).format(title=title),
            QMessageBox.StandardButton.Cancel,
        )
        latest = box.addButton(tr("Remove the &Latest Play"), QMessageBox.ButtonRole.AcceptRole)
        every = box.addButton(
            tr("Remove &All %n Play(s)", "", plays), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(latest)
        box.exec()
        clicked = box.clickedButton()
        if clicked is latest:
            words = tr("Remove the latest play of '{title}'").format(title=title)
            seen = record.current_play_uids  # the latest of those it said, never one unseen
            self.window.apply(ops.Unwatch((record.key,), words, latest_only=True, seen=seen))
        elif clicked is every:  # every play it said, never one added since unseen
            words = tr(MARK_UNWATCHED).format(title=title)
            self.window.apply(ops.Unwatch((record.key,), words, seen=record.current_play_uids))

    def watched_on_current(self) -> None:
        record = self.window.shown_record()
        if record is not None and record.kind.watchable:
            self.watched_on(record.key, record.article.title)

    def watched_on(self, key: str, title: str) -> None:
        """Record a viewing at a date and time the user picks (today, now, by default)."""
        from datetime import datetime

        from guide.core import ops
        from guide.gui.pages.history import PlayDateDialog

        dialog = PlayDateDialog(
            datetime.now().astimezone(),
            self.window.window(),
            tr("When did you watch '{title}'?").format(title=title),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            when = dialog.moment()
            shown = i18n.date_text(when.date())
            what = tr("Mark '{title}' watched on {date}").format(title=title, date=shown)
            self.window.apply(ops.Watch((key,), what, when, only_unwatched=False))

    def toggle_watched(self, key: str, title: str, seen: tuple[str, ...] | None = None) -> None:
        from guide.core.marks import toggle_watched

        words = (tr(MARK_WATCHED), tr(MARK_UNWATCHED))
        self.window.apply(toggle_watched(self.library, key, title, words, seen))

    def watched_up_to_current(self) -> None:

        record = self.window.shown_record()
        if record is not None:
            self.watch_up_to(record.key)

    def watch_up_to(self, key: str) -> None:
        """This episode and every earlier one; those not yet aired are left, and said."""
        from guide.core.marks import episodes_up_to

        record = self.library.find(key)
        if record.kind != Kind.EPISODE or record.show_key is None:
            self.watch_one(key)
            return
        title = record.article.title
        keys = episodes_up_to(self.library, record.show_key, key)
        self.watch_aired(keys, tr("Mark watched up to '{title}'").format(title=title))

    def remove_articles(self, keys: tuple[str, ...], name: str) -> None:
        """After asking (Cancel is the default): the articles leave the library; what you
        watched, noted and rated of them stays, and Ctrl+Z brings them back."""
        from guide.core import ops

        what = (
            tr("“{name}” (%n article(s))", "", len(keys)).format(name=name)
            if len(keys) > 1
            else tr("“{name}”").format(name=name)
        )
        answer = plain.ask(
            self.window.window(),
            tr("Remove from the library?"),
            tr(
                "Remove {what} from the library?\n\nWhat you watched, your notes and ratings "
                "are kept: import the files again and they are all there. Ctrl+Z undoes this."
            ).format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            if self.window.record is not None and self.window.record.key in keys:
                self.window.show_start_page()
            self.window.apply(
                ops.RemoveArticles(keys, tr("Remove {what} from the library").format(what=what))
            )

    def remove_samples(self) -> None:
        """The bundled samples leave the library in one step (asked first; Ctrl+Z undoes)."""
        from guide.core.importing.samples import sample_keys

        keys = tuple(sample_keys(self.library))
        if keys:
            self.remove_articles(keys, tr("Samples"))
