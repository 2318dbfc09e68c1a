"""A lean pooled HTTP/1.1 client for upstream calls (the proxy's hot path).

asyncio (uvloop when running) protocols with httptools' response parser; TLS with the
system CAs; HTTP(S)_PROXY / NO_PROXY from the environment; gzip/deflate; kept-alive
connections per origin; whole-call and between-chunks timeouts; a body cap.
"""

from waddleai.transport.client import MAX_BODY, Client, Response, encode_headers
from waddleai.transport.errors import (
    BodyTooLarge,
    ConnectError,
    ConnectionClosed,
    ConnectTimeout,
    ReadTimeout,
    RemoteProtocolError,
    TransportError,
)
from waddleai.transport.headers import Headers

__all__ = [
    "MAX_BODY",
    "BodyTooLarge",
    "Client",
    "ConnectError",
    "ConnectTimeout",
    "ConnectionClosed",
    "Headers",
    "ReadTimeout",
    "RemoteProtocolError",
    "Response",
    "TransportError",
    "encode_headers",
]
