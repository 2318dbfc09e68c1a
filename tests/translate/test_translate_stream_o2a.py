"""OpenAI chunk stream → Anthropic SSE events (OpenAIToAnthropicStream)."""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.translate.translate_helpers import parse_sse, validate_anthropic_stream
from waddleai.translate import OpenAIToAnthropicStream, ToolNameMap

LONG = "mcp__" + "q" * 90


def chunk(
    delta: dict[str, Any] | None = None, finish: str | None = None, **extra: Any
) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta or {}, "finish_reason": finish, **extra}
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [choice]}


def usage_chunk(prompt: int, completion: int, cached: int = 0, **extra: Any) -> dict[str, Any]:
    usage = {"prompt_tokens": prompt, "completion_tokens": completion, **extra}
    if cached:
        usage["prompt_tokens_details"] = {"cached_tokens": cached}
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [], "usage": usage}


def tool_delta(
    index: int, *, id: str | None = None, name: str | None = None, args: str = ""
) -> dict:
    call: dict[str, Any] = {"index": index, "function": {"arguments": args}}
    if id is not None:
        call["id"] = id
        call["type"] = "function"
    if name is not None:
        call["function"]["name"] = name
    return {"tool_calls": [call]}


def run(chunks: list[dict[str, Any]], **kwargs: Any) -> tuple[bytes, OpenAIToAnthropicStream]:
    stream = OpenAIToAnthropicStream(model=kwargs.pop("model", "claude-x"), **kwargs)
    raw = stream.start() + b"".join(stream.feed(c) for c in chunks) + stream.finish()
    return raw, stream


def test_start_is_message_start_then_ping() -> None:
    stream = OpenAIToAnthropicStream(model="claude-x", message_id="msg_abc", input_tokens=42)
    events = parse_sse(stream.start())
    assert [e for e, _ in events] == ["message_start", "ping"]
    message = events[0][1]["message"]
    assert message["id"] == "msg_abc" and message["model"] == "claude-x"
    assert message["role"] == "assistant" and message["content"] == []
    assert message["usage"]["input_tokens"] == 42 and message["usage"]["output_tokens"] == 0
    assert stream.start() == b""  # idempotent


def test_text_stream_with_usage_chunk() -> None:
    raw, stream = run(
        [
            chunk({"role": "assistant", "content": ""}),
            chunk({"content": "Hel"}),
            chunk({"content": "lo"}),
            chunk({}, "stop"),
            usage_chunk(1000, 7, cached=600, waddleai_tokens=3),
        ],
        input_tokens=5,
    )
    message = validate_anthropic_stream(raw)
    assert message["content"] == [{"type": "text", "text": "Hello"}]
    assert message["stop_reason"] == "end_turn" and message["stop_sequence"] is None
    assert message["usage"] == {
        "input_tokens": 400,
        "output_tokens": 7,
        "cache_read_input_tokens": 600,
        "cache_creation_input_tokens": 0,
        "waddleai_tokens": 3,
    }
    assert stream.text == "Hello" and stream.stop_reason == "end_turn"
    assert stream.usage["input_tokens"] == 400
    # The text arrives as it streams, not at the end.
    assert sum(1 for e, _ in parse_sse(raw) if e == "content_block_delta") == 2


def test_usage_estimates_without_usage_chunk() -> None:
    stream = OpenAIToAnthropicStream(model="m", input_tokens=123)
    raw = stream.feed(chunk({"content": "abc"}, "stop"))
    stream.set_output_tokens_estimate(9)
    message = validate_anthropic_stream(raw + stream.finish())
    assert message["usage"] == {
        "input_tokens": 123,
        "output_tokens": 9,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
    }


def test_reasoning_then_text_blocks() -> None:
    raw, stream = run(
        [
            chunk({"role": "assistant", "reasoning_content": "Let me "}),
            chunk({"reasoning_content": "think"}),
            chunk({"reasoning": None, "content": "Answer"}),
            chunk({}, "stop"),
        ]
    )
    message = validate_anthropic_stream(raw)
    assert message["content"] == [
        {"type": "thinking", "thinking": "Let me think", "signature": ""},
        {"type": "text", "text": "Answer"},
    ]
    # Thinking is closed with a signature_delta before content_block_stop.
    events = parse_sse(raw)
    stop_at = next(i for i, (e, d) in enumerate(events) if e == "content_block_stop")
    assert events[stop_at - 1][1]["delta"] == {"type": "signature_delta", "signature": ""}
    assert stream.text == "Answer"
    assert "Let me think" in stream.output_text


def test_reasoning_before_tool_calls_is_a_thinking_block_first() -> None:
    # DeepSeek / GLM / vLLM reasoning parsers: reasoning_content, then the tool call.
    chunks = [
        chunk({"role": "assistant", "reasoning_content": "Need the file."}),
        chunk(tool_delta(0, id="call_r", name="Read", args='{"path": "a"}')),
        chunk({}, "tool_calls"),
    ]
    raw, _ = run(chunks)
    message = validate_anthropic_stream(raw)
    assert message["content"] == [
        {"type": "thinking", "thinking": "Need the file.", "signature": ""},
        {"type": "tool_use", "id": "call_r", "name": "Read", "input": {"path": "a"}},
    ]
    assert message["stop_reason"] == "tool_use"


def test_reasoning_alias_field() -> None:
    raw, _ = run([chunk({"reasoning": "hmm"}), chunk({"content": "x"}, "stop")])
    assert validate_anthropic_stream(raw)["content"][0]["thinking"] == "hmm"


def test_parallel_tool_calls_streamed_fragment_by_fragment() -> None:
    names = ToolNameMap(["Read", LONG])
    chunks = [
        chunk({"role": "assistant", "content": "Reading."}),
        chunk(tool_delta(0, id="call_a", name="Read", args="")),
        chunk(tool_delta(0, args='{"pa')),
        chunk(tool_delta(0, args='th": "a.txt"}')),
        chunk(tool_delta(1, id="call_b", name=names.to_upstream(LONG), args='{"x"')),
        chunk(tool_delta(1, args=": [1, 2]}")),
        chunk({}, "tool_calls"),
    ]
    raw, stream = run(chunks, tool_names=names)
    message = validate_anthropic_stream(raw)
    assert message["content"] == [
        {"type": "text", "text": "Reading."},
        {"type": "tool_use", "id": "call_a", "name": "Read", "input": {"path": "a.txt"}},
        {"type": "tool_use", "id": "call_b", "name": LONG, "input": {"x": [1, 2]}},
    ]
    assert message["stop_reason"] == "tool_use"
    partials = [
        d["delta"]["partial_json"]
        for e, d in parse_sse(raw)
        if e == "content_block_delta" and d["delta"]["type"] == "input_json_delta"
    ]
    assert partials == ['{"pa', 'th": "a.txt"}', '{"x"', ": [1, 2]}"]  # not buffered
    assert stream.stop_reason == "tool_use"


def test_interleaved_tool_calls_stay_well_formed() -> None:
    chunks = [
        chunk(tool_delta(0, id="c0", name="A", args='{"a":')),
        chunk(tool_delta(1, id="c1", name="B", args='{"b":')),
        chunk(tool_delta(0, args=" 1}")),
        chunk(tool_delta(2, id="c2", name="C", args="{}")),
        chunk(tool_delta(1, args=" 2}")),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert [(b["id"], b["name"], b["input"]) for b in message["content"]] == [
        ("c0", "A", {"a": 1}),
        ("c1", "B", {"b": 2}),
        ("c2", "C", {}),
    ]


def test_text_while_tool_incomplete_is_deferred_not_lost() -> None:
    chunks = [
        chunk(tool_delta(0, id="c0", name="A", args='{"a"')),
        chunk({"content": "note"}),
        chunk(tool_delta(0, args=": 1}")),
        chunk({"content": " more"}),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert message["content"] == [
        {"type": "tool_use", "id": "c0", "name": "A", "input": {"a": 1}},
        {"type": "text", "text": "note more"},
    ]


def test_tool_call_without_id_or_index() -> None:
    chunks = [
        chunk({"tool_calls": [{"function": {"name": "A", "arguments": '{"k"'}}]}),
        chunk({"tool_calls": [{"function": {"arguments": ': "v"}'}}]}),
        chunk({"tool_calls": [{"id": "x2", "function": {"name": "B", "arguments": "{}"}}]}),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    first, second = message["content"]
    assert first["id"].startswith("toolu_") and first["input"] == {"k": "v"}
    assert second["id"] == "x2" and second["name"] == "B"


def test_id_arriving_after_first_fragment_is_same_call() -> None:
    chunks = [
        chunk({"tool_calls": [{"index": 0, "function": {"name": "A", "arguments": '{"a"'}}]}),
        chunk({"tool_calls": [{"index": 0, "id": "late", "function": {"arguments": ": 1}"}}]}),
        chunk(tool_delta(1, id="b", name="B", args="{}")),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert [(b["name"], b["input"]) for b in message["content"]] == [("A", {"a": 1}), ("B", {})]
    assert message["content"][0]["id"].startswith("toolu_")


def test_same_index_new_id_is_a_new_call() -> None:
    # Some OpenAI-compatible servers send each whole call in one chunk, all at index 0.
    chunks = [
        chunk(tool_delta(0, id="a", name="A", args='{"n": 1}')),
        chunk(tool_delta(0, id="b", name="B", args='{"n": 2}')),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert [(b["id"], b["input"]) for b in message["content"]] == [("a", {"n": 1}), ("b", {"n": 2})]


def call(**fields: Any) -> dict[str, Any]:
    return chunk({"tool_calls": [fields]})


def test_kimi_parallel_calls_all_at_index_0_each_get_their_own_block() -> None:
    # Kimi-style: every parallel call arrives at index 0 with its own id, and the name
    # may follow the id in a later fragment.
    chunks = [
        call(index=0, id="functions.Read:0", type="function", function={"arguments": ""}),
        call(index=0, function={"name": "Read", "arguments": '{"path":'}),
        call(index=0, function={"arguments": ' "a.txt"}'}),
        call(index=0, id="functions.Bash:1", type="function", function={"arguments": ""}),
        call(index=0, function={"name": "Bash", "arguments": '{"cmd": "ls"}'}),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert [(b["id"], b["name"], b["input"]) for b in message["content"]] == [
        ("functions.Read:0", "Read", {"path": "a.txt"}),
        ("functions.Bash:1", "Bash", {"cmd": "ls"}),
    ]
    assert message["stop_reason"] == "tool_use"


def test_new_id_after_an_id_less_finished_call_is_a_new_call() -> None:
    chunks = [
        call(index=0, function={"name": "A", "arguments": '{"n": 1}'}),
        call(index=0, id="b", type="function", function={"name": "B", "arguments": '{"n": 2}'}),
        chunk({}, "tool_calls"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert [(b["name"], b["input"]) for b in message["content"]] == [
        ("A", {"n": 1}),
        ("B", {"n": 2}),
    ]
    assert message["content"][1]["id"] == "b"


def test_tool_call_whose_name_never_comes_is_still_emitted() -> None:
    chunks = [call(index=0, id="x", function={"arguments": '{"k": 1}'}), chunk({}, "tool_calls")]
    message = validate_anthropic_stream(run(chunks)[0])
    assert message["content"] == [{"type": "tool_use", "id": "x", "name": "", "input": {"k": 1}}]


def test_legacy_function_call_delta_and_refusal() -> None:
    chunks = [
        chunk({"refusal": "no"}),
        chunk({"function_call": {"name": "f", "arguments": '{"a"'}}),
        chunk({"function_call": {"arguments": ": 1}"}}),
        chunk({}, "function_call"),
    ]
    message = validate_anthropic_stream(run(chunks)[0])
    assert message["content"][0] == {"type": "text", "text": "no"}
    assert message["content"][1]["name"] == "f" and message["content"][1]["input"] == {"a": 1}
    assert message["stop_reason"] == "tool_use"


@pytest.mark.parametrize(
    ("finish", "stop_reason"),
    [
        ("stop", "end_turn"),
        ("length", "max_tokens"),
        ("tool_calls", "tool_use"),
        ("function_call", "tool_use"),
        ("content_filter", "refusal"),
        (None, "end_turn"),
        ("other", "end_turn"),
    ],
)
def test_stop_reason_mapping(finish: str | None, stop_reason: str) -> None:
    raw, stream = run([chunk({"content": "x"}, finish)])
    assert validate_anthropic_stream(raw)["stop_reason"] == stop_reason
    assert stream.stop_reason == stop_reason


def test_tool_calls_with_stop_finish_are_tool_use() -> None:
    raw, _ = run([chunk(tool_delta(0, id="c", name="A", args="{}")), chunk({}, "stop")])
    assert validate_anthropic_stream(raw)["stop_reason"] == "tool_use"


def test_stop_sequence_reported_by_upstream() -> None:
    raw, _ = run(
        [chunk({"content": "x"}), chunk({}, "stop", stop_reason="END")], stop_sequences=["END"]
    )
    message = validate_anthropic_stream(raw)
    assert message["stop_reason"] == "stop_sequence" and message["stop_sequence"] == "END"
    raw, _ = run([chunk({"content": "x"}), chunk({}, "stop", stop_reason="END")])
    assert validate_anthropic_stream(raw)["stop_reason"] == "end_turn"


def test_empty_stream_is_still_a_valid_message() -> None:
    stream = OpenAIToAnthropicStream(model="m", input_tokens=3)
    raw = stream.start() + stream.finish()
    message = validate_anthropic_stream(raw)
    assert message["content"] == [{"type": "text", "text": ""}]
    assert message["stop_reason"] == "end_turn"
    # finish() alone (no start) also yields a complete stream.
    alone = OpenAIToAnthropicStream(model="m").finish()
    assert validate_anthropic_stream(alone)["content"] == [{"type": "text", "text": ""}]


def test_role_only_chunks_do_not_open_blocks() -> None:
    raw, _ = run([chunk({"role": "assistant", "content": ""}), chunk({}, "stop")])
    assert validate_anthropic_stream(raw)["content"] == [{"type": "text", "text": ""}]


def test_feed_auto_starts_and_finish_is_idempotent() -> None:
    stream = OpenAIToAnthropicStream(model="m")
    first = stream.feed(chunk({"content": "hi"}))
    assert parse_sse(first)[0][0] == "message_start"
    tail = stream.finish()
    validate_anthropic_stream(first + tail)
    assert stream.finish() == b"" and stream.feed(chunk({"content": "late"})) == b""
    assert stream.finished


def test_error_event_after_start() -> None:
    stream = OpenAIToAnthropicStream(model="m")
    stream.start()
    stream.feed(chunk({"content": "partial"}))
    raw = stream.error("upstream died", "overloaded_error")
    assert parse_sse(raw) == [
        (
            "error",
            {"type": "error", "error": {"type": "overloaded_error", "message": "upstream died"}},
        )
    ]
    assert stream.finish() == b""
    assert b"api_error" in OpenAIToAnthropicStream(model="m").error("x")


def test_upstream_error_chunk_becomes_error_event() -> None:
    stream = OpenAIToAnthropicStream(model="m")
    stream.start()
    stream.feed(chunk({"content": "partial"}))
    raw = stream.feed({"error": {"message": "model crashed", "code": 500}})
    assert parse_sse(raw) == [
        ("error", {"type": "error", "error": {"type": "api_error", "message": "model crashed"}})
    ]
    assert stream.finished and stream.finish() == b""


def test_garbage_chunks_are_ignored() -> None:
    raw, _ = run(
        [
            {"choices": None},
            {"choices": ["x"]},
            chunk({"tool_calls": "bad"}),
            chunk({"content": "ok"}, "stop"),
        ]
    )
    assert validate_anthropic_stream(raw)["content"] == [{"type": "text", "text": "ok"}]
    # An unhashable index must not crash; the fragment is treated as index-less.
    raw, _ = run([chunk({"tool_calls": [{"index": [1], "function": None}]}), chunk({}, "stop")])
    assert validate_anthropic_stream(raw)["content"][0]["type"] == "tool_use"


# ------------------------------------------------------------------ property tests

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2)
    ),
    max_leaves=5,
)
arguments = st.dictionaries(st.text(max_size=6), json_values, max_size=3)
NAME_CHARS = "abcXYZ019_-"
tool_name = st.text(NAME_CHARS, min_size=1, max_size=12) | st.builds(
    lambda s: "mcp__" + s * 70, st.text(NAME_CHARS + ". ", min_size=1, max_size=3)
)


def split(rnd: random.Random, text: str) -> list[str]:
    """Split text into arbitrary non-empty pieces."""
    if len(text) < 2:
        return [text] if text else []
    cuts = rnd.sample(range(1, len(text)), min(rnd.randint(0, 6), len(text) - 1))
    points = [0, *sorted(cuts), len(text)]
    return [text[a:b] for a, b in zip(points, points[1:], strict=False)]


def interleave(
    rnd: random.Random, queues: list[list[dict[str, Any]]], free: Sequence[dict[str, Any]] = ()
) -> list[dict[str, Any]]:
    """Merge per-call chunk queues randomly.

    Order is kept within a call and calls start in index order (as OpenAI numbers them);
    the ``free`` queue (text) may be drawn from at any time.
    """
    out: list[dict[str, Any]] = []
    started = 0
    queues = [list(q) for q in queues] + [list(free)]
    last = len(queues) - 1
    while any(queues):
        ready = [i for i, q in enumerate(queues) if q and (i <= started or i == last)]
        i = rnd.choice(ready)
        if i == started:
            started += 1
        out.append(queues[i].pop(0))
    return out


@settings(max_examples=100, deadline=None)
@given(
    rnd=st.randoms(use_true_random=False),
    reasoning=st.text(max_size=20),
    text=st.text(max_size=30),
    calls=st.lists(st.tuples(tool_name, arguments), max_size=3),
    indent=st.sampled_from([None, 1]),
    interleaved=st.booleans(),
    text_mixed_in=st.booleans(),
)
def test_property_reassembly(
    rnd: random.Random,
    reasoning: str,
    text: str,
    calls: list[tuple[str, dict[str, Any]]],
    indent: int | None,
    interleaved: bool,
    text_mixed_in: bool,
) -> None:
    names = ToolNameMap(name for name, _ in calls)
    chunks = [chunk({"role": "assistant", "content": ""})]
    chunks += [chunk({"reasoning_content": p}) for p in split(rnd, reasoning)]
    text_chunks = [chunk({"content": p}) for p in split(rnd, text)]
    queues = []
    for i, (name, args) in enumerate(calls):
        pieces = split(rnd, json.dumps(args, indent=indent))
        head = chunk(tool_delta(i, id=f"call_{i}", name=names.to_upstream(name), args=""))
        queues.append([head] + [chunk(tool_delta(i, args=p)) for p in pieces])
    if text_mixed_in:
        # Text may land anywhere, even between the fragments of a call.
        body = interleave(rnd, queues if interleaved else [sum(queues, [])], text_chunks)
    else:
        tool_chunks = interleave(rnd, queues) if interleaved else [c for q in queues for c in q]
        body = text_chunks + tool_chunks
    chunks += body + [chunk({}, "tool_calls" if calls else "stop"), usage_chunk(10, 20)]

    raw, stream = run(chunks, tool_names=names)
    message = validate_anthropic_stream(raw)
    blocks = message["content"]
    got_text = "".join(b["text"] for b in blocks if b["type"] == "text")
    got_thinking = "".join(b["thinking"] for b in blocks if b["type"] == "thinking")
    tools = [b for b in blocks if b["type"] == "tool_use"]
    assert got_text == text and stream.text == text
    assert got_thinking == reasoning
    assert [(b["id"], b["name"], b["input"]) for b in tools] == [
        (f"call_{i}", name, args) for i, (name, args) in enumerate(calls)
    ]
    assert message["stop_reason"] == ("tool_use" if calls else "end_turn")
    assert message["usage"]["output_tokens"] == 20


def test_finish_merges_extra_usage_into_message_delta() -> None:
    stream = OpenAIToAnthropicStream(model="claude-x")
    raw = stream.start() + stream.feed(chunk({"content": "hi"}))
    raw += stream.feed(usage_chunk(12, 3)) + stream.finish({"waddleai_tokens": 9})
    deltas = [d for e, d in parse_sse(raw) if e == "message_delta"]
    assert deltas[0]["usage"]["waddleai_tokens"] == 9
    assert deltas[0]["usage"]["output_tokens"] == 3
    assert "waddleai_tokens" not in stream.usage
