"""Summary mode: turns that fall out of the budget window fold into a running summary.

A request gets the summary (as a note before the history) plus the turns the window
still holds. After a turn is stored, any turns older than the window's start and not yet
folded are summarised together with the previous summary by the small model (model.py),
off the request path; `through` remembers the last turn folded in.
"""

from __future__ import annotations

from collections.abc import Sequence

from waddleai.memory.window import Turn

SUMMARY_INSTRUCTION = (
    "You keep a running summary of a conversation between a user and an assistant. "
    "Rewrite the summary to include the new turns below. Keep every fact, name, number, "
    "preference and decision; drop pleasantries. At most 200 words. Answer with the "
    "summary only."
)
MAX_SUMMARY_CHARS = 4000


def to_fold(turns: Sequence[Turn], window: Sequence[Turn], through: int) -> list[Turn]:
    """The stored turns before the window that the summary does not cover yet."""
    start = window[0].seq if window else (turns[-1].seq + 1 if turns else 0)
    return [t for t in turns if through < t.seq < start]


def fold_prompt(previous: str, turns: Sequence[Turn]) -> str:
    lines = [f"Summary so far:\n{previous or '(none)'}", "New turns:"]
    for turn in turns:
        lines.append(f"User: {turn.user_text}\nAssistant: {turn.answer_text}")
    return "\n\n".join(lines)


def summary_note(text: str) -> str:
    return f"Summary of our earlier conversation:\n{text}"
