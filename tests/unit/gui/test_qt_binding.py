"""The Qt binding itself: a PySide6 release that mishandles what the window does all day is
refused here, before a user meets it as a crash."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_reading_an_empty_role_keeps_none_alive(qapp):
    """PySide6 6.12.0 dropped a reference to None on every empty role read (an invalid
    QVariant turned into None); after a few hundred thousand reads in a session, the
    interpreter aborted with "deallocating None". pyproject.toml keeps below it."""
    model = QStandardItemModel()
    model.appendRow([QStandardItem("a"), QStandardItem("b")])
    index = model.index(0, 1)
    before = sys.getrefcount(None)
    for _ in range(200):  # few enough that a broken binding fails here, not aborts
        assert index.data(Qt.ItemDataRole.UserRole + 5) is None
        assert QModelIndex().data() is None
    assert sys.getrefcount(None) >= before - 10  # a little noise, never 400 lost
