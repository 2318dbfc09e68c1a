"""The portal in a real browser against a real gateway: what an admin, a plain user and
a reporter can see and do, with JavaScript and without. Saves the README screenshots."""

from __future__ import annotations

import re
import time

import httpx
import openai
import pytest

try:
    from playwright.sync_api import expect
except ImportError:  # the browser fixture skips (fails under CI=true) with the reason
    expect = None

from tests.portal.conftest import ADMIN_PASSWORD, log_in, shot

MODEL = "gpt-4o-mini"
USER_PASSWORD = "plain-user-pass-1"
pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    tab = context.new_page()
    yield tab
    context.close()


def ask(gateway, key: str, text: str = "hello", **options) -> str:
    client = openai.OpenAI(base_url=gateway.proxy + "/v1", api_key=key, max_retries=0)
    reply = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": text}], **options
    )
    return reply.choices[0].message.content or ""


def reload_until(page, url: str, text: str, timeout: float = 10.0) -> None:
    """Usage is written in batches off the request path: reload until it shows."""
    deadline = time.monotonic() + timeout
    while True:
        page.goto(url)
        if text in page.inner_text("main"):
            return
        assert time.monotonic() < deadline, f"{text!r} never appeared on {url}"
        time.sleep(0.3)


def create_key(page, gateway, name: str) -> str:
    page.goto(gateway.portal + "/keys")
    page.fill("form[action='/portal/keys'] input[name=name]", name)
    page.click("form[action='/portal/keys'] button[type=submit]")
    raw = page.locator("#new-key").input_value()
    assert raw.startswith("wa-")
    return raw


def test_admin_creates_a_key_uses_it_and_revokes_it(page, gateway):
    page.goto(gateway.portal + "/")
    assert "/portal/login" in page.url
    shot(page, "login")
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    assert page.inner_text("h1") == "Dashboard"

    raw = create_key(page, gateway, "portal-e2e")
    assert "shown only once" in page.inner_text("#created-key")
    shot(page, "keys")
    page.goto(gateway.portal + "/keys")
    assert raw not in page.content()
    assert "portal-e2e" in page.inner_text("main")

    assert ask(gateway, raw)
    reload_until(page, gateway.portal + "/requests", MODEL)
    row = page.locator("#request-rows tr").first.inner_text()
    assert "portal-e2e" in row and "200" in row
    shot(page, "requests")
    reload_until(page, gateway.portal + "/usage?period=today&group=model", MODEL)
    assert "openai" in page.inner_text("#usage-table")
    shot(page, "usage")
    csv = page.request.get(gateway.portal + "/usage.csv?period=today&group=model").text()
    assert csv.splitlines()[0].startswith("provider,model,requests") and MODEL in csv

    page.goto(gateway.portal + "/")
    assert page.locator(".tile .figure").nth(1).inner_text() == "1"  # requests today
    shot(page, "dashboard")

    page.goto(gateway.portal + "/playground")
    page.wait_for_function("document.querySelector('#pg-key').value.startsWith('wa-')")
    page.fill("#pg-model", MODEL)
    page.fill("#pg-message", "Say something")
    page.click("#pg-send")
    answer = page.locator(".msg.assistant[data-done]")
    answer.wait_for(timeout=15000)
    assert answer.inner_text().strip() and "Error" not in answer.inner_text()
    shot(page, "playground")

    page.goto(gateway.portal + "/keys")
    page.on("dialog", lambda dialog: dialog.accept())
    row = page.locator("tr", has_text="portal-e2e")
    row.locator("form[action$='/revoke'] button").click()
    page.wait_for_selector(".notice")
    revoked_at = time.monotonic()
    while True:
        status = httpx.post(
            gateway.proxy + "/v1/chat/completions",
            headers={"Authorization": f"Bearer {raw}"},
            json={"model": MODEL, "messages": [{"role": "user", "content": "hi"}]},
        ).status_code
        if status == 401:
            break
        assert time.monotonic() - revoked_at < 1.0, "the proxy still accepts the revoked key"
        time.sleep(0.05)
    assert "portal-e2e" not in page.inner_text("main")


def test_admin_manages_orgs_users_providers_and_security(page, gateway, mock):
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    for name in ("Org A", "Org B"):
        page.goto(gateway.portal + "/orgs")
        page.fill("form[action='/portal/orgs'] input[name=name]", name)
        page.click("form[action='/portal/orgs'] button[type=submit]")
        expect(page.locator(".notice")).to_contain_text("organization was created")
    for username, role in (("plain-user", "user"), ("reporter-a", "reporter")):
        page.goto(gateway.portal + "/users")
        form = page.locator("form[action='/portal/users']")
        form.locator("input[name=username]").fill(username)
        form.locator("input[name=password]").fill(USER_PASSWORD)
        form.locator("select[name=role]").select_option(role)
        form.locator("label", has_text="Org A").locator("input").check()
        form.locator("button[type=submit]").click()
        expect(page.locator(".notice")).to_contain_text("user was created")
    assert "plain-user" in page.inner_text("main") and "reporter" in page.inner_text("main")
    shot(page, "users")

    form = page.locator("form[action='/portal/users']")  # a mistake is shown on the page
    form.locator("input[name=username]").fill("plain-user")
    form.locator("input[name=password]").fill(USER_PASSWORD)
    form.locator("button[type=submit]").click()
    expect(page.locator(".error")).to_contain_text("already exists")

    page.goto(gateway.portal + "/providers")
    form = page.locator("form[action='/portal/providers']")
    form.locator("input[name=name]").fill("mock-link")
    form.locator("input[name=endpoint_url]").fill(mock.openai_base_url)
    form.locator("input[name=api_key]").fill("sk-mock-secret")
    form.locator("button[type=submit]").click()
    expect(page.locator(".notice")).to_contain_text("provider was added")
    assert "sk-mock-secret" not in page.content()
    page.locator("tr", has_text="mock-link").locator("form[action$='/test'] button").click()
    result = page.locator("[data-test-result]")
    result.wait_for()
    assert result.inner_text().startswith("reachable")
    shot(page, "providers")

    page.goto(gateway.portal + "/security")
    page.select_option("select[name=policy]", "strict")
    page.click("form[action='/portal/security'] button[type=submit]")
    expect(page.locator(".notice")).to_contain_text("settings were saved")
    assert page.locator("select[name=policy]").input_value() == "strict"
    page.goto(gateway.portal + "/audit")
    audit = page.inner_text("main")
    assert "api_key.revoke" in audit and "user.create" in audit and "security.update" in audit


def test_plain_user_sees_only_their_own_keys_and_usage(page, gateway):
    log_in(page, gateway, "plain-user", USER_PASSWORD)
    nav = page.inner_text("nav")
    assert "API keys" in nav and "Usage" in nav
    for hidden in ("Users", "Providers", "Security", "Audit log"):
        assert hidden not in nav
    page.goto(gateway.portal + "/keys")
    assert "No keys yet" in page.inner_text("main")
    raw = create_key(page, gateway, "mine")
    budget = {"budget_type": "daily", "budget_limit": 1e-4, "alert_thresholds": [1]}
    created = httpx.post(
        gateway.proxy + "/v1/analytics/budgets",
        headers={"Authorization": f"Bearer {raw}"},
        json={**budget, "scope": "key"},
    )
    assert created.status_code == 201, created.text
    ask(gateway, raw, max_tokens=1)  # the reservation must fit the tiny budget
    reload_until(page, gateway.portal + "/requests", MODEL)
    rows = page.locator("#request-rows tr").all_inner_texts()
    assert len(rows) == 1 and "mine" in rows[0]
    assert "portal-e2e" not in page.inner_text("main")
    page.goto(gateway.portal + "/usage?period=today&group=key")
    assert "mine" in page.inner_text("#usage-table")
    reload_until(page, gateway.portal + "/usage?period=today&group=key", ": 1%")  # the alert
    budgets = page.locator("section", has_text="Budgets").inner_text()
    assert "daily" in budgets and "key" in budgets
    assert "portal-e2e" not in page.inner_text("main")
    for admin_page in ("/providers", "/users", "/security", "/audit"):
        response = page.goto(gateway.portal + admin_page)
        assert response.status == 403, admin_page
        assert "Not allowed" in page.inner_text("h1")


def test_reporter_sees_only_their_orgs(page, gateway):
    log_in(page, gateway, "reporter-a", USER_PASSWORD)
    page.goto(gateway.portal + "/orgs")
    listed = page.inner_text("main")
    assert "Org A" in listed and "Org B" not in listed
    page.goto(gateway.portal + "/usage?period=today&group=user")
    assert "plain-user" in page.inner_text("#usage-table")  # a member of Org A
    assert "admin" not in page.inner_text("#usage-table")  # the admin is in no org
    assert page.goto(gateway.portal + "/users").status == 403


def test_forms_work_without_javascript(browser, gateway):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    raw = create_key(page, gateway, "no-js")
    page.locator("tr", has_text="no-js").locator("form[action$='/revoke'] button").click()
    expect(page.locator(".notice")).to_contain_text("was revoked")
    raw = create_key(page, gateway, "no-js-2")
    page.locator("tr", has_text="no-js-2").locator("form[action$='/rotate'] button").click()
    page.wait_for_url(re.compile(r".*/rotate$"))
    rotated = page.locator("#new-key").input_value()
    assert rotated.startswith("wa-") and rotated != raw
    page.goto(gateway.portal + "/playground")
    page.fill("#pg-key", rotated)
    page.fill("#pg-model", MODEL)
    page.fill("#pg-message", "Hello without scripts")
    page.click("#pg-send")
    assert page.locator(".msg.assistant").inner_text().strip() != "assistant"
    page.fill("#pg-key", raw)  # the secret before rotation no longer works
    page.fill("#pg-message", "again")
    page.click("#pg-send")
    expect(page.locator(".error")).to_contain_text("not one of your live API keys")
    context.close()


def test_admin_sets_quotas_and_disables_a_user(page, gateway):
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    page.goto(gateway.portal + "/users")
    form = page.locator("form[action='/portal/users']")
    form.locator("input[name=username]").fill("short-lived")
    form.locator("input[name=password]").fill(USER_PASSWORD)
    form.locator("button[type=submit]").click()
    page.locator("tr", has_text="short-lived").locator("a", has_text="Edit").click()
    page.fill("input[name=daily_limit]", "12345")
    page.click("form[action$='/quota'] button")
    expect(page.locator(".notice")).to_contain_text("quota was updated")
    assert page.locator("input[name=daily_limit]").input_value() == "12345"
    page.uncheck("input[name=enabled]")
    page.locator("form", has=page.locator("input[name=enabled_shown]")).locator("button").click()
    expect(page.locator(".notice")).to_contain_text("user was updated")
    page.goto(gateway.portal + "/users")
    row = page.locator("tr", has_text="short-lived").inner_text()
    assert "disabled" in row and "12,345" in row
    page.click("text=Log out")
    expect(page.locator(".notice")).to_contain_text("logged out")
    page.fill("input[name=username]", "short-lived")
    page.fill("input[name=password]", USER_PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator(".error")).to_contain_text("Invalid username or password")


def test_logout_ends_the_session(page, gateway):
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    cookie = next(c for c in page.context.cookies() if c["name"] == "waddleai_session")
    assert cookie["httpOnly"] and cookie["sameSite"] in ("Strict", "Lax")
    page.click("text=Log out")
    page.wait_for_url(re.compile(r".*/portal/login.*"))
    expect(page.locator(".notice")).to_contain_text("logged out")
    page.context.add_cookies([cookie])  # the old cookie is revoked, not just forgotten
    page.goto(gateway.portal + "/keys")
    assert "/portal/login" in page.url


def test_a_form_from_elsewhere_is_refused(page, gateway):
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    headers = page.goto(gateway.portal + "/keys").headers
    assert headers["x-frame-options"] == "DENY" and headers["cache-control"] == "no-store"
    status = page.request.post(gateway.portal + "/keys", form={"name": "forged"}).status
    assert status == 403
    page.goto(gateway.portal + "/keys")
    assert "forged" not in page.inner_text("main")


def test_phone_layout(browser, gateway):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    log_in(page, gateway, "admin", ADMIN_PASSWORD)
    assert not page.locator("nav").is_visible()
    page.click(".menu-button")
    assert page.locator("nav a", has_text="API keys").is_visible()
    page.click(".menu-button")
    for path in ("/", "/keys", "/usage", "/requests", "/playground"):
        page.goto(gateway.portal + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path  # no sideways
    page.goto(gateway.portal + "/")
    shot(page, "dashboard-phone")
    context.close()


def test_repeated_failed_logins_are_throttled(page, gateway):
    """The API's throttle: wrong passwords, then a wait before the next attempt."""
    errors = []
    for _ in range(12):  # 5 failures lock the name; from the 3rd on, each adds a wait
        page.goto(gateway.portal + "/login")
        page.fill("input[name=username]", "nobody-here")
        page.fill("input[name=password]", "wrong-password")
        page.click("button[type=submit]")
        errors.append(page.inner_text(".error"))
        if errors[-1].startswith("Too many failed logins. Try again in"):
            break
    assert errors[0] == "Invalid username or password."
    assert errors[-1].startswith("Too many failed logins. Try again in"), errors
