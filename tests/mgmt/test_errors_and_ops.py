"""Error shape everywhere, input bounds, health, metrics and the OpenAPI document."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI

from tests.mgmt.conftest import World, unique


def _assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"message", "type", "code"} <= set(body["error"])
    if code:
        assert body["error"]["code"] == code
    return body["error"]


async def test_unknown_route_and_wrong_method(world: World) -> None:
    _assert_error(await world.client.get("/no/such/thing"), 404, "not_found")
    _assert_error(await world.client.put("/orgs"), 405, "method_not_allowed")


async def test_invalid_json_and_validation_errors(world: World) -> None:
    admin = world.actors["admin"].headers
    bad_json = await world.client.post(
        "/orgs", content=b"{not json", headers={**admin, "Content-Type": "application/json"}
    )
    _assert_error(bad_json, 400, "invalid_json")
    error = _assert_error(await world.client.post("/orgs", json={"name": 5}, headers=admin), 422)
    assert error["code"] == "validation_error" and error["details"][0]["loc"] == ["body", "name"]
    assert error["type"] == "invalid_request_error"


@pytest.mark.parametrize(
    "body",
    [
        {"name": "nul\x00byte"},
        {"name": "lone \ud800 surrogate"},
        {"name": "x" * 201},
        {"name": "   "},
        {"name": "q", "token_quota_daily": 2**63},
        {"name": "q", "token_quota_daily": -1},
        {"name": "q", "extra_field": 1},
    ],
)
async def test_org_input_bounds(world: World, body: dict) -> None:
    admin = world.actors["admin"].headers
    content = json.dumps(body).encode()  # keeps lone surrogates as \\ud800 escapes
    response = await world.client.post(
        "/orgs", content=content, headers={**admin, "Content-Type": "application/json"}
    )
    _assert_error(response, 422)


@pytest.mark.parametrize("path", ["/users/0", "/users/-1", f"/users/{2**40}", "/orgs/abc"])
async def test_path_ids_are_bounded(world: World, path: str) -> None:
    _assert_error(await world.client.get(path, headers=world.actors["admin"].headers), 422)


async def test_conflicts(world: World) -> None:
    admin = world.actors["admin"].headers
    name = unique("dup")
    assert (await world.client.post("/orgs", json={"name": name}, headers=admin)).status_code == 201
    _assert_error(await world.client.post("/orgs", json={"name": name}, headers=admin), 409)
    username = world.actors["user"].username
    body = {"username": username, "password": "password-123"}
    _assert_error(await world.client.post("/users", json=body, headers=admin), 409, "user_exists")


async def test_weak_password_and_unknown_org(world: World) -> None:
    admin = world.actors["admin"].headers
    weak = {"username": unique("w"), "password": "short"}
    _assert_error(await world.client.post("/users", json=weak, headers=admin), 422)
    ghost_org = {"username": unique("w"), "password": "password-123", "org_ids": [2**31 - 1]}
    _assert_error(await world.client.post("/users", json=ghost_org, headers=admin), 404)


async def test_health_and_metrics(world: World) -> None:
    health = await world.client.get("/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    metrics = await world.client.get("/metrics")
    assert metrics.status_code == 200
    assert metrics.headers["content-type"].startswith("text/plain")
    assert "waddleai_mgmt_requests_total" in metrics.text
    assert 'route="/healthz"' in metrics.text


async def test_openapi_documents_error_shape_not_detail(world: World, mgmt_app: FastAPI) -> None:
    spec = mgmt_app.openapi()
    text = json.dumps(spec)
    assert "HTTPValidationError" not in text and '"detail"' not in text
    assert "ErrorOut" in spec["components"]["schemas"]
    assert spec["paths"]["/api-keys"]["post"]["responses"]["422"]["content"]
    docs = await world.client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
