"""The bundle's entry point: the desktop app."""

import multiprocessing

from guide.gui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
