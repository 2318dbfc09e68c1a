"""Content-Encoding: gzip and deflate answers decoded as they arrive.

Output is produced in bounded pieces (`max_length`), so a small compressed chunk
cannot expand into an unbounded buffer (a "zip bomb" is cut by the body cap).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

from waddleai.transport.errors import RemoteProtocolError

ACCEPT_ENCODING = "gzip, deflate"
PIECE = 1024 * 1024  # largest decoded piece produced from one input chunk at a time


class Decoder:
    """Incremental decoder for one answer's body."""

    def __init__(self, encoding: str) -> None:
        self._deflate = encoding == "deflate"
        # gzip: header and trailer; deflate: zlib-wrapped, or raw as some servers send it
        self._z = zlib.decompressobj(zlib.MAX_WBITS | 16 if not self._deflate else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of `data`, each at most PIECE bytes."""
        try:
            if self._first and self._deflate:
                self._first = False
                try:
                    probe = zlib.decompressobj(zlib.MAX_WBITS)
                    out = probe.decompress(data, PIECE)
                    self._z = probe
                except zlib.error:
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    out = self._z.decompress(data, PIECE)
            else:
                out = self._z.decompress(data, PIECE)
            if out:
                yield out
            while self._z.unconsumed_tail:
                out = self._z.decompress(self._z.unconsumed_tail, PIECE)
                if not out:
                    break
                yield out
        except zlib.error as exc:
            raise RemoteProtocolError(f"the answer's compressed body is corrupt: {exc}") from None

    def flush(self) -> bytes:
        return self._z.flush()


def decoder_for(content_encoding: str | None) -> Decoder | None:
    """A decoder for the answer's Content-Encoding, or None when there is nothing to do."""
    if not content_encoding:
        return None
    encoding = content_encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return Decoder("deflate" if encoding == "deflate" else "gzip")
    if encoding == "identity":
        return None
    raise RemoteProtocolError(f"the answer uses an unsupported Content-Encoding: {encoding}")
