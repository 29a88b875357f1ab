"""The bundled samples import with the right shows, numbers, order and links."""

from __future__ import annotations

from guide.core.article import Kind
from guide.core.importing.samples import sample_files
from guide.core.library import Library
from guide.core.opening import add_samples


def test_samples_include_the_real_sample_and_our_own():
    names = {p.name for p in sample_files()}
    assert "heartstopper-forever.txt" in names
    assert len(names) >= 8


def test_samples_import_into_shows_in_broadcast_order(library: Library):
    report = add_samples(library)
    assert report.rejected == [] and len(report.added) == len(sample_files())
    assert [(s.name, s.episodes) for s in library.shows()] == [
        ("Heartstopper", 1),
        ("The Lighthouse Keepers", 6),
    ]
    rows = library.rows(library.find_show("The Lighthouse Keepers").key)
    assert [(r.kind, r.season, r.episode, r.title) for r in rows] == [
        (Kind.OVERVIEW, None, None, "The Lighthouse Keepers"),
        (Kind.LIST, None, None, "List of The Lighthouse Keepers episodes"),
        (Kind.EPISODE, 1, 1, "The Keeper's Log"),
        (Kind.EPISODE, 1, 2, "Fog Signal"),
        (Kind.EPISODE, 1, 3, "The Ship That Wasn't"),
        (Kind.EPISODE, 2, 1, "Midsummer"),
        (Kind.EPISODE, 2, None, "Between the Tides"),  # placed by its Prev/Next links
        (Kind.EPISODE, 2, 2, "Last Light"),
    ]
    assert [r.title for r in library.rows(None)] == ["Harbour Lights (film)"]


def test_sample_links_name_articles_in_the_library(library: Library):
    add_samples(library)
    for row in library.rows(all_shows=True):
        article = library.record(row.id).article
        for target in (article.prev, article.next, article.episode_list):
            if target and row.show == "The Lighthouse Keepers":
                assert library.find(target)


def test_adding_samples_twice_changes_nothing(library: Library):
    add_samples(library)
    again = add_samples(library)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 10


def test_the_samples_as_shipped_are_found_and_an_edited_one_is_the_users(
    library: Library, tmp_path
):
    from guide.core.importing.articles import import_paths
    from guide.core.importing.samples import sample_files, sample_keys
    from guide.core.opening import add_samples

    add_samples(library)
    assert len(sample_keys(library)) == len(sample_files()) == 10
    fog = next(path for path in sample_files() if "fog-signal" in path.name)
    edited = tmp_path / "fog.txt"
    edited.write_text(fog.read_text(encoding="utf-8") + "\nMy own paragraph.\n", encoding="utf-8")
    import_paths(library, [edited])
    assert "fog signal" not in sample_keys(library)  # edited: the person's own now
    assert len(sample_keys(library)) == 9


def test_a_sample_as_an_earlier_version_shipped_it_is_still_a_sample(library: Library, tmp_path):
    """Heartstopper Forever gained its credit fields: a library made before still counts
    its copy (the bytes shipped then) as the sample, for Remove the Samples."""
    from guide.core.importing.articles import import_paths
    from guide.core.importing.samples import sample_keys

    older = tmp_path / "heartstopper-forever.txt"
    shipped = next(p for p in sample_files() if p.name == older.name).read_text(encoding="utf-8")
    credit = [line for line in shipped.splitlines() if line.startswith(("- Source", "- License"))]
    assert len(credit) == 3  # Source, Source URL, License
    older.write_text(
        "".join(f"{line}\n" for line in shipped.splitlines() if line not in credit),
        encoding="utf-8",
    )
    import_paths(library, [older])
    assert sample_keys(library) == ["heartstopper forever"]
