"""`waddleai login`, `env`, `usage`, `quota`, `keys rotate` and the agent launchers.

Run against a real `waddleai serve` (SQLite store) in front of the mock upstream, as
subprocesses with their own config dir, like a user at a terminal.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import openai

from tests.cli_runner import ADMIN_PASSWORD


def _credentials(cli) -> dict:
    return json.loads((cli.config_home / "waddleai" / "credentials.json").read_text())


def _exports(output: str) -> dict[str, str]:
    lines = [line.removeprefix("export ") for line in output.splitlines() if line]
    return dict(line.split("=", 1) for line in lines)


def _status(url: str, key: str) -> int:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _mgmt(gateway, cli, method: str, path: str, body: dict | None = None) -> dict:
    token = _credentials(cli)["gateways"][gateway.mgmt_url]["token"]
    request = urllib.request.Request(
        gateway.mgmt_url + path,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method=method,
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"null")


def test_login_stores_a_private_token_and_env_creates_one_reusable_key(full_gateway, cli):
    done = cli.login(full_gateway)
    assert ADMIN_PASSWORD not in done.stdout + done.stderr
    path = cli.config_home / "waddleai" / "credentials.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    profile = _credentials(cli)["gateways"][full_gateway.mgmt_url]
    assert profile["token"] and profile["proxy_url"] == full_gateway.url
    before = {k["id"] for k in _mgmt(full_gateway, cli, "GET", "/api-keys")}

    first = cli.run("env", "--shell")
    assert first.returncode == 0, first.stderr
    exported = _exports(first.stdout)
    key = exported["ANTHROPIC_AUTH_TOKEN"]
    assert key.startswith("wa-") and exported["OPENAI_API_KEY"] == key
    assert exported["ANTHROPIC_BASE_URL"] == full_gateway.url
    assert exported["OPENAI_BASE_URL"] == full_gateway.url + "/v1"
    assert _status(full_gateway.url + "/v1/models", key) == 200

    again = cli.run("env", "--shell")
    assert _exports(again.stdout)["OPENAI_API_KEY"] == key, "the stored key is reused"
    [created] = [k for k in _mgmt(full_gateway, cli, "GET", "/api-keys") if k["id"] not in before]
    assert created["name"] == f"waddleai-cli@{socket.gethostname()}"
    assert key.startswith(created["key_prefix"])

    table = cli.run("env")
    assert table.returncode == 0 and key not in table.stdout, "masked without --shell"


def test_login_with_a_wrong_password_is_a_clear_error(full_gateway, cli):
    done = cli.run(
        "login", "--url", full_gateway.mgmt_url, "--username", "admin", "--password", "nope"
    )
    assert done.returncode == 1
    assert "invalid username or password" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (cli.config_home / "waddleai" / "credentials.json").exists()


def test_client_commands_without_a_key_say_what_to_do(cli):
    done = cli.run("usage")
    assert done.returncode == 1
    assert "waddleai login" in done.stderr and "Traceback" not in done.stderr


def test_usage_and_quota_match_known_traffic(full_gateway, fresh_mock, cli):
    """A user of its own, so traffic of other tests on this gateway does not count."""
    cli.login(full_gateway)
    name, password = f"usage-{uuid.uuid4().hex[:8]}", "usage-user-password-1"
    _mgmt(full_gateway, cli, "POST", "/users", {"username": name, "password": password})
    cli.login(full_gateway, name, password)
    key = _exports(cli.run("env", "--shell").stdout)["OPENAI_API_KEY"]
    key_id = _credentials(cli)["gateways"][full_gateway.mgmt_url]["api_key_id"]
    _mgmt(full_gateway, cli, "PATCH", f"/api-keys/{key_id}", {"token_quota_daily": 5_000_000})
    client = openai.OpenAI(base_url=full_gateway.url + "/v1", api_key=key, max_retries=0)
    sent = {"requests": 0, "input": 0, "output": 0, "waddleai": 0}
    for text in ("one", "two words", "three words here"):
        reply = client.chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
        )
        sent["requests"] += 1
        sent["input"] += reply.usage.prompt_tokens
        sent["output"] += reply.usage.completion_tokens
        sent["waddleai"] += reply.usage.model_extra["waddleai_tokens"]

    deadline = time.monotonic() + 15
    while True:  # usage records are written in batches off the request path
        body = json.loads(cli.run("usage", "--json", "--key", key).stdout)
        if body["total_waddleai_tokens"] >= sent["waddleai"] or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    [row] = [r for r in body["usage"] if r["model"] == "gpt-4o-mini"]
    assert row["requests"] == sent["requests"]
    assert row["input_tokens"] == sent["input"] and row["output_tokens"] == sent["output"]
    assert row["waddleai_tokens"] == sent["waddleai"] == body["total_waddleai_tokens"]

    table = cli.run("usage")
    assert table.returncode == 0, table.stderr
    total = next(line for line in table.stdout.splitlines() if "total" in line)
    assert f"{sent['waddleai']:,}" in total and f"{sent['input']:,}" in total

    quota = cli.run("quota")
    assert quota.returncode == 0, quota.stderr
    key_daily = next(
        line for line in quota.stdout.splitlines() if "key" in line and "daily" in line
    )
    assert "5,000,000" in key_daily
    assert f"{5_000_000 - sent['waddleai']:,}" in key_daily


def test_keys_rotate_replaces_the_stored_key(full_gateway, cli):
    cli.login(full_gateway)
    old = _exports(cli.run("env", "--shell").stdout)["OPENAI_API_KEY"]
    done = cli.run("keys", "rotate")
    assert done.returncode == 0, done.stderr
    new = _exports(cli.run("env", "--shell").stdout)["OPENAI_API_KEY"]
    assert new != old and new not in done.stdout, "the stored key is not printed"
    assert _status(full_gateway.url + "/v1/models", new) == 200
    deadline = time.monotonic() + 5
    while _status(full_gateway.url + "/v1/models", old) != 401:
        assert time.monotonic() < deadline, "the old secret still works"
        time.sleep(0.2)


def _fake_agent(folder: Path, name: str) -> Path:
    """A stand-in for `claude` / `codex` that records its arguments and environment."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    record = folder / f"{name}.json"
    script.write_text(
        f"#!{sys.executable}\n"
        "import json, os, sys\n"
        "seen = {'argv': sys.argv[1:], 'env': dict(os.environ)}\n"
        f"json.dump(seen, open({str(record)!r}, 'w'))\n"
        "sys.exit(7)\n"
    )
    script.chmod(0o755)
    return record


def test_claude_launcher_sets_the_gateway_variables(tmp_path, cli):
    record = _fake_agent(tmp_path / "bin", "claude")
    path = f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"
    done = cli.run(
        "claude", "--key", "wa-given-key-123456", "--proxy-url", "http://gw.example:8000",
        "--haiku-model", "fast", "--opus-model", "smart", "-p", "hello there", "--verbose",
        PATH=path, ANTHROPIC_API_KEY="sk-ant-personal",
    )  # fmt: skip
    assert done.returncode == 7, "exec'd: the agent's own exit status"
    seen = json.loads(record.read_text())
    assert seen["argv"] == ["-p", "hello there", "--verbose"]
    env = seen["env"]
    assert env["ANTHROPIC_BASE_URL"] == "http://gw.example:8000"
    assert env["ANTHROPIC_AUTH_TOKEN"] == "wa-given-key-123456"
    assert env["ANTHROPIC_DEFAULT_HAIKU_MODEL"] == "fast"
    assert env["ANTHROPIC_DEFAULT_OPUS_MODEL"] == "smart"
    assert "ANTHROPIC_API_KEY" not in env, "a personal Anthropic key would bypass the gateway"


def test_codex_launcher_configures_a_waddleai_provider(tmp_path, cli):
    record = _fake_agent(tmp_path / "bin", "codex")
    path = f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}"
    done = cli.run(
        "codex", "--proxy-url", "http://gw.example:8000", "--model", "gpt-4o",
        "--", "exec", "say hi", PATH=path, WADDLEAI_API_KEY="wa-env-key-654321",
    )  # fmt: skip
    assert done.returncode == 7
    seen = json.loads(record.read_text())
    assert seen["env"]["OPENAI_BASE_URL"] == "http://gw.example:8000/v1"
    assert seen["env"]["OPENAI_API_KEY"] == "wa-env-key-654321"
    argv = seen["argv"]
    assert argv[-2:] == ["exec", "say hi"]
    assert 'model_provider="waddleai"' in argv
    assert 'model_providers.waddleai.base_url="http://gw.example:8000/v1"' in argv
    assert 'model_providers.waddleai.env_key="OPENAI_API_KEY"' in argv
    assert argv[argv.index("-m") + 1] == "gpt-4o"


def test_missing_agent_says_how_to_install_it(tmp_path, cli):
    empty = tmp_path / "empty"
    empty.mkdir()
    done = cli.run("claude", "--key", "wa-k-12345678", "-p", "hi", PATH=str(empty))
    assert done.returncode == 127
    assert "npm install -g @anthropic-ai/claude-code" in done.stderr.replace("\n", " ")


def test_a_revoked_stored_key_is_replaced(full_gateway, cli):
    cli.login(full_gateway)
    old = _exports(cli.run("env", "--shell").stdout)["OPENAI_API_KEY"]
    key_id = _credentials(cli)["gateways"][full_gateway.mgmt_url]["api_key_id"]
    token = _credentials(cli)["gateways"][full_gateway.mgmt_url]["token"]
    request = urllib.request.Request(
        f"{full_gateway.mgmt_url}/api-keys/{key_id}",
        headers={"Authorization": f"Bearer {token}"},
        method="DELETE",
    )
    urllib.request.urlopen(request, timeout=10).close()
    deadline = time.monotonic() + 5
    while _status(full_gateway.url + "/v1/models", old) != 401:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    done = cli.run("env", "--shell")
    assert done.returncode == 0 and "no longer accepted" in done.stderr
    new = _exports(done.stdout)["OPENAI_API_KEY"]
    assert new != old and _status(full_gateway.url + "/v1/models", new) == 200


def test_chat_refuses_a_bad_memory_session_id(cli):
    done = cli.run("chat", "--key", "wa-k-12345678", "--memory", "not ok\r\nX-Evil: 1")
    assert done.returncode == 2 and "--memory" in done.stderr
