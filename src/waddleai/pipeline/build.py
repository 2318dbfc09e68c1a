"""Assembles each model endpoint's pipeline from the runtime's configuration."""

from __future__ import annotations

from collections.abc import Callable

from waddleai.core.api import ClientApi
from waddleai.pipeline.operations.base import Operation
from waddleai.pipeline.operations.chat import Chat
from waddleai.pipeline.operations.completions import Completions
from waddleai.pipeline.operations.count import CountTokens
from waddleai.pipeline.operations.embeddings import Embeddings
from waddleai.pipeline.operations.responses import Responses
from waddleai.pipeline.operations.validate import validate_anthropic, validate_openai_chat
from waddleai.pipeline.runner import Pipeline
from waddleai.pipeline.stage import Stage
from waddleai.pipeline.stages.admit import Admit
from waddleai.pipeline.stages.authenticate import Authenticate
from waddleai.pipeline.stages.cache import Cache
from waddleai.pipeline.stages.guard import guard_factory
from waddleai.pipeline.stages.memory import memory_stage
from waddleai.pipeline.stages.rate_limit import RateLimit
from waddleai.pipeline.stages.read_body import ReadBody
from waddleai.pipeline.stages.reasoning import reasoning_stage
from waddleai.pipeline.stages.reserve import Reserve
from waddleai.pipeline.stages.resolve_model import ResolveModel
from waddleai.pipeline.stages.smart_route import smart_route_stage
from waddleai.proxy.runtime import ProxyRuntime

GuardFactory = Callable[[ProxyRuntime], Stage | None]
GUARD_FACTORIES: list[GuardFactory] = [guard_factory]
"""Guards run after the model is permitted and before quota is reserved, so a refused
request costs nothing. A factory returns None when its feature is switched off."""


def stages_for(runtime: ProxyRuntime) -> list[Stage]:
    stages: list[Stage] = [
        Authenticate(),
        ReadBody(runtime.settings.body_timeout),
        Admit(runtime.settings.max_concurrent_requests),
    ]
    if runtime.rate_limiter is not None:
        stages.append(RateLimit(runtime.rate_limiter))
    smart = smart_route_stage(runtime)  # picks the model: before it is resolved
    if smart is not None:
        stages.append(smart)
    stages.append(ResolveModel())
    stages += [g for factory in GUARD_FACTORIES if (g := factory(runtime)) is not None]
    stages += [m] if (m := memory_stage(runtime)) is not None else []  # before quota, cache
    reasoning = reasoning_stage(runtime)  # after the guards: they scan the client's text only
    if reasoning is not None:
        stages.append(reasoning)
    if runtime.quota is not None:
        stages.append(Reserve(runtime.quota))
    if runtime.cache is not None:
        stages.append(Cache(runtime.cache))
    return stages


def pipeline(runtime: ProxyRuntime, api: ClientApi, operation: Operation) -> Pipeline:
    return Pipeline(api, operation, stages_for(runtime), runtime)


def model_endpoints(runtime: ProxyRuntime) -> dict[str, Pipeline]:
    """The pipelines of every model endpoint, by name (proxy/app.py maps paths to them)."""
    return {
        "chat_completions": pipeline(runtime, "openai", Chat(validate_openai_chat)),
        "embeddings": pipeline(runtime, "openai", Embeddings()),
        "messages": pipeline(runtime, "anthropic", Chat(validate_anthropic)),
        "count_tokens": pipeline(runtime, "anthropic", CountTokens()),
        "responses": pipeline(runtime, "openai", Responses()),
        "completions": pipeline(runtime, "openai", Completions()),
    }
