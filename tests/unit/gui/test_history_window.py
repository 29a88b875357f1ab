"""Importing watch history, rating, and Upcoming in the window (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QTabWidget

from guide.core.importing.articles import import_paths
from guide.core.ops import Changes
from guide.gui.actions import ActionId
from guide.gui.dialogs.history_import import HistoryPreview
from guide.gui.navigator.nodes import RATING_COLUMN
from tests.helpers import TESTS, episode

FIXTURES = TESTS / "fixtures" / "history"


def _preview(qtbot, window, paths: list[Path]) -> HistoryPreview:
    importer = window.on_demand.history_imports()
    job = importer.read([str(p) for p in paths])
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: importer.preview is not None and importer.preview.isVisible())
    return importer.preview


def test_preview_then_import_is_one_undo(qtbot, window, tmp_path: Path):
    path = FIXTURES / "netflix" / "NetflixViewingHistory.csv"
    preview = _preview(qtbot, window, [path])
    summary = preview.findChild(QLabel, "history_summary").text()
    assert "3 matched" in summary and "1 not in your library" in summary
    assert "Saltmarsh Radio" in preview.unmatched.toPlainText()
    matched = preview.matched.toPlainText()
    assert (
        'The Lighthouse Keepers S01 "Fog Signals"  →  The Lighthouse Keepers — S01E02 Fog Signal'
        in matched
    )
    assert preview.findChild(QTabWidget, "history_tabs").currentWidget() is preview.matched
    assert "'someday' is not a date" in preview.skipped.toPlainText()
    importer = window.on_demand.history_imports()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.last_outcome is not None, timeout=20000)
    assert importer.last_outcome.plays_added == 3
    assert len(window.library.plays.of("fog signal")) == 1
    history = window.pages.history
    window.actions_[ActionId.HISTORY].trigger()
    assert {history.model.index(r, 4).data() for r in range(history.model.rowCount())} == {
        "Netflix"
    }
    assert "Import watch history" in window.actions_[ActionId.UNDO].text()
    window.actions_[ActionId.UNDO].trigger()
    assert list(window.library.plays.all()) == []
    assert history.model.rowCount() == 0  # the page shows the truth after undo


def test_ambiguous_items_are_imported_as_the_person_chooses(qtbot, window, write, tmp_path):

    for year in (1998, 2019):
        write(f"n{year}.txt", f"Pilot (Night Watch {year})", episode(f"Night Watch ({year})", 1, 1))
    import_paths(window.library, [write.folder])
    window.runner.took(Changes(articles=True), None)
    export = tmp_path / "watched-history.json"
    export.write_text(
        '[{"watched_at": "2024-05-05T20:00:00Z", "type": "episode", '
        '"episode": {"season": 1, "number": 1}, "show": {"title": "Night Watch"}}]'
    )
    preview = _preview(qtbot, window, [export])
    model = preview.model
    assert model.rowCount() == 1
    assert preview.findChild(QTabWidget, "history_tabs").currentWidget() is preview.ambiguous
    index = model.index(0, 2)
    assert index.data() == "Leave out"
    preview.ambiguous.setCurrentIndex(index)
    preview.ambiguous.edit(index)
    editor = preview.ambiguous.findChild(QComboBox)
    assert editor is not None
    labels = [editor.itemText(i) for i in range(editor.count())]
    assert labels[0] == "Leave out" and any("Night Watch (2019)" in label for label in labels)
    editor.setCurrentIndex(next(i for i, t in enumerate(labels) if "2019" in t))
    preview.ambiguous.commitData(editor)
    assert "2019" in model.index(0, 2).data()
    importer = window.on_demand.history_imports()
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: importer.last_outcome is not None, timeout=20000)
    assert len(window.library.plays.of("pilot (night watch 2019)")) == 1
    assert window.library.plays.of("pilot (night watch 1998)") == []


def test_a_file_that_is_not_history_says_why_and_imports_nothing(
    qtbot, window, tmp_path, monkeypatch, boxes
):
    said = boxes.texts
    bad = tmp_path / "broken.json"
    bad.write_text("[{")
    job = window.on_demand.history_imports().read([str(bad)])
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(boxes.shown))
    said = boxes.texts
    assert "not valid JSON" in said[0] and "nothing was imported" in said[0]
    assert "Traceback" not in said[0]


def test_rate_with_the_keyboard_and_see_it_in_the_navigator(qtbot, window):
    window.open_key("fog signal")
    box = window.page.rating_box
    window.actions_[ActionId.RATE].trigger()
    qtbot.waitUntil(box.hasFocus)
    for _ in range(8):  # the arrow keys step through the ratings, each one chosen
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.library.ratings.get("fog signal") == 8
    assert window.navigator.isColumnHidden(RATING_COLUMN)  # hidden until asked for
    window.actions_[ActionId.RATING_COLUMN].trigger()
    assert not window.navigator.isColumnHidden(RATING_COLUMN)
    index = window.model.index_of_article("fog signal")
    assert index.siblingAtColumn(RATING_COLUMN).data() == "★ 8"
    window.actions_[ActionId.UNDO].trigger()
    assert window.library.ratings.get("fog signal") is None
    assert box.rating() == 0
    assert index.siblingAtColumn(RATING_COLUMN).data() == ""


def test_the_show_page_rates_the_show(qtbot, window):
    window.open_show("the lighthouse keepers")
    window.pages.show.rating_box.activated.emit(9)
    assert window.library.ratings.get("the lighthouse keepers", on_show=True) == 9
    window.open_key("the lighthouse keepers")
    assert window.page.rating_box.rating() == 9  # the overview shows its show's rating


def _upcoming_with_one_ahead(window, write):
    """Upcoming shown, with one episode of the samples' show airing in 2099."""
    write(
        "ahead.txt", "The Long Night", episode("The Lighthouse Keepers", 3, 1, Airdate="2 May 2099")
    )
    import_paths(window.library, [write.folder])
    window.runner.took(Changes(articles=True), None)
    window.actions_[ActionId.UPCOMING].trigger()
    page = window.pages.upcoming
    return page


def test_upcoming_page_lists_what_airs_ahead(qtbot, window, write):
    page = _upcoming_with_one_ahead(window, write)
    assert window.centre.currentWidget() is page
    assert [page.model.index(0, c).data() for c in range(4)] == [
        "2 May 2099",
        "The Lighthouse Keepers",
        "S03E01",
        "The Long Night",
    ]
    page.view.activated.emit(page.model.index(0, 0))
    assert window.shown_record().key == "the long night"


def test_a_film_is_marked_watched_like_an_episode(qtbot, window):
    window.open_key("harbour lights (film)")
    assert window.page.watched_button.isVisible()
    assert window.actions_[ActionId.TOGGLE_WATCHED].isEnabled()
    qtbot.mouseClick(window.page.watched_button, Qt.MouseButton.LeftButton)
    assert len(window.library.plays.of("harbour lights (film)")) == 1
    assert window.page.watched_button.text() == "&Watched ✓"
    window.open_key("the lighthouse keepers")  # an overview is not watched
    assert not window.page.watched_button.isVisible()
    assert not window.actions_[ActionId.TOGGLE_WATCHED].isEnabled()


def test_watched_on_records_the_date_chosen(qtbot, window, monkeypatch):
    from datetime import datetime

    from PySide6.QtWidgets import QDialog

    from guide.core.times import to_timestamp
    from guide.gui.pages.history import PlayDateDialog

    chosen = datetime(2025, 3, 14, 21, 30).astimezone()
    monkeypatch.setattr(PlayDateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(PlayDateDialog, "moment", lambda self: chosen)
    window.open_key("fog signal")
    window.actions_[ActionId.WATCHED_ON].trigger()
    plays = window.library.plays.of("fog signal")
    assert [p.watched_at for p in plays] == [to_timestamp(chosen)]
    assert "watched on 14 Mar 2025" in window.actions_[ActionId.UNDO].text()


def test_new_models_pass_the_model_tester(qapp, qtmodeltester):
    from guide.core.importing.history.entries import Entry, Source
    from guide.core.importing.history.matching import Candidate, Match
    from guide.core.importing.history.plan import Review
    from guide.gui.dialogs.help import ShortcutsModel, shortcuts
    from guide.gui.dialogs.history_import import AmbiguousModel

    entry = Entry("Trakt", "episode", show="Night Watch", season=1, episode=1)
    match = Match("ambiguous", candidates=(Candidate("a", "A"), Candidate("b", "B")))
    found = Review([Source("Trakt", "x", [entry])], ambiguous=[(entry, match)])
    model = AmbiguousModel(found)
    qtmodeltester.check(model)
    assert model.setData(model.index(0, 2), "B")
    assert model.index(0, 2).data() == "B" and model.choices == {0: "b"}
    assert not model.setData(model.index(0, 2), "not a candidate")
    qtmodeltester.check(ShortcutsModel(shortcuts()))


def test_the_preview_lists_the_files_left_out_with_why(qtbot, window, tmp_path: Path):
    bad = tmp_path / "season.nfo"  # a Kodi folder's season file: not a watch history
    bad.write_text("<season><title>Season 1</title></season>")
    good = FIXTURES / "netflix" / "NetflixViewingHistory.csv"
    preview = _preview(qtbot, window, [good, bad])
    assert "3 matched" in preview.findChild(QLabel, "history_summary").text()
    skipped = preview.skipped.toPlainText()
    assert "season.nfo" in skipped and "'someday' is not a date" in skipped


def test_a_netflix_activity_of_several_profiles_asks_whose(qtbot, window, monkeypatch):
    from guide.gui.dialogs import history_import

    asked: list[list[str]] = []

    def choose(_parent, _title, _label, items, *_args):
        asked.append(list(items))
        return "Ann", True

    monkeypatch.setattr(history_import.QInputDialog, "getItem", choose)
    importer = window.on_demand.history_imports()
    job = importer.read([str(FIXTURES / "netflix" / "ViewingActivity.csv")])
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: importer.preview is not None and importer.preview.isVisible())
    assert asked == [["Ann", "Kids"]]
    summary = importer.preview.findChild(QLabel, "history_summary").text()
    assert "4 matched" in summary  # Ann's four viewings in ViewingActivity.csv


def test_history_acts_on_a_play_only_once_one_is_selected(qtbot, window):
    window.library.plays.add_if_new("fog signal", "2026-11-01T20:00:00+00:00")
    window.actions_[ActionId.HISTORY].trigger()
    page = window.pages.history
    page.refresh()
    assert page.model.rowCount() == 1
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.delete_current()  # the Delete key with nothing selected: nothing happens
    assert len(window.library.plays.of("fog signal")) == 1
    page.view.selectRow(0)
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    page.view.clearSelection()
    assert not page.delete_button.isEnabled()


def test_upcoming_hides_the_titles_the_spoiler_shield_hides(qtbot, window, write):
    page = _upcoming_with_one_ahead(window, write)
    assert page.model.index(0, 3).data() == "The Long Night"
    window.actions_[ActionId.SPOILER_SHIELD].trigger()
    window.actions_[ActionId.HIDE_TITLES].trigger()
    assert page.model.index(0, 3).data() == "(title hidden)"
    assert page.model.index(0, 2).data() == "S03E01"  # the number stays
    window.actions_[ActionId.HIDE_TITLES].trigger()
    assert page.model.index(0, 3).data() == "The Long Night"


def test_a_hidden_title_is_not_said_to_have_matched(qtbot, window):
    window.actions_[ActionId.SPOILER_SHIELD].trigger()
    window.actions_[ActionId.HIDE_TITLES].trigger()
    window.search_panel.search("fog signal")
    shown = window.search_panel.model.index(0).data()
    assert shown.startswith("S01E02 (title hidden)") and "matched: title" not in shown
