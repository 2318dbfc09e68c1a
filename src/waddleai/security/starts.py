"""Where a pattern's matches can start: the literal strings one of which each begins with.

A windowed rule (rules/base.py, lead=False) is run with finditer over the windows around
its anchors, and sre tries every position of a window: it can skip ahead only to a literal
prefix or a first-character set of its own, and a pattern that begins with `\\b` or with
an alternation of words gets neither. When every match must begin with one of a few
literal strings ("two ", "2 ", "both ", "twice" for `\\b(?:(?:two|2|both) (?:...)|twice)`),
the scanner instead finds those strings (str.find) and tries `match` where they occur
(scanner._from_starts): the same matches, found without a match attempt per position.

The strings come from the parsed pattern (re._parser, the parser re.compile itself uses):
literals, alternations and groups are followed from the start; zero-width assertions
(`\\b`, lookarounds) are stepped over, which can only let more positions through; the walk
stops at the first element that is neither (a class, a repeat, a back reference...).
"""

from __future__ import annotations

import re
import re._constants as sre_constants
import re._parser as sre_parse
from typing import Any

MAX_PREFIXES = 40  # a str.find pass each: more would cost more than they save
MIN_PREFIX = 2  # shorter strings occur too often to be worth a search per occurrence,
# except a punctuation mark that begins a match on its own ("@" of "@review-bot", "#")

_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)


def literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings every match of `pattern` starts with, or None when the pattern's start
    is not literal enough (or uses flags the walk does not follow)."""
    if pattern.flags & ~re.UNICODE:
        return None
    found = prefixes(sre_parse.parse(pattern.pattern).data)
    if found is None or not found or not all(map(_long_enough, found)):
        return None
    # "note" finds every "notes" and "note pour l'assistant": one str.find pass for all
    kept = sorted(found)
    return tuple(s for s in kept if not any(s != t and s.startswith(t) for t in kept))


def _long_enough(prefix: str) -> bool:
    return len(prefix) >= MIN_PREFIX or (len(prefix) == 1 and not prefix.isalnum())


def prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Literal strings one of which every match of the element sequence `items` begins
    with (a string may be the whole match), or None past MAX_PREFIXES strings. Literals
    always extend the strings; an alternation or group only while one is shorter than
    MIN_PREFIX, so `(?:two|2|both) (?:responses|answers|...)` gives "two ", "2 ", "both "
    rather than thirty combinations."""
    found, _whole = _walk(items)
    return found


def _walk(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(prefixes, whole): whole is True when every string is a complete match of
    `items` - only then may what follows `items` extend them."""
    out = {""}
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: stepping over it only admits more positions
        if op is sre_constants.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if min(map(len, out)) >= MIN_PREFIX:
            return out, False  # long enough: an alternation now would multiply the strings
        part, whole = _element(op, av)
        if part is None:
            return (out if out != {""} else None), False
        out = {s + p for s in out for p in part}
        if len(out) > MAX_PREFIXES:
            return None, False
        if not whole:
            return out, False
    return out, True


def _element(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    """The prefixes of one alternation or group, and whether they are whole matches."""
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None, False
        return _walk(sub.data)
    if op is sre_constants.BRANCH:
        out: set[str] = set()
        every_whole = True
        for alternative in av[1]:
            part, whole = _walk(alternative.data)
            if part is None or "" in part:
                return None, False  # an alternative with no literal start: any position
            out |= part
            every_whole = every_whole and whole
        return out, every_whole
    if op is sre_constants.MAX_REPEAT or op is sre_constants.MIN_REPEAT:
        low, _high, body = av
        if low >= 1:  # "(?:ai |coding )+agent": a match begins as the body's first match
            part, _whole = _walk(body.data)
            return part, False
    return None, False
