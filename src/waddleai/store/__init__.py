"""The persistent store: organizations, users, API keys, provider links, settings, audit.

Entry points: `open_store(settings) -> Store` (applies migrations) and
`bootstrap(store, settings)` (first-start admin user and key).
"""

from waddleai.store import (  # noqa: F401 - registers the tables
    memory_models,
    response_models,
    security_models,
    usage_models,
)
from waddleai.store.bootstrap import BootstrapInfo, bootstrap
from waddleai.store.migrate import upgrade
from waddleai.store.store import LinkConfig, Store, open_store

__all__ = ["BootstrapInfo", "LinkConfig", "Store", "bootstrap", "open_store", "upgrade"]
