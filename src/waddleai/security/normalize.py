"""Undoing the tricks attackers use to hide words from pattern matching.

`normalize` makes the canonical view every rule runs on: Unicode NFKC (full-width and
styled letters become ASCII), invisible characters dropped, Unicode tag characters
(U+E0020..U+E007E, "ASCII smuggling") turned back into the ASCII they hide, Cyrillic and
Greek look-alikes mapped to Latin, lower case, runs of whitespace collapsed.

`views` adds the extra readings that only make sense when the text shows a sign of them
(spaced-out letters, leetspeak digits inside words, reversed keywords, misspelt attack
words - typos.py), so ordinary text pays for one pass only.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from waddleai.security import anchors, homoglyphs, typos

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

_HOMOGLYPHS = homoglyphs.TABLE

_ODD = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f]"
)
_LOOKALIKE = re.compile("[\u0250-\u02af\u0370-\u03ff\u0400-\u052f\u1d00-\u1d7f\u2100-\u214f]")

# "i g n o r e", "i.g.n.o.r.e", "i-g-n-o-r-e": five or more single letters in a row.
_SPACED = re.compile(r"(?:(?<![a-z0-9])[a-z0-9~][ .\-_*/|]{1,3}){4,}[a-z0-9~](?![a-z0-9])")
_SPACED_SEP = re.compile(r"[ .\-_*/|]")
_LEET = bytes.maketrans(b"0134579@$!+", b"oieastgasit")
# Whole words an attack hidden in leetspeak would contain (as anchors.words splits them).
_LEET_WORDS = frozenset(
    [
        "ignore",
        "ignoring",
        "ignored",
        "ignores",
        "instructions",
        "instruction",
        "previous",
        "prior",
        "prompt",
        "prompts",
        "system",
        "jailbreak",
        "jailbroken",
        "password",
        "passwords",
        "secret",
        "secrets",
        "reveal",
        "disregard",
        "restrictions",
        "restriction",
        "developer",
        "pretend",
        "environment",
        "repeat",
        "credentials",
        "credential",
        "filter",
        "filters",
        "rules",
        "ssh",
        "above",
        "all",
        "bypass",
        "override",
        "forget",
        "guidelines",
        "unrestricted",
        "unfiltered",
        "uncensored",
        "print",
        "show",
        "env",
        "keys",
        "key",
        "dan",
        "mode",
    ]
)
# Whole words of attacks, reversed: looked up in the text's word set (no pass over the text).
_REVERSED_WORDS = frozenset(
    w[::-1]
    for w in (
        "ignore",
        "disregard",
        "forget",
        "instructions",
        "previous",
        "prompt",
        "system",
        "password",
        "secret",
        "secrets",
        "reveal",
        "jailbreak",
        "restrictions",
        "developer",
        "pretend",
        "environment",
        "variables",
        "repeat",
        "credentials",
        "filters",
        "rules",
        "print",
        "words",
        "above",
        "mode",
        "ssh",
        "id_rsa",
        "cat",
    )
)


def normalize(text: str) -> str:
    """The canonical lower-case view of `text`, with a leading space (see module docstring).

    ASCII text (the common case) costs one lower() and one split/join; the Unicode steps
    run only when the text has characters they would change.
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        if _ODD.search(text):
            text = text.translate(_INVISIBLE).translate(_TAGS)
        if _LOOKALIKE.search(text):
            text = unicodedata.normalize("NFKC", text.translate(_HOMOGLYPHS))
    return " " + " ".join(text.lower().split())


def normalize_split(text: str) -> tuple[str, list[str] | None]:
    """normalize(text), and for ASCII text its whitespace tokens in their original case
    (decode.py looks for encoded runs among them): one split serves both."""
    if not text.isascii():
        return normalize(text), None
    tokens = text.split()
    return " " + " ".join(tokens).lower(), tokens


def views(canonical: str, words: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(name, text): extra readings of a normalized text, each only when hinted at.

    `words` is the text's word set (scanner.words): reversed attacks show up there."""
    out: list[tuple[str, str]] = []
    # A leet word ("1gn0r3", "p@55w0rd") read back to a core word the text did not have:
    # set operations on the distinct words (_leet_hidden), not a pass per core word over
    # the text. Only then is the whole text read back.
    hinted = canonical.isascii() and any(c in canonical for c in "013457@$")
    if hinted and _leet_hidden(canonical, words):
        out.append(("leet", canonical.encode().translate(_LEET).decode()))
    hints = _REVERSED_WORDS.intersection(words or canonical.split())
    if hints:
        backwards = _backwards(canonical, hints)
        if backwards:
            out.append(("reversed", backwards))
    fixed = typos.corrected(canonical, words) if words else None
    if fixed is not None:
        out.append(("typo", fixed))
    return out


# Characters each side of a reversed hint word that are read backwards with it.
REVERSED_SPAN = 400
# Common words that are not words backwards ("the", not "no"/"on"): a stretch of text read
# backwards is only worth reading if it has as many of them that way as forwards (a
# reversed shell command has none either way).
_COMMON = frozenset((
    "the", "and", "to", "of", "you", "your", "is", "in", "all", "me", "it", "for", "this",
    "that", "with", "my", "are", "be", "not", "what", "any", "from", "was", "do", "have",
    "has", "can", "will",
))  # fmt: skip
_LETTERS = re.compile(r"[a-z']+")


def _backwards(canonical: str, hints: frozenset[str]) -> str:
    """The stretches around the reversed hint words that read better backwards, reversed.

    A reversed attack reads as words only backwards; code or prose that merely has one
    such word ("*.tac", Twisted's files, is "cat" backwards) reads as words forwards, and
    read backwards all of it was nonsense in which the model found attacks."""
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(hints))) + r")\b")
    spans: list[list[int]] = []
    for m in pattern.finditer(canonical):
        lo, hi = max(0, m.start() - REVERSED_SPAN), m.end() + REVERSED_SPAN
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    if len(spans) == 1 and spans[0][0] == 0 and spans[0][1] >= len(canonical):
        return canonical[::-1]  # a short text: all of it, as "run this reversed: ..." needs
    pieces = []
    for lo, hi in reversed(spans):
        piece = canonical[lo:hi]
        flipped = piece[::-1]
        if _common(flipped) >= _common(piece):
            pieces.append(flipped)
    return " ".join(pieces)


def _common(text: str) -> int:
    return sum(1 for word in _LETTERS.findall(text) if word in _COMMON)


def _leet_hidden(canonical: str, words: frozenset[str]) -> bool:
    """True when reading leet digits and symbols back gives a core word (_LEET_WORDS) that
    the text does not already have.

    A word of the text reads back to a core word only if it is one of that word's digit
    spellings (_LEET_SPELLINGS): one set intersection instead of joining, translating and
    re-splitting every distinct word. Symbols (@$!+) are not word characters, so the tokens
    around them are read back on their own, as before."""
    if not words:  # no word set from the caller: read the whole text back
        read = (canonical + _symbol_tokens(canonical)).encode().translate(_LEET).decode()
        return not (_LEET_WORDS.intersection(anchors.words(read)) <= words)
    for spelling in _LEET_SPELLINGS.keys() & words:
        if _LEET_SPELLINGS[spelling] not in words:
            return True
    symbols = _symbol_tokens(canonical)
    if not symbols:
        return False
    read_back = anchors.words(symbols.encode().translate(_LEET).decode())
    return not (_LEET_WORDS.intersection(read_back) <= words)


def _spellings(word: str) -> list[str]:
    """Every spelling of `word` with some of its letters written as the leet digits that
    _LEET reads back (o->0, i->1, e->3, a->4, s->5, t->7, g->9), the word itself first."""
    out = [""]
    for ch in word:
        out = [head + c for head in out for c in (ch, *_LEET_DIGITS.get(ch, ""))]
    return out


# The digits among _LEET's sources, per letter they read back to: the only characters of a
# word (anchors.words) that _LEET changes - its symbols are not word characters.
_LEET_DIGITS = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7", "g": "9"}
# Digit spelling -> core word ("1gn0r3" -> "ignore"): about 1,300 entries.
_LEET_SPELLINGS = {spelling: word for word in _LEET_WORDS for spelling in _spellings(word)[1:]}


def _symbol_tokens(canonical: str, limit: int = 32) -> str:
    """The space-separated tokens around leet symbols that are not word characters
    ("p@ssw0rd", "$ecret"): at most `limit` per symbol, found with str.find."""
    out = []
    for symbol in "@$!+":
        at = canonical.find(symbol)
        for _ in range(limit):
            if at < 0:
                break
            hi = canonical.find(" ", at)
            hi = len(canonical) if hi < 0 else hi
            out.append(canonical[canonical.rfind(" ", 0, at) + 1 : hi])
            at = canonical.find(symbol, hi)
    return " " + " ".join(out) if out else ""


def spaced_runs(canonical: str) -> list[str]:
    """Runs of spaced-out single characters, squeezed ("i g n o r e" -> "ignore")."""
    if len(canonical) < 12 or not _SPACED_SHAPE.search(
        canonical.encode("ascii", "replace").translate(_SPACED_BYTES)
    ):
        return []
    return [_SPACED_SEP.sub("", m.group(0)) for m in _SPACED.finditer(canonical)]


# Six spaced-out characters, as a shape in bytes (letters and digits -> "a", separators ->
# " "): a search whose literal first bytes " a " let sre skip ahead, not try every space.
_SPACED_BYTES = bytes(
    97 if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789~" else 32 if chr(c) in " .-_*/|" else 120
    for c in range(256)
)
_SPACED_SHAPE = re.compile(rb" a {1,3}a {1,3}a {1,3}a {1,3}a {1,3}a(?!a)")


_GAP = re.compile(r"[ .\-_*/|]{1,3}")


def _read_run(run: str) -> str:
    """One spaced-out run read back: its commonest gap joins letters, any other gap (a
    wider one, " / ", a space between dotted letters) separates words:
    "h.o.w d.o i" -> "how do i", "i g n o r e   a l l" -> "ignore all"."""
    gaps = _GAP.findall(run)
    joiner = Counter(gaps).most_common(1)[0][0]
    letters = _GAP.split(run)
    words, word = [], [letters[0]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap != joiner:
            words.append("".join(word))
            word = []
        word.append(letter)
    words.append("".join(word))
    return " ".join(words)


# _SPACED in the text as it came (the canonical text has lost the wide gaps between words)
_SPACED_RAW = re.compile(_SPACED.pattern, re.IGNORECASE)


def despace(text: str) -> str:
    """The text with each spaced-out run read back (`_read_run`) and the words around it
    as they are, normalized: "dotted text on a poster: g.r.a.n.d o.p.e.n.i.n.g" reads
    "... poster: grand opening", not one word of the whole line."""
    return normalize(_SPACED_RAW.sub(lambda m: _read_run(m.group(0)), text))


def hidden_tags(text: str) -> bool:
    """True when the text carries Unicode tag characters (invisible ASCII smuggling)."""
    return not text.isascii() and _TAG_CHARS.search(text) is not None


_TAG_CHARS = re.compile("[\U000e0000-\U000e007f]")
