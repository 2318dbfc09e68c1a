"""starts.py: a windowed rule tried only where one of its starting strings occurs finds
exactly the matches finditer finds (a wrong prefix set would drop detections silently)."""

from __future__ import annotations

import re

from waddleai.security import evaluate, normalize, rules, scanner, starts


def test_a_repeat_and_a_lone_punctuation_mark_give_starts_and_covered_ones_are_pruned() -> None:
    pattern = re.compile(r"\b(?:(?:ai |coding )+agents?|notes? for|@[\w-]*bot|#\s*ai:)")
    assert starts.literals(pattern) == ("#", "@", "ai ", "coding ", "note")


def test_a_start_that_is_a_single_letter_or_any_position_gives_none() -> None:
    assert starts.literals(re.compile(r"(?:p\.?s|note)")) is None
    assert starts.literals(re.compile(r"(?:\w+ )?agent")) is None


def test_every_rule_with_starts_finds_what_finditer_finds_on_the_eval_texts() -> None:
    texts = [normalize.normalize(row["text"]) for row in evaluate.load()[::3]]
    with_starts = [(r, starts.literals(r.pattern)) for r in rules.ALL if not r.lead]
    checked = [(r, found) for r, found in with_starts if found is not None]
    assert any(r.name == "i_addressed_bad_order" for r, _ in checked)
    for rule, found in checked:
        for text in texts:
            want = [m.span() for m in rule.pattern.finditer(text)]
            got = [m.span() for m in scanner._from_starts(rule.pattern, found, text, 0, len(text))]
            assert got == want, (rule.name, text[:80])
