import sys

from guide import __version__


def run() -> int:
    """The `guide` command. `guide --version` answers before the command table is loaded
    (it is what scripts and packagers ask first: 41 ms -> about the interpreter's own)."""
    if sys.argv[1:] == ["--version"]:
        print(f"guide {__version__}")
        return 0
    from guide.cli import main

    return main()


if __name__ == "__main__":  # guarded: import workers re-import the main module
    raise SystemExit(run())
