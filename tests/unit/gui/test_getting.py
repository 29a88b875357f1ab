"""File → Get Articles from a Wiki… (issue 25): a show found on a worker, listed, then
imported; every view sees it; a bad wiki is one line in the dialog and changes nothing."""

from __future__ import annotations

from guide.gui import settings as keys
from guide.gui.actions import ActionId
from tests.wiki_server import serving

SHOW = "Harbour Watch"


def found(qtbot, window, source: str, *, ready: bool = True):  # type: ignore[no-untyped-def]
    """The dialog, asked for the show at ``source``; ``ready``: waited for until its
    articles are listed (else until Find can be pressed again)."""
    window.on_demand.get_articles()
    dialog = window.on_demand.getting
    dialog.wiki.setText(source)
    dialog.show_name.setText(SHOW)
    dialog.find_button.click()
    if ready:
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    else:
        qtbot.waitUntil(lambda: dialog.find_button.isEnabled(), timeout=10_000)
    return dialog


def test_get_articles_finds_lists_and_imports_a_show(qtbot, window, boxes) -> None:
    with serving() as (url, _wiki):
        window.actions_[ActionId.GET_ARTICLES].trigger()
        dialog = window.on_demand.getting
        assert dialog.isVisible() and not dialog.import_button.isEnabled()
        dialog.wiki.setText(url)
        dialog.show_name.setText(SHOW)
        dialog.find_button.click()
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    found = [dialog.found.item(i).text() for i in range(dialog.found.count())]
    assert found[:3] == [SHOW, f"List of {SHOW} episodes", "Low Water"]
    assert "Fog Bank (Harbour Watch) (from the list of episodes)" in found
    assert "7 articles found" in dialog.status.text()
    before = window.library.counts().articles
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert window.library.counts().articles == before + 7
    assert window.on_demand.getting.report_dialog is not None
    assert "7 added" in window.on_demand.getting.report_dialog.summary.text()
    shows = [window.model.index(r, 0).data() for r in range(window.model.rowCount())]
    assert SHOW in shows  # the navigator heard of it
    assert window.settings.get(keys.LAST_WIKI) == url


def test_a_wiki_that_is_not_one_is_said_in_the_dialog(qtbot, window) -> None:
    with serving(path="/elsewhere") as (url, wiki):
        wiki.trouble = [(200, {"Content-Type": "text/html"}, b"<html>hello</html>")] * 2
        dialog = found(qtbot, window, url, ready=False)
    assert "is not a MediaWiki API" in dialog.status.text()
    assert dialog.found.count() == 0 and not dialog.import_button.isEnabled()
    dialog.reject()


def test_changing_the_show_forgets_what_was_found(qtbot, window) -> None:
    with serving() as (url, _wiki):
        dialog = found(qtbot, window, url)
    dialog.show_name.setText("Another Show")
    assert dialog.found.count() == 0 and not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_zim_file_chosen_in_the_dialog_is_read(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.zim_fixture import make_zim

    zim = make_zim(tmp_path / "wikipedia_en_harbour-watch.zim")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(zim), ""))
    window.on_demand.get_articles()
    dialog = window.on_demand.getting
    dialog.choose_zim.click()
    assert dialog.wiki.text() == str(zim)
    dialog.show_name.setText(SHOW)
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    assert dialog.found.count() == 7 and "Wikipedia" in dialog.status.text()
    dialog.reject()


def test_typing_a_show_suggests_the_wikis_titles(qtbot, window) -> None:
    with serving() as (url, _wiki):
        window.on_demand.get_articles()
        dialog = window.on_demand.getting
        dialog.wiki.setText(url)
        dialog.show_name.setFocus()
        qtbot.keyClicks(dialog.show_name, "Harbour W")
        qtbot.waitUntil(lambda: dialog.suggestions.rowCount() > 0, timeout=10_000)
    assert dialog.suggestions.stringList()[:2] == ["Harbour Watch", "Harbour Watch (TV series)"]
    dialog.reject()


def test_the_import_of_what_was_found_can_be_cancelled(qtbot, window, monkeypatch) -> None:
    """Cancel while importing: each article imported whole or not at all, and the report
    says the import was cancelled."""
    from guide.gui.dialogs import getting

    with serving() as (url, _wiki):
        dialog = found(qtbot, window, url)
    started = getting.TextImportWorker._import

    def cancelled_first(self, library):  # type: ignore[no-untyped-def]
        self.cancel()  # as the Cancel button does, before the first article
        return started(self, library)

    monkeypatch.setattr(getting.TextImportWorker, "_import", cancelled_first)
    before = window.library.counts().articles
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report_dialog is not None, timeout=10_000)
    assert dialog.report_dialog.report.cancelled
    assert window.library.counts().articles == before
