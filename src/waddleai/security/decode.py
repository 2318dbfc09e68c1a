"""Finding and decoding text that looks encoded, so hidden instructions are scanned too.

Only substrings with the shape of an encoding are tried (a run of base64 alphabet, hex
pairs, eight-bit groups, Morse, escapes...), and a decoding counts only when it yields
mostly printable words - a git hash or a random token decodes to garbage and is dropped.
ROT13 has no shape: it is tried on the whole text, which is cheap (one `translate`).
Results are bounded: at most `MAX_PIECES` decodings of at most `MAX_DECODED` characters.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from urllib.parse import unquote

MAX_PIECES = 16
MAX_DECODED = 20_000

_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")
_B32 = re.compile(r"(?<![A-Za-z2-7=])[A-Z2-7]{16,}={0,6}(?![A-Za-z2-7=])")
_HEX = re.compile(r"(?<![0-9a-fA-F])(?:(?:0x|\\x)?[0-9a-fA-F]{2}[ :,]?){8,}(?![0-9a-fA-F])")
_BIN = re.compile(r"(?<![01])(?:[01]{8}[ ,]?){4,}(?![01])")
_A85 = re.compile(r"<~(.{8,}?)~>", re.S)
_B85 = re.compile(r"(?<![!-~])[0-9A-Za-z!#$%&()*+\-;<=>?@^_`{|}~]{20,}(?![!-~])")
_URL = re.compile(r"[^\s%]{0,16}(?:%[0-9a-fA-F]{2}[^%\s]{0,16}){4,}")
_UNI = re.compile(r"(?:\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|&#x?[0-9a-fA-F]{2,5};){4,}")
_MORSE = re.compile(r"(?<![.\-\w])(?:[.\-]{1,7}(?: {1,3}| ?/ ?)){5,}[.\-]{1,7}(?![.\-\w])")

_MORSE_TABLE = {
    ".-": "a", "-...": "b", "-.-.": "c", "-..": "d", ".": "e", "..-.": "f", "--.": "g",
    "....": "h", "..": "i", ".---": "j", "-.-": "k", ".-..": "l", "--": "m", "-.": "n",
    "---": "o", ".--.": "p", "--.-": "q", ".-.": "r", "...": "s", "-": "t", "..-": "u",
    "...-": "v", ".--": "w", "-..-": "x", "-.--": "y", "--..": "z", ".----": "1",
    "..---": "2", "...--": "3", "....-": "4", ".....": "5", "-....": "6", "--...": "7",
    "---..": "8", "----.": "9", "-----": "0", ".-.-.-": ".", "--..--": ",", "..--..": "?",
}  # fmt: skip
_ROT13_HINT = re.compile(
    r"\b(?:vtaber|cerivbhf|vafgehpgvbaf|flfgrz|cebzcg|wnvyoernx|frperg|cnffjbeq|"
    r"erirny|qvfertneq|ehyrf|gbxra|perqragvnyf)\b"
)
_WORDS = re.compile(r"[a-zA-Z]{2,}")


def readable(text: str) -> bool:
    """Mostly printable, with real words: what a decoded instruction looks like."""
    if len(text) < 4:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\t")
    if printable < 0.9 * len(text):
        return False
    letters = sum(len(w) for w in _WORDS.findall(text))
    return letters >= 0.5 * len(text.replace(" ", "")) and " " in text.strip()


def _bytes_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text if readable(text) else None


def _b64(s: str) -> str | None:
    s = s.rstrip("=")
    pad = "=" * (-len(s) % 4)
    try:
        if "-" in s or "_" in s:
            return _bytes_text(base64.urlsafe_b64decode(s + pad))
        return _bytes_text(base64.b64decode(s + pad, validate=True))
    except (binascii.Error, ValueError):
        return None


def _b32(s: str) -> str | None:
    s = s.rstrip("=")
    try:
        return _bytes_text(base64.b32decode(s + "=" * (-len(s) % 8)))
    except (binascii.Error, ValueError):
        return None


def _hex(s: str) -> str | None:
    digits = re.sub(r"0x|\\x|[ :,]", "", s)
    if len(digits) % 2:
        return None
    try:
        return _bytes_text(bytes.fromhex(digits))
    except ValueError:
        return None


def _bin(s: str) -> str | None:
    groups = re.findall(r"[01]{8}", s)
    return _bytes_text(bytes(int(g, 2) for g in groups))


def _a85(s: str) -> str | None:
    try:
        return _bytes_text(base64.a85decode(s, adobe=False))
    except (ValueError, binascii.Error):
        return None


def _b85(s: str) -> str | None:
    if s.isalnum():  # plain words and identifiers are tried as base64 already
        return None
    try:
        return _bytes_text(base64.b85decode(s))
    except (ValueError, binascii.Error):
        return None


def _morse(s: str) -> str | None:
    words = re.split(r" ?/ ?| {3}", s.strip())
    out = []
    for word in words:
        letters = [_MORSE_TABLE.get(code) for code in word.split()]
        if None in letters:
            return None
        out.append("".join(letters))  # type: ignore[arg-type]
    text = " ".join(out)
    return text if len(text) >= 4 else None


def _escapes(s: str) -> str | None:
    try:
        text = codecs.decode(s, "unicode_escape") if "\\" in s else _html(s)
    except (UnicodeDecodeError, ValueError):
        return None
    return text if readable(text) else None


def _html(s: str) -> str:
    import html

    return html.unescape(s)


def _url(s: str) -> str | None:
    text = unquote(s)
    return text if text != s and readable(text) else None


_DECODERS = (
    (_B64, _b64, "base64"),
    (_B32, _b32, "base32"),
    (_HEX, _hex, "hex"),
    (_BIN, _bin, "binary"),
    (_B85, _b85, "base85"),
    (_URL, _url, "url"),
    (_UNI, _escapes, "escape"),
    (_MORSE, _morse, "morse"),
)
_SHAPE_HINT = re.compile(
    r"[A-Za-z0-9+/=_-]{16}|%[0-9a-fA-F]{2}|\\[ux]|&#|[.\-]{2,} [.\-]|<~|[01]{8}"
)


_B64_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")
_B85_CHARS = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~"
)
_HEX_CHARS = frozenset("0123456789abcdefABCDEF")
_ROT13 = bytes.maketrans(
    b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    b"nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM",
)
_ROT13_WORDS = ("vtaber", "vafgehpgvba", "flfgrz", "cebzcg", "wnvyoernx", "frperg",
                "cnffjbeq", "erirny", "qvfertneq", "erfgevpgvba", "raivebazrag", "perqragvny",
                "qrirybcre", "cergraq", "ercrng", "fffu", "vq_efn", ".ffu")  # fmt: skip
# The same as whole words (anchors.words splits "don't" and ".ssh" at the punctuation).
_ROT13_SET = frozenset(
    ("vtaber", "vafgehpgvbaf", "vafgehpgvba", "flfgrz", "cebzcg", "wnvyoernx", "frperg",
     "frpergf", "cnffjbeq", "cnffjbeqf", "erirny", "qvfertneq", "erfgevpgvbaf", "raivebazrag",
     "perqragvnyf", "qrirybcre", "cergraq", "ercrng", "ffu", "vq_efn", "cerivbhf", "ehyrf",
     "gbxra", "gbxraf")
)  # fmt: skip


_B64_STR = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-"
_B32_STR = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567="
_B85_STR = "".join(sorted(_B85_CHARS))
_HEX_STR = "0123456789abcdefABCDEF"


_TOKEN_SLICE = 2048
_NAMED = re.compile(r"[\w.-]{1,40}[\"']?[=:][\"']?([^\"'=:]{16,}=*)$").match


def _long_tokens(text: str, tokens: list[str] | None = None) -> list[str]:
    """The first 64 whitespace-separated tokens of 16+ characters, quotes and brackets
    stripped. `tokens`: text.split(), if known."""
    tokens = text.split() if tokens is None else tokens
    long: list[str] = []
    # A comprehension per slice of tokens (twice as fast as compress over map(len) in
    # CPython 3.11), slices so a huge text still stops early once 64 are found.
    for lo in range(0, len(tokens), _TOKEN_SLICE):
        long += [t for t in tokens[lo : lo + _TOKEN_SLICE] if len(t) > 15]
        if len(long) >= 64:
            break
    found = [t.strip("\"'`()[]{}<>,;.:") for t in long[:64]]
    # `config_hint=4173...`, `"note":"aWdub3Jl..."`: the value after a short name, too
    return found + [m.group(1) for t in found if ("=" in t or ":" in t) and (m := _NAMED(t))]


def _token_decodings(text: str, tokens: list[str] | None = None) -> list[tuple[str, str]]:
    """Decode tokens shaped like hex, base32, base64 or base85 (str.strip checks: C speed).

    All-lowercase tokens and tokens of letters and _ only are skipped: identifiers and
    words; base64 of 12+ bytes of text practically always holds a digit, + or /."""
    found = []
    for token in _long_tokens(text, tokens):
        if token.replace("_", "").isalpha() or "." in token or "[" in token:
            continue  # names, dotted paths, subscripts: not in any alphabet tried below
        decoded = None
        if not token.strip(_HEX_STR):
            decoded, name = (_hex(token), "hex") if len(token) % 2 == 0 else (None, "")
        elif token.islower():
            continue
        elif not token.strip(_B32_STR):
            decoded, name = _b32(token), "base32"
        if decoded is None and not token.strip(_B64_STR):
            decoded, name = _b64(token), "base64"
        elif decoded is None and not token.strip(_B85_STR):
            decoded, name = _b85(token), "base85"
        if decoded:
            found.append((name, decoded[:MAX_DECODED]))
    return found


_HEX_PAIRS = frozenset(f"{hi}{lo}" for hi in "4567" for lo in "0123456789abcdef")


def _hinted(
    text: str, words: frozenset[str] | None = None
) -> list[tuple[re.Pattern[str], object, str]]:
    """The shape decoders worth running on `text`, from cheap substring checks (and set
    operations on its word set when the caller has it)."""
    todo: list[tuple[re.Pattern[str], object, str]] = []
    if words is not None:
        spaced_hex = len(_HEX_PAIRS.intersection(words)) >= 3
    else:
        spaced_hex = text.count(" 6") + text.count(" 7") >= 3 or ":6" in text
    if spaced_hex:
        todo.append((_HEX, _hex, "hex"))
    if "0110" in text:
        todo.append((_BIN, _bin, "binary"))
    # A one-character check first where one is possible: it is a memchr, while a count
    # or a two-character search walks the whole text.
    if "%" in text and text.count("%") >= 4:
        todo.append((_URL, _url, "url"))
    if ("\\" in text and ("\\u" in text or "\\x" in text)) or ("&" in text and "&#" in text):
        todo.append((_UNI, _escapes, "escape"))
    if _dot_dash(text) and (" / " in text or text.count(".") > 8):
        todo.append((_MORSE, _morse, "morse"))
    return todo


def _dot_dash(text: str, limit: int = 32) -> bool:
    """'.-' in text or '-.' in text. A two-character search walks the whole text at about
    a character per nanosecond; the dashes of most texts are few, and found by memchr."""
    at = text.find("-")
    for _ in range(limit):
        if at < 0:
            return False
        if text[at - 1 : at] == "." or text[at + 1 : at + 2] == ".":
            return True
        at = text.find("-", at + 1)
    return at >= 0 and (".-" in text or "-." in text)


def decodings(
    text: str,
    depth: int = 2,
    words: frozenset[str] | None = None,
    tokens: list[str] | None = None,
) -> list[tuple[str, str]]:
    """(encoding, decoded text) for every encoded-looking piece, nested up to `depth`.

    `words` is the word set of the text's normalized form (anchors.words), when the
    caller has it: ROT13 is then hinted by one set operation instead of a pass per word.
    `tokens` is text.split(), when the caller has it."""
    found: list[tuple[str, str]] = []
    if text.isascii():
        hinted = (
            not _ROT13_SET.isdisjoint(words)
            if words is not None
            else any(w in text.lower() for w in _ROT13_WORDS)
        )
        if hinted:
            low = text.lower()
            found.append(("rot13", low.encode().translate(_ROT13).decode()))
    found += _token_decodings(text, tokens)
    if "~" in text and "<~" in text:
        for match in _A85.finditer(text):
            decoded = _a85(match.group(1))
            if decoded:
                found.append(("ascii85", decoded))
    seen: set[tuple[str, str]] = set()
    for pattern, decoder, name in _hinted(text, words):
        for match in pattern.finditer(text):
            piece = match.group(0)
            if (name, piece) in seen:
                continue
            seen.add((name, piece))
            decoded = decoder(piece)  # type: ignore[operator]
            if decoded:
                found.append((name, decoded[:MAX_DECODED]))
            if len(found) >= MAX_PIECES or len(seen) > 4 * MAX_PIECES:
                break
    if depth > 1:
        for name, decoded in list(found):
            found += [(f"{name}+{n}", d) for n, d in decodings(decoded, depth - 1)]
    return found[:MAX_PIECES]
