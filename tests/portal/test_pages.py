"""Every portal page in process (ASGI) on SQLite and PostgreSQL: pages render with usage
in the store, and bad input or a refused action is a page, never JSON or a trace."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import insert

from tests.store.fixtures import (  # noqa: F401
    _cheap_password_hashing,
    backend,
    bootstrapped,
    databases,
    store,
    store_settings,
)
from waddleai.mgmt import create_mgmt_app
from waddleai.portal.forms import Form, describe
from waddleai.store.identity import SYSTEM, create_user
from waddleai.store.usage_models import UsageDaily, UsageRecord

PASSWORD = "pages-password-1"
PAGES = [
    "/portal/", "/portal/keys", "/portal/users", "/portal/orgs", "/portal/providers",
    "/portal/usage", "/portal/usage?period=90d&group=model", "/portal/usage?group=user",
    "/portal/usage?group=key", "/portal/usage?group=org", "/portal/requests",
    "/portal/requests?status=error&model=m1", "/portal/requests?before=2", "/portal/security",
    "/portal/audit", "/portal/playground",
]  # fmt: skip


@pytest.fixture(scope="module")
async def portal(store, store_settings):  # noqa: F811
    async with store.transaction() as tx:
        org = await tx.orgs.create(name=f"pages-{store_settings.redis_prefix}-{id(tx)}")
        user = await create_user(
            tx, SYSTEM, username=f"pages-admin-{id(tx)}", password=PASSWORD, role="admin",
            org_ids=[org.id],
        )  # fmt: skip
        now = datetime.now(UTC)
        row = {"user_id": user.id, "key_id": "1", "org_id": org.id, "provider": "p1"}
        row |= {"model": "m1", "input_tokens": 3, "output_tokens": 4, "cached_tokens": 0}
        row |= {"waddleai_tokens": 5, "cost_usd": 0.00005}
        await tx.session.execute(
            insert(UsageRecord),
            [{**row, "request_id": f"r{i}", "at": now, "api": "openai", "requested_model": "m1",
              "latency_ms": 12.0, "status": 500 if i else 200, "stream": False,
              "estimated": False} for i in range(3)],
        )  # fmt: skip
        await tx.session.execute(
            insert(UsageDaily), [{**row, "day": now.date(), "requests": 3, "errors": 2}]
        )
    app = create_mgmt_app(store_settings, store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as client:
        form = await client.get("/portal/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        done = await client.post(
            "/portal/login",
            data={"csrf_token": token, "username": user.username, "password": PASSWORD},
        )
        assert done.status_code == 303 and done.headers["location"] == "/portal/"
        yield client


@pytest.mark.parametrize("path", PAGES)
async def test_every_page_renders(portal, path):
    response = await portal.get(path)
    assert response.status_code == 200, response.text[:2000]
    assert response.headers["content-type"].startswith("text/html")
    assert "Traceback" not in response.text and 'class="error"' not in response.text


async def test_pages_show_the_stored_usage(portal):
    requests = (await portal.get("/portal/requests?status=error")).text
    assert requests.count('<td class="bad">500</td>') == 2
    usage = (await portal.get("/portal/usage?group=model")).text
    assert "m1" in usage and "p1" in usage
    csv = (await portal.get("/portal/usage.csv?group=model&period=today")).text
    assert csv.splitlines()[1].startswith("p1,m1,3,2,")


@pytest.mark.parametrize(
    ("path", "status", "text"),
    [
        ("/portal/requests?before=abc", 422, "Invalid before"),
        ("/portal/usage?period=forever", 422, "Invalid period"),
        ("/portal/keys/99999999/revoke", 405, "does not accept"),
        ("/portal/no-such-page", 404, "no such page"),
        ("/portal/users/2147483647", 404, "user not found"),
    ],
)
async def test_bad_requests_are_pages(portal, path, status, text):
    response = await portal.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert text in response.text


async def test_a_post_without_the_session_token_is_refused(portal):
    response = await portal.post("/portal/orgs", data={"name": "forged-org"})
    assert response.status_code == 403 and "expired" in response.text
    assert "forged-org" not in (await portal.get("/portal/orgs")).text


async def test_root_redirects_to_the_portal_and_the_api_keeps_its_paths(portal):
    assert (await portal.get("/")).headers["location"] == "/portal/"
    assert (await portal.get("/healthz")).status_code == 200
    assert (await portal.get("/users")).json()["error"]["code"] == "unauthorized"


def test_form_errors_read_as_sentences():
    from waddleai.mgmt.schemas import UserIn

    with pytest.raises(Exception) as caught:
        UserIn(username="bob", password="short")
    assert describe(caught.value) == "password: must be at least 8 characters"
    assert Form([("a", " 1,000 ")]).optional_int("a") == 1000
