"""The real Claude Code CLI through the gateway to the mock upstream, tool loop included.

The mock is scripted to ask for Claude Code's `Bash` tool; Claude Code runs the command,
sends the result back, and must finish with the mock's final answer. That exercises what
Claude Code really sends (Bearer auth, `?beta=true`, a dozen `anthropic-beta` flags, 64000
`max_tokens`, adaptive thinking, a mid-conversation `system` message, two dozen tools)
and what it needs back (Anthropic's stream grammar, `input_json_delta`, `tool_use`).

Matching. Claude Code may send side requests (quota checks, titles) that must not eat
the scripted tool call. Only the main agent loop carries the project's CLAUDE.md (in its
first user message), so the scripted replies match a codeword written there.
"""

from __future__ import annotations

import json
import os
import subprocess
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CLIENT_KEY

CODEWORD = "WADDLE-CODEWORD-PELICAN"
FINAL = "The check printed waddle-42. FINAL-MARKER-7f3a"
COMMAND = "echo waddle-$((6*7))"
TIMEOUT_S = 120


def _workspace(tmp_path: Path) -> tuple[Path, Path]:
    """A HOME that has done onboarding and a project whose CLAUDE.md holds the codeword."""
    home, project = tmp_path / "home", tmp_path / "project"
    home.mkdir()
    project.mkdir()
    (home / ".claude.json").write_text(json.dumps({"hasCompletedOnboarding": True}))
    (project / "CLAUDE.md").write_text(f"The project codeword is {CODEWORD}.\n")
    return home, project


def _environment(home: Path, base_url: str) -> dict[str, str]:
    """Claude Code pointed at the gateway, with everything that would call Anthropic off."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("ANTHROPIC_", "CLAUDE_", "OPENAI_")) and k != "CI"
    }
    env.update(
        HOME=str(home),
        ANTHROPIC_BASE_URL=base_url,
        ANTHROPIC_AUTH_TOKEN=CLIENT_KEY,
        DISABLE_AUTOUPDATER="1",
        CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC="1",
        DISABLE_TELEMETRY="1",
        DISABLE_ERROR_REPORTING="1",
    )
    return env


def _run_claude(claude: str, tmp_path: Path, base_url: str, model: str | None) -> dict[str, Any]:
    home, project = _workspace(tmp_path)
    command = [claude, "-p", "Run the project check, then report what it printed."]
    command += ["--allowedTools", "Bash", "--output-format", "json"]
    if model:
        command += ["--model", model]
    try:
        done = subprocess.run(
            command,
            cwd=project,
            env=_environment(home, base_url),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"claude did not finish within {TIMEOUT_S} s; stderr: {exc.stderr!r}")
    assert done.returncode == 0, f"claude exited {done.returncode}: {done.stderr[-2000:]}"
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"claude printed no JSON result: {done.stdout[-2000:]!r}")


def _security_marks(gateway) -> float:
    """Blocks + flags the gateway's security scanning has counted so far (its /metrics)."""
    with urllib.request.urlopen(f"{gateway.url}/metrics", timeout=10) as reply:
        text = reply.read().decode()
    total = 0.0
    for line in text.splitlines():
        if line.startswith(("waddleai_security_blocks_total{", "waddleai_security_flags_total{")):
            total += float(line.rsplit(" ", 1)[1])
    return total


def _script(mock, final_match: str) -> None:
    tool_call = {
        "id": "toolu_01WaddleBash",
        "name": "Bash",
        "arguments": {"command": COMMAND, "description": "Run the project check"},
    }
    mock.script(
        [
            {"match": CODEWORD, "tool_calls": [tool_call]},
            {"match": final_match, "text": FINAL},
        ]
    )


def _tool_results(request: dict[str, Any]) -> list[str]:
    """Tool-result texts in an upstream request, in either API's shape."""
    out = []
    for message in request["json"].get("messages") or []:
        if message.get("role") == "tool":
            out.append(str(message.get("content")))
        elif isinstance(message.get("content"), list):
            for block in message["content"]:
                if isinstance(block, dict) and block.get("type") == "tool_result":
                    out.append(json.dumps(block.get("content")))
    return out


def _assert_tool_loop(result: dict[str, Any], requests: list[dict[str, Any]], path: str) -> None:
    assert result["is_error"] is False and result["subtype"] == "success", result
    assert FINAL in result["result"]
    main = [r for r in requests if CODEWORD in json.dumps(r["json"].get("messages"))]
    assert len(main) == 2, [(r["path"], (r["json"] or {}).get("model")) for r in requests]
    assert all(r["path"] == path for r in main)
    first_tools = [t.get("name") or t["function"]["name"] for t in main[0]["json"]["tools"]]
    assert "Bash" in first_tools
    results = _tool_results(main[1])
    assert any("waddle-42" in text for text in results), results
    assert COMMAND in json.dumps(main[1]["json"]["messages"]), "the tool call is in history"


def test_claude_code_runs_a_tool_through_an_openai_upstream(
    claude_cli, gateway, fresh_mock, tmp_path
):
    """Claude Code's default model maps to a tier on an OpenAI-format upstream: translation."""
    _script(fresh_mock, final_match=CODEWORD)  # OpenAI tool results are not user text
    marks = _security_marks(gateway)
    result = _run_claude(claude_cli, tmp_path, gateway.url, model=None)
    assert _security_marks(gateway) == marks, "Claude Code's own traffic was blocked or flagged"
    requests = fresh_mock.requests()
    _assert_tool_loop(result, requests, "/v1/chat/completions")
    sent = requests[-1]["json"]
    assert sent["model"] in ("gpt-4o", "gpt-4o-mini")
    assert sent["max_tokens"] <= 16384, "Claude Code's 64000 is clamped to the model's limit"
    assert 0 < len(sent["user"]) <= 64, "OpenAI rejects a longer `user` (metadata.user_id)"


def test_claude_code_through_an_anthropic_upstream_under_the_anthropic_prefix(
    claude_cli, gateway, fresh_mock, tmp_path
):
    """`smart` is an Anthropic-format provider: the request is passed through unchanged."""
    _script(fresh_mock, final_match="waddle-42")  # the tool_result is the last user turn
    marks = _security_marks(gateway)
    result = _run_claude(claude_cli, tmp_path, gateway.url + "/anthropic", model="smart")
    assert _security_marks(gateway) == marks, "Claude Code's own traffic was blocked or flagged"
    requests = fresh_mock.requests()
    _assert_tool_loop(result, requests, "/v1/messages")
    main = requests[-1]
    assert main["json"]["model"] == "claude-sonnet-4-20250514"
    assert "claude-code-20250219" in main["headers"]["anthropic-beta"]
    assert main["headers"]["x-api-key"] == "sk-ant-mock-upstream-secret-5678"
