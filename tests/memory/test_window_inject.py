"""The pure parts of memory: which turns fit, and where they go in each API's body."""

from __future__ import annotations

from waddleai.memory.inject import inject, last_user_text
from waddleai.memory.scope import SessionKey
from waddleai.memory.store import NewTurn
from waddleai.memory.window import STEP, Turn, select
from waddleai.memory.writer import merged


def turns(count: int, tokens: int = 100) -> list[Turn]:
    return [Turn(seq, f"q{seq}", f"a{seq}", tokens) for seq in range(1, count + 1)]


def test_everything_fits_under_the_budget():
    assert select(turns(5), 4000) == turns(5)
    assert select(turns(5), 0) == []


def test_the_window_start_only_moves_forward_in_steps():
    """Appending turns one by one: the first turn sent changes rarely, by STEP turns."""
    starts = []
    for count in range(1, 120):
        chosen = select(turns(count), 1000)
        assert sum(t.tokens for t in chosen) <= 1000
        assert chosen[-1].seq == count, "the newest turn is always there"
        starts.append(chosen[0].seq)
    assert starts == sorted(starts), "never moves backwards"
    assert all(s % STEP == 1 for s in starts)
    assert len(set(starts)) <= 120 // STEP + 1


def test_pruned_rows_do_not_move_the_start():
    full = turns(60)
    assert select(full, 1000) == select(full[30:], 1000)


def test_a_huge_recent_turn_falls_back_to_the_newest_that_fit():
    history = [*turns(9), Turn(10, "big", "big", 950)]
    assert [t.seq for t in select(history, 1000)] == [10]
    assert select([Turn(1, "x", "y", 5000)], 1000) == []


def test_openai_history_goes_after_the_system_prompt():
    body = {
        "messages": [
            {"role": "system", "content": "S"},
            {"role": "developer", "content": "D"},
            {"role": "user", "content": "new"},
        ]
    }
    assert inject("openai", body, turns(1)) == 2
    assert [m["content"] for m in body["messages"]] == ["S", "D", "q1", "a1", "new"]


def test_anthropic_history_leads_the_messages_and_alternates():
    body = {"system": "S", "messages": [{"role": "user", "content": "new"}]}
    inject("anthropic", body, turns(2))
    assert body["system"] == "S"
    assert [m["role"] for m in body["messages"]] == ["user", "assistant"] * 2 + ["user"]


def test_nothing_is_added_when_the_client_starts_with_an_assistant_turn():
    body = {"messages": [{"role": "assistant", "content": "x"}, {"role": "user", "content": "y"}]}
    assert inject("anthropic", body, turns(2)) == 0 and len(body["messages"]) == 2


def test_the_stored_question_is_the_last_user_text():
    body = {"messages": [{"role": "user", "content": [{"type": "text", "text": "a"}]}]}
    assert last_user_text("anthropic", body) == "a"
    tool = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t"}]}
    assert last_user_text("anthropic", {"messages": [tool]}) == ""
    ends_with_tool = {"messages": [{"role": "user", "content": "q"}, {"role": "tool"}]}
    assert last_user_text("openai", ends_with_tool) == ""


def test_uncommitted_turns_are_numbered_after_the_stored_ones_once():
    key = SessionKey(0, "user:1", "s")
    stored = turns(2)
    writing = [NewTurn(key, None, "q2", "a2", 100), NewTurn(key, None, "q3", "a3", 100)]  # type: ignore[arg-type]
    buffered = [NewTurn(key, None, "q4", "a4", 100)]  # type: ignore[arg-type]
    assert [(t.seq, t.user_text) for t in merged(stored, writing, buffered)] == [
        (1, "q1"),
        (2, "q2"),
        (3, "q3"),
        (4, "q4"),
    ]
