"""Chat answers and chat streams become Responses objects and events the SDK accepts."""

from __future__ import annotations

import orjson

from tests.translate.responses_sdk import sdk_parse, sdk_stream
from waddleai.translate.responses import (
    ChatSSEToResponses,
    ResponseFrame,
    chat_response_to_responses,
)
from waddleai.translate.responses.tools import ToolKinds

TOOLS = [
    {"type": "function", "name": "shell", "parameters": {"type": "object"}},
    {"type": "custom", "name": "apply_patch"},
]
KINDS = ToolKinds(shell="function", apply_patch="custom")


def frame(**request):
    return ResponseFrame(request={"input": "hi", **request}, model="client-model", kinds=KINDS)


def chat_answer(message, finish="stop"):
    return {
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": 12,
            "completion_tokens": 5,
            "total_tokens": 17,
            "prompt_tokens_details": {"cached_tokens": 4},
            "completion_tokens_details": {"reasoning_tokens": 2},
            "waddleai_tokens": 8,
        },
    }


def test_text_answer_parsed_by_sdk():
    body = chat_response_to_responses(
        chat_answer({"role": "assistant", "content": "Hi there", "reasoning_content": "think"}),
        frame(),
    )
    parsed = sdk_parse(body)
    assert parsed.output_text == "Hi there"
    assert parsed.status == "completed" and parsed.model == "client-model"
    assert [item.type for item in parsed.output] == ["reasoning", "message"]
    assert parsed.output[0].summary[0].text == "think"
    assert parsed.usage.input_tokens == 12 and parsed.usage.output_tokens == 5
    assert parsed.usage.input_tokens_details.cached_tokens == 4
    assert parsed.usage.output_tokens_details.reasoning_tokens == 2
    assert body["usage"]["waddleai_tokens"] == 8


def test_calls_map_back_to_function_and_custom_calls():
    calls = [
        {"id": "c1", "type": "function", "function": {"name": "shell", "arguments": '{"a":1}'}},
        {
            "id": "c2",
            "type": "function",
            "function": {"name": "apply_patch", "arguments": '{"input":"*** Begin Patch"}'},
        },
    ]
    body = chat_response_to_responses(
        chat_answer({"role": "assistant", "content": None, "tool_calls": calls}, "tool_calls"),
        frame(tools=TOOLS),
    )
    parsed = sdk_parse(body)
    fn, custom = parsed.output
    assert (fn.type, fn.call_id, fn.name, fn.arguments) == (
        "function_call",
        "c1",
        "shell",
        '{"a":1}',
    )
    assert (custom.type, custom.call_id, custom.input) == (
        "custom_tool_call",
        "c2",
        "*** Begin Patch",
    )


def test_length_is_incomplete():
    body = chat_response_to_responses(chat_answer({"content": "cut"}, "length"), frame())
    assert body["status"] == "incomplete"
    assert body["incomplete_details"] == {"reason": "max_output_tokens"}


def chunk(delta=None, finish=None, usage=None):
    body = {"id": "x", "object": "chat.completion.chunk", "choices": []}
    if delta is not None or finish is not None:
        body["choices"] = [{"index": 0, "delta": delta or {}, "finish_reason": finish}]
    if usage is not None:
        body["usage"] = usage
    return b"data: " + orjson.dumps(body) + b"\n\n"


def translate(pieces, fr):
    relay = ChatSSEToResponses(fr)
    raw = b"".join(relay.feed(p) for p in pieces) + relay.finish()
    return raw, relay


def test_text_stream_through_sdk_accumulator():
    pieces = [
        chunk({"role": "assistant", "content": ""}),
        chunk({"reasoning_content": "hmm"}),
        chunk({"content": "Hel"}),
        chunk({"content": "lo"}),
        chunk(finish="stop"),
        chunk(usage={"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}),
        b"data: [DONE]\n\n",
    ]
    raw, relay = translate(pieces, frame())
    events, final = sdk_stream(raw)
    kinds = [e.type for e in events]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    assert "response.reasoning_summary_text.delta" in kinds
    deltas = [e.delta for e in events if e.type == "response.output_text.delta"]
    assert deltas == ["Hel", "lo"]
    assert [e.sequence_number for e in events] == list(range(len(events)))
    assert final.output_text == "Hello" and final.usage.total_tokens == 5
    assert relay.response["status"] == "completed"


def test_tool_call_stream_function_and_custom():
    pieces = [
        chunk({"role": "assistant", "content": None}),
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "c1", "function": {"name": "shell", "arguments": ""}}
                ]
            }
        ),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"cmd":'}}]}),
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": '"ls"}'}}]}),
        chunk({"tool_calls": [{"index": 1, "id": "c2", "function": {"name": "apply_patch"}}]}),
        chunk({"tool_calls": [{"index": 1, "function": {"arguments": '{"input":"a\\nb"}'}}]}),
        chunk(finish="tool_calls"),
    ]
    raw, _ = translate(pieces, frame(tools=TOOLS))
    events, final = sdk_stream(raw, tools=TOOLS)
    kinds = [e.type for e in events]
    assert kinds.count("response.function_call_arguments.delta") == 2
    assert "response.custom_tool_call_input.done" in kinds
    fn, custom = final.output
    assert fn.arguments == '{"cmd":"ls"}' and fn.call_id == "c1"
    assert custom.type == "custom_tool_call" and custom.input == "a\nb"


def test_upstream_error_mid_stream_is_response_failed():
    pieces = [chunk({"content": "par"}), b'data: {"error": {"message": "boom"}}\n\n']
    relay = ChatSSEToResponses(frame())
    raw = b"".join(relay.feed(p) for p in pieces) + relay.finish()
    assert b"event: response.failed" in raw and b"response.completed" not in raw
    assert relay.response["error"]["message"] == "boom"


def test_custom_input_streams_as_it_is_decoded():
    from waddleai.translate.responses.partial import InputStream

    text = 'line "one"\n\ttab é 😀 end'
    raw = (
        orjson.dumps({"input": text})
        .decode()
        .replace("é", "\\u00e9")
        .replace("😀", "\\ud83d\\ude00")
    )
    decoder = InputStream()
    pieces = [decoder.feed(raw[i : i + 3]) for i in range(0, len(raw), 3)]
    assert "".join(pieces) == text
    assert sum(1 for p in pieces if p) > 5  # it streamed, not all at the end
    other = InputStream()
    assert other.feed('{"patch": "x"}') == ""  # another shape: left to the final decode


def test_custom_tool_call_stream_has_many_input_deltas():
    args = orjson.dumps({"input": "*** Begin Patch\n+hello\n*** End Patch"}).decode()
    pieces = [
        chunk({"tool_calls": [{"index": 0, "id": "c9", "function": {"name": "apply_patch"}}]})
    ]
    pieces += [
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + 5]}}]})
        for i in range(0, len(args), 5)
    ]
    raw, _ = translate([*pieces, chunk(finish="tool_calls")], frame(tools=TOOLS))
    events, final = sdk_stream(raw, tools=TOOLS)
    deltas = [e.delta for e in events if e.type == "response.custom_tool_call_input.delta"]
    assert len(deltas) > 3 and "".join(deltas) == "*** Begin Patch\n+hello\n*** End Patch"
    assert final.output[0].input == "*** Begin Patch\n+hello\n*** End Patch"
