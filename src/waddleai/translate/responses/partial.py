"""Decoding a custom tool's input while its ``{"input": "..."}`` arguments still stream.

A custom tool travels upstream as a function whose only argument is the freeform text,
so its text arrives JSON-encoded, fragment by fragment. This decoder hands out the text
as soon as each piece is unambiguous (an escape split over two fragments waits for the
rest), so a long ``apply_patch`` streams to the client instead of arriving at the end.
Arguments in another shape are left to the final decode (``custom_input``).
"""

from __future__ import annotations

import re

_OPENING = re.compile(r'\s*\{\s*"input"\s*:\s*"')
_PREFIX = '{"input":"'
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class InputStream:
    """Feed raw argument fragments; get the newly decoded input text of each."""

    __slots__ = ("_raw", "_pos", "_done", "_off")

    def __init__(self) -> None:
        self._raw = ""
        self._pos: int | None = None  # index of the next undecoded character
        self._done = False
        self._off = False  # not the expected shape: give up streaming

    def feed(self, fragment: str) -> str:
        self._raw += fragment
        if self._done or self._off:
            return ""
        if self._pos is None:
            match = _OPENING.match(self._raw)
            if match is None:  # wait while the opening may still come, else give up
                self._off = not _PREFIX.startswith(re.sub(r"\s+", "", self._raw)[:10])
                return ""
            self._pos = match.end()
        try:
            return self._decode()
        except ValueError:  # a bad \u escape: the final decode will tell
            self._off = True
            return ""

    def _decode(self) -> str:
        out: list[str] = []
        raw, pos = self._raw, self._pos or 0
        while pos < len(raw):
            char = raw[pos]
            if char == '"':
                self._done = True
                break
            if char != "\\":
                out.append(char)
                pos += 1
                continue
            if pos + 1 >= len(raw):
                break  # the escape's second half has not arrived
            kind = raw[pos + 1]
            if kind == "u":
                if pos + 6 > len(raw):
                    break
                code = int(raw[pos + 2 : pos + 6], 16)
                if 0xD800 <= code < 0xDC00:  # a surrogate pair needs its low half
                    if pos + 12 > len(raw):
                        break
                    low = int(raw[pos + 8 : pos + 12], 16)
                    out.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                    pos += 12
                    continue
                out.append(chr(code))
                pos += 6
                continue
            out.append(_ESCAPES.get(kind, kind))
            pos += 2
        self._pos = pos
        return "".join(out)
