"""The management portal: server-rendered pages (Jinja2 + htmx) on the management port.

Mounted under `/portal` by the management app; it calls the same policy, repositories
and API handlers as the JSON API, so a page can never show or do more than the API
would let the same user.
"""

from waddleai.portal.app import PREFIX, mount_portal

__all__ = ["PREFIX", "mount_portal"]
