"""Which of a session's turns go with the next request: pure, and prefix-stable.

"Newest first within the budget" alone would slide the window's start forward by one
turn on almost every request once a session is longer than the budget, and every slide
changes the start of the prompt, so the upstream's prompt cache (Anthropic, OpenAI)
would miss on every request. Instead the start only ever sits on a turn whose `seq` is
a multiple of STEP: it stays put while turns are appended and jumps STEP turns ahead
when the budget overflows. The chosen start never moves backwards as turns are added
(the token total from any start only grows), and since it is computed from `seq`, not
from how many rows happen to be loaded, pruning old rows never moves it either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

STEP = 8
MAX_TURN_CHARS = 16_000  # per side of a turn: longer messages are cut when stored
TURN_OVERHEAD_TOKENS = 8  # two messages' framing


@dataclass(frozen=True, slots=True)
class Turn:
    seq: int
    user_text: str
    answer_text: str
    tokens: int


def turn_tokens(user_text: str, answer_text: str) -> int:
    """A fast estimate (4 characters a token), computed once when the turn is stored."""
    return (len(user_text) + len(answer_text)) // 4 + TURN_OVERHEAD_TOKENS


def select(turns: Sequence[Turn], budget: int, step: int = STEP) -> list[Turn]:
    """The turns (oldest first) to add before a new request, within `budget` tokens.

    `turns` are oldest first. Prefers the earliest start aligned on `step` that fits;
    when none fits (a single recent turn near the budget), the newest turns that do.
    """
    if budget <= 0 or not turns:
        return []
    suffix = 0
    fits = len(turns)  # index of the earliest turn whose suffix fits
    aligned = None
    for index in range(len(turns) - 1, -1, -1):
        suffix += turns[index].tokens
        if suffix > budget:
            break
        fits = index
        if turns[index].seq % step == 1 or step == 1:
            aligned = index
    start = aligned if aligned is not None else fits
    return list(turns[start:])
