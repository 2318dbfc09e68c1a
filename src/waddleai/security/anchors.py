"""Where a text's anchors are, found without one pass over the text per anchor.

Rules start matching only at their anchors (rules/base.py). Looking each anchor up with
str.find over the whole text costs a full scan per anchor - for a 2,000-token prompt with
a hundred anchor words present that was most of a scan's time. Instead the text is cut
into blocks of about CHUNK characters (at spaces), each with its own word set (built by C
code: translate, split, frozenset); an anchor is searched for only in the blocks that
contain its first word.
"""

from __future__ import annotations

import re

from waddleai.security import rules

WINDOW = 320  # characters each side of an anchor that a rule's match may span
MAX_POSITIONS = 256
CHUNK = 1024  # characters per block of the word index

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


class Anchors:
    """A text's word set, and the positions of anchors in it (remembered per anchor)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions: dict[str, list[int]] = {}
        self._head_spans: dict[str | None, list[tuple[int, int]]] = {}
        self.cjk = False
        if not text.isascii():
            self.words = frozenset(_NON_WORD.split(text))
            self.cjk = rules.CJK.search(text) is not None
            self.blocks: list[tuple[int, int, frozenset[str]]] = [(0, len(text), self.words)]
            return
        plain = text.encode().translate(_WORD_BYTES).decode()
        self.blocks = []
        lo, size = 0, len(text)
        while lo < size:
            hi = plain.find(" ", lo + CHUNK) if lo + CHUNK < size else -1
            hi = size if hi < 0 else hi
            self.blocks.append((lo, hi, frozenset(plain[lo:hi].split())))
            lo = hi
        self.words = (
            self.blocks[0][2]
            if len(self.blocks) == 1
            else frozenset().union(*(b[2] for b in self.blocks))
        )

    def has_any(self, group: frozenset[str]) -> bool:
        return not group.isdisjoint(self.words)

    def windows(self, rule: rules.Rule) -> list[tuple[int, int]]:
        """The merged spans of WINDOW characters around each of the rule's anchors."""
        spans: list[tuple[int, int]] = []
        for anchor, head, _shift in rule.plan:
            if head is not None and head not in self.words:
                continue
            spans += [(max(0, p - WINDOW), p + WINDOW) for p in self.find(anchor, head)]
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

    def find(self, anchor: str, head: str | None = None) -> list[int]:
        """Positions of `anchor` in the text (at most MAX_POSITIONS), remembered; with its
        first word `head`, only in the blocks that have that word."""
        found = self.positions.get(anchor)
        if found is not None:
            return found
        spans = self._head_spans.get(head)
        if spans is None:
            spans = self._spans(head)
        found = self.positions[anchor] = []
        text = self.text  # text.find, not a bound method in a local: CPython calls it faster
        extra = len(anchor)  # an anchor may start in a block and end in the next
        for lo, hi in spans:
            end = hi + extra
            at = text.find(anchor, lo - extra if lo > extra else 0, end)
            while at >= 0:
                if not found or at > found[-1]:  # spans' margins may overlap
                    found.append(at)
                    if len(found) >= MAX_POSITIONS:
                        return found
                at = text.find(anchor, at + 1, end)
        return found

    def _spans(self, head: str | None) -> list[tuple[int, int]]:
        """The runs of consecutive blocks that contain `head` (all blocks for None), merged
        and remembered per head: anchors sharing a word share the block scan, and a word
        present everywhere costs one str.find pass instead of one per block."""
        spans = self._head_spans[head] = []
        for lo, hi, block_words in self.blocks:
            if head is not None and head not in block_words:
                continue
            if spans and spans[-1][1] == lo:
                spans[-1] = (spans[-1][0], hi)
            else:
                spans.append((lo, hi))
        return spans
