"""The management server: users, organizations, API keys, provider links, security.

`create_mgmt_app(settings, store)` builds the FastAPI app; every authorization decision
is in `policy.py`.
"""

from waddleai.mgmt.app import create_mgmt_app

__all__ = ["create_mgmt_app"]
