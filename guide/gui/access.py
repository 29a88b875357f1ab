"""Names for the parts of widgets that Qt builds itself, so that a screen reader can say
what each one does: a line edit's clear button, a combo box's popup list, a toolbar's
overflow button, a table's select-all corner."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from guide.gui.i18n import tr


def name_built_in_parts(root: QWidget) -> None:
    """Name every unnamed built-in part under ``root`` (call again after building more)."""
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(tr("Clear {field}").format(field=edit.accessibleName()))
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if not view.accessibleName():
            view.setAccessibleName(combo.accessibleName())
    for bar, name in ((QToolBar, "qt_toolbar_ext_button"), (QMenuBar, "qt_menubar_ext_button")):
        for holder in root.findChildren(bar):
            more = holder.findChild(QToolButton, name)
            if more is not None and not more.accessibleName():
                more.setAccessibleName(tr("More"))
    for table in root.findChildren(QTableView):
        corner = table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None and not corner.accessibleName():
            corner.setAccessibleName(tr("Select All"))
