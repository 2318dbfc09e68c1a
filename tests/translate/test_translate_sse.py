"""SSE encoding and the incremental decoder."""

from __future__ import annotations

import random

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from waddleai.translate import SSEDecoder, encode_event


def test_encode_event_with_and_without_name() -> None:
    assert encode_event("ping", {"type": "ping"}) == b'event: ping\ndata: {"type":"ping"}\n\n'
    assert encode_event(None, {"a": 1}) == b'data: {"a":1}\n\n'
    assert encode_event(None, b"[DONE]") == b"data: [DONE]\n\n"


def test_encode_multiline_bytes_split_over_data_lines() -> None:
    raw = encode_event("x", b"line1\nline2")
    assert raw == b"event: x\ndata: line1\ndata: line2\n\n"
    assert SSEDecoder().feed(raw) == [("x", b"line1\nline2")]


def test_decoder_basic_and_comments() -> None:
    d = SSEDecoder()
    raw = (
        b': keep-alive\n\nevent: message_start\ndata: {"a":1}\n\ndata: plain\nid: 5\nretry: 10\n\n'
    )
    assert d.feed(raw) == [("message_start", b'{"a":1}'), (None, b"plain")]
    assert d.flush() == []


def test_decoder_crlf_split_inside_line_ending() -> None:
    d = SSEDecoder()
    assert d.feed(b"event: a\r") == []
    assert d.feed(b"\ndata: 1\r") == []
    assert d.feed(b"\n\r") == []
    assert d.feed(b"\n") == [("a", b"1")]


def test_decoder_multiline_data_and_no_space_after_colon() -> None:
    d = SSEDecoder()
    assert d.feed(b"data:a\ndata:  b\ndata\n\n") == [(None, b"a\n b\n")]


def test_decoder_flush_trailing_event() -> None:
    d = SSEDecoder()
    assert d.feed(b"data: [DONE]") == []
    assert d.flush() == [(None, b"[DONE]")]
    assert d.flush() == []


def test_decoder_event_without_data_is_ignored() -> None:
    assert SSEDecoder().feed(b"event: lonely\n\n") == []


def test_decoder_large_event_in_many_chunks() -> None:
    payload = b"x" * 100_000
    raw = b"data: " + payload + b"\n\n"
    d = SSEDecoder()
    events = []
    for i in range(0, len(raw), 7):
        events += d.feed(raw[i : i + 7])
    assert events == [(None, payload)]


json_values = st.recursive(
    # orjson only serialises 64-bit integers.
    st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)
event_names = st.none() | st.sampled_from(["message_start", "content_block_delta", "ping", "error"])


@settings(max_examples=100, deadline=None)
@given(
    events=st.lists(st.tuples(event_names, json_values), min_size=1, max_size=4),
    newline=st.sampled_from([b"\n", b"\r\n", b"\r"]),
    comments=st.booleans(),
    rnd=st.randoms(use_true_random=False),
    trailing_blank=st.booleans(),
)
def test_decoder_arbitrary_splits(
    events: list[tuple[str | None, object]],
    newline: bytes,
    comments: bool,
    rnd: random.Random,
    trailing_blank: bool,
) -> None:
    raw = b""
    expected = []
    for name, value in events:
        data = orjson.dumps(value, option=orjson.OPT_INDENT_2)  # multi-line payloads
        if comments:
            raw += b": comment" + newline
        if name is not None:
            raw += b"event: " + name.encode() + newline
        for line in data.split(b"\n"):
            raw += b"data: " + line + newline
        raw += newline
        expected.append((name, data))
    if not trailing_blank:
        raw = raw[: -len(newline)]  # last event ends without the blank line
    cuts = rnd.sample(range(len(raw) + 1), min(rnd.randint(0, 20), len(raw) + 1))
    points = sorted({*cuts, 0, len(raw)})
    decoder = SSEDecoder()
    got = []
    for start, end in zip(points, points[1:], strict=False):
        got += decoder.feed(raw[start:end])
    got += decoder.flush()
    assert got == expected
    assert [orjson.loads(d) for _, d in got] == [v for _, v in events]


def test_streamed_deltas_keep_every_character_of_text_thinking_and_tool_arguments():
    """Deltas are built from a byte template: quotes, newlines, emoji and escapes must
    arrive exactly as the upstream sent them, in one valid SSE event each."""
    from waddleai.translate import OpenAIToAnthropicStream
    from waddleai.translate.sse import SSEDecoder

    tricky = 'line one\nline "two" \\ tab\t é 😀 </script> \u2028'
    conv = OpenAIToAnthropicStream(model="m")
    out = conv.start()
    out += conv.feed({"choices": [{"index": 0, "delta": {"reasoning_content": tricky}}]})
    out += conv.feed({"choices": [{"index": 0, "delta": {"content": tricky}}]})
    call = {"index": 0, "id": "call_1", "function": {"name": "f", "arguments": '{"a": "\\n"}'}}
    out += conv.feed({"choices": [{"index": 0, "delta": {"tool_calls": [call]}}]})
    out += conv.feed({"choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})
    out += conv.finish()
    events = [(name, orjson.loads(data)) for name, data in SSEDecoder().feed(out)]
    deltas = [body["delta"] for name, body in events if name == "content_block_delta"]
    assert {"type": "thinking_delta", "thinking": tricky} in deltas
    assert {"type": "text_delta", "text": tricky} in deltas
    assert {"type": "input_json_delta", "partial_json": '{"a": "\\n"}'} in deltas
    indexes = [body["index"] for name, body in events if name == "content_block_delta"]
    assert sorted(set(indexes)) == [0, 1, 2]


def test_decoder_bounds_one_pending_event(monkeypatch) -> None:
    """Events may be split anywhere, but one event never outgrows MAX_EVENT_BYTES."""
    import pytest

    from waddleai.translate import SSEEventTooLarge, sse

    monkeypatch.setattr(sse, "MAX_EVENT_BYTES", 1000)
    decoder = SSEDecoder()
    assert decoder.feed(b"data: " + b"a" * 900) == []
    assert decoder.feed(b"\n\ndata: b") == [(None, b"a" * 900)]  # completed: buffer freed
    assert decoder.feed(b"b" * 900) == []
    with pytest.raises(SSEEventTooLarge):
        decoder.feed(b"b" * 200)
    with pytest.raises(SSEEventTooLarge):  # a separator that leaves a huge remainder
        SSEDecoder().feed(b"data: 1\n\ndata: " + b"c" * 2000)
