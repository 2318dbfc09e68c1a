"""Every number the management API takes is bounded, typed strictly, and documented.

The bounds come from waddleai.config.bounds; the OpenAPI document must state each rule
the server enforces (schemathesis generates from it), and nothing out of range may reach
the database (where it used to be a 500: OverflowError on SQLite, int64 on PostgreSQL).
"""

from __future__ import annotations

import pytest

from tests.mgmt.conftest import World, unique
from waddleai.config.bounds import MAX_QUOTA_TOKENS


def _error(response, status: int = 422) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and {"message", "type", "code"} <= set(body["error"]), body
    return body["error"]


BAD_QUOTAS = [2**63, 10**30, MAX_QUOTA_TOKENS + 1, -1, False, True, "5", 1.5]


@pytest.mark.parametrize("value", BAD_QUOTAS, ids=repr)
async def test_user_quota_out_of_range_or_not_an_integer_is_refused(world: World, value) -> None:
    admin = world.actors["admin"].headers
    target = world.actors["user"].user_id
    reply = await world.client.post(
        f"/analytics/quotas/{target}", json={"monthly_limit": value}, headers=admin
    )
    error = _error(reply)
    assert error["details"][0]["loc"] == ["body", "monthly_limit"]
    quotas = (await world.client.get("/analytics/quotas", headers=admin)).json()["quotas"]
    [row] = [q for q in quotas if q["user_id"] == target]
    assert row["monthly_limit"] is None, "nothing was written"


async def test_user_quota_rejects_unknown_fields_and_accepts_the_bounds(world: World) -> None:
    admin = world.actors["admin"].headers
    target = world.actors["reporter"].user_id
    path = f"/analytics/quotas/{target}"
    _error(await world.client.post(path, json={"monthly_limt": 5}, headers=admin))
    ok = await world.client.post(
        path, json={"daily_limit": 0, "monthly_limit": MAX_QUOTA_TOKENS}, headers=admin
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["monthly_limit"] == MAX_QUOTA_TOKENS
    cleared = await world.client.post(path, json={"daily_limit": None}, headers=admin)
    assert cleared.json()["daily_limit"] is None


@pytest.mark.parametrize("field", ["token_quota_daily", "token_quota_monthly"])
@pytest.mark.parametrize("value", [2**63, MAX_QUOTA_TOKENS + 1, False, "7"], ids=repr)
async def test_org_and_key_quotas_are_bounded(world: World, field: str, value) -> None:
    admin = world.actors["admin"].headers
    _error(
        await world.client.post("/orgs", json={"name": unique("o"), field: value}, headers=admin)
    )
    _error(await world.client.patch(f"/orgs/{world.org_a}", json={field: value}, headers=admin))
    key = await world.client.post("/api-keys", json={"name": unique("k")}, headers=admin)
    assert key.status_code == 201, key.text
    patch = f"/api-keys/{key.json()['id']}"
    _error(await world.client.patch(patch, json={field: value}, headers=admin))
    assert (await world.client.get(patch, headers=admin)).json()[field] is None


@pytest.mark.parametrize(
    "body",
    [
        {"expires_days": True},
        {"expires_days": "30"},
        {"permissions": {"rate_limit": 10**9}},
        {"permissions": {"rate_limit": 60.5}},
        {"permissions": {"rate_limit": "60"}},
        {"name": "  \u3000 "},
    ],
    ids=repr,
)
async def test_key_numbers_are_strict(world: World, body: dict) -> None:
    _error(await world.client.post("/api-keys", json=body, headers=world.actors["admin"].headers))


@pytest.mark.parametrize("days", ["9" * 5000, "0", "367", "²", "1e3", "-1"])
async def test_days_is_bounded(world: World, days: str) -> None:
    reply = await world.client.get(
        "/analytics/usage", params={"days": days}, headers=world.actors["admin"].headers
    )
    assert _error(reply)["details"][0]["loc"] == ["query", "days"]


async def test_blank_names_are_refused_with_a_readable_message(world: World) -> None:
    reply = await world.client.post(
        "/orgs", json={"name": " \t\x1c"}, headers=world.actors["admin"].headers
    )
    assert _error(reply)["message"] == (
        "name: must not be empty or blank (nor contain NUL characters)"
    )


async def test_openapi_states_the_rules(world: World) -> None:
    spec = (await world.client.get("/openapi.json")).json()
    schemas = spec["components"]["schemas"]
    quota = schemas["QuotaIn"]
    assert quota["additionalProperties"] is False
    [limit] = [s for s in quota["properties"]["monthly_limit"]["anyOf"] if "type" in s][:1]
    assert (limit["type"], limit["minimum"], limit["maximum"]) == ("integer", 0, MAX_QUOTA_TOKENS)
    name = schemas["OrgIn"]["properties"]["name"]
    assert name["minLength"] == 1 and "pattern" in name
    for path in ("/analytics/usage", "/analytics/system", "/analytics/quotas"):
        content = spec["paths"][path]["get"]["responses"]["200"]["content"]
        assert {"application/json", "text/csv"} <= set(content), path


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/users/1", {"GET", "HEAD", "PATCH", "DELETE"}),
        ("DELETE", "/orgs", {"GET", "HEAD", "POST"}),
        ("POST", "/analytics/usage", {"GET", "HEAD"}),
    ],
)
async def test_405_names_every_allowed_method(world: World, method, path, allowed) -> None:
    reply = await world.client.request(method, path, headers=world.actors["admin"].headers)
    assert _error(reply, 405)["code"] == "method_not_allowed"
    assert {m.strip() for m in reply.headers["allow"].split(",")} == allowed
