"""Server-sent events: encoding and an incremental, bytes-level decoder.

The decoder sits on the streaming hot path, so it works on whole buffers with
``bytes.find``/``split`` instead of per-byte Python loops.
"""

from __future__ import annotations

from typing import Any

import orjson

SSEEvent = tuple[str | None, bytes]

MAX_EVENT_BYTES = 16 * 1024 * 1024
"""The most one event may hold before it completes. Bounds what a stream buffers: an
upstream that never sends the blank line ending an event would otherwise grow the
buffer without end. Far above any real event (a Responses `response.completed` carries
the whole answer; the response cache keeps nothing over 1 MiB)."""


class SSEEventTooLarge(ValueError):
    """An upstream event grew past MAX_EVENT_BYTES without ending."""


def encode_event(event: str | None, data: dict[str, Any] | bytes) -> bytes:
    """Encode one SSE event: ``event: X\\ndata: <json>\\n\\n`` (no event line if None).

    Bytes payloads are sent as is; a payload containing newlines is split over several
    ``data:`` lines so it survives the SSE framing.
    """
    payload = data if isinstance(data, bytes | bytearray) else orjson.dumps(data)
    if b"\n" in payload:
        payload = payload.replace(b"\r\n", b"\n").replace(b"\n", b"\ndata: ")
    if event is None:
        return b"data: " + payload + b"\n\n"
    return b"event: " + event.encode() + b"\ndata: " + payload + b"\n\n"


def _parse_block(block: bytes) -> SSEEvent | None:
    """Parse one event block (lines already ``\\n``-separated); None if it has no data."""
    if b"\n" not in block and block.startswith(b"data: "):
        return None, block[6:]  # the usual OpenAI event: one data line
    event: str | None = None
    data: list[bytes] = []
    for line in block.split(b"\n"):
        if not line or line[0] == 0x3A:  # blank or ":" comment
            continue
        field, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            data.append(value)
        elif field == b"event":
            event = value.decode("utf-8", "replace")
    if not data:
        return None
    return event, b"\n".join(data)


class SSEDecoder:
    """Incremental SSE decoder: feed raw bytes, get complete ``(event, data)`` pairs.

    Line endings ``\\r\\n``, ``\\r`` and ``\\n`` are all accepted (per the SSE spec) and
    may be split anywhere across chunks. ``id``/``retry`` fields are ignored: the
    gateway never resumes streams.
    """

    __slots__ = ("_buf", "_pending_cr")

    def __init__(self) -> None:
        self._buf = bytearray()
        self._pending_cr = False

    def _normalise(self, chunk: bytes) -> bytes:
        """Convert line endings to ``\\n``, holding back a trailing ``\\r``.

        A ``\\r`` at the end of a chunk may be the first half of ``\\r\\n``; it is only
        resolved once the next byte is known.
        """
        if self._pending_cr:
            chunk = b"\r" + chunk
            self._pending_cr = False
        if chunk.endswith(b"\r"):
            self._pending_cr = True
            chunk = chunk[:-1]
        if b"\r" in chunk:
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        return chunk

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        """Add bytes; return every event completed by them (possibly none)."""
        data = self._normalise(chunk)
        if not data:
            return []
        buf = self._buf
        if buf:
            # Only the new bytes (plus one before them) can complete a "\n\n" separator.
            start = len(buf) - 1
            buf += data
            if buf.find(b"\n\n", start) < 0:
                _check_size(buf)
                return []
            data = bytes(buf)
            buf.clear()
        elif b"\n\n" not in data:
            buf += data
            _check_size(buf)
            return []
        *blocks, rest = data.split(b"\n\n")
        if rest:
            _check_size(rest)
            buf += rest
        events = []
        for block in blocks:
            parsed = _parse_block(block)
            if parsed is not None:
                events.append(parsed)
        return events

    def flush(self) -> list[SSEEvent]:
        """Return a trailing event that ended without a blank line (end of stream)."""
        self._pending_cr = False
        rest = bytes(self._buf)
        self._buf = bytearray()
        parsed = _parse_block(rest) if rest else None
        return [parsed] if parsed is not None else []


def _check_size(pending: bytes | bytearray) -> None:
    if len(pending) > MAX_EVENT_BYTES:
        raise SSEEventTooLarge(
            f"an upstream stream event exceeded {MAX_EVENT_BYTES // (1024 * 1024)} MiB"
        )
