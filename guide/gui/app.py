"""Entry point of the desktop app: `episode-guide` (and `guide` with no command)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from guide import __version__
from guide.core.errors import LibraryError
from guide.core.library import Library, backup
from guide.core.opening import open_library
from guide.core.paths import resolve_library
from guide.gui import plain
from guide.gui.i18n import tr
from guide.gui.settings import APPLICATION, ORGANISATION


def library_problem(parent: QWidget | None, path: Path, problem: str) -> Path | None:
    """Say what is wrong with a library and let the user pick another or create a new one.

    Returns the path to try next, or None to quit. Never overwrites anything.
    """
    box = plain.box(
        parent,
        QMessageBox.Icon.Critical,
        tr("Cannot open the library"),
        tr("Episode Guide cannot open the library\n{path}").format(path=path),
        QMessageBox.StandardButton.NoButton,
    )
    box.setObjectName("library_problem")
    box.setInformativeText(problem + "\n\n" + tr("The file has not been changed."))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the informative text too
    good = backup.newest_good_backup(path) if path.exists() else None
    restore = (
        box.addButton(tr("&Restore the Latest Backup"), QMessageBox.ButtonRole.AcceptRole)
        if good is not None
        else None
    )
    if good is not None:
        box.setDetailedText(
            tr(
                "The latest good backup is {backup}. Restoring it keeps the damaged file in the "
                "backups folder."
            ).format(backup=good)
        )
    open_other = box.addButton(tr("&Open Another…"), QMessageBox.ButtonRole.AcceptRole)
    create_new = box.addButton(tr("&Create New…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    folder = str(path.parent)
    if restore is not None and clicked is restore and good is not None:
        try:
            backup.restore_file(path, good)
        except LibraryError as error:
            return library_problem(parent, path, str(error))
        return path
    if clicked is open_other:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            tr("Open Library"),
            folder,
            tr("Episode Guide library (*.db)") + ";;" + tr("All files (*)"),
        )
        return Path(chosen) if chosen else library_problem(parent, path, problem)
    if clicked is create_new:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            tr("New Library"),
            str(path.parent / "new-library.db"),
            tr("Episode Guide library (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen and Path(chosen).exists():
            plain.warn(
                parent,
                tr("File exists"),
                tr(
                    "{path} already exists. Choose a new name: Episode Guide never overwrites "
                    "a file."
                ).format(path=chosen),
            )
            return library_problem(parent, path, problem)
        return Path(chosen) if chosen else library_problem(parent, path, problem)
    return None


def open_with_dialogs(explicit: str | None) -> Library | None:
    """Open the library; on failure, ask the user what to do until one opens or they quit."""
    try:
        return open_library(explicit, check_later=True)  # checked once the window shows
    except LibraryError as error:
        path, _ = resolve_library(explicit)
        problem = str(error)
    while True:
        chosen = library_problem(None, path, problem)
        if chosen is None:
            return None
        try:
            return Library(chosen)
        except LibraryError as error:
            path, problem = chosen, str(error)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="episode-guide", description="Episode Guide: the desktop app."
    )
    parser.add_argument("--library", metavar="PATH", help="the library file to open")
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="article files to import; the first one is shown"
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the window's language for this run (e.g. de, en, or pseudo for the pseudo-locale); "
        "by default the one chosen in View → Language, else the system's",
    )
    parser.add_argument(
        "--right-to-left",
        action="store_true",
        help="lay the window out right to left, as in Arabic or Hebrew (to check layouts)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        if app.style().name().casefold() != "fusion":
            app.setStyle("Fusion")
    else:
        # Fusion from the start, named on the command line: asking the app for its style
        # first cost 6 ms of every start (PySide builds QStyle's enums for Python).
        app = QApplication([sys.argv[0], "-style", "fusion", *argv])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.episodeguide.EpisodeGuide")
    return app


def already_running(files: list[str]) -> str:
    """What a second launch on the same library says: the running window takes the files
    given, and comes to the front."""
    done = "the files were handed to it" if files else "its window was brought to the front"
    return f"Episode Guide is already running on this library; {done}."


def display_missing() -> str | None:
    """Why no window can open here (Linux without a display), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Episode Guide needs a display, and this session has none (DISPLAY is not set).\n"
        "Use the command line instead (`guide --help`), or run the window on a virtual "
        "screen: `xvfb-run episode-guide`."
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = display_missing()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    app = create_application()
    from guide.gui import i18n
    from guide.gui.settings import LANGUAGE, Settings

    if args.language and args.language not in i18n.available():
        known = ", ".join(i18n.available())
        print(
            f"episode-guide: no catalogue for language {args.language!r} (have: {known})",
            file=sys.stderr,
        )
        return 2
    i18n.install(args.language or Settings().get(LANGUAGE) or None)
    if args.right_to_left:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    from guide.gui.instance import InstanceServer, hand_over, server_name
    from guide.gui.window.mainwindow import MainWindow  # after the QApplication exists

    files = [str(Path(f).resolve()) for f in args.files]
    name = server_name(resolve_library(args.library)[0])
    if hand_over(name, files):
        print(already_running(files), file=sys.stderr)
        return 0
    library = open_with_dialogs(args.library)
    if library is None:
        return 1
    server = InstanceServer(name)
    window = MainWindow(library)
    window.setWindowIcon(app_icon())
    server.files_received.connect(window.open_files)
    window.show()
    if files:
        window.open_files(files)
    code = app.exec()
    library.close()
    return code


def app_icon() -> QIcon:
    from importlib import resources

    icon = QIcon()
    icons = Path(str(resources.files("guide.resources") / "icons"))
    for png in sorted(icons.glob("hicolor/*/apps/*.png")):
        icon.addFile(str(png))
    return icon


if __name__ == "__main__":
    raise SystemExit(main())
