"""No number a key holder sends can switch limits off, and no bad row stops them loading.

`POST /v1/analytics/budgets {"budget_limit": 1e308}` used to be stored; every limit
reload then failed with OverflowError (the replica kept its old table, so later quota
changes never applied) and after a restart no quota was enforced at all.
"""

from __future__ import annotations

import secrets

import httpx
import pytest
from sqlalchemy import delete

from tests.accounting.helpers import Accounts, Principal
from waddleai.accounting.limits import load_table
from waddleai.config.bounds import MAX_BUDGET_USD
from waddleai.store.models import User
from waddleai.store.usage_models import Budget


def auth(principal: Principal) -> dict[str, str]:
    return {"Authorization": f"Bearer {principal.raw_key}"}


def _openai_error(reply: httpx.Response, status: int = 400) -> dict:
    assert reply.status_code == status, reply.text
    body = reply.json()
    assert set(body) == {"error"} and body["error"]["message"], body
    return body["error"]


BAD_BUDGETS = [
    {"budget_limit": 1e308},
    {"budget_limit": MAX_BUDGET_USD * 10},
    {"budget_limit": 0},
    {"budget_limit": True},
    {"budget_limit": "5"},
    {"budget_limit": 5, "alert_thresholds": list(range(1, 12))},
    {"budget_limit": 5, "alert_thresholds": [0]},
    {"budget_limit": 5, "alert_thresholds": [101]},
    {"budget_limit": 5, "alert_thresholds": [50.5]},
    {"budget_limit": 5, "alert_thresholds": "50"},
]


@pytest.mark.parametrize("body", BAD_BUDGETS, ids=repr)
async def test_budget_numbers_are_bounded(accounts: Accounts, body: dict) -> None:
    principal = await accounts.create()
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        reply = await client.post(
            "/v1/analytics/budgets", json={"budget_type": "daily", **body}, headers=auth(principal)
        )
        _openai_error(reply)
        listed = (await client.get("/v1/analytics/budgets", headers=auth(principal))).json()
    assert listed["budgets"] == [], "nothing was stored"


async def test_budget_webhook_is_bounded(accounts: Accounts) -> None:
    admin = await accounts.create(role="admin")
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        for url in ["http://x/" + "a" * 2000, "http://x/\x00", "http://x/\nHost: y"]:
            body = {"budget_type": "daily", "budget_limit": 5, "webhook_url": url}
            reply = await client.post("/v1/analytics/budgets", json=body, headers=auth(admin))
            assert "webhook_url" in _openai_error(reply)["message"]


@pytest.mark.parametrize("days", ["9" * 5000, "0", "367", "²", "-1", "1.5", ""])
@pytest.mark.parametrize("path", ["/v1/analytics/costs", "/api/usage"])
async def test_days_is_bounded(accounts: Accounts, path: str, days: str) -> None:
    principal = await accounts.create()
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        reply = await client.get(path, params={"days": days}, headers=auth(principal))
    assert "'days'" in _openai_error(reply)["message"]


@pytest.fixture
async def bad_rows(acct_store):
    """Rows written around the API (an older version, a hand edit): unusable limits."""
    tag = secrets.token_hex(4)
    async with acct_store.transaction() as tx:
        for i, limit in enumerate([1e308, float("inf"), -3.0]):
            tx.session.add(
                Budget(
                    scope_type="key",
                    scope_id=f"bad-{tag}-{i}",
                    budget_type="daily",
                    budget_limit=limit,
                    alert_thresholds=[50],
                )
            )
        tx.session.add(
            Budget(
                scope_type="key",
                scope_id=f"bad-{tag}-t",
                budget_type="monthly",
                budget_limit=2.0,
                alert_thresholds=["x", 500],
            )
        )
        user = User(username=f"bad-{tag}", password_hash="x", role="user", enabled=True)
        user.token_quota_daily = -5
        tx.session.add(user)
        await tx.touch("budgets")
    yield f"bad-{tag}"
    async with acct_store.transaction() as tx:
        await tx.session.execute(delete(Budget).where(Budget.scope_id.like(f"bad-{tag}-%")))
        await tx.session.execute(delete(User).where(User.username == f"bad-{tag}"))
        await tx.touch("budgets")


async def test_a_bad_row_is_skipped_and_every_other_limit_loads(
    accounts: Accounts, acct_store, bad_rows: str
) -> None:
    good = await accounts.create(user=(1234, None))
    async with acct_store.session() as session:  # what a replica does at start
        table = await load_table(session)
    [rule] = table.by_scope[("user", str(good.user_id))]
    assert (rule.period, rule.limit) == ("daily", 1234)
    assert not any(sid.startswith(bad_rows + "-") and sid[-1] != "t" for _, sid in table.by_scope)
    [thresholdless] = table.by_scope[("key", f"{bad_rows}-t")]
    assert thresholdless.limit == 2_000_000 and thresholdless.thresholds == ()
    # A running gateway keeps applying changes made after the bad rows appeared.
    await accounts.wait_limits(good, 1234)
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        metrics = (await client.get("/metrics")).text
    skipped = [
        line for line in metrics.splitlines() if line.startswith("waddleai_limit_rows_skipped")
    ]
    assert any('kind="budget"' in line and not line.endswith(" 0.0") for line in skipped), skipped


MALFORMED = [
    {"messages": [{"role": "assistant", "tool_calls": "oops"}, {"role": "user", "content": "x"}]},
    {"messages": [{"role": "assistant", "tool_calls": [7]}, {"role": "user", "content": "x"}]},
]


@pytest.mark.parametrize("body", MALFORMED, ids=["string", "number"])
async def test_malformed_tool_calls_with_a_quota_are_no_server_error(
    accounts: Accounts, fresh_mock, body: dict
) -> None:
    """The reservation estimates tokens from the raw body: it must survive any shape."""
    principal = await accounts.create(user=(100_000, None))
    await accounts.wait_limits(principal, 100_000)
    fresh_mock.script([{"text": "ok", "usage": {"prompt_tokens": 5, "completion_tokens": 1}}])
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        reply = await client.post(
            "/v1/chat/completions", json={"model": "gpt-4o", **body}, headers=auth(principal)
        )
    assert reply.status_code < 500, reply.text
    if reply.status_code >= 400:
        assert set(reply.json()) == {"error"}


@pytest.mark.parametrize(
    "body",
    [*MALFORMED, {"stream": True, "stream_options": "yes"}, {"stream_options": [1]}],
    ids=["tool_calls-string", "tool_calls-number", "stream_options-string", "options-array"],
)
async def test_wrong_json_types_are_openai_400s(accounts: Accounts, fresh_mock, body) -> None:
    principal = await accounts.create(user=(100_000, None))
    await accounts.wait_limits(principal, 100_000)
    request = {"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}], **body}
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        reply = await client.post("/v1/chat/completions", json=request, headers=auth(principal))
    assert _openai_error(reply)["code"] == "invalid_type"


async def test_budgets_list_even_with_a_zero_budget_row(accounts: Accounts, acct_store) -> None:
    principal = await accounts.create()
    async with acct_store.transaction() as tx:
        tx.session.add(
            Budget(
                scope_type="key",
                scope_id=str(principal.key_id),
                budget_type="weekly",
                budget_limit=0.0,
                alert_thresholds=[50],
            )
        )
        await tx.touch("budgets")
    async with httpx.AsyncClient(base_url=accounts.url) as client:
        reply = await client.get("/v1/analytics/budgets", headers=auth(principal))
    assert reply.status_code == 200, reply.text
    [view] = reply.json()["budgets"]
    assert view["percent_used"] is None and view["budget_limit"] == 0
