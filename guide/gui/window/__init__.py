"""The main window: its composition, its commands, its state across runs, page routing and
back/forward."""
