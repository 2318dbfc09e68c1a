"""Builds `Settings` from its layers: defaults < YAML file < `.env` < environment.

Kept apart from the schema so the merge rules (interpolation, quick-start variables,
error wording) can be read in one place. PyYAML is imported only when there is a file
to read (~1 MB resident a configuration from the environment alone never needs).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from dotenv import dotenv_values
from pydantic import ValidationError

from waddleai.config.settings import ProviderConfig, Settings

DEFAULT_CONFIG_FILE = "waddleai.yaml"
_INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")
_CUSTOM_HEADER_PREFIX = "CUSTOM_HEADER_"
# Variables whose value is a list, given comma-separated in the environment.
_LIST_VARS = {"api_keys"}


class ConfigError(Exception):
    """A configuration problem worded for the person who has to fix it."""


def load_settings(
    config_path: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    env_file: str | os.PathLike[str] | None = ".env",
) -> Settings:
    """Merge every layer and validate; raise `ConfigError` naming the bad key."""
    env = dict(os.environ if environ is None else environ)
    dotenv = _read_dotenv(env_file)
    lookup = {**dotenv, **env}  # environment wins over .env
    path = config_path or lookup.get("WADDLEAI_CONFIG")
    data = _read_yaml(path, lookup)
    data.update(_settings_from_variables(lookup))
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    _add_quick_start_providers(settings)
    return settings


def _read_dotenv(env_file: str | os.PathLike[str] | None) -> dict[str, str]:
    if not env_file or not Path(env_file).is_file():
        return {}
    return {k: v for k, v in dotenv_values(env_file).items() if v is not None}


def _read_yaml(path: str | os.PathLike[str] | None, lookup: Mapping[str, str]) -> dict[str, Any]:
    explicit = path is not None
    file = Path(path) if path else Path(DEFAULT_CONFIG_FILE)
    if not file.is_file():
        if explicit:
            raise ConfigError(f"config file not found: {file}")
        return {}
    text = _interpolate(file.read_text(encoding="utf-8"), lookup, file)
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{file}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{file}: the top level must be a mapping of settings")
    return {str(k).lower(): v for k, v in data.items()}


def _interpolate(text: str, lookup: Mapping[str, str], file: Path) -> str:
    """Replace ${VAR} and ${VAR:-default}; a missing variable without default is an error."""

    def replace(match: re.Match[str]) -> str:
        name, default = match.group(1), match.group(2)
        if name in lookup:
            return lookup[name]
        if default is not None:
            return default
        raise ConfigError(f"{file}: ${{{name}}} is used but {name} is not set")

    return _INTERPOLATION.sub(replace, text)


# YAML-only settings: an environment variable of the same name (ROUTING=...) is ignored.
STRUCTURED_SETTINGS = (
    "providers",
    "model_aliases",
    "tiers",
    "models",
    "custom_headers",
    "fallbacks",
    "routing",
    "reasoning_injection",
    "smart_router",
)


def _settings_from_variables(lookup: Mapping[str, str]) -> dict[str, Any]:
    """Pick the variables that name a setting (upper-case field names)."""
    out: dict[str, Any] = {}
    scalar_fields = {
        name for name, field in Settings.model_fields.items() if name not in STRUCTURED_SETTINGS
    }
    for name in scalar_fields:
        value = lookup.get(name.upper())
        if value is None or value == "":
            continue
        if name in _LIST_VARS:
            out[name] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            out[name] = value
    if "api_keys" not in out and lookup.get("WADDLEAI_API_KEYS"):
        out["api_keys"] = [v.strip() for v in lookup["WADDLEAI_API_KEYS"].split(",") if v.strip()]
    headers = {
        key[len(_CUSTOM_HEADER_PREFIX) :].replace("_", "-"): value
        for key, value in lookup.items()
        if key.startswith(_CUSTOM_HEADER_PREFIX) and value
    }
    if headers:
        out["custom_headers"] = headers
    return out


def _add_quick_start_providers(settings: Settings) -> None:
    """Turn OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_URL, AZURE_OPENAI_* into providers."""
    existing = {p.name for p in settings.providers}
    quick: list[ProviderConfig] = []
    if settings.openai_api_key and "openai" not in existing:
        tier_models = [m for m in (settings.big_model, settings.small_model) if m]
        quick.append(
            ProviderConfig(
                name="openai",
                kind="openai",
                endpoint=settings.openai_base_url,
                api_keys=[settings.openai_api_key],
                models=[*tier_models, "*"],
            )
        )
    if settings.anthropic_api_key and "anthropic" not in existing:
        quick.append(
            ProviderConfig(
                name="anthropic",
                kind="anthropic",
                endpoint=settings.anthropic_base_url,
                api_keys=[settings.anthropic_api_key],
                models=["claude-*"],
            )
        )
    if settings.azure_openai_api_key and settings.azure_openai_endpoint and "azure" not in existing:
        deployment = settings.azure_openai_deployment
        quick.append(
            ProviderConfig(
                name="azure",
                kind="azure",
                endpoint=settings.azure_openai_endpoint,
                api_keys=[settings.azure_openai_api_key],
                api_version=settings.azure_openai_api_version,
                models=[deployment] if deployment else [],
            )
        )
    if settings.ollama_url and "ollama" not in existing:
        quick.append(ProviderConfig(name="ollama", kind="ollama", endpoint=settings.ollama_url))
    settings.providers.extend(quick)


def _describe(exc: ValidationError, path: object) -> str:
    lines = ["invalid configuration:"]
    for err in exc.errors():
        loc = _format_loc(err.get("loc", ()))
        env_hint = ""
        first = err.get("loc", ("",))[0] if err.get("loc") else ""
        if (
            len(err.get("loc", ())) == 1
            and isinstance(first, str)
            and first not in STRUCTURED_SETTINGS
        ):
            env_hint = f" (environment variable {err['loc'][0].upper()})"
        message = err.get("msg", "invalid").removeprefix("Value error, ")
        lines.append(f"  - {loc}{env_hint}: {message}")
    if path:
        lines.append(f"  (config file: {path})")
    return "\n".join(lines)


def _format_loc(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"
