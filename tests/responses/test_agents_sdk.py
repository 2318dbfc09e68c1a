"""The OpenAI Agents SDK with its default model (the Responses API) runs a tool through
the gateway, on every kind of upstream."""

from __future__ import annotations

import json

import httpx
import pytest
from agents import (
    Agent,
    Runner,
    function_tool,
    set_default_openai_client,
    set_tracing_disabled,
)
from openai import AsyncOpenAI

from tests.conftest import CLIENT_KEY
from tests.responses.conftest import UPSTREAM_KINDS


@pytest.mark.parametrize("model", UPSTREAM_KINDS)
async def test_agent_runs_a_function_tool(responses_gateway, upstream, model):
    looked_up: list[str] = []

    @function_tool
    def get_weather(city: str) -> str:
        """The weather in a city."""
        looked_up.append(city)
        return f"{city}: 21C and sunny"

    upstream.script(
        [
            {
                "tool_calls": [
                    {"id": "call_ag1", "name": "get_weather", "arguments": {"city": "Paris"}}
                ]
            },
            {"text": "It is 21C and sunny in Paris."},
        ]
    )
    paths: list[str] = []

    async def record(request: httpx.Request) -> None:
        paths.append(request.url.path)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    client = AsyncOpenAI(
        base_url=responses_gateway.url + "/v1", api_key=CLIENT_KEY, max_retries=0, http_client=http
    )
    set_default_openai_client(client, use_for_tracing=False)
    set_tracing_disabled(True)
    agent = Agent(name="Weather", instructions="Use the tool.", tools=[get_weather], model=model)
    result = await Runner.run(agent, "What is the weather in Paris?")
    assert looked_up == ["Paris"]
    assert result.final_output == "It is 21C and sunny in Paris."
    assert paths == ["/v1/responses", "/v1/responses"]  # the default model's API
    last = [r for r in upstream.requests() if r["method"] == "POST"][-1]
    assert "21C and sunny" in json.dumps(last["json"])
