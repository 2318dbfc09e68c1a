"""The APIs clients speak to the gateway, and the operations they ask for."""

from __future__ import annotations

from typing import Literal

ClientApi = Literal["openai", "anthropic"]
"""The wire format a client speaks (and is answered in)."""

Operation = Literal["chat", "count_tokens", "embeddings"]
"""What a model endpoint does: generate an answer, count a prompt, or embed input."""
