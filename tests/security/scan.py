"""What the scanner finds in one text: the categories the detection tests assert on, and
the rules' detections apart from the model's."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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


Case = tuple[str, str]  # (channel, text)
Attack = tuple[str, str, str]  # (category, channel, text)


def lookalike_tests(
    benign: list[Case], attacks: list[Attack]
) -> tuple[Callable[[str, str], None], Callable[[str, str, str], None]]:
    """A round's two look-alike tests: no rule fires on each look-alike, and each attack it
    resembles is still caught. Bind them to `test_...` names in the round's module."""

    @pytest.mark.parametrize(("channel", "text"), benign)
    def passes(channel: str, text: str) -> None:
        assert rule_hits(text, channel) == [], text

    @pytest.mark.parametrize(("category", "channel", "text"), attacks)
    def caught(category: str, channel: str, text: str) -> None:
        assert category in categories(text, channel), text

    return passes, caught
