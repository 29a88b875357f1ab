"""Back and forward through the places visited (articles, pages, shows), as a browser does."""

from __future__ import annotations

from typing import Any


class History:
    def __init__(self, limit: int = 500):
        self.items: list[Any] = []
        self.position = -1
        self.limit = limit

    @property
    def current(self) -> Any:
        return self.items[self.position] if self.position >= 0 else None

    def visit(self, item: Any) -> None:
        if item == self.current:
            return
        del self.items[self.position + 1 :]
        self.items.append(item)
        if len(self.items) > self.limit:
            del self.items[0]
        self.position = len(self.items) - 1

    def can_go_back(self) -> bool:
        return self.position > 0

    def can_go_forward(self) -> bool:
        return self.position < len(self.items) - 1

    def back(self) -> Any:
        if not self.can_go_back():
            return None
        self.position -= 1
        return self.items[self.position]

    def forward(self) -> Any:
        if not self.can_go_forward():
            return None
        self.position += 1
        return self.items[self.position]

    def forget(self, item: Any) -> None:
        """Drop an article that left the library."""
        while item in self.items:
            index = self.items.index(item)
            del self.items[index]
            if index <= self.position:
                self.position -= 1
        self.position = min(max(self.position, -1 if not self.items else 0), len(self.items) - 1)
