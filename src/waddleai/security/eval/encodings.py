"""The obfuscations attackers paste, for the evaluation sets' generators.

Blind sets are written without looking at anything here, so each carries its own copy;
once a blind set becomes a development round it uses these. Tables are parameters: each
set keeps the look-alikes and leetspeak it was written with, so its items stay the same.
"""

from __future__ import annotations

import base64
import codecs

HOMOGLYPHS = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "c": "\u0441",
    "i": "\u0456",
    "x": "\u0445",
    "y": "\u0443",
}
# International Morse code: letters and digits
MORSE = {
    "a": ".-",
    "b": "-...",
    "c": "-.-.",
    "d": "-..",
    "e": ".",
    "f": "..-.",
    "g": "--.",
    "h": "....",
    "i": "..",
    "j": ".---",
    "k": "-.-",
    "l": ".-..",
    "m": "--",
    "n": "-.",
    "o": "---",
    "p": ".--.",
    "q": "--.-",
    "r": ".-.",
    "s": "...",
    "t": "-",
    "u": "..-",
    "v": "...-",
    "w": ".--",
    "x": "-..-",
    "y": "-.--",
    "z": "--..",
    "0": "-----",
    "1": ".----",
    "2": "..---",
    "3": "...--",
    "4": "....-",
    "5": ".....",
    "6": "-....",
    "7": "--...",
    "8": "---..",
    "9": "----.",
}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def b64(text: str) -> str:
    """Base64 of the UTF-8 text, as attackers paste it."""
    return base64.b64encode(text.encode()).decode()


def hexed(text: str) -> str:
    """Lower-case hex of the UTF-8 text."""
    return text.encode().hex()


def rot13(text: str) -> str:
    """ROT13, the classic 'the filter can't read this' trick."""
    return codecs.encode(text, "rot13")


def leet(text: str, table: dict[str, str] = LEET) -> str:
    """Leetspeak substitution of common letters."""
    return "".join(table.get(ch.lower(), ch) for ch in text)


def spaced(text: str, word_gap: str = " / ") -> str:
    """Letters separated by spaces, words by `word_gap`."""
    return word_gap.join(" ".join(word) for word in text.split())


def zwsp(text: str, char: str = "\u200b") -> str:
    """Zero-width spaces (or joiners, `char`) between every character."""
    return char.join(text)


def homoglyph(text: str, table: dict[str, str] = HOMOGLYPHS) -> str:
    """Latin letters swapped for Cyrillic look-alikes."""
    return "".join(table.get(ch, ch) for ch in text)


def reverse(text: str) -> str:
    """Text written backwards."""
    return text[::-1]


def urlesc(text: str) -> str:
    """Every byte percent-escaped."""
    return "".join(f"%{b:02X}" for b in text.encode())


def dotted(text: str) -> str:
    """Letters of each word joined by dots (keyword splitting)."""
    return " ".join(".".join(word) for word in text.split())


def b32(text: str) -> str:
    """Base32 of the UTF-8 text."""
    return base64.b32encode(text.encode()).decode()


def uesc(text: str) -> str:
    r"""Every character as a `\uXXXX` escape."""
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


def binary(text: str) -> str:
    """The UTF-8 bytes as space-separated 8-bit binary numbers."""
    return " ".join(f"{b:08b}" for b in text.encode())


def morse(text: str, table: dict[str, str]) -> str:
    """Morse code by `table` (letters a set does not map are dropped), words by " / "."""
    return " / ".join(
        " ".join(table[ch] for ch in word if ch in table) for word in text.lower().split()
    )
