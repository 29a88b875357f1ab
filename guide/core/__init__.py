"""The Qt-free core of Episode Guide: articles, the library, importing, tracking, search.

Nothing in this package imports Qt; the CLI, the tests and the GUI all stand on it.
"""
