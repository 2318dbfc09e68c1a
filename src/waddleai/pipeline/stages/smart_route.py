"""Smart routing: a request for a smart-router name is served by the tier its content
needs (routing/smart.py), and says so: `X-WaddleAI-Route: <model>; reason=<why> (<conf>)`.

A conversation stays on the tier it started with, so the upstream's prompt cache keeps
working: the decision is remembered under the conversation's first user turn (and its
system text), in a bounded in-process map. Runs before model resolution, which then
resolves the tier's model like any other (and permits it when the key may use the
smart-router name).
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any, ClassVar

from waddleai.config.settings import SmartRouter
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage
from waddleai.routing.smart import Decision, _text, classify

ROUTE_HEADER = "X-WaddleAI-Route"
ASKED = "smart_route"  # ex.state: the smart-router name the client asked for
MAX_CONVERSATIONS = 20_000


class SmartRoute(Stage):
    name: ClassVar[str] = "smart_route"

    def __init__(self, config: SmartRouter) -> None:
        self._names = frozenset(config.models)
        self._tiers = dict(config.tiers)
        self._started: OrderedDict[str, Decision] = OrderedDict()

    async def enter(self, ex: Exchange) -> None:
        asked = ex.body.get("model")
        if not isinstance(asked, str) or asked not in self._names:
            return
        key = conversation_key(ex.body)
        decision = self._started.get(key) if key else None
        if decision is None:
            decision = classify(ex.body)
            if key:
                self._started[key] = decision
                while len(self._started) > MAX_CONVERSATIONS:
                    self._started.popitem(last=False)
        target = self._tiers[decision.tier]
        ex.body["model"] = target
        ex.state[ASKED] = asked
        ex.response_headers[ROUTE_HEADER] = decision.header(target)


def conversation_key(body: dict[str, Any]) -> str:
    """The conversation's identity: its system text and first user turn ("" if none)."""
    messages = body.get("messages") or ()
    first = next((m for m in messages if isinstance(m, dict) and m.get("role") == "user"), None)
    if first is None:
        return ""
    system = _text(body.get("system")) + "".join(
        _text(m.get("content"))
        for m in messages
        if isinstance(m, dict) and m.get("role") in ("system", "developer")
    )
    digest = hashlib.sha256(f"{system}\x00{_text(first.get('content'))}".encode())
    return digest.hexdigest()[:32]


def smart_route_stage(runtime: Any) -> Stage | None:
    config = runtime.settings.smart_router
    return SmartRoute(config) if config.models else None
