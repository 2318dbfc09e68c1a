"""Dump every eval item's detections + PII and the repo's own files (tool channel) to JSON.

Usage: PYTHONPATH=<tree>/src python identity.py OUT.json
Blind texts are never printed; only indices and digests are compared.
"""
import json
import sys
from pathlib import Path

from waddleai.security import evaluate, pii, scanner

REPO = Path("/tmp/scanspeed/repo")


def one(text, channel):
    dets = scanner.detect(text, channel)
    return {
        "d": sorted([d.category, d.rule] for d in dets),
        "full": sorted([d.category, d.rule, d.score, d.via, d.excerpt] for d in dets),
        "pii": [[f.entity, f.start, f.end] for f in pii.find(text)],
    }


def main(out):
    res = {}
    for i, row in enumerate(evaluate.load()):
        res[f"eval:{i}:{row['kind']}"] = one(row["text"], row["channel"])
        for ch in ("user", "tool", "system", "assistant"):
            if ch != row["channel"]:
                res[f"eval:{i}:{row['kind']}:{ch}"] = one(row["text"], ch)
    files = sorted(p for ext in ("py", "md", "toml", "yml", "yaml", "sh", "txt")
                   for p in REPO.glob(f"**/*.{ext}") if ".git" not in p.parts)
    for p in files:
        text = p.read_text(encoding="utf-8", errors="replace")
        res[f"file:{p.relative_to(REPO)}"] = one(text[:2_000_000], "tool")
    Path(out).write_text(json.dumps(res))
    print(len(res), "items")


main(sys.argv[1])
