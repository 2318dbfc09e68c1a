"""PII finders, placeholders, and restoring them in answers and streams split anywhere."""

from __future__ import annotations

import orjson
import pytest

from waddleai.security import pii
from waddleai.security.restore import SseRestorer, Vault, restore


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("mail jane.doe@example.com", "email"),
        ("call +1 415-555-0132", "phone"),
        ("card 4111 1111 1111 1111", "card"),
        ("IBAN GB82 WEST 1234 5698 7654 32", "iban"),
        ("SSN 123-45-6789", "ssn"),
        ("host 10.20.30.40", "ip"),
        ("host 2001:db8:85a3::8a2e:370:7334", "ip"),
        ("key sk-proj-4f9Kx2LmQ8rT1vWz7yB3nC6dE0aH5jU", "secret"),
        ("AKIAIOSFODNN7EXAMPLE", "secret"),
        ("postgresql://app:S3cr3tPassw0rd@db.internal/app", "secret"),
    ],
)
def test_entities_are_found(text: str, entity: str) -> None:
    assert [f.entity for f in pii.find(text)] == [entity]


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # fails Luhn
        "IBAN DE00 1234 5678 9012 3456 78",  # fails mod-97
        "SSN 000-12-3456",
        "bump the version to 1.2.3.4",
        "bind 0.0.0.0 and 127.0.0.1",
        "std::vector and a::b",
        "postgresql://user:password@host/db",
        "at 2024-01-02 12:30:45 UTC",
    ],
)
def test_look_alikes_are_not_entities(text: str) -> None:
    assert pii.find(text) == []


def test_the_connection_password_alone_is_the_secret() -> None:
    [f] = pii.find("postgresql://app:S3cr3t@db/app")
    assert f.value == "S3cr3t"


def test_vault_indexes_values_and_restores_answers() -> None:
    vault = Vault()
    text = "bob@example.com, eve@example.com, bob@example.com"
    assert vault.redact(text, pii.find(text)) == "<EMAIL_1>, <EMAIL_2>, <EMAIL_1>"
    answer = {
        "choices": [{"message": {"content": "To <EMAIL_2>", "tool_calls": [
            {"function": {"name": "send", "arguments": '{"to": "<EMAIL_1>"}'}}]}}]
    }  # fmt: skip
    restore(vault, answer)
    message = answer["choices"][0]["message"]
    assert message["content"] == "To eve@example.com"
    assert orjson.loads(message["tool_calls"][0]["function"]["arguments"]) == {
        "to": "bob@example.com"
    }


def test_json_arguments_get_escaped_values() -> None:
    vault = Vault()
    name = vault.placeholder("secret", 'pa"ss')
    assert orjson.loads(vault.fill(f'{{"p": "{name}"}}', json_source=True)) == {"p": 'pa"ss'}


def _anthropic_stream(pieces: list[str], json_pieces: list[str]) -> bytes:
    events = [{"type": "content_block_start", "index": 0, "content_block": {"type": "text"}}]
    events += [{"type": "content_block_delta", "index": 0,
                "delta": {"type": "text_delta", "text": p}} for p in pieces]  # fmt: skip
    events += [{"type": "content_block_stop", "index": 0}]
    events += [
        {"type": "content_block_delta", "index": 1,
         "delta": {"type": "input_json_delta", "partial_json": p}}
        for p in json_pieces
    ]  # fmt: skip
    events += [{"type": "content_block_stop", "index": 1}, {"type": "message_stop"}]
    return b"".join(
        f"event: {e['type']}\ndata: ".encode() + orjson.dumps(e) + b"\n\n" for e in events
    )


def _anthropic_texts(raw: bytes) -> tuple[str, str]:
    text, args = "", ""
    for block in raw.split(b"\n\n"):
        for line in block.split(b"\n"):
            if line.startswith(b"data: "):
                event = orjson.loads(line[6:])
                delta = event.get("delta") or {}
                text += delta.get("text", "")
                args += delta.get("partial_json", "")
    return text, args


def test_streams_are_restored_whatever_the_split() -> None:
    vault = Vault()
    vault.redact("a@example.com x@example.org", pii.find("a@example.com x@example.org"))
    raw = _anthropic_stream(
        ["Hi <EM", "AIL_1", "> and <EMAIL_2", "> <"], ['{"to":"<EMA', 'IL_2>"}']
    )
    for size in (1, 2, 3, 7, 64, len(raw)):
        restorer = SseRestorer(vault, "anthropic")
        out = b"".join(restorer.feed(raw[i : i + size]) for i in range(0, len(raw), size))
        out += restorer.close()
        text, args = _anthropic_texts(out)
        assert text == "Hi a@example.com and x@example.org <", size
        assert orjson.loads(args) == {"to": "x@example.org"}


def test_openai_stream_held_text_is_flushed_before_the_finish_chunk() -> None:
    vault = Vault()
    vault.placeholder("email", "a@example.com")
    chunks = [
        {"id": "c", "choices": [{"index": 0, "delta": {"content": "to <EMAIL"}}]},
        {"id": "c", "choices": [{"index": 0, "delta": {"content": "_1"}}]},
        {"id": "c", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]},
    ]
    raw = b"".join(b"data: " + orjson.dumps(c) + b"\n\n" for c in chunks) + b"data: [DONE]\n\n"
    restorer = SseRestorer(vault, "openai")
    out = restorer.feed(raw) + restorer.close()
    text = ""
    for line in out.split(b"\n"):
        if line.startswith(b"data: {"):
            for choice in orjson.loads(line[6:])["choices"]:
                text += choice["delta"].get("content", "")
    assert text == "to <EMAIL_1"  # an unfinished placeholder is sent as it came
    assert out.endswith(b"data: [DONE]\n\n")


def test_secrets_the_upstream_streams_are_masked_even_in_pieces() -> None:
    key = "sk-proj-4f9Kx2LmQ8rT1vWz7yB3nC6dE0aH5jU"
    pieces = ["Use ", key[:6], key[6:20], key[20:] + " now", " and <EM", "AIL_1>."]
    vault = Vault()
    vault.placeholder("email", "a@example.com")
    raw = _anthropic_stream(pieces, [])
    for size in (1, 5, len(raw)):
        restorer = SseRestorer(vault, "anthropic", mask_secrets=True)
        out = b"".join(restorer.feed(raw[i : i + size]) for i in range(0, len(raw), size))
        text, _ = _anthropic_texts(out + restorer.close())
        assert text == "Use <SECRET> now and a@example.com.", size
