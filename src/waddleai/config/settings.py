"""Typed configuration for the whole gateway.

Every value users can set lives here, with its default and its validation, so a bad
setting fails at start with a message naming the key instead of failing on a request.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ProviderKind = Literal["openai", "azure", "anthropic", "ollama", "demo"]

# Provider families that speak the OpenAI API at a well-known URL; users may name them
# as `kind` and get the right defaults.
OPENAI_COMPATIBLE_DEFAULTS: dict[str, str] = {
    "openai": "https://api.openai.com/v1",
    "cerebras": "https://api.cerebras.ai/v1",
    "zhipu": "https://open.bigmodel.cn/api/paas/v4",
    "vllm": "http://localhost:8000/v1",
}

TIERS = ("haiku", "sonnet", "opus")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UpstreamKey(_Strict):
    """One credential of a provider; several make a load-balanced pool (routing/keys)."""

    key: str = Field(max_length=4096)
    weight: int = Field(default=1, ge=1, le=1000)
    max_requests_per_minute: int | None = Field(default=None, ge=1)
    max_tokens_per_minute: int | None = Field(default=None, ge=1)


Strategy = Literal["round_robin", "least_used", "weighted_random"]


class LoadBalancing(_Strict):
    """How a provider's key pool picks a key and when it rests one (routing/keys)."""

    strategy: Strategy = "round_robin"
    safety_margin: float = Field(default=0.2, ge=0, lt=1)
    failure_threshold: int = Field(default=3, ge=1, le=100)  # 5xx/timeouts in a row
    backoff_base_seconds: float = Field(default=1.0, gt=0, le=3600)
    backoff_max_seconds: float = Field(default=300.0, gt=0, le=86400)


class Breaker(_Strict):
    """Circuit breaker per provider (routing/breaker.py)."""

    failures: int = Field(default=5, ge=1, le=1000)  # failures in a row that open it
    open_seconds: float = Field(default=10.0, gt=0, le=3600)


class Routing(_Strict):
    """The attempt policy of every request (pipeline/operations/attempts.py)."""

    max_attempts: int = Field(default=3, ge=1, le=10)
    backoff_ms: float = Field(default=50.0, ge=0, le=10_000)
    breaker: Breaker = Field(default_factory=Breaker)


DEFAULT_REASONING_PROMPT = (
    "You are an expert reasoning model.\n"
    "Always think step by step before answering.\n"
    "Use interleaved thinking: plan \u2192 act \u2192 reflect\n"
    "Format your reasoning in <reasoning_content> blocks."
)


class ReasoningInjection(_Strict):
    """A reasoning prompt added as system text for matching models (pipeline/stages)."""

    enabled: bool = False
    models: list[str] = Field(default_factory=lambda: ["glm-*"], max_length=100)
    prompt: str = Field(default=DEFAULT_REASONING_PROMPT, min_length=1, max_length=20_000)


class SmartRouter(_Strict):
    """Model names served by the offline classifier, and the tier models (routing/smart)."""

    models: list[str] = Field(default_factory=list, max_length=20)
    tiers: dict[Literal["small", "middle", "big"], str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _tiers_complete(self) -> SmartRouter:
        if self.models and set(self.tiers) != {"small", "middle", "big"}:
            raise ValueError("smart_router.tiers must name small, middle and big")
        return self


class ProviderConfig(_Strict):
    """One upstream: where it is, how to talk to it, which models it serves."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.\-]+$")
    kind: ProviderKind = "openai"
    endpoint: str | None = None
    models: list[str] = Field(default_factory=list)
    api_keys: list[UpstreamKey] = Field(default_factory=list)
    headers: dict[str, str] = Field(default_factory=dict)
    timeout: float | None = Field(default=None, gt=0)
    api_version: str | None = None  # Azure OpenAI api-version; Anthropic version header
    deployments: dict[str, str] = Field(default_factory=dict)  # Azure: model -> deployment
    enabled: bool = True
    # Send Responses API requests as they are (POST {endpoint}/responses) instead of
    # translating them to chat completions. None: only for OpenAI's own endpoint.
    responses_api: bool | None = None
    load_balancing: LoadBalancing = Field(default_factory=LoadBalancing)

    @model_validator(mode="before")
    @classmethod
    def _accept_shorthands(cls, data: object) -> object:
        """Accept `kind: cerebras` and friends, and api_keys given as plain strings."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        kind = str(data.get("kind", "openai")).lower()
        if kind in OPENAI_COMPATIBLE_DEFAULTS:
            data.setdefault("endpoint", OPENAI_COMPATIBLE_DEFAULTS[kind])
            kind = "openai"
        data["kind"] = kind
        if "api_key" in data:
            data.setdefault("api_keys", []).insert(0, data.pop("api_key"))
        balancing = data.get("load_balancing")
        if isinstance(balancing, dict) and "api_keys" in balancing:
            if data.get("api_keys") and balancing.get("api_keys"):
                raise ValueError(
                    f"provider {data.get('name')!r}: give api_keys under the provider or "
                    "under load_balancing, not both"
                )
            balancing = dict(balancing)
            data["api_keys"] = balancing.pop("api_keys") or data.get("api_keys") or []
            data["load_balancing"] = balancing
        keys = data.get("api_keys") or []
        data["api_keys"] = [{"key": k} if isinstance(k, str) else k for k in keys if k]
        return data

    @model_validator(mode="after")
    def _endpoint_required(self) -> ProviderConfig:
        if self.kind == "anthropic" and not self.endpoint:
            self.endpoint = "https://api.anthropic.com"
        if self.kind == "ollama" and not self.endpoint:
            self.endpoint = "http://localhost:11434"
        if self.kind in ("openai", "azure") and not self.endpoint:
            raise ValueError(f"provider {self.name!r}: 'endpoint' is required for kind {self.kind}")
        if self.endpoint and not self.endpoint.startswith(("http://", "https://")):
            raise ValueError(
                f"provider {self.name!r}: endpoint must start with http:// or https://"
            )
        if self.endpoint:
            self.endpoint = self.endpoint.rstrip("/")
        if self.responses_api and self.kind != "openai":
            raise ValueError(
                f"provider {self.name!r}: responses_api is only for kind openai "
                "(an upstream serving POST {endpoint}/responses)"
            )
        return self


class ModelLimits(_Strict):
    """Per-model limits that override the shipped catalog."""

    max_output_tokens: int | None = Field(default=None, ge=1)
    context_window: int | None = Field(default=None, ge=1)
    supports_reasoning: bool | None = None
    input_rate: float | None = Field(default=None, ge=0)  # WaddleAI tokens per input token
    output_rate: float | None = Field(default=None, ge=0)
    cached_input_rate: float | None = Field(default=None, ge=0)
    input_usd_per_mtok: float | None = Field(default=None, ge=0)
    output_usd_per_mtok: float | None = Field(default=None, ge=0)
    cached_input_usd_per_mtok: float | None = Field(default=None, ge=0)


class Settings(_Strict):
    """The gateway's configuration after all layers are merged."""

    # servers
    proxy_host: str = "0.0.0.0"
    proxy_port: int = Field(default=8000, ge=1, le=65535)
    mgmt_host: str = "0.0.0.0"
    mgmt_port: int = Field(default=8001, ge=1, le=65535)
    workers: int = Field(default=1, ge=1)
    database_url: str = "sqlite:///waddleai.db"
    redis_url: str | None = None
    jwt_secret: str | None = None
    admin_password: str | None = None
    security_policy: Literal["strict", "balanced", "permissive"] = "balanced"
    max_concurrent_requests: int = Field(default=1000, ge=1, le=1_000_000)
    body_timeout: float = Field(default=30.0, gt=0, le=3600)
    cache_max_bytes: int = Field(default=64 * 1024 * 1024, ge=0, le=1 << 40)
    """In-process response cache size (without REDIS_URL; Redis bounds its own)."""
    cache_hit_rate: float = Field(default=0.0, ge=0, le=1)
    """Share of the list price a response-cache hit is charged (0: free)."""
    memory_budget_tokens: int = Field(default=4000, ge=0, le=1_000_000)
    """Conversation memory: tokens of earlier turns added to a request, at most."""
    memory_max_turns: int = Field(default=200, ge=1, le=10_000)
    """Conversation memory: turns kept per session (older ones are dropped)."""
    memory_retention_days: int = Field(default=30, ge=1, le=3650)
    """Conversation memory: turns, summaries and facts older than this are purged."""
    memory_summary_model: str | None = None
    """The small model that writes summaries and extracts facts (default: the haiku tier)."""
    """Seconds a client may take to send a request body before it is dropped (408)."""
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    data_dir: str = "."

    # identity store and management server (issue 4)
    # master secret for key hashing / provider-secret encryption (store/secrets.py)
    waddleai_secret_key: str | None = None
    redis_prefix: str = Field(default="waddleai", pattern=r"^[A-Za-z0-9_.:\-]+$")
    jwt_expire_minutes: int = Field(default=480, ge=1)
    login_max_failures: int = Field(default=5, ge=1)
    login_lockout_seconds: int = Field(default=300, ge=1)
    # where the portal's playground reaches the proxy (default: this host's PROXY_PORT)
    portal_proxy_url: str | None = Field(default=None, pattern=r"^https?://")

    # quick-start upstreams (the variables users of Claude Code proxies know)
    openai_api_key: str | None = None
    openai_base_url: str = "https://api.openai.com/v1"
    anthropic_api_key: str | None = None
    anthropic_base_url: str = "https://api.anthropic.com"
    ollama_url: str | None = None
    azure_openai_api_key: str | None = None
    azure_openai_endpoint: str | None = None
    azure_openai_api_version: str = "2024-10-21"
    azure_openai_deployment: str | None = None
    big_model: str | None = None
    middle_model: str | None = None
    small_model: str | None = None
    anthropic_default_haiku_model: str | None = None
    anthropic_default_sonnet_model: str | None = None
    anthropic_default_opus_model: str | None = None
    request_timeout: float = Field(default=90.0, gt=0)
    max_tokens_limit: int | None = Field(default=None, ge=1)
    # Responses API: days a stored response (previous_response_id, GET) is kept; 0: never
    responses_retention_days: int = Field(default=30, ge=0, le=3650)
    custom_headers: dict[str, str] = Field(default_factory=dict)

    # structured configuration (YAML)
    providers: list[ProviderConfig] = Field(default_factory=list)
    model_aliases: dict[str, str] = Field(default_factory=dict)
    tiers: dict[str, str] = Field(default_factory=dict)
    models: dict[str, ModelLimits] = Field(default_factory=dict)
    api_keys: list[str] = Field(default_factory=list)  # static client keys (no store needed)
    fallbacks: dict[str, list[str]] = Field(default_factory=dict)  # model -> models, in order
    routing: Routing = Field(default_factory=Routing)
    reasoning_injection: ReasoningInjection = Field(default_factory=ReasoningInjection)
    smart_router: SmartRouter = Field(default_factory=SmartRouter)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, v: object) -> object:
        return v.upper() if isinstance(v, str) else v

    @field_validator("tiers")
    @classmethod
    def _known_tiers(cls, v: dict[str, str]) -> dict[str, str]:
        unknown = set(v) - set(TIERS)
        if unknown:
            raise ValueError(f"unknown tier(s) {sorted(unknown)}; use {list(TIERS)}")
        return v

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, v: str) -> str:
        if not v.startswith(("sqlite", "postgresql", "postgres")):
            raise ValueError(
                "DATABASE_URL must be sqlite:///PATH or postgresql://user:pass@host/db"
            )
        return v

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, v: str | None) -> str | None:
        if v and not v.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("REDIS_URL must start with redis://, rediss:// or unix://")
        return v or None

    @field_validator("fallbacks")
    @classmethod
    def _bounded_fallbacks(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for model, chain in v.items():
            if len(chain) > 10:
                raise ValueError(f"fallbacks[{model}]: at most 10 fallback models")
            if model in chain:
                raise ValueError(f"fallbacks[{model}]: a model cannot fall back to itself")
        return v

    @model_validator(mode="after")
    def _unique_provider_names(self) -> Settings:
        names = [p.name for p in self.providers]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"providers: duplicate name(s) {dupes}")
        return self

    @property
    def uses_postgres(self) -> bool:
        return self.database_url.startswith(("postgresql", "postgres"))

    def tier_target(self, tier: str) -> str | None:
        """The model a Claude tier maps to, most specific setting first."""
        explicit = {
            "haiku": self.anthropic_default_haiku_model,
            "sonnet": self.anthropic_default_sonnet_model,
            "opus": self.anthropic_default_opus_model,
        }[tier]
        env_tier = {
            "haiku": self.small_model,
            "sonnet": self.middle_model or self.big_model,
            "opus": self.big_model,
        }[tier]
        return explicit or self.tiers.get(tier) or env_tier
