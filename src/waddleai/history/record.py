"""One stored response, as the proxy handles it (independent of the ORM row)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson


@dataclass(slots=True)
class ResponseRecord:
    """A response with its full input (history included) and its output items."""

    id: str
    key_id: str
    user_id: int | None
    model: str
    input_items: list[dict[str, Any]]
    output_items: list[dict[str, Any]]
    response: dict[str, Any]  # the response object without `output`
    created_at: datetime
    expires_at: datetime
    size: int = 0  # bytes, for the cache's budget

    def __post_init__(self) -> None:
        if not self.size:
            self.size = len(orjson.dumps([self.input_items, self.output_items, self.response]))

    @property
    def history(self) -> list[dict[str, Any]]:
        """What a follow-up continues from: this response's input, then its output."""
        return [*self.input_items, *self.output_items]

    def body(self) -> dict[str, Any]:
        """The response object as ``GET /v1/responses/{id}`` returns it."""
        return {**self.response, "output": self.output_items}
