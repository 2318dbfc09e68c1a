"""Where a text's anchors are, found in one pass over the text for all of them.

Rules start matching only at their anchors (rules/base.py), and a scan looks for a few
hundred of them. Looking each one up with str.find costs a pass over the text per anchor:
for a 2,000-token prompt that was a fifth of a scan, even with the text cut into blocks
searched only where an anchor's word occurs. An Aho-Corasick automaton of every anchor
(the `ahocorasick-rs` package, compiled code) finds all their occurrences in one pass,
in a tenth of the time; it runs once per text, and only when a rule asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick

from waddleai.security import rules

WINDOW = 320  # characters each side of an anchor that a rule's match may span
MAX_POSITIONS = 256  # occurrences of one anchor tried at most

_WORD_BYTES = bytes(c if chr(c).isalnum() or c == 95 else 32 for c in range(128)) + bytes(
    range(128, 256)
)
_NON_WORD = re.compile(r"\W+")


def words(text: str) -> frozenset[str]:
    """The set of word tokens (runs of letters, digits and _) of a normalized text: "don't"
    gives "don" and "t". Built by C code only (translate, split): no Python loop per word."""
    if text.isascii():
        return frozenset(text.encode().translate(_WORD_BYTES).decode().split())
    return frozenset(_NON_WORD.split(text))


class Finder:
    """Every anchor of a set of rules, as one automaton."""

    def __init__(self, all_rules: Iterable[rules.Rule]) -> None:
        self.anchors = sorted({anchor for rule in all_rules for anchor, _, _ in rule.plan})
        self._automaton = AhoCorasick(self.anchors) if self.anchors else None

    def positions(self, text: str) -> dict[str, list[int]]:
        """Anchor -> where it starts in `text`, in order (overlapping occurrences too, as
        repeated str.find would give them), at most MAX_POSITIONS each."""
        if self._automaton is None:
            return {}
        found: dict[int, list[int]] = {}
        for index, start, _end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            places = found.get(index)
            if places is None:
                found[index] = [start]
            elif len(places) < MAX_POSITIONS:
                places.append(start)
        anchors = self.anchors
        return {anchors[index]: places for index, places in found.items()}


class Anchors:
    """A text's word set, and the positions of anchors in it (found at the first ask)."""

    def __init__(self, text: str, finder: Finder) -> None:
        self.text = text
        self.words = words(text)
        self.cjk = not text.isascii() and rules.CJK.search(text) is not None
        self._finder = finder
        self._positions: dict[str, list[int]] | None = None

    @property
    def positions(self) -> dict[str, list[int]]:
        if self._positions is None:
            self._positions = self._finder.positions(self.text)
        return self._positions

    def windows(self, rule: rules.Rule) -> list[tuple[int, int]]:
        """The merged spans of WINDOW characters around each of the rule's anchors."""
        spans: list[tuple[int, int]] = []
        positions = self.positions
        for anchor, head, _shift in rule.plan:
            if head is not None and head not in self.words:
                continue  # "the ai" inside "the aim": the anchor's word is not there
            spans += [(max(0, p - WINDOW), p + WINDOW) for p in positions.get(anchor, ())]
        if len(spans) < 2:
            return spans
        spans.sort()
        merged = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged
