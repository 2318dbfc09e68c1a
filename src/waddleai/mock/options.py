"""Knobs of the mock upstream.

The mock is the only stand-in for a paid provider in tests, demos and the
throughput benchmark, so everything a test may want to vary without scripting
(latency, streaming pace, the default reply, the advertised models, an API key
to enforce) lives here and is also reachable from the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

DEFAULT_REPLY = "Hello! This is the WaddleAI mock upstream."

DEFAULT_MODELS: tuple[str, ...] = (
    "gpt-4o",
    "gpt-4o-mini",
    "gpt-4.1",
    "o3-mini",
    "text-embedding-3-small",
    "claude-3-5-haiku-20241022",
    "claude-sonnet-4-20250514",
    "claude-opus-4-20250514",
    "glm-4.6",
    "llama3.1",
)


# Accepted JSON types per option for run-time updates.
_TYPES: dict[str, tuple[type, ...]] = {
    "latency_ms": (int, float),
    "stream_interval_ms": (int, float),
    "stream_chunks": (int, type(None)),
    "reply": (str,),
    "models": (list,),
    "require_key": (str, type(None)),
    "record_limit": (int,),
    "argument_chunk_size": (int,),
    "key_faults": (dict,),
}


@dataclass
class MockOptions:
    """Behaviour of a mock upstream instance.

    Attributes:
        latency_ms: delay before the response headers (time to first byte).
        stream_interval_ms: delay between two stream chunks / SSE events.
        stream_chunks: how many content chunks a reply is split into when
            streamed; ``None`` means one chunk per word, like a real model
            emitting roughly a token at a time.
        reply: the text answered when no scripted response applies.
        models: what ``GET /v1/models`` and ``GET /api/tags`` advertise. Any
            model name is accepted on requests, so gateway configs can use
            arbitrary names without editing this list.
        require_key: when set, API requests must carry this key as
            ``Authorization: Bearer``, ``x-api-key`` or ``api-key`` (Azure).
        record_limit: how many received requests are kept for
            ``GET /__mock__/requests`` (oldest dropped first), so a long
            benchmark does not grow memory without bound.
        argument_chunk_size: default size, in characters, of the tool-call
            argument fragments of a stream.
        key_faults: API key -> a scripted response description (``script.Reply``)
            answered to every chat request carrying that key, e.g. ``{"sk-2":
            {"status": 429, "headers": {"retry-after": "30"}}}``: per-key faults for
            testing a gateway's key pools. Takes precedence over the script queue.
    """

    latency_ms: float = 0.0
    stream_interval_ms: float = 0.0
    stream_chunks: int | None = None
    reply: str = DEFAULT_REPLY
    models: list[str] = field(default_factory=lambda: list(DEFAULT_MODELS))
    require_key: str | None = None
    record_limit: int = 1000
    argument_chunk_size: int = 7
    key_faults: dict[str, dict[str, object]] = field(default_factory=dict)

    def update(self, changes: dict[str, object]) -> None:
        """Apply a partial update (from ``POST /__mock__/options``).

        Unknown keys raise ``KeyError`` so a typo in a test fails loudly
        instead of silently leaving the default in place.
        """
        known = {f.name for f in fields(self)}
        for key, value in changes.items():
            if key not in known:
                raise KeyError(key)
            if not isinstance(value, _TYPES[key]) or isinstance(value, bool):
                raise TypeError(f"{key} cannot be {value!r}")
            if key == "key_faults":
                from waddleai.mock.script import parse_reply  # validate before applying

                for reply in value.values():  # type: ignore[union-attr]
                    parse_reply(reply)
        for key, value in changes.items():
            setattr(self, key, value)
