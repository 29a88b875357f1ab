"""Episode Guide: a desktop guide to the TV shows you follow."""

# The one place the version is written (pyproject.toml reads it from here): reading it from
# the installed metadata cost every `guide` command 20 ms at start.
__version__ = "0.1.0"
