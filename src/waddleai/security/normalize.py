"""Undoing the tricks attackers use to hide words from pattern matching.

`normalize` makes the canonical view every rule runs on: Unicode NFKC (full-width and
styled letters become ASCII), invisible characters dropped, Unicode tag characters
(U+E0020..U+E007E, "ASCII smuggling") turned back into the ASCII they hide, Cyrillic and
Greek look-alikes mapped to Latin, lower case, runs of whitespace collapsed.

`views` adds the extra readings that only make sense when the text shows a sign of them
(spaced-out letters, leetspeak digits inside words, reversed keywords), so ordinary text
pays for one pass only.
"""

from __future__ import annotations

import re
import unicodedata

# Zero-width and formatting characters that render as nothing.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2060, 0x2070))
    + list(range(0xFE00, 0xFE10)),
    None,
)
# Tag characters mirror ASCII 0x20..0x7E; other tags (language tag, cancel) vanish.
_TAGS = {cp: (cp - 0xE0000 if 0xE0020 <= cp <= 0xE007E else None) for cp in range(0xE0000, 0xE0080)}

_HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɡ": "g", "ӏ": "l",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y", "μ": "u",
        # Latin look-alikes NFKC keeps
        "ı": "i", "ſ": "s", "ℓ": "l", "ɑ": "a", "ɩ": "i", "ᴀ": "a", "ʀ": "r",
    }
)  # fmt: skip

_SPACE = re.compile(r"\s+")
_ASCII_SAFE = re.compile(r"[\x00-\x7f]*")

# "i g n o r e", "i.g.n.o.r.e", "i-g-n-o-r-e": five or more single letters in a row.
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z0-9][ .\-_*/|]{1,3}){4,}[a-z0-9](?![a-z0-9])")
_SPACED_SEP = re.compile(r"[ .\-_*/|]")
# A digit or symbol squeezed between letters: "1gn0re", "pr0mpt", "p@ssw0rd".
_LEET_HINT = re.compile(r"[a-z][0134579@$|!+][a-z]|[0134579@$][a-z]{2}")
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g", "@": "a",
     "$": "s", "!": "i", "|": "l", "+": "t"}
)  # fmt: skip
# Keywords of every rule family, reversed: a cheap test for reversed text.
_REVERSED_HINT = re.compile(
    r"erongi|dragersid|snoitcurtsni|tpmorp|kaerbliaj|terces|drowssap|slaitnederc|"
    r"metsys|tegrof|lesruoy|edirrevo|yek ipa|nekot"
)


def normalize(text: str) -> str:
    """The canonical lower-case view of `text` (see module docstring)."""
    if _ASCII_SAFE.fullmatch(text) is None:
        text = unicodedata.normalize("NFKC", text)
        text = text.translate(_INVISIBLE).translate(_TAGS).translate(_HOMOGLYPHS)
        text = unicodedata.normalize("NFKC", text)
    return _SPACE.sub(" ", text.lower()).strip()


def views(canonical: str) -> list[tuple[str, str]]:
    """(name, text): extra readings of a normalized text, each only when hinted at."""
    out: list[tuple[str, str]] = []
    if _SPACED.search(canonical):
        out.append(("spaced", _SPACED.sub(lambda m: _SPACED_SEP.sub("", m.group(0)), canonical)))
    if _LEET_HINT.search(canonical):
        out.append(("leet", canonical.translate(_LEET)))
    if _REVERSED_HINT.search(canonical):
        out.append(("reversed", canonical[::-1]))
    return out


def hidden_tags(text: str) -> bool:
    """True when the text carries Unicode tag characters (invisible ASCII smuggling)."""
    return any(0xE0000 <= ord(ch) <= 0xE007F for ch in text) if not text.isascii() else False
