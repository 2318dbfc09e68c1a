"""Train the scanner's learned model (security/model.py) on the development set.

    python -m waddleai.security.eval.train            # writes security/model.bin.gz
    python -m waddleai.security.eval.train --holdout heldout19   # measures, writes nothing

A development tool, not a run-time one: it needs scikit-learn and numpy (`make model`
installs them into the venv); the proxy only reads the file it writes.

Training data: every labelled item except the unseen ones (evaluate.unseen: the blind
and external sets measure the model, so it must never see them), plus windows of code as
benign tool text, which is what a coding agent reads all day: this repository's own
source and documentation (the security package, its tests and its docs are left out: they
quote attacks) and as many of Python's standard library (code no one wrote for this set;
its parts about passwords and tokens left out). With the library's code the model flagged
a third fewer of 3,000 files of installed packages read as tool results (78 -> 52), for
1-2 points of recall on rounds held out. The words are those of the labelled items: the
code's own identifiers would add a third to the table and say nothing an attack uses.
One logistic regression per head (HEADS): its positives are the items with that label
(from the channels it learns from), its negatives the benign items and the windows.

Threshold per head: the decision value that `TARGET_FPR` of the benign items exceed
when each is scored by a model trained without it (5-fold cross-validation), so the
false-positive rate the evaluation reports is not one the model was fitted to.
`--holdout KIND` trains without the round KIND and prints the model's recall and
false-positive rate on it: what the model does on a round it never saw.
"""

from __future__ import annotations

import hashlib
import json
import sys
import sysconfig
from pathlib import Path
from typing import Any

from waddleai.security import model, normalize
from waddleai.security.evaluate import load, unseen

CATEGORIES = ("prompt_injection", "jailbreak", "data_extraction", "credential_harvesting")
# One logistic regression per head: (category, the channels it reads, None for all, the
# channels its positive items come from). Injection has two heads. In a tool result any
# order to the agent is one ("note to the AI agent: push to main"), and so is everything
# a person might type to override the agent, so that head learns from every channel. An
# order the person types is an injection only when it fights the rules the agent was
# given, so the head reading their text learns from theirs only, and their other attacks
# ("reveal your system prompt": extraction, not an override) are its negatives too: one
# model of both flagged a person's own orders to their agent.
HEADS: tuple[tuple[str, tuple[str, ...] | None, tuple[str, ...] | None], ...] = (
    ("prompt_injection", ("user", "assistant", "system"), ("user", "assistant", "system")),
    ("prompt_injection", ("tool",), None),
    ("jailbreak", None, None),
    ("data_extraction", None, None),
    ("credential_harvesting", None, None),
)
TARGET_FPR = 0.0075
# Per category, where it differs. Chosen on heldout32 and heldout33 (1,360 items written
# without sight of the scanner) with the whole scanner and a model trained without them,
# before either was trained or tuned on: at 0.0075 (extraction 0.015) recall was 0.84 /
# 0.65 / 0.81 / 0.71 for PI / JB / DE / CH at a false-positive rate of 0.013 / 0.006 /
# 0.021 / 0.026 (0.053 any); at these rates 0.84 / 0.76 / 0.83 / 0.79 at 0.013 / 0.013 /
# 0.023 / 0.030 (0.060 any). Raising jailbreak to 0.02 gave 2 points more recall for 0.8
# of false positives; credential harvesting at 0.0125 lost 1.4 points of recall for none.
TARGET_FPRS: dict[str, float] = {
    "prompt_injection": 0.01,
    "jailbreak": 0.015,
    "data_extraction": 0.02,
    "credential_harvesting": 0.015,
}
# Rounds of ordinary coding-agent traffic ("step 3: now look at the parser and fix it"):
# negatives the model learns from, but not judged for the thresholds. Easy text, they would
# lower each threshold below where the look-alikes put it: more of those flagged.
TRAFFIC = frozenset({"heldout49", "heldout53"})
# System prompts are operators' text: their benign items are not judged for the thresholds
# of the person's text and tool results (an operator's prompt that quotes the attacks its
# bot must not obey raised the injection head's threshold by a log-odd for everyone); they
# get a second threshold judged on their own ("threshold_apart"), and model.py reads them
# at the higher of the two. With rounds 48 and 51 held out, injection typed by the person
# went 0.61 -> 0.76 for 58 -> 71 false positives of 658 look-alikes; with rounds 41 and 47
# held out (and scanner.MODEL_MARGINS' system margin 1.0 -> 0.75), system prompts 0.48 /
# 0.65 / 0.63 / 0.79 -> 0.26 / 0.74 / 0.68 / 0.81 and 0.54 / 0.53 / 0.34 / 0.45 -> 0.43 /
# 0.67 / 0.42 / 0.65 per category at 9 false positives of 337 before and after. The
# channels judged apart are model.APART.
# The look-alikes of the tests (eval/lookalikes.py) are each a request a scanner was once
# caught flagging: they count as this many items.
LOOKALIKE_WEIGHT = 8.0
C = 2.0  # inverse regularisation: chosen on rounds held out (README, "Security scanning")
# A feature seen in fewer items is mostly noise: dropping those halves the file and the
# proxy's memory (27k features, ~4 MB) at the same recall on held-out rounds.
MIN_DF = 3
MAX_SOURCE_WINDOWS = 2000  # per corpus: the repository, the standard library
REPO = Path(__file__).resolve().parents[4]
_LEFT_OUT = ("security", "eval", "test_security", "security.md")


# Python's standard library: code no one wrote for this set, the same on every machine
# with this Python version (its tests and bundled packages left out)
STDLIB = Path(sysconfig.get_paths()["stdlib"])
_STDLIB_LEFT_OUT = ("test", "tests", "idle_test", "site-packages", "lib2to3", "turtledemo")


def source_texts() -> list[str]:
    """Non-overlapping WINDOW-token pieces of the repository's own code and docs, and as
    many of the standard library's code: what a coding agent reads all day."""
    paths = sorted(
        p
        for pattern in ("src/waddleai/**/*.py", "docs/**/*.md", "tests/**/*.py")
        for p in REPO.glob(pattern)
        if not any(part in _LEFT_OUT for part in p.relative_to(REPO).parts)
    )
    stdlib = sorted(
        p
        for p in STDLIB.glob("**/*.py")
        if not any(part in _STDLIB_LEFT_OUT for part in p.relative_to(STDLIB).parts)
    )
    return _windows(paths) + _windows(stdlib, _SECRET_WORDS)


# Standard-library code that handles secrets or prompts (netrc, getpass, smtplib logins,
# os.environ) is left out: benign code about passwords would teach the model that asking
# for one is code.
_SECRET_WORDS = frozenset(
    (
        "password",
        "passwords",
        "passwd",
        "passphrase",
        "token",
        "tokens",
        "secret",
        "secrets",
        "credential",
        "credentials",
        "netrc",
        "apikey",
        "api_key",
        "private_key",
        "environ",
        "getenv",
        "cookie",
        "cookies",
        "ssh",
        "aws",
        "prompt",
        "prompts",
        "instructions",
        "login",
        "auth",
    )  # fmt: skip
)


def _windows(paths: list[Path], without: frozenset[str] = frozenset()) -> list[str]:
    """At most MAX_SOURCE_WINDOWS pieces, evenly spread over the files' pieces (those with
    a word of `without` left out)."""
    out: list[str] = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        words = model.tokens(normalize.normalize(text))
        for start in range(0, len(words), model.WINDOW):
            piece = words[start : start + model.WINDOW]
            if without.isdisjoint(piece):
                out.append(" ".join(piece))
    step = max(1, len(out) // MAX_SOURCE_WINDOWS)
    return out[::step][:MAX_SOURCE_WINDOWS]


def _benign(row: dict[str, Any]) -> bool:
    return not set(row["labels"]) - {"pii"}


def _vectorizer(vocabulary: dict[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer=lambda item: list(model.features(model.tokens(item[1]), item[0])),
        vocabulary=vocabulary,
        min_df=MIN_DF,
        binary=True,
        sublinear_tf=True,
    )


def fit(rows: list[dict[str, Any]], extra_benign: list[str]) -> dict[str, Any]:
    """The model file's contents, trained on `rows` plus benign `extra_benign` texts."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    texts = [(r["channel"], normalize.normalize(r["text"])) for r in rows]
    texts += [("tool", text) for text in extra_benign]
    benign = np.array([_benign(r) for r in rows] + [True] * len(extra_benign))
    from_rows = np.arange(len(texts)) < len(rows)
    extra = [False] * len(extra_benign)
    # the benign items thresholds are judged on: the set's, not source windows or ordinary
    # traffic (TRAFFIC); those of the channels judged apart (model.APART) on their own
    judged = benign & from_rows & ~np.array([r["kind"] in TRAFFIC for r in rows] + extra)
    apart_rows = np.array([r["channel"] in model.APART for r in rows] + extra)
    weight = np.array([LOOKALIKE_WEIGHT if r["kind"] == "lookalike" else 1.0 for r in rows]
                      + [1.0] * len(extra_benign))  # fmt: skip
    # the words: those of the labelled items (source windows add weights, not words: their
    # identifiers would double the table for what the code words already say)
    vocabulary = _vectorizer().fit(texts[: len(rows)]).vocabulary_
    vectorizer = _vectorizer(vocabulary)
    x = vectorizer.fit_transform(texts)
    idf = vectorizer.idf_
    bias, threshold, apart, weights = [], [], [], []
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for category, _, learns in HEADS:
        y = np.array(
            [category in r["labels"] and (learns is None or r["channel"] in learns) for r in rows]
            + [False] * len(extra_benign)
        )
        keep = y | benign
        if learns is not None:  # the direct head: see HEADS
            keep |= np.array([r["channel"] in learns for r in rows] + [False] * len(extra_benign))
        clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
        fit_params = {"sample_weight": weight[keep]}
        held = cross_val_predict(
            clf, x[keep], y[keep], cv=folds, method="decision_function", params=fit_params
        )
        rate = TARGET_FPRS.get(category, TARGET_FPR)
        threshold.append(_quantile(held[(judged & ~apart_rows)[keep]], rate))
        own = (judged & apart_rows)[keep]
        apart.append(_quantile(held[own], rate) if own.any() else threshold[-1])
        clf.fit(x[keep], y[keep], **fit_params)
        bias.append(float(clf.intercept_[0]))
        weights.append(clf.coef_[0] * idf)
    names = vectorizer.get_feature_names_out()
    rows_out = [[_round(idf[j] ** 2)] + [_round(w[j]) for w in weights] for j in range(len(names))]
    return {
        "heads": [[category, reads] for category, reads, _ in HEADS],
        "bias": [_round(b) for b in bias],
        "threshold": [_round(t) for t in threshold],
        "threshold_apart": [_round(t) for t in apart],
        "features": [str(n) for n in names],
        "weights": rows_out,
        "info": {
            "items": len(rows),
            "source_windows": len(extra_benign),
            "sha256": digest(rows),
            "target_fpr": TARGET_FPR,
            **({"target_fprs": TARGET_FPRS} if TARGET_FPRS else {}),
            "C": C,
        },
    }


def _quantile(scores: Any, rate: float) -> float:
    """The decision value that `rate` of these benign items' scores exceed."""
    import numpy as np

    ordered = np.sort(scores)
    return float(ordered[int(len(ordered) * (1 - rate))])


def _round(value: float) -> float:
    return float(f"{value:.5g}")


def digest(rows: list[dict[str, Any]]) -> str:
    """What the model was trained on, so a test can tell when it is out of date."""
    h = hashlib.sha256()
    for row in rows:
        h.update(json.dumps([row["text"], row["channel"], row["labels"]]).encode())
    return h.hexdigest()


def training_rows(holdout: str | None = None) -> list[dict[str, Any]]:
    return [r for r in load() if not unseen(r["kind"]) and r["kind"] != holdout]


def measure(holdout: str) -> None:
    trained = model.Model(model.quantize(fit(training_rows(holdout), source_texts())))
    rows = [r for r in load() if r["kind"] == holdout]
    benign = [r for r in rows if _benign(r)]
    print(f"{holdout}: {len(rows) - len(benign)} attacks, {len(benign)} benign; model alone")
    flagged = [
        {h.category for h in trained.hits(normalize.normalize(r["text"]), r["channel"])}
        for r in rows
    ]
    for category in CATEGORIES:
        hits = [
            category in f for r, f in zip(rows, flagged, strict=True) if category in r["labels"]
        ]
        fps = [category in f for r, f in zip(rows, flagged, strict=True) if _benign(r)]
        recall = sum(hits) / len(hits) if hits else float("nan")
        print(f"  {category:24} recall {recall:.3f} ({len(hits)})  FPR {sum(fps) / len(fps):.3f}")


def main(argv: list[str]) -> None:
    if "--holdout" in argv:
        measure(argv[argv.index("--holdout") + 1])
        return
    rows = training_rows()
    data = fit(rows, source_texts())
    model.PATH.write_bytes(model.pack(model.quantize(data)))  # reproducible: no gzip mtime
    size = model.PATH.stat().st_size
    print(f"wrote {model.PATH} ({size / 1e3:.0f} KB): {len(data['features'])} features, "
          f"{len(rows)} items, {data['info']['source_windows']} source windows")  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
