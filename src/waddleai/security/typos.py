"""Reading misspelt attack words back: "ignroe all previuos instrucitons" -> "ignore all
previous instructions".

Every variant one typing slip away from a core attack word (a letter dropped, two swapped,
one doubled or inserted; one replaced in long words) maps back to the word. A text pays
one set intersection of its word set with the variants; only a text that has one gets a
corrected reading, which the rules then judge like any other. Variants that are real
words ("forge", "revel", "developed", "rule") or inflections ("ignored") are left alone;
truncations that are not words ("ignor") are read back.
"""

from __future__ import annotations

import re
import string

_CORE = (
    "ignore", "disregard", "forget", "override", "bypass", "previous", "instructions",
    "instruction", "guidelines", "directives", "restrictions", "programming", "system",
    "prompt", "reveal", "repeat", "original", "initial", "hidden", "secret", "secrets",
    "password", "passwords", "credentials", "environment", "variables", "jailbreak",
    "jailbroken", "developer", "pretend", "unrestricted", "unfiltered", "uncensored",
    "filters", "safety", "limits", "policies", "everything", "constraints",
)  # fmt: skip
# Real words (or words of ordinary code) one edit away from a core word.
_REAL = frozenset(
    (
        "rule",
        "constraint",
        "guideline",
        "directive",
        "restriction",
        "credential",
        "hid",
        "hidde",
        "forg",
        "forge",
        "revel",
        "filers",
        "fiters",
        "safely",
        "forgot",
        "falters",
        "fitters",
        "developed",
        "develops",
        "secretes",
        "secrete",
        "hide",
        "hiddenn",
        "limit",
        "limes",
        "prompts",
        "promote",
        "systems",
        "sistem",
        "polices",
        "police",
        "initials",
        "originals",
        "passwd",
        "repeal",
        "repeats",
        "reheat",
        "reseat",
        "filter",
        "filterss",
        "limitss",
        "safe",
        "secrets",
        "secret",
        "variable",
        "instruction",
        "instructions",
        "password",
        "passwords",
        "prepend",
        "prebend",
        "constrains",
        "overrode",
        "reval",
    )  # fmt: skip
)
_LETTERS = string.ascii_lowercase


def _edits(word: str) -> set[str]:
    out: set[str] = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1 :])  # dropped
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # swapped
        out.add(word[:i] + word[i] + word[i:])  # doubled
    if len(word) >= 7:
        for i in range(len(word)):
            for c in _LETTERS:
                out.add(word[:i] + c + word[i + 1 :])  # replaced
                out.add(word[:i] + c + word[i:])  # inserted
    return out


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for word in _CORE:
        for variant in _edits(word):
            if (
                len(variant) >= 4
                and variant not in _REAL
                and variant not in _CORE
                and not variant.startswith(word)
            ):
                table.setdefault(variant, word)
    return table


TYPOS = _table()  # ~20k variants: no second copy of its keys (a frozenset was +0.5 MB)


def corrected(canonical: str, words: frozenset[str]) -> str | None:
    """The text with its misspelt attack words fixed, or None when it has none."""
    hits = TYPOS.keys() & words  # walks the smaller side, like a set intersection
    if not hits:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, hits))) + r")\b")
    return pattern.sub(lambda m: TYPOS[m.group(0)], canonical)
