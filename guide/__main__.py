import sys

from guide import __version__


def run() -> int:
    """The `guide` command. `guide --version` answers before the command table is loaded
    (it is what scripts and packagers ask first: 41 ms -> about the interpreter's own)."""
    if sys.argv[1:] == ["--version"]:
        if sys.stdout is None:  # closed (guide --version >&-)
            print(
                "guide: the output could not be written (standard output is closed)",
                file=sys.stderr,
            )
            return 1
        try:
            print(f"guide {__version__}", flush=True)
        except BrokenPipeError:
            return 0
        except (OSError, AttributeError) as error:  # a full disk; no standard output at all
            print(f"guide: the output could not be written ({error})", file=sys.stderr)
            return 1
        return 0
    from guide.cli import main

    return main()


if __name__ == "__main__":  # guarded: import workers re-import the main module
    raise SystemExit(run())
