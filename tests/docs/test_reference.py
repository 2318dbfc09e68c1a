"""The generated configuration reference covers every setting and flags undocumented ones."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from waddleai.config.settings import ModelLimits, ProviderConfig, Settings

HOOK = Path(__file__).resolve().parents[2] / "docs" / "hooks" / "reference.py"


def _hook():
    spec = importlib.util.spec_from_file_location("docs_reference_hook", HOOK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_setting_is_in_the_reference_without_warnings(caplog):
    with caplog.at_level(logging.WARNING):
        page = _hook().render()
    assert not caplog.records, [r.getMessage() for r in caplog.records]
    structured = {"providers", "model_aliases", "tiers", "models", "custom_headers", "api_keys"}
    structured |= {"fallbacks", "routing", "reasoning_injection", "smart_router"}  # YAML only
    for name in set(Settings.model_fields) - structured:
        assert f"| `{name.upper()}` |" in page, name
    assert "| `WADDLEAI_API_KEYS` |" in page and "| `CUSTOM_HEADER_*` |" in page
    for model in (ProviderConfig, ModelLimits):
        for name in model.model_fields:
            assert f"| `{name}` |" in page, f"{model.__name__}.{name}"
    assert "| `PROXY_PORT` | integer | `8000` | ≥ 1, ≤ 65535 |" in page


def test_a_setting_without_a_meaning_is_a_build_warning(caplog, monkeypatch):
    hook = _hook()
    monkeypatch.delitem(hook.VARIABLES, "REDIS_PREFIX")
    with caplog.at_level(logging.WARNING):
        hook.render()
    assert any("redis_prefix" in r.getMessage() for r in caplog.records)
