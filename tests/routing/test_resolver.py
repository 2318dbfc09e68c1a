"""Model addressing: provider:model, aliases, tiers, exact, patterns, catch-all, 404."""

from __future__ import annotations

import pytest

from waddleai.config import load_settings
from waddleai.providers.registry import build_providers
from waddleai.routing.catalog import ModelCatalog
from waddleai.routing.resolver import ModelNotFound, ModelResolver


def resolver(tmp_path, yaml: str, **env: str) -> ModelResolver:
    path = tmp_path / "waddleai.yaml"
    path.write_text(yaml)
    settings = load_settings(path, environ=env, env_file=None)
    return ModelResolver(settings, build_providers(settings))


YAML = """
providers:
  - {name: oa, kind: openai, endpoint: "http://x/v1", models: [gpt-4o, gpt-4o-mini]}
  - {name: an, kind: anthropic, models: ["claude-*"]}
  - {name: ollama, kind: ollama}
model_aliases: {fast: gpt-4o-mini, smart: "an:claude-opus-4"}
"""


def first(r: ModelResolver, model: str) -> tuple[str, str]:
    route = r.resolve(model)[0]
    return route.provider.name, route.upstream_model


def test_exact_pattern_alias_and_forced(tmp_path):
    r = resolver(tmp_path, YAML)
    assert first(r, "gpt-4o") == ("oa", "gpt-4o")
    assert first(r, "claude-3-5-haiku-20241022") == ("an", "claude-3-5-haiku-20241022")
    assert first(r, "fast") == ("oa", "gpt-4o-mini")
    assert first(r, "smart") == ("an", "claude-opus-4")
    assert first(r, "ollama:llama3.1:70b") == ("ollama", "llama3.1:70b")


def test_unknown_model_and_unknown_provider_prefix(tmp_path):
    r = resolver(tmp_path, YAML)
    with pytest.raises(ModelNotFound):
        r.resolve("mistral-large")
    with pytest.raises(ModelNotFound):
        r.resolve("nope:gpt-4o")


def test_tiers_map_claude_names_unless_served_exactly(tmp_path):
    r = resolver(tmp_path, YAML + "tiers: {haiku: gpt-4o-mini, sonnet: gpt-4o}\n")
    assert first(r, "claude-3-5-haiku-20241022") == ("oa", "gpt-4o-mini")
    assert first(r, "claude-sonnet-4-20250514") == ("oa", "gpt-4o")
    assert first(r, "claude-opus-4") == ("an", "claude-opus-4")  # no opus tier: pattern


def test_environment_tier_variables(tmp_path):
    r = resolver(tmp_path, YAML, SMALL_MODEL="gpt-4o-mini", ANTHROPIC_DEFAULT_OPUS_MODEL="gpt-4o")
    assert first(r, "claude-3-5-haiku-latest") == ("oa", "gpt-4o-mini")
    assert first(r, "claude-opus-4-1") == ("oa", "gpt-4o")


def test_quick_start_catch_all_and_default_tiers(tmp_path):
    r = resolver(tmp_path, "{}", OPENAI_API_KEY="sk-x")
    assert first(r, "anything-at-all") == ("openai", "anything-at-all")
    assert first(r, "claude-3-5-sonnet-20241022") == ("openai", "gpt-4o")
    assert first(r, "claude-3-5-haiku-20241022") == ("openai", "gpt-4o-mini")


def test_demo_only_serves_demo_and_claude_tiers(tmp_path):
    r = resolver(tmp_path, "{}")
    assert first(r, "waddleai-demo") == ("demo", "waddleai-demo")
    assert first(r, "claude-sonnet-4-20250514") == ("demo", "waddleai-demo")
    with pytest.raises(ModelNotFound):
        r.resolve("gpt-4o")


def test_catalog_clamps_and_overrides():
    catalog = ModelCatalog()
    assert catalog.info("gpt-4o-2024-08-06").max_output_tokens == 16384
    assert catalog.info("gpt-4o-mini").max_output_tokens == 16384
    assert catalog.info("o3-mini").supports_reasoning
    assert catalog.info("unknown-model").max_output_tokens is None
    capped = ModelCatalog(global_max_tokens=4096)
    assert capped.info("gpt-4o").max_output_tokens == 4096
    assert capped.info("unknown-model").max_output_tokens == 4096
