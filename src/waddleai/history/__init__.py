"""Stored Responses API answers: what makes ``previous_response_id`` work on any replica.

:class:`ResponseHistory` writes each stored response to the database before the client
sees it complete (one awaited row), keeps a bounded in-process LRU in front, and reads
through to the database on a miss, so a follow-up landing on another replica a
millisecond later finds it. Without a database (static keys only) the LRU alone serves.
Every read and delete is scoped to the API key that created the response.
"""

from waddleai.history.record import ResponseRecord
from waddleai.history.service import ResponseHistory

__all__ = ["ResponseHistory", "ResponseRecord"]
