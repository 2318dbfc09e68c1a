"""Writes the evaluation set (*.jsonl) from the sources in this folder.

    python -m waddleai.security.eval.build

Each line: {"text", "channel", "labels": [categories] ([] = benign), "kind"}.
blind*.jsonl (kind "blind") is not written here: it is kept apart from the rules' authors
and only read by the evaluator.
"""

from __future__ import annotations

import json
from pathlib import Path

from waddleai.security.eval.attacks import ATTACKS
from waddleai.security.eval.benign import BENIGN
from waddleai.security.eval.heldout import HELDOUT
from waddleai.security.eval.heldout2 import HELDOUT2
from waddleai.security.eval.heldout3 import HELDOUT3
from waddleai.security.eval.heldout4 import HELDOUT4
from waddleai.security.eval.heldout5 import HELDOUT5
from waddleai.security.eval.heldout6 import HELDOUT6
from waddleai.security.eval.heldout7 import HELDOUT7
from waddleai.security.eval.heldout8 import HELDOUT8
from waddleai.security.eval.heldout9 import HELDOUT9
from waddleai.security.eval.heldout10 import HELDOUT10
from waddleai.security.eval.heldout11 import HELDOUT11
from waddleai.security.eval.heldout12 import HELDOUT12
from waddleai.security.eval.heldout13 import HELDOUT13
from waddleai.security.eval.heldout14 import HELDOUT14
from waddleai.security.eval.heldout15 import HELDOUT15
from waddleai.security.eval.obfuscate import variants
from waddleai.security.eval.paraphrases import PARAPHRASES
from waddleai.security.eval.pii_cases import PII

HERE = Path(__file__).parent


def _write(name: str, rows: list[dict[str, object]]) -> None:
    with (HERE / name).open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    _write(
        "attacks.jsonl",
        [{"text": t, "channel": c, "labels": [label], "kind": "attack"} for label, c, t in ATTACKS],
    )
    _write(
        "obfuscated.jsonl",
        [
            {"text": t, "channel": c, "labels": [label], "kind": f"obfuscated:{how}"}
            for label, c, how, t in variants()
        ],
    )
    _write(
        "benign.jsonl",
        [{"text": b[1], "channel": b[0], "labels": list(b[2:]), "kind": "benign"} for b in BENIGN],
    )
    _write(
        "heldout.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout"}
            for label, c, t in HELDOUT
        ],
    )
    _write(
        "heldout2.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout"}
            for label, c, t in HELDOUT2
        ],
    )
    _write(
        "heldout3.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout"}
            for label, c, t in HELDOUT3
        ],
    )
    _write(
        "heldout4.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout4"}
            for label, c, t in HELDOUT4
        ],
    )
    _write(
        "heldout5.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout"}
            for label, c, t in HELDOUT5
        ],
    )
    _write(
        "heldout6.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT6
        ],
    )
    _write(
        "heldout7.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT7
        ],
    )
    _write(
        "heldout8.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT8
        ],
    )
    _write(
        "heldout9.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT9
        ],
    )
    _write(
        "heldout10.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT10
        ],
    )
    _write(
        "heldout11.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT11
        ],
    )
    _write(
        "heldout12.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout6"}
            for label, c, t in HELDOUT12
        ],
    )
    _write(
        "heldout13.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout13"}
            for label, c, t in HELDOUT13
        ],
    )
    _write(
        "heldout14.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "heldout14"}
            for label, c, t in HELDOUT14
        ],
    )
    _write(
        "heldout15.jsonl",
        [
            {"text": t, "channel": c, "labels": list(labels), "kind": "heldout15"}
            for labels, c, t in HELDOUT15
        ],
    )
    _write(
        "paraphrases.jsonl",
        [
            {"text": t, "channel": c, "labels": [label] if label else [], "kind": "paraphrase"}
            for label, c, t in PARAPHRASES
        ],
    )
    _write("pii.jsonl", [
        {"text": t, "channel": c, "labels": ["pii"] if has else [], "kind": "pii"}
        for has, c, t in PII
    ])  # fmt: skip


if __name__ == "__main__":
    main()
