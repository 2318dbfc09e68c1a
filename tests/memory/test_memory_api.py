"""Conversation memory through the real SDKs, on a store-backed gateway and the mock.

What a user checks: a fact told in one request reaches the upstream in a later request
made by a fresh client naming the same session (in the mock's recorded requests), in
both APIs, streamed or not, across API translation; another user naming the same
session gets nothing; DELETE /api/memory/{session} forgets.
"""

from __future__ import annotations

import asyncio
import secrets
from typing import Any

import anthropic
import httpx
import openai
import orjson

from tests.accounting.helpers import Accounts, Principal
from waddleai.store.identity import SYSTEM, create_user, issue_key

CLAUDE = "mockant:claude-sonnet-4-20250514"  # an Anthropic-format upstream


def oai(accounts: Accounts, who: Principal) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=accounts.url + "/v1", api_key=who.raw_key, max_retries=0)


def ant(accounts: Accounts, who: Principal) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(base_url=accounts.url, api_key=who.raw_key, max_retries=0)


def memory(session: str, kind: str | None = None) -> dict[str, str]:
    headers = {"X-WaddleAI-Memory": session}
    if kind:
        headers["X-WaddleAI-Memory-Type"] = kind
    return headers


def upstream_bodies(mock: Any, path: str) -> list[dict[str, Any]]:
    return [r["json"] for r in mock.requests() if r["path"] == path]


def said(body: dict[str, Any]) -> str:
    return orjson.dumps(body.get("messages")).decode()


async def same_org_user(accounts: Accounts, of: Principal) -> Principal:
    """A second user with a key in the same organization as `of`."""
    tag = secrets.token_hex(4)
    async with accounts.store.transaction() as tx:
        user = await create_user(
            tx, SYSTEM, username=f"peer-{tag}", password="password-123", org_ids=[of.org_id]
        )
        issued = await issue_key(tx, accounts.store.secrets, SYSTEM, owner=user, name=tag)
    return Principal(issued.raw, user.id, issued.key.id, of.org_id)


async def test_openai_fact_reaches_a_later_fresh_request(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    session, fact = f"s-{secrets.token_hex(4)}", f"teal-{secrets.token_hex(3)}"
    fresh_mock.script([{"text": "Noted, I will remember."}, {"text": f"It is {fact}."}])
    first = await oai(accounts, who).chat.completions.with_raw_response.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"My favourite colour is {fact}."}],
        extra_headers=memory(session, "conversation"),
    )
    assert first.headers["x-waddleai-memory-turns"] == "0"
    second = await oai(accounts, who).chat.completions.with_raw_response.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "You are terse."},
            {"role": "user", "content": "What is my favourite colour?"},
        ],
        extra_headers=memory(session),
    )
    assert second.headers["x-waddleai-memory-turns"] == "1"
    sent = upstream_bodies(fresh_mock, "/v1/chat/completions")[-1]["messages"]
    assert sent == [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": f"My favourite colour is {fact}."},
        {"role": "assistant", "content": "Noted, I will remember."},
        {"role": "user", "content": "What is my favourite colour?"},
    ]
    from waddleai.mock.tokens import count_tokens

    [asked] = await accounts.wait_records(1, request_id=second.headers["x-request-id"])
    texts = [m["content"] for m in sent]
    assert asked.input_tokens == sum(count_tokens(t) for t in texts), "history is charged"
    assert asked.waddleai_tokens > 0


async def test_anthropic_streamed_fact_reaches_a_later_request(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    session, fact = f"s-{secrets.token_hex(4)}", f"otter-{secrets.token_hex(3)}"
    fresh_mock.script([{"text": "Got it, your pet is noted."}, {"text": "An otter."}])
    async with ant(accounts, who).messages.stream(
        model=CLAUDE,
        max_tokens=50,
        system="Be brief.",
        messages=[{"role": "user", "content": f"My pet is an {fact}."}],
        extra_headers=memory(session),
    ) as stream:
        assert await stream.get_final_text() == "Got it, your pet is noted."
    reply = await ant(accounts, who).messages.create(
        model=CLAUDE,
        max_tokens=50,
        system="Be brief.",
        messages=[{"role": "user", "content": [{"type": "text", "text": "What is my pet?"}]}],
        extra_headers=memory(session),
    )
    assert reply.content[0].text == "An otter."
    sent = upstream_bodies(fresh_mock, "/v1/messages")[-1]
    assert sent["system"] == "Be brief."
    roles = [m["role"] for m in sent["messages"]]
    assert roles == ["user", "assistant", "user"], "alternation is kept"
    assert fact in said(sent) and "Got it, your pet is noted." in said(sent)


async def test_memory_follows_the_session_across_apis_and_providers(accounts: Accounts, fresh_mock):
    """Told through the Anthropic API to an OpenAI-format model, asked through OpenAI's
    API (streamed) of an Anthropic-format model: the session is the same."""
    who = await accounts.create()
    session, fact = f"s-{secrets.token_hex(4)}", f"k-{secrets.token_hex(4)}"
    fresh_mock.script([{"text": "Remembered."}, {"text": "Your code word."}])
    await ant(accounts, who).messages.create(
        model="gpt-4o",
        max_tokens=20,
        messages=[{"role": "user", "content": f"The code word is {fact}."}],
        extra_headers=memory(session),
    )
    stream = await oai(accounts, who).chat.completions.create(
        model=CLAUDE,
        messages=[{"role": "user", "content": "What is the code word?"}],
        stream=True,
        extra_headers=memory(session),
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "Your code word."
    sent = upstream_bodies(fresh_mock, "/v1/messages")[-1]
    assert fact in said(sent) and "Remembered." in said(sent)


async def test_another_user_naming_the_same_session_gets_nothing(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    peer, stranger = await same_org_user(accounts, who), await accounts.create()
    session, fact = f"s-{secrets.token_hex(4)}", f"secret-{secrets.token_hex(4)}"
    fresh_mock.script([{"text": "Okay.", "times": 3}])
    await oai(accounts, who).chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"My locker code is {fact}."}],
        extra_headers=memory(session),
    )
    for other in (peer, stranger):
        reply = await oai(accounts, other).chat.completions.with_raw_response.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": "What is my locker code?"}],
            extra_headers=memory(session),
        )
        assert reply.headers["x-waddleai-memory-turns"] == "0"
        sent = upstream_bodies(fresh_mock, "/v1/chat/completions")[-1]
        assert fact not in said(sent) and len(sent["messages"]) == 1
        async with httpx.AsyncClient(base_url=accounts.url) as client:
            auth = {"Authorization": f"Bearer {other.raw_key}"}
            own = (await client.get(f"/api/memory/{session}", headers=auth)).json()["turns"]
            assert [t["user"] for t in own] == ["What is my locker code?"], "only their own turn"
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        auth = {"Authorization": f"Bearer {(await accounts.create()).raw_key}"}
        listed = (await client.get("/api/memory", headers=auth)).json()
        assert listed == {"object": "list", "data": []}
        read = await client.get(f"/api/memory/{session}", headers=auth)
        assert read.status_code == 404 and "error" in read.json()


async def test_list_read_and_delete_forgets(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    session, fact = f"s-{secrets.token_hex(4)}", f"f-{secrets.token_hex(4)}"
    fresh_mock.script([{"text": "Sure.", "times": 3}])
    await oai(accounts, who).chat.completions.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": f"Remember {fact}."}],
        extra_headers=memory(session),
    )
    auth = {"Authorization": f"Bearer {who.raw_key}"}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        listed = (await client.get("/api/memory", headers=auth)).json()["data"]
        assert [(s["session"], s["turns"]) for s in listed] == [(session, 1)]
        turns = (await client.get(f"/api/memory/{session}", headers=auth)).json()["turns"]
        assert [(t["user"], t["assistant"]) for t in turns] == [(f"Remember {fact}.", "Sure.")]
        gone = await client.delete(f"/api/memory/{session}", headers=auth)
        assert gone.status_code == 200 and gone.json()["turns"] == 1
        assert (await client.get(f"/api/memory/{session}", headers=auth)).status_code == 404
    reply = await oai(accounts, who).chat.completions.with_raw_response.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "What did I ask you to remember?"}],
        extra_headers=memory(session),
    )
    assert reply.headers["x-waddleai-memory-turns"] == "0"
    sent = upstream_bodies(fresh_mock, "/v1/chat/completions")[-1]
    assert fact not in said(sent)


async def test_a_bad_session_name_is_a_400_in_the_clients_format(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    auth = {"Authorization": f"Bearer {who.raw_key}"}
    body = {"model": "gpt-4o", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for path, api in (("/v1/chat/completions", "openai"), ("/v1/messages", "anthropic")):
            for bad in ("x" * 129, "no spaces", ""):
                reply = await client.post(
                    path, json=body, headers={**auth, "X-WaddleAI-Memory": bad}
                )
                assert reply.status_code == 400, (bad, reply.text)
                error = reply.json()
                if api == "anthropic":
                    assert error["type"] == "error"
                assert "X-WaddleAI-Memory" in error["error"]["message"]
        kind = await client.post(
            "/v1/chat/completions",
            json=body,
            headers={**auth, "X-WaddleAI-Memory": "ok", "X-WaddleAI-Memory-Type": "vector"},
        )
        assert kind.status_code == 400 and "Memory-Type" in kind.json()["error"]["message"]
        path = await client.get("/api/memory/bad%20name", headers=auth)
        assert path.status_code == 400
    assert not upstream_bodies(fresh_mock, "/v1/chat/completions")


async def wait_memory(accounts: Accounts, who: Principal, session: str, field: str) -> Any:
    """GET /api/memory/{session} until `field` (summary, facts) has something."""
    auth = {"Authorization": f"Bearer {who.raw_key}"}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for _ in range(100):
            reply = await client.get(f"/api/memory/{session}", headers=auth)
            if reply.status_code == 200 and reply.json()[field]:
                return reply.json()[field]
            await asyncio.sleep(0.1)
    raise AssertionError(f"no {field} for {session}")


async def test_facts_are_extracted_and_the_relevant_ones_retrieved(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    session, city = f"s-{secrets.token_hex(4)}", f"Lisbon{secrets.token_hex(3)}"
    fresh_mock.script(
        [
            {"text": "Lovely choice."},
            {"text": f"- The user's favourite city is {city}.\n- The user likes trams."},
        ]
    )
    await ant(accounts, who).messages.create(
        model=CLAUDE,
        max_tokens=50,
        messages=[{"role": "user", "content": f"I adore {city}, and its trams."}],
        extra_headers=memory(session, "facts"),
    )
    facts = await wait_memory(accounts, who, session, "facts")
    assert f"The user's favourite city is {city}." in facts
    [extraction] = upstream_bodies(fresh_mock, "/v1/chat/completions")
    assert extraction["model"] == "gpt-4o-mini", "the haiku tier's model extracts facts"
    assert city in said(extraction)
    fresh_mock.script([{"text": city}])
    reply = await oai(accounts, who).chat.completions.with_raw_response.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "Which city is my favourite?"}],
        extra_headers=memory(session, "facts"),
    )
    assert reply.headers["x-waddleai-memory-turns"] == "0"
    asked = [
        b for b in upstream_bodies(fresh_mock, "/v1/chat/completions") if b["model"] == "gpt-4o"
    ]
    sent = asked[-1]["messages"]
    assert len(sent) == 3 and f"favourite city is {city}" in sent[0]["content"]
    assert "trams" not in sent[0]["content"], "only facts relevant to the question"
    records = await accounts.wait_records(1, key_id=str(who.key_id), operation="memory")
    assert records and records[0].user_id == who.user_id and records[0].waddleai_tokens > 0


async def test_turns_past_the_budget_fold_into_a_summary(accounts: Accounts, fresh_mock):
    """Three turns of ~1,500 tokens each against the 4,000-token default budget."""
    who = await accounts.create()
    session, marker = f"s-{secrets.token_hex(4)}", f"m-{secrets.token_hex(4)}"
    summary = f"The user opened with {marker}."
    fresh_mock.script([{"text": f"answer {i}"} for i in (1, 2, 3)] + [{"text": summary}])
    for i in (1, 2, 3):
        filler = (f"{marker} " if i == 1 else "") + "word " * 1200
        await oai(accounts, who).chat.completions.create(
            model="gpt-4o",
            messages=[{"role": "user", "content": f"turn {i}: {filler}"}],
            extra_headers=memory(session, "summary"),
        )
    assert await wait_memory(accounts, who, session, "summary") == summary
    fresh_mock.script([{"text": "ok"}])
    reply = await oai(accounts, who).chat.completions.with_raw_response.create(
        model="gpt-4o",
        messages=[{"role": "user", "content": "What did I open with?"}],
        extra_headers=memory(session, "summary"),
    )
    asked = [
        b for b in upstream_bodies(fresh_mock, "/v1/chat/completions") if b["model"] == "gpt-4o"
    ]
    sent = asked[-1]["messages"]
    assert summary in sent[0]["content"]
    assert marker not in said({"messages": sent[1:]}), "turn 1 is only in the summary"
    assert reply.headers["x-waddleai-memory-turns"] == "2"


async def test_a_client_keeping_its_own_history_gets_no_duplicates(accounts: Accounts, fresh_mock):
    who = await accounts.create()
    session = f"s-{secrets.token_hex(4)}"
    fresh_mock.script([{"text": "Hi there."}, {"text": "Fine."}])
    first = [{"role": "user", "content": "Hello!"}]
    await oai(accounts, who).chat.completions.create(
        model="gpt-4o", messages=first, extra_headers=memory(session)
    )
    history = [*first, {"role": "assistant", "content": "Hi there."}]
    follow = [*history, {"role": "user", "content": "How are you?"}]
    await oai(accounts, who).chat.completions.create(
        model="gpt-4o", messages=follow, extra_headers=memory(session)
    )
    assert upstream_bodies(fresh_mock, "/v1/chat/completions")[-1]["messages"] == follow
