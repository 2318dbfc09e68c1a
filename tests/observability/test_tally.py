"""The plain-Python counters and histograms scrape exactly like prometheus_client's own.

Same sequence of events into both, one registry each: the exposition text must be the
same, line for line (only the `_created` timestamps differ, taken microseconds apart).
"""

from __future__ import annotations

import math
import re

import prometheus_client
import pytest
from prometheus_client import CollectorRegistry, generate_latest

from waddleai.observability import metrics, tally

_CREATED = re.compile(r"^(\S+_created(?:\{[^}]*\})?) \S+$", re.MULTILINE)


def _families(module, registry: CollectorRegistry) -> tuple:
    """The shapes metrics.py uses: labelled and unlabelled counters and histograms."""
    return (
        module.Counter("t_requests_total", "requests", ["route", "status"], registry=registry),
        module.Counter("t_plain_total", "plain", registry=registry),
        module.Histogram(
            "t_latency_seconds", "latency", ["route"], registry=registry, buckets=(0.01, 0.1, 1)
        ),
        module.Histogram("t_overhead_seconds", "overhead", registry=registry),
    )


def _exposition(registry: CollectorRegistry) -> str:
    return _CREATED.sub(r"\1 T", generate_latest(registry).decode())


def test_the_same_events_give_the_same_metrics_text() -> None:
    ours, theirs = CollectorRegistry(), CollectorRegistry()
    for module, registry in ((tally, ours), (prometheus_client, theirs)):
        requests, plain, latency, overhead = _families(module, registry)
        requests.labels("openai", "200").inc()
        requests.labels("openai", "200").inc(2.5)
        requests.labels("anthropic", 500).inc()  # a non-str label value, as str
        plain.inc(3)
        for value in (0.0, 0.001, 0.01, 0.05, 0.1, 1, 5, 1e9, math.nan):
            latency.labels("openai").observe(value)
            overhead.observe(value)
    text = _exposition(ours)
    assert text == _exposition(theirs)
    assert 't_latency_seconds_bucket{le="0.1",route="openai"} 5.0' in text  # cumulative
    assert 't_requests_total{route="openai",status="200"} 3.5' in text
    assert "t_overhead_seconds_count 8.0" in text  # NaN lands in no bucket, as theirs


def test_counters_refuse_what_prometheus_refuses() -> None:
    registry = CollectorRegistry()
    counter = tally.Counter("t_total", "t", ["a"], registry=registry)
    with pytest.raises(ValueError):
        counter.labels("x").inc(-1)
    with pytest.raises(ValueError):
        counter.labels("x", "y")
    with pytest.raises(ValueError):  # a name registered twice, as with prometheus_client
        tally.Counter("t_total", "t", ["a"], registry=registry)


def test_the_proxy_metrics_keep_their_buckets() -> None:
    """The proxy's histograms are tally's, with the bounds /metrics always had."""
    assert isinstance(metrics.LATENCY, tally.Histogram)
    assert metrics.LATENCY.bounds == (*metrics._LATENCY_BUCKETS, math.inf)
    assert metrics.OVERHEAD.bounds == (*metrics._OVERHEAD_BUCKETS, math.inf)
    assert isinstance(metrics.REQUESTS, tally.Counter)
