"""Prometheus metrics of the proxy.

Defined once at import in the default registry, so `GET /metrics` on either server (they
may share a process under `waddleai serve`) shows them. Updated from the usage sink and
the error path only: one place per kind of fact. Counters and histograms are
observability/tally.py's: plain Python per request, turned into the usual Prometheus
samples only when scraped.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, Gauge, generate_latest

from waddleai.core.usage import UsageEvent
from waddleai.observability.tally import Counter, Histogram

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
_OVERHEAD_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1)

REQUESTS = Counter(
    "waddleai_requests_total",
    "Proxy API requests by route, model, provider and status",
    ["route", "model", "provider", "status"],
)
LATENCY = Histogram(
    "waddleai_request_duration_seconds",
    "Whole request latency as the client sees it",
    ["route"],
    buckets=_LATENCY_BUCKETS,
)
UPSTREAM_LATENCY = Histogram(
    "waddleai_upstream_duration_seconds",
    "Time until the upstream answered (headers for streams)",
    ["provider"],
    buckets=_LATENCY_BUCKETS,
)
OVERHEAD = Histogram(
    "waddleai_gateway_overhead_seconds",
    "Time spent in the gateway itself (request latency minus upstream time)",
    buckets=_OVERHEAD_BUCKETS,
)
TTFT = Histogram(
    "waddleai_time_to_first_token_seconds",
    "Time from request to the first streamed bytes sent to the client",
    ["provider"],
    buckets=_LATENCY_BUCKETS,
)
TOKENS = Counter(
    "waddleai_llm_tokens_total",
    "Raw LLM tokens by provider, model and kind (input, output, cached)",
    ["provider", "model", "kind"],
)
WADDLEAI_TOKENS = Counter(
    "waddleai_waddleai_tokens_total", "Normalized WaddleAI tokens charged", ["model"]
)
COST = Counter("waddleai_cost_usd_total", "Estimated upstream cost in USD", ["provider", "model"])
REJECTIONS = Counter(
    "waddleai_rejections_total",
    "Requests refused before reaching an upstream, by reason",
    ["reason"],
)
UPSTREAM_ERRORS = Counter(
    "waddleai_upstream_errors_total", "Failed upstream calls", ["provider", "status"]
)
KEY_COOLDOWNS = Counter(
    "waddleai_upstream_key_cooldowns_total",
    "Upstream API keys put to rest, by why: rate (429), fail (5xx/timeouts), ok (window at 0)",
    ["provider", "reason"],
)
ATTEMPTS = Counter(
    "waddleai_upstream_attempts_total",
    "Upstream attempts by provider and outcome (ok, or the failure's status)",
    ["provider", "outcome"],
)
FALLBACKS = Counter(
    "waddleai_fallbacks_total",
    "Requests served by a fallback model instead of the one asked for",
    ["model", "fallback"],
)
BREAKERS_OPEN = Gauge(
    "waddleai_circuit_breaker_open", "1 while a provider's circuit breaker is open", ["provider"]
)
KEYS_OUT = Counter(
    "waddleai_upstream_keys_out_total",
    "Upstream keys taken out of rotation after 401/403",
    ["provider"],
)
IN_FLIGHT = Gauge("waddleai_in_flight_requests", "Requests being served right now")
LIMIT_ROWS_SKIPPED = Counter(
    "waddleai_limit_rows_skipped_total",
    "Quota or budget rows that could not be loaded and are not enforced (each is logged)",
    ["kind"],
)
USAGE_RECORDS_DROPPED = Counter(
    "waddleai_usage_records_dropped_total",
    "Usage records never written (each is logged): rejected by the database, buffer full, "
    "or left at shutdown",
    ["reason"],
)
LOG_LINES_DROPPED = Counter(
    "waddleai_log_lines_dropped_total",
    "Request log lines never written: buffer_full (stderr read too slowly) or write_error",
    ["reason"],
)
SECURITY_BLOCKS = Counter(
    "waddleai_security_blocks_total", "Requests blocked by security scanning", ["category"]
)
SECURITY_FLAGS = Counter(
    "waddleai_security_flags_total",
    "Requests let through with a security flag (X-WaddleAI-Security)",
    ["category"],
)
SECURITY_REDACTIONS = Counter(
    "waddleai_security_redactions_total",
    "Requests whose personal data or secrets were redacted before the upstream",
    ["entity"],
)

# HTTP status -> rejection reason, for refusals that never reached an upstream.
_REJECTION_REASONS = {
    400: "bad_request",
    401: "auth",
    403: "forbidden",
    404: "model_not_found",
    413: "too_large",
}


class _Series:
    """The metric children one (route, model, provider, status) combination touches.

    A request touches up to ten series; each is found by one attribute read instead of
    a `labels()` call (a tuple and a dict lookup). Children are looked up once per
    combination, on first use (so no zero-valued series appear), and reused; the cache
    is bounded so a flood of distinct model names cannot grow it without limit.
    """

    def __init__(self, route: str, model: str, provider: str, upstream_model: str, status: str):
        self._labels: dict[str, tuple[Any, tuple[str, ...]]] = {
            "requests": (REQUESTS, (route, model, provider, status)),
            "latency": (LATENCY, (route,)),
            "upstream": (UPSTREAM_LATENCY, (provider,)),
            "ttft": (TTFT, (provider,)),
            "errors": (UPSTREAM_ERRORS, (provider, status)),
            "input": (TOKENS, (provider, upstream_model, "input")),
            "output": (TOKENS, (provider, upstream_model, "output")),
            "cached": (TOKENS, (provider, upstream_model, "cached")),
            "waddle": (WADDLEAI_TOKENS, (upstream_model,)),
            "cost": (COST, (provider, upstream_model)),
        }

    def __getattr__(self, name: str) -> Any:
        try:
            metric, values = self._labels[name]
        except KeyError:
            raise AttributeError(name) from None
        child = metric.labels(*values)
        setattr(self, name, child)  # later lookups find the attribute directly
        return child


_SERIES: dict[tuple[str, str, str, str, int], _Series] = {}
_MAX_SERIES = 5000


_KNOWN: dict[str, frozenset[str]] = {"model": frozenset(), "provider": frozenset()}
OTHER = "other"


def set_known_labels(models: set[str] | list[str], providers: set[str] | list[str]) -> None:
    """The model and provider names that get their own series; any other is `other`.

    Clients choose model names: labelling whatever they send let 6,000 invented names
    make 6,000 series and a 65 MB /metrics. Only names the configuration knows count.
    """
    _KNOWN["model"] = frozenset(models)
    _KNOWN["provider"] = frozenset(providers)


def _label(kind: str, value: str) -> str:
    return value if not value or value in _KNOWN[kind] else OTHER


def _series(event: UsageEvent) -> _Series:
    route = "anthropic" if event.dialect == "anthropic" else "openai"
    if event.operation != "chat":
        route = f"{route}_{event.operation}"
    key = (
        route,
        _label("model", event.requested_model),
        _label("provider", event.provider),
        _label("model", event.upstream_model),
        event.status,
    )
    series = _SERIES.get(key)
    if series is None:
        series = _Series(route, *key[1:4], str(event.status))
        if len(_SERIES) < _MAX_SERIES:
            _SERIES[key] = series
    return series


def observe_usage(event: UsageEvent) -> None:
    """Usage sink: one finished (or failed) upstream request."""
    series = _series(event)
    series.requests.inc()
    series.latency.observe(event.latency_ms / 1000)
    if event.provider:
        series.upstream.observe(event.upstream_ms / 1000)
        OVERHEAD.observe(max(event.latency_ms - _upstream_share(event), 0.0) / 1000)
    if event.ttft_ms is not None:
        series.ttft.observe(event.ttft_ms / 1000)
    if event.status >= 500 or event.status == 429:
        series.errors.inc()
    if event.input_tokens:
        series.input.inc(event.input_tokens)
    if event.output_tokens:
        series.output.inc(event.output_tokens)
    if event.cached_tokens:
        series.cached.inc(event.cached_tokens)
    waddle = event.extra.get("waddleai_tokens")
    if waddle:
        series.waddle.inc(float(waddle))  # type: ignore[arg-type]
    cost = event.extra.get("cost_usd")
    if cost:
        series.cost.inc(float(cost))  # type: ignore[arg-type]


def _upstream_share(event: UsageEvent) -> float:
    """For streams the upstream's whole duration is the relay time; count it all upstream."""
    return event.latency_ms if event.stream else event.upstream_ms


def observe_rejection(status: int, code: str | None) -> None:
    """A request refused by the gateway itself (auth, limits, validation)."""
    reason = (code or "rate_limit") if status == 429 else _REJECTION_REASONS.get(status)
    if reason:
        REJECTIONS.labels(reason).inc()


_BOUNDED: dict[tuple[Any, ...], Any] = {}


def _child(metric: Any, *labels: str) -> Any:
    """A labelled child, cached; label sets come from configuration, so they are bounded."""
    key = (metric, *labels)
    child = _BOUNDED.get(key)
    if child is None:
        child = metric.labels(*labels)
        if len(_BOUNDED) < _MAX_SERIES:
            _BOUNDED[key] = child
    return child


def observe_attempt(provider: str, outcome: str) -> None:
    _child(ATTEMPTS, provider, outcome).inc()


def observe_fallback(model: str, fallback: str) -> None:
    _child(FALLBACKS, model[:100], fallback[:100]).inc()


def observe_key_rest(provider: str, reason: str) -> None:
    if reason == "out":
        _child(KEYS_OUT, provider).inc()
    else:
        _child(KEY_COOLDOWNS, provider, reason).inc()


def observe_breaker(provider: str, is_open: bool) -> None:
    _child(BREAKERS_OPEN, provider).set(1 if is_open else 0)


def render() -> tuple[bytes, str]:
    return generate_latest(), CONTENT_TYPE_LATEST
