"""Cyrillic, Greek and Latin look-alikes and the ASCII letters normalize.py maps them to.

Kept apart so the rules can fold their own non-Latin patterns the same way
(rules/languages.py): a Russian word in a text reaches the rules half-mapped ("игнорируй"
becomes "игhopиpyй"), so a rule written in Cyrillic must accept either letter.
"""

from __future__ import annotations

PAIRS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɡ": "g", "ӏ": "l",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u",
    # Latin look-alikes NFKC keeps
    "ı": "i", "ſ": "s", "ℓ": "l", "ɑ": "a", "ɩ": "i", "ᴀ": "a", "ʀ": "r",
}  # fmt: skip
TABLE = str.maketrans(PAIRS)


def either(pattern: str) -> str:
    """`pattern` with each letter that has a look-alike replaced by a class of both
    ("н" -> "[нh]"): it matches the text whichever way normalize.py left that letter.
    Only for patterns without character classes of their own."""
    return "".join(f"[{ch}{PAIRS[ch]}]" if ch in PAIRS else ch for ch in pattern)
