"""Pure translation between the OpenAI Chat Completions and Anthropic Messages APIs.

Everything here is side-effect free: request/response converters are functions and
the stream converters are small state machines fed with parsed events. The proxy does
all I/O.
"""

from waddleai.translate.anthropic_to_openai import anthropic_request_to_openai
from waddleai.translate.anthropic_to_openai_response import anthropic_response_to_openai
from waddleai.translate.custom_tools import openai_custom_tools
from waddleai.translate.errors import (
    TranslationError,
    anthropic_error_body,
    anthropic_stream_error_event,
    openai_error_body,
    openai_error_code,
)
from waddleai.translate.openai_to_anthropic import openai_response_to_anthropic
from waddleai.translate.openai_to_anthropic_request import openai_request_to_anthropic
from waddleai.translate.sse import SSEDecoder, SSEEventTooLarge, encode_event
from waddleai.translate.stream_anthropic_to_openai import AnthropicToOpenAIStream
from waddleai.translate.stream_openai_to_anthropic import OpenAIToAnthropicStream
from waddleai.translate.tool_index import ToolCallIndexer
from waddleai.translate.tool_names import ToolNameMap, shorten_tool_name

__all__ = [
    "AnthropicToOpenAIStream",
    "OpenAIToAnthropicStream",
    "SSEDecoder",
    "SSEEventTooLarge",
    "ToolNameMap",
    "ToolCallIndexer",
    "TranslationError",
    "anthropic_error_body",
    "anthropic_request_to_openai",
    "anthropic_response_to_openai",
    "anthropic_stream_error_event",
    "encode_event",
    "openai_error_body",
    "openai_error_code",
    "openai_custom_tools",
    "openai_request_to_anthropic",
    "openai_response_to_anthropic",
    "shorten_tool_name",
]
