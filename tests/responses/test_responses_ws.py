"""The Responses WebSocket transport, spoken by hand as Codex speaks it."""

from __future__ import annotations

import asyncio
import json

import pytest
from websockets.asyncio.client import connect

from tests.conftest import CLIENT_KEY


def ws_url(gateway) -> str:
    return gateway.url.replace("http://", "ws://") + "/v1/responses"


async def turn(ws, body: dict) -> list[dict]:
    """Send one response.create; collect frames up to the final event or an error."""
    await ws.send(json.dumps({"type": "response.create", **body}))
    frames = []
    while True:
        frame = json.loads(await ws.recv())
        frames.append(frame)
        if frame["type"] in ("response.completed", "response.failed", "error"):
            return frames


@pytest.mark.parametrize("model", ["gpt-4o", "smart"])
async def test_two_turns_on_one_connection_without_storing(responses_gateway, upstream, model):
    upstream.script([{"text": "First."}, {"text": "Second."}])
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    async with connect(ws_url(responses_gateway), additional_headers=headers) as ws:
        first = await turn(ws, {"model": model, "input": "one", "store": False})
        assert first[0]["type"] == "response.created"
        assert [f["sequence_number"] for f in first] == list(range(len(first)))
        done = first[-1]["response"]
        assert done["output"][0]["content"][0]["text"] == "First."
        assert done["usage"]["waddleai_tokens"] > 0
        await ws.send(json.dumps({"type": "response.processed", "response_id": done["id"]}))
        second = await turn(
            ws,
            {"model": model, "input": "two", "store": False, "previous_response_id": done["id"]},
        )
        assert second[-1]["response"]["output"][0]["content"][0]["text"] == "Second."
    sent = json.dumps(upstream.requests()[-1]["json"])
    assert '"one"' in sent and "First." in sent and '"two"' in sent  # the history went up


async def test_errors_are_wrapped_frames_and_the_connection_survives(responses_gateway, upstream):
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    async with connect(ws_url(responses_gateway), additional_headers=headers) as ws:
        bad = await turn(ws, {"model": "gpt-4o", "input": "x", "tools": [{"type": "web_search"}]})
        assert bad[-1]["type"] == "error" and bad[-1]["status"] == 400
        assert "web_search" in bad[-1]["error"]["message"]
        missing = await turn(
            ws, {"model": "gpt-4o", "input": "x", "previous_response_id": "resp_no"}
        )
        assert missing[-1]["status"] == 404
        await ws.send("not json")
        assert json.loads(await ws.recv())["status"] == 400
        ok = await turn(ws, {"model": "gpt-4o", "input": "still here?"})
        assert ok[-1]["type"] == "response.completed"


async def test_a_bad_key_gets_a_401_frame(responses_gateway, upstream):
    headers = {"Authorization": "Bearer wa-not-a-key"}
    async with connect(ws_url(responses_gateway), additional_headers=headers) as ws:
        frame = json.loads(await ws.recv())
    assert frame["type"] == "error" and frame["status"] == 401
    assert upstream.requests() == []


async def test_warm_up_answers_without_calling_upstream(responses_gateway, upstream):
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    async with connect(ws_url(responses_gateway), additional_headers=headers) as ws:
        warm = await turn(ws, {"model": "gpt-4o", "input": "hi", "generate": False})
        assert warm[-1]["type"] == "response.completed" and warm[-1]["response"]["output"] == []
        assert upstream.requests() == []
        real = await turn(
            ws,
            {"model": "gpt-4o", "input": "go", "previous_response_id": warm[-1]["response"]["id"]},
        )
        assert real[-1]["type"] == "response.completed"
    assert '"hi"' in json.dumps(upstream.requests()[-1]["json"])


async def test_client_leaving_mid_stream_is_settled_and_logged_cleanly(responses_gateway, upstream):
    upstream.configure(stream_interval_ms=20)  # a slow stream, left after its first event
    try:
        upstream.script([{"text": " ".join(["word"] * 200)}])
        headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
        async with connect(ws_url(responses_gateway), additional_headers=headers) as ws:
            body = {"type": "response.create", "model": "gpt-4o", "input": "talk"}
            await ws.send(json.dumps(body))
            assert json.loads(await ws.recv())["type"] == "response.created"
    finally:
        upstream.configure(stream_interval_ms=0)
    await asyncio.sleep(0.5)
    assert upstream.stats()["cancelled_streams"] >= 1  # the upstream call was closed too
    healthy = await _still_serving(responses_gateway)
    assert healthy
    assert "Exception in ASGI application" not in responses_gateway.output()


async def _still_serving(gateway) -> bool:
    headers = {"Authorization": f"Bearer {CLIENT_KEY}"}
    async with connect(ws_url(gateway), additional_headers=headers) as ws:
        frames = await turn(ws, {"model": "gpt-4o", "input": "again"})
    return frames[-1]["type"] == "response.completed"
