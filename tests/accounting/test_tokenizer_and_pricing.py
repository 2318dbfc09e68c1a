"""Offline token counts and the WaddleAI token / USD charge of a request."""

from __future__ import annotations

from waddleai.accounting.pricing import PriceBook
from waddleai.accounting.tokenizer import count_chat_tokens, count_text_tokens, encoding_name_for
from waddleai.config.settings import ModelLimits


def test_openai_families_use_their_own_encoding_exactly():
    # Reference ids from OpenAI's tiktoken: "Hello, world!" is 4 tokens in both encodings.
    assert encoding_name_for("gpt-4o-2024-08-06") == ("o200k_base", True)
    assert encoding_name_for("gpt-4") == ("cl100k_base", True)
    assert count_text_tokens("Hello, world!", "gpt-4o") == 4
    assert count_text_tokens("Hello, world!", "gpt-4") == 4
    assert count_text_tokens("", "gpt-4o") == 0


def test_other_families_are_a_documented_estimate():
    assert encoding_name_for("claude-sonnet-4") == ("o200k_base", False)
    exact = count_text_tokens("The quick brown fox jumps over the lazy dog " * 20, "gpt-4o")
    estimate = count_text_tokens("The quick brown fox jumps over the lazy dog " * 20, "claude-x")
    assert estimate == round(exact * 1.15)


def test_chat_framing_adds_per_message_overhead():
    one = count_chat_tokens([{"role": "user", "content": "hi"}], "gpt-4o")
    two = count_chat_tokens(
        [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hi"}], "gpt-4o"
    )
    assert two - one == 3 + count_text_tokens("hi", "gpt-4o")


def test_charge_uses_rates_and_cached_discount():
    book = PriceBook()
    plain = book.charge("gpt-4o", input_tokens=1000, output_tokens=100)
    # $2.50/M input -> 0.25 per token, $10/M output -> 1.0 per token
    assert plain.waddleai_tokens == 250 + 100
    assert abs(plain.cost_usd - 0.0035) < 1e-12
    cached = book.charge("gpt-4o", input_tokens=1000, output_tokens=100, cached=800)
    assert cached.waddleai_tokens == 50 + 100 + 100  # 200 fresh*.25 + 800*.125 + 100*1


def test_unknown_models_are_charged_and_overrides_apply():
    book = PriceBook({"my-local": ModelLimits(input_rate=2.0, output_rate=3.0)})
    assert book.charge("llama3.1:70b", 100, 100).waddleai_tokens > 0
    assert book.charge("my-local", 10, 10).waddleai_tokens == 50


def test_rough_estimate_is_close_to_the_exact_count_for_both_api_shapes():
    from waddleai.accounting.tokenizer import rough_prompt_tokens

    prose = "The gateway sizes quota reservations before the upstream answers. " * 40
    openai_body = {"messages": [{"role": "system", "content": "Be brief."},
                                {"role": "user", "content": prose}]}  # fmt: skip
    exact = count_chat_tokens(openai_body["messages"], "gpt-4o")
    rough = rough_prompt_tokens(openai_body)
    # chars/4 errs high on prose (o200k packs ~5 chars a token): a safe reservation
    assert exact <= rough <= 2 * exact
    anthropic_body = {
        "system": [{"type": "text", "text": "Be brief."}],
        "messages": [{"role": "user", "content": [{"type": "text", "text": prose}]}],
    }
    assert abs(rough_prompt_tokens(anthropic_body) - rough) <= 5
    with_image = {"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}
    assert rough_prompt_tokens(with_image) >= 765
