"""Store tests run on SQLite and PostgreSQL (see tests/store/fixtures.py)."""

from tests.store.fixtures import (  # noqa: F401
    _cheap_password_hashing,
    backend,
    bootstrapped,
    databases,
    redis_prefix,
    store,
    store_settings,
)
