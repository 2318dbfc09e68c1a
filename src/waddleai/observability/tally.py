"""Counters and histograms kept in plain Python objects, read by Prometheus at scrape time.

prometheus_client's Counter and Histogram take a lock and go through a value wrapper on
every `inc` / `observe`; a proxied request made about ten such calls (~18 us). These
classes keep each series as a small object of floats, touched from the event loop only
(no lock), and register a Collector that builds, on each scrape, exactly the samples
prometheus_client's own classes would: the same names, label order, `_total` /
`_created` / `_bucket` / `_count` / `_sum` samples and bucket bounds, so the `/metrics`
text is unchanged. A scrape from another thread copies the series map before reading.

Only what the gateway uses is implemented: `labels(*values)`, `inc(amount)` and
`observe(value)`; like prometheus_client, a labelled family grows one series per
distinct label tuple, so callers keep label values bounded (see metrics.py).
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from prometheus_client import REGISTRY, CollectorRegistry
from prometheus_client import metrics as _prometheus_metrics
from prometheus_client.metrics_core import Metric
from prometheus_client.utils import INF, floatToGoString

DEFAULT_BUCKETS: tuple[float, ...] = (0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5)
DEFAULT_BUCKETS += (0.75, 1.0, 2.5, 5.0, 7.5, 10.0, INF)


def _created_enabled() -> bool:
    """prometheus_client's own switch (PROMETHEUS_DISABLE_CREATED_SERIES)."""
    return bool(getattr(_prometheus_metrics, "_use_created", True))


class CounterSeries:
    """One labelled counter series."""

    __slots__ = ("created", "value")

    def __init__(self) -> None:
        self.value = 0.0
        self.created = time.time()

    def inc(self, amount: float = 1.0) -> None:
        if amount < 0:
            raise ValueError("Counters can only be incremented by non-negative amounts.")
        self.value += amount


class HistogramSeries:
    """One labelled histogram series: per-bucket counts, cumulated at scrape time."""

    __slots__ = ("bounds", "counts", "created", "sum")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self.bounds = bounds
        self.counts = [0] * len(bounds)
        self.sum = 0.0
        self.created = time.time()

    def observe(self, amount: float) -> None:
        bounds = self.bounds
        index = bisect_left(bounds, amount)
        if amount <= bounds[index]:  # False only for NaN, which no bucket takes
            self.counts[index] += 1
        self.sum += amount


S = TypeVar("S", CounterSeries, HistogramSeries)


class _Family(Generic[S]):
    """A metric family: series by label values, collected into one prometheus Metric."""

    kind = ""

    def __init__(
        self,
        name: str,
        documentation: str,
        labelnames: Sequence[str] = (),
        registry: CollectorRegistry | None = REGISTRY,
    ) -> None:
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self._series: dict[tuple[str, ...], S] = {}
        if not self.labelnames:  # an unlabelled metric shows its one series from the start
            self._series[()] = self._new()
        if registry is not None:
            registry.register(self)

    def _new(self) -> S:
        raise NotImplementedError

    def labels(self, *values: str) -> S:
        series = self._series.get(values)
        if series is None:
            if len(values) != len(self.labelnames):
                raise ValueError(f"{self.name}: expected labels {self.labelnames}")
            key = tuple(str(value) for value in values)
            series = self._series.get(key)
            if series is None:
                series = self._series[key] = self._new()
        return series

    def describe(self) -> Iterable[Metric]:
        return [Metric(self.name, self.documentation, self.kind)]

    def collect(self) -> Iterable[Metric]:
        metric = Metric(self.name, self.documentation, self.kind)
        created = _created_enabled()
        for values, series in list(self._series.items()):
            self._add(metric, dict(zip(self.labelnames, values, strict=True)), series, created)
        return [metric]

    def _add(self, metric: Metric, labels: dict[str, str], series: S, created: bool) -> None:
        raise NotImplementedError


class Counter(_Family[CounterSeries]):
    """Like prometheus_client.Counter (a `_total` suffix in the name is implied)."""

    kind = "counter"

    def __init__(
        self,
        name: str,
        documentation: str,
        labelnames: Sequence[str] = (),
        registry: CollectorRegistry | None = REGISTRY,
    ) -> None:
        super().__init__(name.removesuffix("_total"), documentation, labelnames, registry)

    def _new(self) -> CounterSeries:
        return CounterSeries()

    def inc(self, amount: float = 1.0) -> None:
        self._series[()].inc(amount)

    def _add(
        self, metric: Metric, labels: dict[str, str], series: CounterSeries, created: bool
    ) -> None:
        metric.add_sample(self.name + "_total", labels, series.value)
        if created:
            metric.add_sample(self.name + "_created", labels, series.created)


class Histogram(_Family[HistogramSeries]):
    """Like prometheus_client.Histogram (sorted bounds, +Inf appended)."""

    kind = "histogram"

    def __init__(
        self,
        name: str,
        documentation: str,
        labelnames: Sequence[str] = (),
        registry: CollectorRegistry | None = REGISTRY,
        buckets: Sequence[float] = DEFAULT_BUCKETS,
    ) -> None:
        bounds = [float(b) for b in buckets]
        if bounds != sorted(bounds):
            raise ValueError("Buckets not in sorted order")
        if not bounds or bounds[-1] != INF:
            bounds.append(INF)
        self.bounds = tuple(bounds)
        self._le = tuple(floatToGoString(b) for b in bounds)
        super().__init__(name, documentation, labelnames, registry)

    def _new(self) -> HistogramSeries:
        return HistogramSeries(self.bounds)

    def observe(self, amount: float) -> None:
        self._series[()].observe(amount)

    def _add(
        self, metric: Metric, labels: dict[str, str], series: HistogramSeries, created: bool
    ) -> None:
        total = 0.0
        for le, count in zip(self._le, list(series.counts), strict=True):
            total += count
            metric.add_sample(self.name + "_bucket", {**labels, "le": le}, total)
        metric.add_sample(self.name + "_count", labels, total)
        if self.bounds[0] >= 0:
            metric.add_sample(self.name + "_sum", labels, series.sum)
        if created:
            metric.add_sample(self.name + "_created", labels, series.created)
