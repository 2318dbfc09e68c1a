"""The smart router's classifier: which tier (small, middle, big) a request needs.

Offline and cheap (well under a millisecond: a few regular expressions over the last
user turn and some counts), from what a request shows: code, length, reasoning cues,
tools, conversation depth. Each signal adds to a score; the score picks the tier and
the strongest signal is the reason, with a confidence from how far the score is from the
tier's edges. `scripts/smart_router_eval.py` measures it on a labelled set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

TIERS = ("small", "middle", "big")

_CODE = re.compile(
    r"```|\bdef \w+\(|\bclass \w+[:(]|\bfunction\s*\w*\(|\bimport \w+|#include|=>|\breturn\b|"
    r"\b(?:SELECT|INSERT|UPDATE)\b .+\b(?:FROM|INTO|SET)\b|\bconst \w+ =|\bTraceback\b|"
    r"\b(?:regex|bash|python|javascript|typescript|rust|golang|java|sql|json|yaml|dockerfile|"
    r"kubernetes|api|endpoint|function|script|bug|compile|refactor|unit tests?|dockerfile|"
    r"docker|react|pytest|postgres(?:ql)?|github actions|workflow|dom|https|certificates?|"
    r"for loop|list comprehension|index|keyerror|exception|component|pod|deployment|"
    r"tuple|array|queries|query)\b",
    re.IGNORECASE,
)
_WRITE_CODE = re.compile(
    r"\b(?:write|implement|fix|debug|refactor|convert|port|optimi[sz]e)\b.{0,40}"
    r"\b(?:function|class|script|code|program|query|regex|test|module|api|bug|method)\b",
    re.IGNORECASE | re.DOTALL,
)
_STRONG = re.compile(
    r"\b(?:prove|proof|derive|step[- ]by[- ]step|rigorous(?:ly)?|formal(?:ly)?|root cause|"
    r"threat model)\b",
    re.IGNORECASE,
)
_REASONING = re.compile(
    r"\b(?:trade-?offs?|analy[sz]e|analysis|implications?|architect(?:ure)?|"
    r"design (?:a|an|the)|strateg(?:y|ies)|evaluate|critique|compare and contrast|"
    r"pros and cons|in depth|in detail|theorem|complexity|plan (?:a|the|for)|"
    r"migrat(?:e|ion)|concurren(?:cy|t)|distributed|scal(?:e|able|ability)|"
    r"security review|consistency|failure modes?|optimal)\b",
    re.IGNORECASE,
)
_TASK = re.compile(
    r"^\s*(?:write|explain|create|summari[sz]e|implement|design|draft|describe|compare|"
    r"how do i|how can i|why does|why do|why is)\b",
    re.IGNORECASE,
)
_BRIEF = re.compile(r"\b(?:one[- ](?:sentence|line|word)|short|brief(?:ly)?|quick)\b", re.I)
_SIMPLE = re.compile(
    r"^\s*(?:what(?:'s| is| are)|who (?:is|was)|when (?:is|was|did)|where (?:is|are)|"
    r"how many|define|translate|spell|hi|hello|thanks|thank you|yes|no|ok)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Decision:
    tier: str
    reason: str
    confidence: float

    def header(self, model: str) -> str:
        """`X-WaddleAI-Route: <model>; reason=<why> (<confidence>)`."""
        return f"{model}; reason={self.reason} ({self.confidence:.2f})"


def last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages") or ()):
        if isinstance(message, dict) and message.get("role") == "user":
            return _text(message.get("content"))
    return ""


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            str(p.get("text") or p.get("content") or "") for p in content if isinstance(p, dict)
        )
    return ""


def _signals(body: dict[str, Any], text: str) -> list[tuple[float, str]]:
    """(weight, reason) of each signal the request shows."""
    length = len(text)
    depth = len(body.get("messages") or ())
    signals: list[tuple[float, str]] = []
    code_hits = len(_CODE.findall(text))
    if _WRITE_CODE.search(text) or code_hits >= 2:
        signals.append((2.5, "code detected"))
    elif code_hits:
        signals.append((2.0, "code mentioned"))
    if _STRONG.search(text):
        signals.append((4.0, "complex reasoning"))
    cues = len({m.lower() for m in _REASONING.findall(text)})
    if cues:
        signals.append((1.5 + 1.0 * min(cues, 3), "complex reasoning"))
    if _TASK.match(text) and not (_BRIEF.search(text) and length < 120 and not signals):
        signals.append((2.0, "open-ended task"))
    if body.get("tools"):
        signals.append((2.0, "tools"))
    if length > 2000:
        signals.append((3.0, f"long prompt ({length} chars)"))
    elif length > 600:
        signals.append((1.0, f"long prompt ({length} chars)"))
    if depth > 10:
        signals.append((1.0, f"deep conversation ({depth} messages)"))
    return signals


def classify(body: dict[str, Any]) -> Decision:
    """See module docstring. The strongest signal counts fully, each other one half a
    point (at most 1.5): < 2 small, < 4 middle, else big."""
    text = last_user_text(body)[:20_000]
    length = len(text)
    signals = _signals(body, text)
    if not signals:
        return Decision("small", f"simple query ({length} chars)", 0.9)
    strongest = max(signals)
    score = strongest[0] + min(1.5, 0.5 * (len(signals) - 1))
    if _SIMPLE.match(text) and length < 200 and score < 2.5:
        score = min(score, 1.0)
    reason = strongest[1]
    if score < 2:
        return Decision("small", reason, _confidence(score, 0, 2))
    if score < 4:
        return Decision("middle", reason, _confidence(score, 2, 4))
    return Decision("big", reason, _confidence(score, 4, 8))


def _confidence(score: float, low: float, high: float) -> float:
    """0.5 at a tier's edge, up to 0.95 at its middle."""
    middle, half = (low + high) / 2, (high - low) / 2
    return round(max(0.5, min(0.95, 0.95 - 0.45 * abs(score - middle) / half)), 2)
