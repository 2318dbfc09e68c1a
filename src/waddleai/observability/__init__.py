"""Metrics and structured logs, shared by the proxy and the management server."""
