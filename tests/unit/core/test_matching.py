"""Which article an imported entry means, against the cases real exports broke (the issue
"Real exports, read right", items 4, 5 and 15): sequels, years, shows with a qualifier."""

from __future__ import annotations

from guide.core.importing.articles import import_paths
from guide.core.importing.history.entries import Entry
from guide.core.importing.history.matching import Matcher
from guide.core.library import Library
from tests.helpers import episode


def film(**kw) -> Entry:
    return Entry("Trakt", "film", **kw)


def test_a_title_that_differs_by_a_number_is_another_title(library: Library, write):
    write("toy.txt", "Toy Story", {"Released": "22 November 1995"})
    write("spider.txt", "Spider-Man (2002 film)", {"Released": "3 May 2002"})
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    for sequel in ("Toy Story 2", "Toy Story 3", "Toy Story 4", "Spider-Man 2"):
        assert matcher.match(film(title=sequel)).outcome == "unmatched", sequel
    assert matcher.match(film(title="Toy Story")).key == "toy story"
    assert matcher.match(film(title="Toy Storey")).key == "toy story"  # a typo still matches


def test_an_episode_title_with_another_number_is_not_matched(library: Library, write):
    write("a.txt", "Chapter 1 (Tides)", episode("Tides", 1, None, Rtitle="Chapter 1"))
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    entry = Entry("Netflix", "episode", show="Tides", title="Chapter 11")
    assert matcher.match(entry).outcome == "unmatched"


def test_a_films_year_chooses_falling_back_to_the_article_without_one(library: Library, write):
    write("gb.txt", "Ghostbusters")  # no year in its title, no Released field
    write("gb16.txt", "Ghostbusters (2016 film)")
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    assert matcher.match(film(title="Ghostbusters", year=1984)).key == "ghostbusters"
    assert matcher.match(film(title="Ghostbusters (1984)")).key == "ghostbusters"
    assert matcher.match(film(title="Ghostbusters", year=2016)).key == ("ghostbusters (2016 film)")
    assert matcher.match(film(title="Ghostbusters")).outcome == "ambiguous"


def test_a_films_released_year_is_its_year(library: Library, write):
    write("a.txt", "Harbour Lights", {"Released": "4 October 2019"})
    write("b.txt", "Harbour Lights (1954 film)")
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    assert matcher.match(film(title="Harbour Lights", year=2019)).key == "harbour lights"
    assert matcher.match(film(title="Harbour Lights", year=2020)).key == "harbour lights"
    assert matcher.match(film(title="Harbour Lights", year=1954)).key == (
        "harbour lights (1954 film)"
    )
    assert matcher.match(film(title="Harbour Lights", year=1987)).outcome == "unmatched"


def test_a_show_with_a_qualifier_is_a_candidate_chosen_by_its_airdates(library: Library, write):
    write(
        "us.txt", "Pilot (The Office US)", episode("The Office (US)", 1, 1, Airdate="24 March 2005")
    )
    import_paths(library, [write.folder])
    matcher = Matcher(library)
    entry = Entry("Trakt", "episode", show="The Office", year=2005, season=1, episode=1)
    assert matcher.match(entry).key == "pilot (the office us)"
    write(
        "uk.txt", "Pilot (The Office UK)", episode("The Office (UK)", 1, 1, Airdate="9 July 2001")
    )
    import_paths(library, [write.folder])
    both = Matcher(library)
    assert both.match(entry).key == "pilot (the office us)"
    uk = Entry("Trakt", "episode", show="The Office", year=2001, season=1, episode=1)
    assert both.match(uk).key == "pilot (the office uk)"
    nameless = Entry("Trakt", "episode", show="The Office", season=1, episode=1)
    assert both.match(nameless).outcome == "ambiguous"


def test_a_candidate_names_an_episode_by_its_number_as_written(library: Library, write):
    """Issue 24, item 17: the history preview called episode 13a "13"."""
    write("a.txt", "The Long Shift", episode("Night Watch", 1, None, Episode="13a"))
    import_paths(library, [write.folder])
    assert Matcher(library).labels["the long shift"] == "Night Watch — S01E13a The Long Shift"
