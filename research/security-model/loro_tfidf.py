"""Rounds held out: the rules as they were before a round was tuned on, with and without
the learned model (security/model.py) trained without that round.

    # the rules of the commit before each round was tuned (see README, Security scanning)
    git worktree add --detach /work/wt-r18 c546fe9   # before heldout19 was tuned on
    git worktree add --detach /work/wt-r17 6dd7e21   # before heldout18
    git worktree add --detach /work/wt-r16 1354428   # before heldout17
    PYTHONPATH=/work/wt-r18/src python research/security-model/loro_tfidf.py predict heldout19
    ... (the same for r17/heldout18, r16/heldout17), then, with scikit-learn installed:
    PYTHONPATH=src python research/security-model/loro_tfidf.py measure heldout19 heldout18 \
        heldout17

Both halves are measured on a round neither saw: the old rules were written before it,
and the model is trained on every other round (train.training_rows(holdout)).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path("/tmp/loro_tfidf")
EVAL = Path(__file__).parents[2] / "src" / "waddleai" / "security" / "eval"


def predict(kind: str) -> None:
    from waddleai.security import evaluate

    OUT.mkdir(exist_ok=True)
    rows = [json.loads(line) for line in (EVAL / f"{kind}.jsonl").read_text().split("\n") if line]
    with (OUT / f"{kind}.json").open("w") as fh:
        for row in rows:
            fh.write(json.dumps(sorted(evaluate.predict(row["text"], row["channel"]) - {"pii"})))
            fh.write("\n")


def measure(kinds: list[str]) -> None:
    from waddleai.security import model, normalize
    from waddleai.security.eval import train
    from waddleai.security.evaluate import load

    source, rows = train.source_texts(), load()
    for kind in kinds:
        learned = model.Model(model.quantize(train.fit(train.training_rows(kind), source)))
        held = [r for r in rows if r["kind"] == kind]
        old = [
            set(json.loads(line)) for line in (OUT / f"{kind}.json").read_text().split("\n") if line
        ]
        benign = [not set(r["labels"]) - {"pii"} for r in held]
        line = [kind]
        for category in train.CATEGORIES:
            tp = tp_rules = n = fp = 0
            for row, before, harmless in zip(held, old, benign, strict=True):
                hits = learned.hits(normalize.normalize(row["text"]), row["channel"])
                got = {h.category for h in hits} if row["channel"] in ("user", "tool") else set()
                if category in row["labels"]:
                    n += 1
                    tp_rules += category in before
                    tp += category in before or category in got
                elif harmless:
                    fp += category in before or category in got
            line.append(f"{category}: rules {tp_rules / n:.2f} both {tp / n:.2f} "
                        f"FPR {fp / sum(benign):.3f}")  # fmt: skip
        print("  ".join(line))


if __name__ == "__main__":
    if sys.argv[1] == "predict":
        predict(sys.argv[2])
    else:
        measure(sys.argv[2:])
