"""`guide`: the command-line face of the library.

A contract for scripts: every command takes --library PATH and --json; errors are one line on
stderr and a non-zero exit (1 for a failure, 2 for a usage error), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, NoReturn

from guide.cli.registry import build_parser
from guide.core.text import from_os, printable

if TYPE_CHECKING:
    from guide.core.library import Library

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

Handler = Callable[["Library | None", argparse.Namespace], int]


def _say(message: str) -> None:
    """A line on standard error (waiting, warnings); never control characters."""
    from guide.core.text import printable

    print(f"guide: {printable(message)}", file=sys.stderr, flush=True)


def cmd_completion(_library: Library | None, args: argparse.Namespace) -> int:
    """The shell's completion script (argcomplete: commands, options, and titles and shows
    read from the library as you type)."""
    from argcomplete.shell_integration import shellcode

    print(shellcode(["guide"], shell=args.shell), end="")
    return EXIT_OK


def manual_page() -> str:
    """guide.1, made from the same parser as --help."""
    from argparse_manpage.manpage import Manpage

    return str(Manpage(build_parser()))


# -- the parser ----------------------------------------------------------------------------


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str]) -> argparse.Namespace:
    """Parse; words that begin with ``-`` where a query or a note's text is expected
    (``guide search -watched``) are part of it, in the order given, without ``--``."""
    args, extra = parser.parse_known_args(_text_words_kept(parser, argv))
    dest = getattr(args, "free_text", None)
    prog = " ".join(filter(None, [parser.prog, getattr(args, "command", None)]))

    def usage_error(message: str) -> NoReturn:  # one line, as the commands' parsers say them
        parser.exit(2, f"{prog}: {printable(message)} (see {prog} --help)\n")

    if extra:
        if dest is None:
            usage_error(f"unrecognized arguments: {' '.join(from_os(e) for e in extra)}")
        words = list(getattr(args, dest) or []) + extra
        setattr(args, dest, _in_given_order(_after_title(argv, args), words))
    if dest == "query" and not args.query:
        usage_error("the following arguments are required: QUERY")
    if isinstance(getattr(args, "title", None), list):
        args.title = " ".join(args.title)
    for name in ("query", "text"):
        value = getattr(args, name, None)
        if isinstance(value, list):
            setattr(args, name, [word.removeprefix(_KEPT) for word in value])
    for name in ("title", "show", "query", "text"):
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, from_os(value))
        elif isinstance(value, list):
            setattr(args, name, [from_os(v) for v in value])
    return args


_KEPT = "\x00"  # marks a word of a query or a note that argparse would take for an option


def _text_words_kept(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """The command line, with the words of a query or a note that begin like a short option
    (`-has:note`, `-quiet`: -h and -q followed by more) marked as words: argparse took them
    for the option with a value ("argument -h/--help: ignored explicit argument 'as:note'")."""
    command = _command_word(argv)
    sub = _commands(parser).get(command) if command else None
    if command is None or sub is None or sub.get_default("free_text") is None:
        return list(argv)
    options = sub._option_string_actions
    at = list(argv).index(command) + 1 if command in argv else 0
    return list(argv[:at]) + [
        _KEPT + word
        if word[:1] == "-" and word[:2] != "--" and word[:2] in options and word not in options
        else word
        for word in argv[at:]
    ]


def _after_title(argv: Sequence[str], args: argparse.Namespace) -> Sequence[str]:
    """The words after the command and its title, where a query's or a note's text is: a
    word of the text that is also the command's name or the title's ("guide note Pilot -x:
    note Pilot") was put in the command's or the title's place."""
    command = str(getattr(args, "command", None))
    at = list(argv).index(command) + 1 if command in argv else 0
    if isinstance(getattr(args, "title", None), str) and args.title in argv[at:]:
        at = list(argv).index(args.title, at) + 1
    return argv[at:]


def _in_given_order(argv: Sequence[str], words: list[str]) -> list[str]:
    wanted = Counter(words)
    ordered = []
    for token in argv:
        if wanted[token] > 0:
            wanted[token] -= 1
            ordered.append(token)
    return ordered + list(wanted.elements())


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return actions[0].choices if actions else {}


def _command_word(argv: Sequence[str]) -> str | None:
    """The command a command line names: its first word that is not an option (nor the
    value of --library)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--library":
            skip = True
        elif token == "--":
            return None
        elif not token.startswith("-"):
            return token
    return None


def _handler(name: str) -> Handler:
    module, function = name.split(":")
    return getattr(import_module(module), function)  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
    argv = list(sys.argv[1:] if argv is None else argv)
    completing = "_ARGCOMPLETE" in os.environ
    word = None if completing or {"-h", "--help"} & set(argv) else _command_word(argv)
    parser = build_parser(only=word)
    if word is not None and word not in _commands(parser):
        parser = build_parser()  # not a command: the error lists them all
    if completing:  # the shell asks for completions: answer and exit
        import argcomplete

        argcomplete.autocomplete(parser)
    args = _parse(parser, argv)
    args.library = getattr(args, "library", None)
    args.json = getattr(args, "json", False)
    args.quiet = getattr(args, "quiet", False)
    if getattr(args, "text", None) == []:
        args.text = None
    if args.command is None:
        from guide.gui.app import main as gui_main

        return gui_main(["--library", args.library] if args.library else [])
    import sqlite3

    from guide.core.errors import LibraryError
    from guide.core.files import describe_os_error
    from guide.core.opening import open_library

    shown, sys.stdout = sys.stdout, _Output(sys.stdout)
    try:
        if not getattr(args, "needs_library", True):
            code = int(_handler(args.handler)(None, args))
            sys.stdout.flush()
            return code
        verify = not getattr(args, "opens_damaged", False)
        creates = getattr(args, "creates", False)
        with open_library(args.library, verify=verify, create=creates) as library:
            library.on_busy = _say
            code = int(_handler(args.handler)(library, args))
            sys.stdout.flush()
            if library.read_only is not None and code == EXIT_OK:
                _say(f"{library.read_only}: the library was read; changes cannot be saved now")
            return code
    except OutputLost as lost:  # what was written is committed: only what it said is lost
        if isinstance(lost.error, BrokenPipeError):
            return EXIT_OK  # a reader that stopped reading (guide history | head)
        _say(
            f"the output could not be written ({describe_os_error(lost.error)}); what the "
            "command changed before that is saved"
        )
        return EXIT_FAILED
    except LibraryError as error:
        _say(str(error))
        return EXIT_FAILED
    except sqlite3.DatabaseError as error:  # a read the library could not answer
        _say(f"the library could not be read ({error}); run `guide check`")
        return EXIT_FAILED
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            return EXIT_OK
        _say(f"{describe_os_error(error)}: {from_os(str(error.filename or ''))}".rstrip(": "))
        return EXIT_FAILED
    except KeyboardInterrupt:  # a write in progress was rolled back by its transaction
        _say("interrupted; what was being written was rolled back, the rest is as it was")
        return EXIT_INTERRUPTED
    finally:
        sys.stdout = shown


class OutputLost(Exception):
    """Standard output could not be written (a full disk, a closed pipe): said apart from a
    failure of the library: what the command changed before it is saved."""

    def __init__(self, error: OSError):
        super().__init__(str(error))
        self.error = error


class _Output:
    """Standard output, its write failures told apart (OutputLost)."""

    def __init__(self, stream: Any):
        self.stream = stream

    def write(self, text: str) -> int:
        if self.stream is None:  # closed before the command began (guide shows >&-)
            raise OutputLost(OSError(errno.EBADF, "standard output is closed"))
        try:
            return int(self.stream.write(text))
        except OSError as error:
            raise OutputLost(error) from error

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except OSError as error:
            raise OutputLost(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
