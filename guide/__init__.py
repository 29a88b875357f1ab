"""Episode Guide: a desktop guide to the TV shows you follow."""

from importlib import metadata

try:
    __version__ = metadata.version("episode-guide")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
