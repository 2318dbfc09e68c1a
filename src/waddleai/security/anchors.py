"""Where a text's anchors are, found without one pass over the text per anchor.

Rules start matching only at their anchors (rules/base.py). Looking each anchor up with
str.find over the whole text costs a full scan per anchor - for a 2,000-token prompt with
a hundred anchor words present that was most of a scan's time. Instead the text is cut
into blocks of about CHUNK characters (at spaces), each with its own word set (built by C
code: translate, split, frozenset); an anchor is searched for only in the blocks that
contain its first word.

Anchors sharing a first word are looked for together (`Group`): one regex pass over those
blocks finds every place where any of them starts, instead of one str.find pass per
anchor. A common word such as "the" heads a dozen anchors ("the ai", "the model", ...)
and occurs in every block: that was most of the characters searched.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

from waddleai.security import rules

WINDOW = 320  # characters each side of an anchor that a rule's match may span
MAX_POSITIONS = 256
CHUNK = 1024  # characters per block of the word index
# A head's anchors are searched as a Group when there are GROUP_MIN of them or more and
# they share a prefix of PREFIX_MIN characters: sre then skips ahead to that prefix, at
# about half str.find's speed, so a group pays off from two or three anchors searched.
GROUP_MIN = 4
PREFIX_MIN = 3
GROUP_TEXT_MIN = 2048  # characters of text below which no Group is used

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


@dataclass(frozen=True, slots=True)
class Group:
    """The anchors of one head word, as one regex: `search` finds the leftmost place at
    or after a position where one of them starts. Its alternatives run longest first, so
    the match names the longest anchor there; `starting[match]` lists that anchor and
    the group's anchors that are prefixes of it - exactly the anchors that start there.
    """

    search: Callable[[str, int, int], re.Match[str] | None]
    anchors: tuple[str, ...]
    starting: dict[str, tuple[tuple[str, int], ...]]  # anchor -> (anchor, its length), ...
    margin: int  # the longest anchor's length


def head_groups(all_rules: tuple[rules.Rule, ...]) -> dict[str, Group]:
    """A Group per head word whose anchors in `all_rules` are worth searching together."""
    by_head: dict[str, set[str]] = {}
    for rule in all_rules:
        for anchor, head, _shift in rule.plan:
            if head is not None:
                by_head.setdefault(head, set()).add(anchor)
    groups = {}
    for head, members in by_head.items():
        if len(members) < GROUP_MIN or len(os.path.commonprefix(list(members))) < PREFIX_MIN:
            continue  # few anchors, or no literal prefix for sre to skip ahead with
        ordered = tuple(sorted(members, key=lambda a: (-len(a), a)))
        starting = {a: tuple((b, len(b)) for b in ordered if a.startswith(b)) for a in ordered}
        search = re.compile("|".join(map(re.escape, ordered))).search
        groups[head] = Group(search, ordered, starting, len(ordered[0]))
    return groups


class Anchors:
    """A text's word set, and the positions of anchors in it (remembered per anchor)."""

    def __init__(self, text: str, groups: dict[str, Group] | None = None) -> None:
        self.text = text
        self.positions: dict[str, list[int]] = {}
        self._head_spans: dict[str | None, list[tuple[int, int]]] = {}
        # A short text's blocks are searched faster anchor by anchor than by a Group's
        # regex (its call and the lists for every anchor of the group cost more there).
        self._groups = (groups or {}) if len(text) >= GROUP_TEXT_MIN else {}
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
        if head is not None:
            group = self._groups.get(head)
            if group is not None and self._find_group(head, group):
                return self.positions[anchor]
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

    def _find_group(self, head: str, group: Group) -> bool:
        """The positions of every anchor of `group`, as `find` gives them, remembered: one
        regex search per place where one starts (plus one per span). An anchor is found in
        a span (lo, hi) when it starts in [lo - its length, hi] - the window `find`'s
        str.find covers. False, with nothing remembered, past MAX_POSITIONS places: then
        each anchor is found on its own (which stops at MAX_POSITIONS occurrences)."""
        spans = self._head_spans.get(head)
        if spans is None:
            spans = self._spans(head)
        found: dict[str, list[int]] = {a: [] for a in group.anchors}
        search, starting, margin, text = group.search, group.starting, group.margin, self.text
        places = 0
        for lo, hi in spans:
            end = hi + margin
            m = search(text, lo - margin if lo > margin else 0, end)
            while m is not None:
                at = m.start()
                for anchor, size in starting[m.group()]:
                    if lo - size <= at <= hi:
                        known = found[anchor]
                        if not known or at > known[-1]:  # spans' margins may overlap
                            known.append(at)
                places += 1
                if places > MAX_POSITIONS:
                    self._groups = {h: g for h, g in self._groups.items() if h != head}
                    return False
                m = search(text, at + 1, end)
        self.positions.update(found)
        return True

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
