"""ToolCallIndexer: Kimi-style streams (all calls at index 0) re-indexed by id."""

from __future__ import annotations

from typing import Any

from waddleai.translate.tool_index import ToolCallIndexer


def chunk(*calls: dict[str, Any]) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": {"tool_calls": list(calls)}}]}


def indexes(chunks: list[dict[str, Any]]) -> list[int]:
    return [c["index"] for ch in chunks for c in ch["choices"][0]["delta"]["tool_calls"]]


def test_each_new_id_gets_its_own_index_and_fragments_follow_it() -> None:
    chunks = [
        chunk({"index": 0, "id": "a", "function": {"name": "A", "arguments": ""}}),
        chunk({"index": 0, "function": {"arguments": "{}"}}),
        chunk({"index": 0, "id": "b", "function": {"name": "B", "arguments": ""}}),
        chunk({"index": 0, "function": {"arguments": "{}"}}),
        chunk({"index": 0, "id": "b", "function": {"arguments": ""}}),  # id repeated
    ]
    fixer = ToolCallIndexer()
    changed = [fixer.fix(c) for c in chunks]
    assert indexes(chunks) == [0, 0, 1, 1, 1]
    assert changed == [False, False, True, True, True]


def test_well_behaved_streams_are_untouched() -> None:
    chunks = [
        chunk({"index": 0, "id": "a", "function": {"name": "A", "arguments": ""}}),
        chunk({"index": 1, "id": "b", "function": {"name": "B", "arguments": ""}}),
        chunk({"index": 0, "function": {"arguments": "{}"}}),
        chunk({"index": 1, "function": {"arguments": "{}"}}),
        {"choices": []},
        "garbage",
    ]
    fixer = ToolCallIndexer()
    assert not any(fixer.fix(c) for c in chunks)
    assert indexes(chunks[:4]) == [0, 1, 0, 1]


def test_id_less_calls_keep_their_index() -> None:
    fixer = ToolCallIndexer()
    c = chunk({"index": 3, "function": {"name": "A", "arguments": "{}"}})
    assert fixer.fix(c) is False and indexes([c]) == [3]


def test_id_after_an_id_less_call_does_not_collide_with_it() -> None:
    fixer = ToolCallIndexer()
    chunks = [
        chunk({"index": 0, "function": {"name": "A", "arguments": "{}"}}),
        chunk({"index": 0, "id": "b", "function": {"name": "B", "arguments": ""}}),
        chunk({"index": 0, "function": {"arguments": "{}"}}),
    ]
    for c in chunks:
        fixer.fix(c)
    assert indexes(chunks) == [0, 1, 1]
