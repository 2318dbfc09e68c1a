"""Response headers: a read-only mapping looked up case-insensitively.

Names are stored lowercased once, at parse time, so a lookup costs one `str.lower`.
A repeated header keeps every value, joined with ", " (RFC 9110 §5.3).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping


class Headers(Mapping[str, str]):
    """Case-insensitive, immutable view of an answer's headers."""

    __slots__ = ("_items",)

    def __init__(self, raw: list[tuple[bytes, bytes]] | None = None) -> None:
        items: dict[str, str] = {}
        for name, value in raw or ():
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            items[key] = f"{items[key]}, {text}" if key in items else text
        self._items = items

    def __getitem__(self, name: str) -> str:
        return self._items[name.lower()]

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return self._items.get(name.lower(), default)

    def getall(self, name: str) -> list[str]:
        """Every value of `name` (its presence also tells lookups it is case-insensitive)."""
        value = self._items.get(name.lower())
        return [] if value is None else [v.strip() for v in value.split(",")]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Headers({self._items!r})"
