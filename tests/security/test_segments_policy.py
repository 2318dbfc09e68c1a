"""Which text arrives through which channel, and what each policy does with a detection."""

from __future__ import annotations

from waddleai.security import policy, segments
from waddleai.store.security_settings import SecuritySettings


def channels(api: str, body: dict) -> list[tuple[str, str]]:
    return [(s.channel, s.text) for s in segments.slots(api, body)]


def test_anthropic_channels_skip_thinking_and_images() -> None:
    body = {
        "system": [{"type": "text", "text": "sys"}],
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "hi"},
                                          {"type": "image", "source": {"data": "AAAA"}}]},
            {"role": "assistant", "content": [
                {"type": "thinking", "thinking": "secret thoughts", "signature": "sig"},
                {"type": "tool_use", "id": "t", "name": "Bash", "input": {"command": "ls"}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t",
                                          "content": [{"type": "text", "text": "out"}]},
                                         {"type": "document", "source": {"type": "text",
                                                                         "data": "doc"}}]},
        ],
    }  # fmt: skip
    assert channels("anthropic", body) == [
        ("system", "sys"), ("user", "hi"), ("assistant", "ls"), ("tool", "out"), ("tool", "doc")
    ]  # fmt: skip


def test_openai_channels() -> None:
    body = {
        "messages": [
            {"role": "developer", "content": "dev"},
            {"role": "user", "content": [{"type": "text", "text": "hi"}]},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": "1", "type": "function", "function": {"name": "f", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "1", "content": "result"},
        ]
    }  # fmt: skip
    assert channels("openai", body) == [
        ("system", "dev"),
        ("user", "hi"),
        ("assistant", "{}"),
        ("tool", "result"),
    ]


def test_responses_channels() -> None:
    body = {
        "instructions": "be brief",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "hi"}]},
            {"type": "function_call", "call_id": "c", "name": "f", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c", "output": "tool says"},
            {"type": "custom_tool_call_output", "call_id": "d", "output": "custom says"},
        ],
    }
    assert channels("responses", body) == [
        ("system", "be brief"), ("user", "hi"), ("assistant", "{}"),
        ("tool", "tool says"), ("tool", "custom says"),
    ]  # fmt: skip


def test_slots_write_back_in_place() -> None:
    body = {"messages": [{"role": "user", "content": "mail bob@example.com"}]}
    [slot] = segments.slots("openai", body)
    slot.set("mail <EMAIL_1>")
    assert body["messages"][0]["content"] == "mail <EMAIL_1>"


def test_balanced_blocks_confident_user_and_tool_detections_only() -> None:
    s = SecuritySettings.for_policy("balanced")
    assert policy.threat_action(s, "prompt_injection", "user", 0.9) == "block"
    assert policy.threat_action(s, "prompt_injection", "tool", 0.9) == "block"
    assert policy.threat_action(s, "prompt_injection", "assistant", 0.9) == "flag"
    assert policy.threat_action(s, "prompt_injection", "user", 0.6) == "flag"
    assert policy.pii_action(s, "email") == "log"


def test_strict_blocks_everything_and_permissive_only_logs() -> None:
    strict = SecuritySettings.for_policy("strict")
    assert policy.threat_action(strict, "jailbreak", "assistant", 0.5) == "block"
    assert policy.pii_action(strict, "email") == "redact"
    permissive = SecuritySettings.for_policy("permissive")
    assert policy.threat_action(permissive, "jailbreak", "user", 1.0) == "log"


def test_overrides_win_per_category_and_entity() -> None:
    s = SecuritySettings.model_validate(
        {"policy": "balanced", "actions": {"jailbreak": "log", "pii": "redact", "ip": "log"}}
    )
    assert policy.threat_action(s, "jailbreak", "user", 1.0) == "log"
    assert policy.pii_action(s, "email") == "redact"
    assert policy.pii_action(s, "ip") == "log"
