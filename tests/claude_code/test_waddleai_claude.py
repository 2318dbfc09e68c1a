"""`waddleai claude -p ...`: the real Claude Code, launched by the CLI, finishes a tool loop.

The CLI logs in, creates this machine's key for the admin user through the management
API, points Claude Code at the proxy and execs it; the mock upstream scripts a Bash
call. Nothing but `waddleai login` and `waddleai claude` is given to the user's shell.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.claude_code.test_claude_code import (
    CODEWORD,
    TIMEOUT_S,
    _assert_tool_loop,
    _script,
    _workspace,
)


def test_waddleai_claude_runs_a_tool_loop_with_a_key_it_created(
    claude_cli, full_gateway, fresh_mock, cli, tmp_path
):
    cli.login(full_gateway)
    home, project = _workspace(tmp_path)
    _script(fresh_mock, final_match=CODEWORD)
    env = {
        **cli.env,
        "HOME": str(home),
        "PATH": f"{Path(claude_cli).parent}{os.pathsep}{cli.env['PATH']}",
        "DISABLE_AUTOUPDATER": "1",
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
        "DISABLE_TELEMETRY": "1",
        "DISABLE_ERROR_REPORTING": "1",
    }
    env = {k: v for k, v in env.items() if not k.startswith("CLAUDE_") or "DISABLE" in k}
    env.pop("CI", None)
    command = [sys.executable, "-m", "waddleai", "claude", "--sonnet-model", "gpt-4o"]
    command += ["-p", "Run the project check, then report what it printed."]
    command += ["--allowedTools", "Bash", "--output-format", "json"]
    try:
        done = subprocess.run(
            command, cwd=project, env=env, stdin=subprocess.DEVNULL,
            capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"waddleai claude did not finish within {TIMEOUT_S} s: {exc.stderr!r}")
    assert done.returncode == 0, f"exited {done.returncode}: {done.stderr[-2000:]}"
    assert "Created API key" in done.stderr
    result = json.loads(done.stdout)
    requests = fresh_mock.requests()
    _assert_tool_loop(result, requests, "/v1/chat/completions")
    assert all(r["json"]["model"] in ("gpt-4o", "gpt-4o-mini") for r in requests)
    stored = json.loads((cli.config_home / "waddleai" / "credentials.json").read_text())
    key = stored["gateways"][full_gateway.mgmt_url]["api_key"]
    assert key.startswith("wa-") and key not in done.stdout + done.stderr
