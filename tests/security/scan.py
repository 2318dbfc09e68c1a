"""What the scanner finds in one text: the categories the detection tests assert on, and
the rules' detections apart from the model's."""

from __future__ import annotations

from waddleai.security import scanner


def categories(text: str, channel: str = "user") -> set[str]:
    """Categories detected in `text` as it arrived through `channel`."""
    return {d.category for d in scanner.detect(text, channel)}


def rule_hits(text: str, channel: str = "user") -> list[scanner.Detection]:
    """The detections of rules in `text` (not the learned model's)."""
    return [d for d in scanner.detect(text, channel) if d.rule != "model"]


def rule_categories(text: str, channel: str = "user") -> set[str]:
    """Categories the rules detect in `text` (a block under `balanced`, not the model's
    flag)."""
    return {d.category for d in rule_hits(text, channel)}
