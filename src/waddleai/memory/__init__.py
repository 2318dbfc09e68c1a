"""Conversation memory: earlier turns of a named session added to each new request.

    scope.py   who a session belongs to (org, user or key) and the header's bounds
    window.py  which stored turns fit the token budget (pure; stable prefix)
    inject.py  adding those turns to an OpenAI or Anthropic body (pure)
    store.py   the repository over memory_turns / memory_summaries / memory_facts
    writer.py  the batched writer off the request path, and the retention purge

The pipeline stage is pipeline/stages/memory.py; the user-facing endpoints are
proxy/memory_api.py (own sessions) and the management API (an admin purges a user).
"""
