"""Repositories: the only code that builds queries against the store's tables.

Each repository wraps one `AsyncSession`; a `Transaction` (store/transaction.py) hands out
one of each sharing the session, so a change and its audit entry commit together.
"""

from waddleai.store.repos.audit import AuditRepo, mask_secrets
from waddleai.store.repos.keys import KeysRepo
from waddleai.store.repos.links import LinksRepo
from waddleai.store.repos.orgs import OrgsRepo
from waddleai.store.repos.responses import ResponsesRepo
from waddleai.store.repos.revisions import RevisionsRepo
from waddleai.store.repos.settings import SettingsRepo
from waddleai.store.repos.tokens import TokensRepo
from waddleai.store.repos.users import UsersRepo

__all__ = [
    "AuditRepo",
    "KeysRepo",
    "LinksRepo",
    "OrgsRepo",
    "ResponsesRepo",
    "RevisionsRepo",
    "SettingsRepo",
    "TokensRepo",
    "UsersRepo",
    "mask_secrets",
]
