"""Accuracy and cost of the smart router on the labelled prompts (no network, no keys).

    .venv/bin/python bench/smart_router/evaluate.py [--tiers small=gpt-4o-mini,...]

Each prompt of labelled_prompts.jsonl carries the tier a person judged it needs. The
script classifies every prompt (routing/smart.py), prints the accuracy, the confusion
matrix, how often a prompt was sent to a smaller tier than it needs (the costly mistake)
and the list price of serving the set routed versus always on the big tier. Output
length depends on the task, not on the model: each prompt is priced with the output a
task of its labelled tier typically produces (small 100, middle 400, big 1200 tokens).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from waddleai.accounting.pricing import PriceBook
from waddleai.routing.smart import TIERS, classify

HERE = Path(__file__).parent
OUTPUT_TOKENS = {"small": 100, "middle": 400, "big": 1200}
DEFAULT_TIERS = {"small": "gpt-4o-mini", "middle": "gpt-4o", "big": "o3"}
CLAUDE_TIERS = {"small": "claude-haiku-4", "middle": "claude-sonnet-4", "big": "claude-opus-4"}


def _cost(prices: PriceBook, model: str, prompt: str, tier: str) -> float:
    price = prices.price(model)
    tokens_in = len(prompt) // 4 + 10
    return (tokens_in * price.input + OUTPUT_TOKENS[tier] * price.output) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiers", default="", help="small=MODEL,middle=MODEL,big=MODEL")
    parser.add_argument(
        "--set",
        default="labelled_prompts.jsonl",
        help="labelled_prompts.jsonl (the set the rules were tuned on) or "
        "heldout_prompts.jsonl (written afterwards, never tuned on)",
    )
    args = parser.parse_args()
    tiers = dict(DEFAULT_TIERS)
    for item in filter(None, args.tiers.split(",")):
        name, _, model = item.partition("=")
        tiers[name.strip()] = model.strip()
    rows = [json.loads(line) for line in (HERE / args.set).read_text().splitlines()]
    prices = PriceBook()
    confusion = {t: dict.fromkeys(TIERS, 0) for t in TIERS}
    started = time.perf_counter()
    decisions = [classify({"messages": [{"role": "user", "content": r["prompt"]}]}) for r in rows]
    per_call_us = (time.perf_counter() - started) / len(rows) * 1e6
    for row, decision in zip(rows, decisions, strict=True):
        confusion[row["tier"]][decision.tier] += 1
    correct = sum(confusion[t][t] for t in TIERS)
    under = sum(confusion[a][b] for a in TIERS for b in TIERS if TIERS.index(b) < TIERS.index(a))
    print(f"{args.set}: {len(rows)} prompts")
    print(f"accuracy: {correct}/{len(rows)} = {correct / len(rows):.1%}")
    print(f"under-routed (sent to a smaller tier than labelled): {under / len(rows):.1%}")
    print("confusion (rows: labelled, columns: routed):")
    print("          " + "".join(f"{t:>8}" for t in TIERS))
    for t in TIERS:
        print(f"{t:>10}" + "".join(f"{confusion[t][c]:>8}" for c in TIERS))
    for chosen in (tiers, CLAUDE_TIERS) if not args.tiers else (tiers,):
        routed = big = 0.0
        for row, decision in zip(rows, decisions, strict=True):
            routed += _cost(prices, chosen[decision.tier], row["prompt"], row["tier"])
            big += _cost(prices, chosen["big"], row["prompt"], row["tier"])
        names = "/".join(chosen[t] for t in TIERS)
        print(
            f"cost with {names}: routed ${routed:.4f}, always big ${big:.4f}, "
            f"saving {1 - routed / big:.1%}"
        )
    print(f"classification: {per_call_us:.0f} µs per prompt")


if __name__ == "__main__":
    main()
