"""Statistics: what you watched, in charts (built the first time the page is shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from guide.core.changes import Changes
from guide.core.library import Library
from guide.core.views import stats
from guide.gui import i18n
from guide.gui.i18n import tr
from guide.gui.jobs import CoreJob
from guide.gui.pages.charts import Bar, BarChart, FiguresTable
from guide.gui.pages.parts import heading

# Up to this many plays the figures are counted as the page is shown (tens of ms); beyond,
# on a worker with its own connection while the page says so (25,000 plays: 0.2 s).
INLINE_PLAYS = 5_000


class StatsPage(QScrollArea):
    def __init__(self, library: Library, parent: Any = None):
        super().__init__(parent)
        self.library = library
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.months = BarChart(
            tr("Episodes and films watched per month (last two years)"),
            vertical=True,
            columns=(tr("Month"), tr("Watched")),
        )
        self.months.setObjectName("chart_months")
        self.completion = BarChart(
            tr("Completion per show"), columns=(tr("Show"), tr("Episodes watched"))
        )
        self.completion.setObjectName("chart_completion")
        self.directors = BarChart(
            tr("Directors you watched most"), columns=(tr("Director"), tr("Watched"))
        )
        self.directors.setObjectName("chart_directors")
        self.writers = BarChart(
            tr("Writers you watched most"), columns=(tr("Writer"), tr("Watched"))
        )
        self.writers.setObjectName("chart_writers")
        self.hours = BarChart(
            tr("Hours watched per month (from each article's Running time)"),
            vertical=True,
            columns=(tr("Month"), tr("Hours")),
        )
        self.hours.setObjectName("chart_hours")
        self.show_hours = BarChart(tr("Hours per show"), columns=(tr("Show"), tr("Hours")))
        self.show_hours.setObjectName("chart_show_hours")
        self.ratings = BarChart(
            tr("Your ratings"), vertical=True, columns=(tr("Rating"), tr("Articles"))
        )
        self.ratings.setObjectName("chart_ratings")
        self.show_ratings = BarChart(
            tr("Average rating per show (of its rated episodes)"),
            columns=(tr("Show"), tr("Average rating")),
        )
        self.show_ratings.setObjectName("chart_show_ratings")
        self.review = QLabel(body)
        self.review.setObjectName("year_in_review")
        self.review.setTextFormat(Qt.TextFormat.PlainText)  # titles are data, never markup
        self.review.setWordWrap(True)
        self.review.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.as_tables = QCheckBox(tr("Show Figures as &Tables"), body)
        self.as_tables.setObjectName("charts_as_tables")
        self.as_tables.setToolTip(tr("Every chart as a table: each figure in its own cell"))
        self.counting = QLabel(tr("Counting…"), body)
        self.counting.setObjectName("stats_counting")
        self.counting.hide()
        self.job: CoreJob | None = None
        self.again = False  # asked to count again while a count was running
        layout = QVBoxLayout(body)
        layout.addWidget(heading(tr("Statistics"), body))
        layout.addWidget(self.counting)
        layout.addWidget(self.review)
        layout.addWidget(self.as_tables)
        self.charts = (
            self.months,
            self.hours,
            self.completion,
            self.show_hours,
            self.ratings,
            self.show_ratings,
            self.directors,
            self.writers,
        )
        self.tables: list[FiguresTable] = []
        for chart in self.charts:
            table = FiguresTable(chart, body)
            table.hide()
            self.tables.append(table)
            layout.addWidget(chart)
            layout.addWidget(table)
        layout.addStretch(1)
        self.setWidget(body)
        self.setAccessibleName(tr("Statistics"))
        self.as_tables.toggled.connect(self.show_tables)

    def show_tables(self, on: bool) -> None:
        """Each chart, or its figures as a table, in the same place."""
        for chart, table in zip(self.charts, self.tables, strict=True):
            chart.setVisible(not on)
            table.setVisible(on)

    def concerns(self, changes: Changes) -> bool:
        """Whether a change can alter what this page shows (read again only then)."""
        return changes.touches("plays", "passes", "ratings", "statuses")

    def refresh(self) -> None:
        """Count the figures again: at once for a small history, else off the GUI thread
        (the figures shown stay until the new ones arrive)."""
        if self.library.plays.history_count() <= INLINE_PLAYS:
            self.show_figures(stats.compute(self.library))
            return
        if self.job is not None and self.job.isRunning():
            self.again = True
            return
        self.again = False
        self.counting.setText(tr("Counting…"))
        self.counting.show()
        self.job = CoreJob(self.library.path, stats.compute, self, reader=True)
        self.job.succeeded.connect(self._counted)
        self.job.failed.connect(self._not_counted)
        self.job.start()

    def _counted(self, figures: stats.Stats) -> None:
        self.counting.hide()
        self.show_figures(figures)
        if self.again:
            self.refresh()

    def _not_counted(self, message: str) -> None:
        self.counting.setText(
            tr("The figures could not be counted: {reason}").format(reason=message)
        )
        if self.again:
            self.refresh()

    def stop(self) -> None:
        """Wait for a count still running (the window is closing)."""
        if self.job is not None:
            self.job.wait()

    def show_figures(self, figures: stats.Stats) -> None:
        self.months.set_bars(
            [
                Bar(
                    _axis_month(month),
                    n,
                    str(n),
                    tr("{month}: %n play(s)", "", n).format(month=i18n.month_text(month)),
                    i18n.month_text(month),
                )
                for month, n in figures.months
            ]
        )
        self.completion.set_bars(
            [
                Bar(
                    name,
                    100 * watched / total,
                    f"{watched}/{total} ({100 * watched / total:.0f}%)",
                    tr("{name}: {watched} of %n episode(s) watched", "", total).format(
                        name=name, watched=watched
                    ),
                )
                for name, watched, total in figures.completion
            ],
            maximum=100,
        )
        self.hours.set_bars(
            [
                Bar(
                    _axis_month(month),
                    minutes / 60,
                    _hours(minutes),  # as every figure of hours: one decimal (0.4, not 0)
                    tr("{month}: {hours} hours").format(
                        month=i18n.month_text(month), hours=_hours(minutes)
                    ),
                    i18n.month_text(month),
                )
                for month, minutes in figures.minutes_per_month
            ],
            empty=tr("No hours in these months: they come from each article's Running time field."),
        )
        self.show_hours.set_bars(
            [
                Bar(
                    name,
                    minutes / 60,
                    tr("{hours} h").format(hours=_hours(minutes)),
                    tr("{name}: {hours} hours").format(name=name, hours=_hours(minutes)),
                )
                for name, minutes in figures.minutes_per_show
            ],
            empty=tr("No hours yet: they come from each article's Running time field."),
        )
        self.ratings.set_bars(
            [
                Bar(
                    str(value),
                    count,
                    str(count),
                    tr("%n rating(s) of {value}", "", count).format(value=value),
                )
                for value, count in figures.ratings.items()
            ],
            empty=tr("No ratings yet: rate an article with Ctrl+Shift+R."),
        )
        self.show_ratings.set_bars(
            [
                Bar(
                    name,
                    average,
                    i18n.decimal_text(average),
                    tr("{name}: {average} on average over %n rated episode(s)", "", count).format(
                        name=name, average=i18n.decimal_text(average)
                    ),
                )
                for name, average, count in figures.rating_per_show
            ],
            maximum=10,
            empty=tr("No rated episodes yet."),
        )
        self.review.setText(review_text(figures))
        for chart, people in ((self.directors, figures.directors), (self.writers, figures.writers)):
            chart.set_bars(
                [
                    Bar(
                        name,
                        count,
                        str(count),
                        tr("{name}: %n episode(s) watched", "", count).format(name=name),
                    )
                    for name, count in people
                ]
            )
        for table in self.tables:
            table.update_figures()


def review_text(figures: stats.Stats) -> str:
    """The year in review, and the time watched, in a few plain sentences."""
    year = figures.year
    lines = [
        tr("{year} in review: {plays} of {articles}, {hours} hours.").format(
            year=year.year,
            plays=tr("%Ln play(s)", "", year.plays),
            articles=tr("%Ln article(s)", "", year.episodes),
            hours=_hours(year.minutes),
        )
    ]
    if year.busiest_month:
        month = i18n.month_text(year.busiest_month)
        lines.append(tr("Busiest month: {month}.").format(month=month))
    if year.shows:
        shown = ", ".join(f"{s} ({n})" for s, n in year.shows)
        lines.append(tr("Most watched: {shows}.").format(shows=shown))
    if year.best_rated:
        shown = ", ".join(f"{t} ({r}/10)" for t, r in year.best_rated)
        lines.append(tr("Best rated: {titles}.").format(titles=shown))
    hours = _hours(figures.total_minutes)
    uncounted = figures.plays_without_running_time
    lines.append(
        tr(
            "In all: {hours} hours watched; %Ln play(s) not counted (no Running time in "
            "their articles).",
            "",
            uncounted,
        ).format(hours=hours)
        if uncounted
        else tr("In all: {hours} hours watched.").format(hours=hours)
    )
    return "\n".join(lines)


def _hours(minutes: float) -> str:
    """Hours with one decimal, as the language writes numbers (rounded as the CLI does)."""
    return i18n.decimal_text(stats.hours(minutes))


def _axis_month(month: str) -> str:
    """A month under its column: "02"; January as its year, so each year is named."""
    return month[5:] if month[5:] != "01" else month[:4]
