"""What the generators of the development rounds since heldout16 share.

Each round keeps its own items (and the obfuscation tables it was written with); the
labels, the checks a round must pass before anything is written, and the jsonl it
writes are the same for all of them, so they live here once.
"""

from __future__ import annotations

import json
from pathlib import Path

PI = "prompt_injection"
JB = "jailbreak"
DE = "data_extraction"
CH = "credential_harvesting"
LABELS = frozenset({PI, JB, DE, CH})
CHANNELS = frozenset({"user", "tool", "assistant", "system"})

Labels = str | tuple[str, ...]
Item = tuple[Labels, str, str]  # (labels, channel, text); labels "" = benign


def untagged(items: list[tuple[str, Labels, str, str]]) -> list[Item]:
    """The items of a round's other-language lists, their language tag dropped (the tag
    documents the round's source; the jsonl has no field for it)."""
    return [(labels, channel, text) for _lang, labels, channel, text in items]


def _labels(value: Labels) -> list[str]:
    labels = [value] if isinstance(value, str) else list(value)
    labels = [label for label in labels if label]
    if set(labels) - LABELS or len(labels) != len(set(labels)) or len(labels) > 2:
        raise ValueError(f"bad labels {value!r}")
    return labels


def rows(kind: str, attacks: list[Item], benign: list[Item]) -> list[dict[str, object]]:
    """The round's JSON rows, attacks first; raises on an unknown channel or label, an
    attack without a label, a benign item with one, or an empty or repeated text."""
    seen: set[str] = set()
    out: list[dict[str, object]] = []
    for items, harmless in ((attacks, False), (benign, True)):
        for labels, channel, text in items:
            got = _labels(labels)
            if channel not in CHANNELS:
                raise ValueError(f"bad channel {channel!r}")
            if harmless == bool(got):
                raise ValueError(f"labels {labels!r} in the wrong list")
            if not text.strip():
                raise ValueError("empty text")
            if text in seen:
                raise ValueError(f"duplicate text: {text[:60]!r}")
            seen.add(text)
            out.append({"text": text, "channel": channel, "labels": got, "kind": kind})
    return out


def write(kind: str, attacks: list[Item], benign: list[Item]) -> None:
    """Write `<kind>.jsonl` next to this module, one JSON object per line."""
    data = rows(kind, attacks, benign)
    path = Path(__file__).with_name(f"{kind}.jsonl")
    with path.open("w", encoding="utf-8") as fh:
        for row in data:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(data)} items to {path}")
