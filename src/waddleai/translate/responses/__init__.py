"""The OpenAI Responses API served over Chat Completions: pure converters.

``request``: Responses request (+ stored history) → chat request; ``response``: chat
answer → ``response`` object; ``stream``/``relay``: chat chunks → Responses SSE events;
``completions``: the legacy text completions API over chat. Anthropic upstreams are
reached by chaining with the chat ↔ Anthropic converters of :mod:`waddleai.translate`.
"""

from waddleai.translate.responses.envelope import ResponseFrame, usage_from_chat
from waddleai.translate.responses.ids import is_response_id, new_id, response_id
from waddleai.translate.responses.items import normalise_input
from waddleai.translate.responses.relay import ChatSSEToResponses
from waddleai.translate.responses.request import ChatRequest, responses_request_to_chat
from waddleai.translate.responses.response import chat_response_to_responses
from waddleai.translate.responses.stream import ChatToResponsesStream

__all__ = [
    "ChatRequest",
    "ChatSSEToResponses",
    "ChatToResponsesStream",
    "ResponseFrame",
    "chat_response_to_responses",
    "is_response_id",
    "new_id",
    "normalise_input",
    "response_id",
    "responses_request_to_chat",
    "usage_from_chat",
]
