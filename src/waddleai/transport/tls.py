"""The TLS context upstream connections use: system CAs, SNI, hostname checks.

`SSL_CERT_FILE` / `SSL_CERT_DIR` (the variables OpenSSL, curl and httpx read) replace
the system store when set, so a private CA can be trusted without code.
"""

from __future__ import annotations

import functools
import os
import ssl


def context_from_env() -> ssl.SSLContext:
    """A verifying client context; built once per (SSL_CERT_FILE, SSL_CERT_DIR)."""
    return _context(os.environ.get("SSL_CERT_FILE") or None, os.environ.get("SSL_CERT_DIR") or None)


@functools.lru_cache(maxsize=4)
def _context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile, capath=capath)
    ctx.set_alpn_protocols(["http/1.1"])
    return ctx
