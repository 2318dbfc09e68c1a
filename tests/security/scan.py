"""What the scanner finds in one text: the categories the detection tests assert on."""

from __future__ import annotations

from waddleai.security import scanner


def categories(text: str, channel: str = "user") -> set[str]:
    """Categories detected in `text` as it arrived through `channel`."""
    return {d.category for d in scanner.detect(text, channel)}
