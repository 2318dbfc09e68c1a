"""Rules whose pattern would match where their anchors never let the scanner try it.

    python -m waddleai.security.eval.gaps

A rule runs only at its anchors (rules/base.py, anchors.py), and an anchor only where its
head word is a whole word of the text: "refusal" never tries "refusals=disabled". For each
rule and each development item (never an unseen kind: evaluate.unseen), the pattern is
run over the whole text; where it finds a match the shared checks accept and the anchored
path finds none, the anchors have a gap. Printed per rule: on how many attacks of its
category the scanner misses that category (a gap that costs recall), and on how many
benign items (closing that gap would cost false positives).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from waddleai.security import evaluate, gates, normalize, rules, scanner
from waddleai.security.anchors import Anchors


def whole_text_match(rule: rules.Rule, text: str, quoted: bool) -> re.Match[str] | None:
    for m in rule.pattern.finditer(text):
        if scanner._accept(rule, text, m, quoted):
            return m
    return None


def anchored_match(
    rule: rules.Rule, text: str, anchors: Anchors, quoted: bool
) -> re.Match[str] | None:
    if not (rule.heads or rule.loose):
        return None  # never tried by the scanner (gates.Plan)
    if rule.lead:
        return scanner._lead(rule, gates._items(rule), text, anchors, quoted)
    return scanner._windowed(rule, text, anchors, gates._starts(rule), quoted)


def gaps(rows: list[dict[str, Any]]) -> tuple[Counter[str], Counter[str]]:
    """(rule -> attacks whose category the scan misses, rule -> benign items) with a gap."""
    plan = gates.current()
    costly: Counter[str] = Counter()
    benign: Counter[str] = Counter()
    for row in rows:
        text = normalize.normalize(row["text"])
        anchors = Anchors(text, plan.finder)
        labels = set(row["labels"]) - {"pii"}
        quoted = row["channel"] in scanner.QUOTED_MENTIONS  # as the scanner reads it
        found: set[str] | None = None
        for rule in plan.source:
            if rule.channels is not None and row["channel"] not in rule.channels:
                continue
            if whole_text_match(rule, text, quoted) is None or anchored_match(
                rule, text, anchors, quoted
            ):
                continue
            if not labels:
                benign[rule.name] += 1
            elif rule.category in labels:
                if found is None:
                    found = {d.category for d in scanner.detect(row["text"], row["channel"])}
                costly[rule.name] += rule.category not in found
    return costly, benign


def main() -> None:
    rows = [r for r in evaluate.load() if not evaluate.unseen(r["kind"])]
    costly, benign = gaps(rows)
    names = sorted(set(costly) | set(benign), key=lambda n: (-costly[n], benign[n], n))
    print(f"{len(names)} rules with gaps over {len(rows)} development items")
    print(f"{'rule':40} {'missed':>6} {'benign':>6}")
    for name in names:
        print(f"{name:40} {costly[name]:>6} {benign[name]:>6}")


if __name__ == "__main__":
    main()
