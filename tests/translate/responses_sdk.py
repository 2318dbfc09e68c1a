"""Feed gateway-made Responses bytes to the real openai SDK, with no network.

The SDK's own parsers and stream accumulator are the judge of whether an answer or an
event stream is well-formed: an httpx MockTransport serves the bytes under test.
"""

from __future__ import annotations

from typing import Any

import httpx
import openai
import orjson


def sdk_client(body: bytes, *, stream: bool) -> openai.OpenAI:
    """An SDK client whose every request is answered with ``body``."""
    content_type = "text/event-stream" if stream else "application/json"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": content_type})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return openai.OpenAI(api_key="k", base_url="http://gateway.test/v1", http_client=http)


def sdk_parse(response: dict[str, Any]) -> Any:
    """The SDK's ``Response`` for a non-streamed body."""
    client = sdk_client(orjson.dumps(response), stream=False)
    return client.responses.create(model="m", input="hi")


def sdk_stream(events: bytes, **create: Any) -> tuple[list[Any], Any]:
    """Every event the SDK's stream helper yields, and its final response."""
    client = sdk_client(events, stream=True)
    args = {"model": "m", "input": "hi", **create}
    with client.responses.stream(**args) as stream:
        seen = list(stream)
        final = stream.get_final_response()
    return seen, final
