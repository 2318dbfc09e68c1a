"""Memory tests run on the store-backed gateway of tests/accounting (SQLite and PostgreSQL)."""

from tests.accounting.conftest import accounts as accounts
from tests.accounting.conftest import acct_gateway as acct_gateway
from tests.accounting.conftest import acct_settings as acct_settings
from tests.accounting.conftest import acct_store as acct_store
from tests.store.fixtures import _cheap_password_hashing as _cheap_password_hashing
from tests.store.fixtures import backend as backend
from tests.store.fixtures import databases as databases
