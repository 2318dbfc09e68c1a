"""Security headers on management responses; /docs without any CDN."""

from __future__ import annotations

import re

import pytest

from tests.mgmt.conftest import PASSWORD, World


def _assert_hardened(response) -> None:
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-eval" not in csp and "script-src 'self' 'unsafe-inline'" not in csp


async def test_login_and_token_responses_are_never_cached(world: World) -> None:
    actor = world.actors["user"]
    ok = await world.client.post(
        "/auth/login", json={"username": actor.username, "password": PASSWORD}
    )
    refused = await world.client.post(
        "/auth/login", json={"username": actor.username, "password": "wrong-password"}
    )
    me = await world.client.get("/auth/me", headers=actor.headers)
    for response in (ok, refused, me):
        _assert_hardened(response)
        assert response.headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", ["/users", "/api-keys", "/orgs", "/healthz", "/openapi.json"])
async def test_api_responses_are_hardened(world: World, path: str) -> None:
    response = await world.client.get(path, headers=world.actors["admin"].headers)
    _assert_hardened(response)
    assert response.headers["cache-control"] == "no-store"


async def test_errors_are_hardened(world: World) -> None:
    for response in (
        await world.client.get("/users"),  # 401
        await world.client.get("/no-such-path"),  # 404
        await world.client.post("/auth/login", json={"username": 1}),  # 422
    ):
        _assert_hardened(response)


async def test_new_key_response_is_not_cached(world: World) -> None:
    created = await world.client.post(
        "/api-keys", json={"name": "k"}, headers=world.actors["user"].headers
    )
    assert created.status_code == 201 and created.headers["cache-control"] == "no-store"


async def test_docs_load_swagger_ui_from_the_package(world: World) -> None:
    docs = await world.client.get("/docs")
    assert docs.status_code == 200
    _assert_hardened(docs)
    sources = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert sources and all(s.startswith("/docs/assets/") for s in sources), sources
    assert "<script>" not in docs.text  # nothing inline: CSP script-src 'self' holds
    assert 'data-openapi-url="/openapi.json"' in docs.text
    for asset, kind in (
        ("swagger-ui-bundle.js", "javascript"),
        ("init.js", "javascript"),
        ("swagger-ui.css", "text/css"),
    ):
        response = await world.client.get(f"/docs/assets/{asset}")
        assert response.status_code == 200 and kind in response.headers["content-type"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["cache-control"].startswith("public")
    bundle = (await world.client.get("/docs/assets/swagger-ui-bundle.js")).text
    assert "SwaggerUIBundle" in bundle and 'PACKAGE_VERSION:"5.' in bundle  # OpenAPI 3.1
    assert (await world.client.get("/docs/assets/../app.py")).status_code == 404
