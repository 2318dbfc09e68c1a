"""Turns the model name a client asked for into the provider(s) and upstream model to call.

Order, first match wins:
1. `provider:model` naming a configured provider forces that provider.
2. `model_aliases` (an alias may itself be `provider:model`).
3. Claude tiers: a name containing haiku/sonnet/opus maps to its configured target
   (ANTHROPIC_DEFAULT_*_MODEL, YAML `tiers:`, then SMALL/MIDDLE/BIG_MODEL) unless a
   provider serves that exact name.
4. A provider listing the exact name, then one matching it by pattern (`claude-*`).
5. A catch-all provider (`*`, e.g. the OPENAI_API_KEY quick start).
Then the model's `fallbacks:` (looked up by the name asked for, else by the model it
resolved to), each resolved the same way, become further routes marked `fallback`: the
attempt loop tries them only once every route of the model itself has failed.
Resolutions are cached: this runs on every request.
"""

from __future__ import annotations

from dataclasses import dataclass

from waddleai.config.settings import TIERS, Settings
from waddleai.providers.base import Provider
from waddleai.providers.demo import DEMO_MODEL
from waddleai.routing.known_models import KNOWN_MODELS


@dataclass(frozen=True, slots=True)
class Route:
    """One way to serve a request: which provider, and the model name it expects."""

    provider: Provider
    upstream_model: str
    fallback: str = ""  # the fallback model this route serves, "" for the model's own


class ModelNotFound(LookupError):
    def __init__(self, model: str) -> None:
        super().__init__(model)
        self.model = model


class ModelResolver:
    def __init__(self, settings: Settings, providers: list[Provider]) -> None:
        self._settings = settings
        self._providers = providers
        self._by_name = {p.name: p for p in providers}
        self._aliases = dict(settings.model_aliases)
        self._fallbacks = dict(settings.fallbacks)
        self._demo_only = [p.name for p in providers] == ["demo"]
        self._cache: dict[str, tuple[Route, ...]] = {}

    @property
    def providers(self) -> list[Provider]:
        return self._providers

    def provider(self, name: str) -> Provider | None:
        return self._by_name.get(name)

    def resolve(self, requested: str) -> tuple[Route, ...]:
        """Candidate routes in preference order; raises ModelNotFound."""
        routes = self._cache.get(requested)
        if routes is None:
            routes = self._resolve(requested, depth=0)
            if not routes:
                raise ModelNotFound(requested)
            routes += self._fallback_routes(requested, routes)
            if len(self._cache) < 10000:
                self._cache[requested] = routes
        return routes

    def _fallback_routes(self, requested: str, own: tuple[Route, ...]) -> tuple[Route, ...]:
        chain = self._fallbacks.get(requested) or self._fallbacks.get(own[0].upstream_model, [])
        seen = {(r.provider.name, r.upstream_model) for r in own}
        extra: list[Route] = []
        for name in chain:
            for route in self._resolve(name, depth=0):
                if (route.provider.name, route.upstream_model) not in seen:
                    seen.add((route.provider.name, route.upstream_model))
                    extra.append(Route(route.provider, route.upstream_model, fallback=name))
        return tuple(extra)

    def _resolve(self, model: str, depth: int) -> tuple[Route, ...]:
        if depth > 4 or not model:
            return ()
        forced = self._forced(model)
        if forced is not None:
            return forced
        if model in self._aliases:
            return self._resolve(self._aliases[model], depth + 1)
        direct = self._serving(model, patterns=False)
        if direct:
            return direct
        tier_target = self._tier_target(model)
        if tier_target and tier_target != model:
            return self._resolve(tier_target, depth + 1)
        return self._serving(model, patterns=True)

    def _forced(self, model: str) -> tuple[Route, ...] | None:
        prefix, sep, rest = model.partition(":")
        if sep and rest and prefix in self._by_name:
            return (Route(self._by_name[prefix], rest),)
        return None

    def _serving(self, model: str, *, patterns: bool) -> tuple[Route, ...]:
        exact = [Route(p, model) for p in self._providers if p.serves_exactly(model)]
        if exact or not patterns:
            return tuple(exact)
        matched = [Route(p, model) for p in self._providers if p.serves_by_pattern(model)]
        if matched:
            return tuple(matched)
        return tuple(Route(p, model) for p in self._providers if p.is_catch_all)

    def _tier_target(self, model: str) -> str | None:
        lowered = model.lower()
        for tier in TIERS:
            if tier in lowered:
                target = self._settings.tier_target(tier)
                if target:
                    return target
                if self._demo_only:
                    return DEMO_MODEL
                if tier == "opus" or tier == "sonnet":
                    return self._default_big()
                return self._default_small()
        return None

    def _default_big(self) -> str | None:
        return "gpt-4o" if any(p.is_catch_all for p in self._providers) else None

    def _default_small(self) -> str | None:
        return "gpt-4o-mini" if any(p.is_catch_all for p in self._providers) else None

    def listed_models(self) -> list[tuple[str, str]]:
        """(model id, owning provider) for /v1/models.

        Concrete names, aliases, known names a provider serves by pattern, and the
        Claude names a configured tier answers (routing/known_models.py).
        """
        seen: dict[str, str] = {}
        for provider in self._providers:
            for model in provider.listed_models():
                seen.setdefault(model, provider.name)
        wanted = list(self._aliases)
        if not self._demo_only:  # the demo answers every tier; it lists only itself
            wanted += [m for m in KNOWN_MODELS if self._tier_target(m) or self._pattern_served(m)]
        for name in wanted:
            if name in seen:
                continue
            try:
                seen[name] = self.resolve(name)[0].provider.name
            except ModelNotFound:
                continue
        return sorted(seen.items())

    def _pattern_served(self, model: str) -> bool:
        return any(p.serves_by_pattern(model) for p in self._providers)
