"""Which model, served by which providers, and whether this key may use it.

The resolver generation is leased for the request's whole life (streams included), so a
provider reload swaps generations atomically and closes the old connection pools only
when their last request has ended (routing/generations.py).
"""

from __future__ import annotations

from typing import ClassVar

from waddleai.core.errors import bad_request, model_not_found, model_not_permitted
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage
from waddleai.routing.resolver import ModelNotFound

MAX_MODEL_NAME = 256


class ResolveModel(Stage):
    name: ClassVar[str] = "resolve_model"

    async def enter(self, ex: Exchange) -> None:
        model = ex.body.get("model")
        if not isinstance(model, str) or not model.strip():
            raise bad_request(
                "'model' is required and must be a non-empty string", code="missing_model"
            )
        if len(model) > MAX_MODEL_NAME or "\x00" in model:
            raise bad_request(
                f"'model' must be at most {MAX_MODEL_NAME} characters, without NUL",
                code="invalid_model",
            )
        ex.model = model
        ex.usage.requested_model = ex.state.get("smart_route") or model
        resolver = ex.runtime.generations.acquire()
        ex.resolver = resolver
        try:
            ex.routes = resolver.resolve(model)
        except ModelNotFound:
            if not ex.operation.unknown_model_ok:
                raise model_not_found(model) from None
        upstream = ex.routes[0].upstream_model if ex.routes else ""
        assert ex.principal is not None
        if not ex.principal.may_use(model, upstream, ex.state.get("smart_route", "")):
            raise model_not_permitted(model)
        if ex.routes:
            ex.route = ex.routes[0]
            ex.usage.provider = ex.route.provider.name
            ex.usage.upstream_model = ex.route.upstream_model
