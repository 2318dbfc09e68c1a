"""Domain types every layer shares: client APIs, usage, and the gateway's errors.

Lowest layer of the package: it imports nothing from waddleai, so accounting,
observability, providers and the proxy can all depend on it without cycles.
"""
