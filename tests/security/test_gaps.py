"""The anchor-gap check (security/eval/gaps.py) finds a rule its anchors keep from a match."""

from __future__ import annotations

import pytest

from waddleai.security import rules
from waddleai.security.eval import gaps
from waddleai.security.rules.base import rule


def test_a_match_no_anchor_leads_to_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    cut = rule("cut", "jailbreak", r"\brefusals?=disabled\b", 0.8, anchors=("refusal",), lead=True)
    whole = rule("whole", "jailbreak", r"\brefusals?=disabled\b", 0.8, anchors=("refusals",),
                 lead=True)  # fmt: skip
    monkeypatch.setattr(rules, "ALL", (cut, whole))
    row = {"text": "Config: refusals=disabled", "channel": "user", "labels": [], "kind": "t"}
    _costly, benign = gaps.gaps([row])
    assert benign == {"cut": 1}  # "refusal" is no word of the text: never tried
