"""The rules' gates, flattened once into tuples and bit masks, so a scan skips a rule with
one integer operation instead of attribute look-ups and set operations per rule.

A rule can only match a text that has one of its head words (unless it has anchors with
no word, "loose"), a word of each of its `needs` groups, and CJK characters when all its
anchors are Chinese. Each such word group gets a bit; a word maps to the bits of the
groups it belongs to. A text's mask is the OR of its words' bits (one C-level pass over
the few words any rule cares about), and a rule is tried only when its required bits are
all set. The order of rules.ALL is kept: the first rule to reach a category's best score
names the detection.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from waddleai.security import anchors, rules, starts

# (required bits, category, score, rule, lead, anchors to try: (anchor, head, shift), ...,
#  for a windowed rule whose matches start with a few literal strings: those strings)
Items = tuple[tuple[str, str | None, int], ...]
Entry = tuple[int, str, float, rules.Rule, bool, Items, tuple[str, ...] | None]

CJK_BIT = 1


class Plan:
    """Rules per channel as entries, and the word -> bits table of their gates."""

    def __init__(self, all_rules: tuple[rules.Rule, ...]) -> None:
        self.source = all_rules
        bits: dict[frozenset[str], int] = {}
        word_bits: dict[str, int] = {}
        self.entries: list[tuple[frozenset[str] | None, Entry]] = []
        for rule in all_rules:
            if not rule.heads and not rule.loose:
                continue  # no anchor at all: the scanner never tries it
            groups = ([] if rule.loose else [rule.heads]) + list(rule.needs)
            required = CJK_BIT if rule.cjk else 0
            for group in groups:
                if group not in bits:
                    bits[group] = 1 << (len(bits) + 1)
                    for word in group:
                        word_bits[word] = word_bits.get(word, 0) | bits[group]
                required |= bits[group]
            entry = (
                required, rule.category, rule.score, rule, rule.lead, _items(rule), _starts(rule)
            )  # fmt: skip
            self.entries.append((rule.channels, entry))
        self.finder = anchors.Finder(all_rules)
        self.word_bits = word_bits
        self.vocabulary = frozenset(word_bits)
        self._by_channel: dict[str, tuple[Entry, ...]] = {}

    def for_channel(self, channel: str) -> tuple[Entry, ...]:
        found = self._by_channel.get(channel)
        if found is None:
            found = tuple(e for only, e in self.entries if only is None or channel in only)
            if len(self._by_channel) < 64:  # channels are a handful of names; bounded anyway
                self._by_channel[channel] = found
        return found

    def mask(self, words: frozenset[str], cjk: bool) -> int:
        """The gate bits a text with these words (and CJK characters or not) sets."""
        present = self.vocabulary.intersection(words)
        found = reduce(or_, map(self.word_bits.__getitem__, present), 0)
        return found | CJK_BIT if cjk else found


def _items(rule: rules.Rule) -> Items:
    """The anchors a lead rule tries, those with a head word first, grouped by head."""
    by_head = rule.by_head or {}
    headed = [(a, head, shift) for head, pairs in by_head.items() for a, shift in pairs]
    return tuple(headed) + tuple((a, None, shift) for a, shift in rule.unheaded)


def _starts(rule: rules.Rule) -> tuple[str, ...] | None:
    """For a windowed rule whose every match starts with one of a few literal strings:
    those strings (starts.py), so the scanner tries `match` only where one occurs."""
    return None if rule.lead else starts.literals(rule.pattern)


_PLAN: Plan | None = None


def current() -> Plan:
    """The plan of rules.ALL, rebuilt if rules.ALL was replaced."""
    global _PLAN
    if _PLAN is None or _PLAN.source is not rules.ALL:
        _PLAN = Plan(rules.ALL)
    return _PLAN
