"""Which AT-SPI roles are controls, and which are a view's items (shared by the client, which
runs under the system Python, and the tests)."""

CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "menu item",
    "check menu item",
    "radio menu item",
    "page tab",
    "list",
    "tree",
    "table",
    "tree table",
    "link",
    "date editor",
}
ITEMS = {"table cell", "list item", "table column header", "table row header", "tree item"}
CONTAINERS = {"list", "tree", "table", "tree table"}
