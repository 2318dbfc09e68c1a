"""Token estimation accepts any JSON shape: it runs before the body is validated.

The quota reservation estimates the prompt from the raw body (rough_prompt_tokens) and
a request without upstream usage is counted offline (count_chat_tokens); a field of an
unexpected type (`"tool_calls": "oops"`) used to raise there, a 500 for a client mistake.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waddleai.accounting.meter import Meter, wanted_output
from waddleai.accounting.pricing import PriceBook
from waddleai.accounting.tokenizer import count_chat_tokens, rough_prompt_tokens

KEYS = ["role", "content", "tool_calls", "function", "arguments", "name", "type", "text"]
KEYS += ["input", "system", "messages", "tools", "max_tokens", "image_url", "id"]
scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63) | st.floats() | st.text()
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=5), inner, max_size=5)
    ),
    max_leaves=25,
)
bodies = st.dictionaries(st.sampled_from(KEYS), json_values, max_size=6)
FUZZ = settings(
    max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


@FUZZ
@given(body=bodies)
def test_rough_estimate_and_reservation_never_raise(body) -> None:
    assert rough_prompt_tokens(body) >= 0
    wanted = wanted_output(body)
    estimate = Meter(PriceBook()).estimate(rough_prompt_tokens(body), wanted, "gpt-4o")
    assert estimate.waddleai_tokens >= 0 and estimate.output_tokens >= 1


@FUZZ
@given(messages=json_values, tools=json_values)
def test_exact_count_never_raises(messages, tools) -> None:
    assert count_chat_tokens(messages, "gpt-4o", tools=tools) >= 0
    assert count_chat_tokens(messages, "claude-sonnet-4", tools=tools) >= 0


def test_malformed_tool_calls_still_count_their_text() -> None:
    good = [{"role": "assistant", "tool_calls": [{"function": {"arguments": "x" * 400}}]}]
    assert rough_prompt_tokens({"messages": good}) >= 100
    for calls in ["x" * 400, 5, [["x" * 400]], [{"function": "x" * 400}]]:
        body = {"messages": [{"role": "assistant", "tool_calls": calls}]}
        assert rough_prompt_tokens(body) >= (1 if calls == 5 else 100)
        assert count_chat_tokens(body["messages"], "gpt-4o") > 3


def test_a_body_is_walked_once_for_its_prompt_estimate(monkeypatch) -> None:
    """Reservation, key window and a translated stream's first usage share one walk:
    a Claude Code body costs ~0.25 ms per walk. A new body is walked again."""
    from waddleai.core.usage import UsageEvent
    from waddleai.pipeline import exchange as exchange_module
    from waddleai.pipeline.operations.chat import window_tokens

    walks: list[object] = []

    def counting(body: object) -> int:
        walks.append(body)
        return rough_prompt_tokens(body)

    monkeypatch.setattr(exchange_module, "rough_prompt_tokens", counting)
    body = {"messages": [{"role": "user", "content": "x" * 4000}], "max_tokens": 10}
    ex = exchange_module.Exchange(
        None,  # type: ignore[arg-type]
        None,  # type: ignore[arg-type]
        "anthropic",
        None,  # type: ignore[arg-type]
        "req_1",
        UsageEvent("req_1", None, "anthropic", "claude"),
        body=body,
    )
    first = ex.prompt_estimate()
    assert window_tokens(ex) == first + 10
    assert ex.prompt_estimate() == first >= 1000 and len(walks) == 1
    ex.body = {"messages": [{"role": "user", "content": "short"}]}
    assert ex.prompt_estimate() < first and len(walks) == 2
