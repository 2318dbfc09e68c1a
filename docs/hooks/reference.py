"""MkDocs hook: the configuration reference, generated from the settings model at build.

`reference/configuration.md` is not a file in docs/: it is written from
`waddleai.config.settings` (every field, its environment variable, type, default and
limits) and the meanings in `waddleai.cli.config_cmds.VARIABLES` (the same text
`waddleai config env` prints), so it cannot drift from the code. A setting without a
meaning is a build warning, which `mkdocs build --strict` turns into a failure.
"""

from __future__ import annotations

import logging
import types
from typing import Any, Literal, Union, get_args, get_origin

from mkdocs.structure.files import File
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from waddleai.cli.config_cmds import VARIABLES
from waddleai.config.loader import STRUCTURED_SETTINGS
from waddleai.config.settings import (
    Breaker,
    LoadBalancing,
    ModelLimits,
    ProviderConfig,
    ReasoningInjection,
    Routing,
    Settings,
    SmartRouter,
    UpstreamKey,
)

log = logging.getLogger("mkdocs.hooks.reference")
PAGE = "reference/configuration.md"
STRUCTURED = STRUCTURED_SETTINGS  # YAML-only: documented as sections, not variables
LOADER_VARIABLES = {
    "WADDLEAI_CONFIG": "path of the YAML config file (default `waddleai.yaml`)",
    "CUSTOM_HEADER_*": "an extra upstream header: `CUSTOM_HEADER_X_CLIENT_ID=abc` sends "
    "`X-CLIENT-ID: abc`",
}
FIELD_MEANINGS = {
    "ProviderConfig": {
        "name": "unique name; `name:model` forces this provider",
        "kind": "`openai` (any OpenAI-compatible URL), `azure`, `anthropic`, `ollama`; "
        "`cerebras`, `zhipu`, `vllm` are `openai` with their URL filled in",
        "endpoint": "base URL (required for openai and azure)",
        "models": "model names or patterns (`claude-*`, `*`) this provider serves",
        "api_keys": "one or more keys (strings or objects, below): a weighted pool",
        "headers": "extra headers sent upstream",
        "timeout": "seconds; overrides REQUEST_TIMEOUT for this provider",
        "api_version": "Azure `api-version`, or the Anthropic version header",
        "deployments": "Azure: model name to deployment name",
        "enabled": "false keeps the entry but serves nothing from it",
        "responses_api": "true: `POST /v1/responses` is passed through to "
        "`{endpoint}/responses` instead of translated to chat (kind openai only; default: "
        "true for api.openai.com, false elsewhere)",
        "load_balancing": "how the key pool picks a key and rests one (below)",
    },
    "LoadBalancing": {
        "strategy": "`round_robin` (smooth, by weight), `least_used` (fewest requests in the "
        "last minute per weight), `weighted_random`",
        "safety_margin": "a key with less than this share of a window left is chosen last",
        "failure_threshold": "5xx or timeouts in a row before a key rests",
        "backoff_base_seconds": "first rest after repeated failures; doubles each time",
        "backoff_max_seconds": "longest rest after repeated failures",
    },
    "Routing": {
        "max_attempts": "upstream calls per request across keys, providers and fallbacks",
        "backoff_ms": "base of the jittered pause between attempts (doubles each time)",
        "breaker": "the circuit breaker of every provider (below)",
    },
    "Breaker": {
        "failures": "server errors or timeouts in a row that open a provider's breaker",
        "open_seconds": "how long it stays open before one probe (doubles while probes fail)",
    },
    "ReasoningInjection": {
        "enabled": "add the reasoning prompt for matching models",
        "models": "model name patterns (requested or upstream) that get it",
        "prompt": "the system text added before the client's own",
    },
    "SmartRouter": {
        "models": "model names clients ask for to be routed by the classifier",
        "tiers": "the model serving each of `small`, `middle`, `big`",
    },
    "UpstreamKey": {
        "key": "the provider credential (use `${VAR}` to keep it out of the file)",
        "weight": "share of requests this key gets in the pool",
        "max_requests_per_minute": "the key rests when it reaches this rate",
        "max_tokens_per_minute": "the key rests when its tokens in the last minute reach this",
    },
    "ModelLimits": {
        "max_output_tokens": "caps `max_tokens` sent upstream for this model",
        "context_window": "input + output tokens the model accepts",
        "supports_reasoning": "whether reasoning parameters are passed through",
        "input_rate": "WaddleAI tokens charged per input token",
        "output_rate": "WaddleAI tokens charged per output token",
        "cached_input_rate": "WaddleAI tokens per cached input token",
        "input_usd_per_mtok": "list price, USD per million input tokens",
        "output_usd_per_mtok": "list price, USD per million output tokens",
        "cached_input_usd_per_mtok": "list price, USD per million cached input tokens",
    },
}
_PLAIN = {str: "string", int: "integer", float: "number", bool: "boolean"}


def type_name(annotation: Any) -> str:
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is Literal:
        return " \\| ".join(f"`{a}`" for a in args)
    if origin in (Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        name = " or ".join(type_name(a) for a in rest)
        return f"{name}, optional" if len(rest) < len(args) else name
    if origin is list:
        return f"list of {type_name(args[0])}"
    if origin is dict:
        return f"mapping to {type_name(args[1])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    return _PLAIN.get(annotation, getattr(annotation, "__name__", str(annotation)))


def limits(field: Any) -> str:
    marks = {"ge": "≥", "gt": ">", "le": "≤", "lt": "<", "min_length": "length ≥"}
    parts = []
    for meta in field.metadata:
        for attr, sign in marks.items():
            value = getattr(meta, attr, None)
            if value is not None:
                parts.append(f"{sign} {value}")
        if getattr(meta, "pattern", None):
            parts.append(f"matches `{meta.pattern}`")
    return ", ".join(parts)


def default(field: Any) -> str:
    value = field.default
    if value is PydanticUndefined and field.default_factory is not None:
        value = field.default_factory()
    if value in (None, [], {}):
        return "—"
    return f"`{value}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def variables_table() -> list[str]:
    rows = ["| Variable | Type | Default | Limits | Meaning |", "|---|---|---|---|---|"]
    for name, field in Settings.model_fields.items():
        if name in STRUCTURED:
            continue
        variable = "WADDLEAI_API_KEYS" if name == "api_keys" else name.upper()
        meaning = VARIABLES.get(variable) or VARIABLES.get(name.upper())
        if not meaning:
            log.warning("setting %r has no meaning in cli/config_cmds.py VARIABLES", name)
            meaning = ""
        kind = type_name(field.annotation)
        if name == "api_keys":
            kind = "comma-separated list"
        cells = [f"`{variable}`", kind, default(field), _cell(limits(field)), _cell(meaning)]
        rows.append("| " + " | ".join(cells) + " |")
    for variable, meaning in LOADER_VARIABLES.items():
        rows.append(f"| `{variable}` | string | — |  | {meaning} |")
    return rows


def model_table(model: type[BaseModel]) -> list[str]:
    meanings = FIELD_MEANINGS[model.__name__]
    rows = ["| Key | Type | Default | Limits | Meaning |", "|---|---|---|---|---|"]
    for name, field in model.model_fields.items():
        if name not in meanings:
            log.warning("%s.%s has no meaning in docs/hooks/reference.py", model.__name__, name)
        cells = [f"`{name}`", type_name(field.annotation), default(field), _cell(limits(field))]
        rows.append("| " + " | ".join([*cells, _cell(meanings.get(name, ""))]) + " |")
    return rows


def render() -> str:
    lines = [
        "# Configuration reference",
        "",
        "Generated from `waddleai.config.settings` when the site is built.",
        "",
        "Layers, lowest first: defaults < `waddleai.yaml` (or `--config PATH` / "
        "`WADDLEAI_CONFIG`) < `.env` < environment. Every variable below is also a YAML "
        "key (lower case). `${VAR}` and `${VAR:-default}` in the YAML are replaced from "
        "the environment. A bad value stops the start with a message naming the key; "
        "`waddleai config validate` checks without starting.",
        "",
        "## Environment variables",
        "",
        *variables_table(),
        "",
        "## YAML-only settings",
        "",
        "| Key | Type | Meaning |",
        "|---|---|---|",
        "| `providers` | list of [ProviderConfig](#providerconfig) | the upstreams |",
        "| `model_aliases` | mapping to string | `alias: model` or `alias: provider:model` |",
        "| `tiers` | mapping of `haiku`/`sonnet`/`opus` to string | Claude tier targets |",
        "| `models` | mapping to [ModelLimits](#modellimits) | per-model limits and prices |",
        "| `fallbacks` | mapping to list of string | models tried in order once every key "
        "of every provider of a model failed |",
        "| `routing` | [Routing](#routing) | attempts, backoff and circuit breakers |",
        "| `reasoning_injection` | [ReasoningInjection](#reasoninginjection) | the reasoning "
        "prompt for matching models |",
        "| `smart_router` | [SmartRouter](#smartrouter) | names served by the classifier, "
        "and their tiers |",
        "",
    ]
    models = (ProviderConfig, LoadBalancing, UpstreamKey, ModelLimits, Routing, Breaker)
    for model in (*models, ReasoningInjection, SmartRouter):
        lines += [f"### {model.__name__}", "", *model_table(model), ""]
    return "\n".join(lines)


def on_files(files: Any, config: Any) -> Any:
    files.append(File.generated(config, PAGE, content=render()))
    return files
