"""The shipped Grafana dashboard only charts metrics the proxy really exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from waddleai.observability import metrics

DASHBOARD = Path(__file__).parents[2] / "deploy" / "grafana" / "waddleai-dashboard.json"


def exported_names() -> set[str]:
    names = set()
    for value in vars(metrics).values():
        # metric objects (prometheus_client's or tally's), not classes
        if not isinstance(value, type) and callable(getattr(value, "describe", None)):
            names |= {family.name for family in value.describe()}
    return names


def test_every_dashboard_query_uses_an_exported_metric():
    dashboard = json.loads(DASHBOARD.read_text())
    used = set()
    for panel in dashboard["panels"]:
        for target in panel["targets"]:
            used |= set(re.findall(r"waddleai_[a-z_]+", target["expr"]))
    families = {re.sub(r"_(bucket|count|sum|total)$", "", n) for n in used}
    exported = {re.sub(r"_total$", "", n) for n in exported_names()}
    assert families <= exported, families - exported
    assert len(dashboard["panels"]) >= 10
