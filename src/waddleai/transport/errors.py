"""The ways an upstream HTTP exchange can fail, so callers can map each to a status.

Timeouts are `TimeoutError` subclasses (a caller that only knows asyncio still
recognises them); everything else is a `TransportError`.
"""

from __future__ import annotations


class TransportError(Exception):
    """The exchange did not produce a complete HTTP answer."""


class ConnectError(TransportError):
    """No connection (DNS, refused, TLS handshake, certificate, proxy refusal)."""


class ConnectionClosed(TransportError):
    """The peer closed or reset the connection before the answer was complete."""


class RemoteProtocolError(TransportError):
    """The peer sent something that is not valid HTTP/1.1."""


class BodyTooLarge(TransportError):
    """The answer's body is larger than the client's cap."""


class ConnectTimeout(TransportError, TimeoutError):
    """The connection (TCP, proxy tunnel and TLS handshake) took too long."""


class ReadTimeout(TransportError, TimeoutError):
    """The whole-call deadline passed, or a stream stayed silent too long."""
