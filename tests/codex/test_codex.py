"""The real Codex CLI (`codex exec`) through the gateway, running a shell command.

Codex speaks only the Responses API. It is pointed at the gateway as a custom model
provider (`wire_api = "responses"`); the mock is scripted to call Codex's own shell tool
(`exec_command`), Codex runs it, sends the output back as a `function_call_output`, and
must finish with the mock's final answer. Codex's default tool list includes the hosted
`web_search`, which only OpenAI can run: the gateway refuses it (tested in
tests/responses), so the config turns it off, as a user of a non-OpenAI model must.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CLIENT_KEY

CODEWORD = "WADDLE-CODEWORD-PUFFIN"
COMMAND = "echo waddle-$((6*7)) > proof.txt && cat proof.txt"
FINAL = "The check printed waddle-42. FINAL-MARKER-c0d3"
TIMEOUT_S = 120


def _config(home: Path, base_url: str, websocket: bool) -> None:
    (home / "config.toml").write_text(
        f"""
model_provider = "waddleai"
web_search = "disabled"
check_for_update_on_startup = false

[model_providers.waddleai]
name = "WaddleAI"
base_url = "{base_url}/v1"
env_key = "WADDLEAI_API_KEY"
wire_api = "responses"
supports_websockets = {"true" if websocket else "false"}
""",
        encoding="utf-8",
    )


def _run_codex(
    codex: str, tmp_path: Path, base_url: str, model: str, websocket: bool
) -> tuple[str, float]:
    """Codex's output (stdout + stderr) and its wall time."""
    home, project = tmp_path / "codex-home", tmp_path / "project"
    home.mkdir()
    project.mkdir()
    _config(home, base_url, websocket)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "CODEX_"))}
    env.update(CODEX_HOME=str(home), HOME=str(tmp_path), WADDLEAI_API_KEY=CLIENT_KEY)
    prompt = f"{CODEWORD}: run the project check and report what it printed."
    command = [codex, "exec", "--skip-git-repo-check", "--model", model]
    command += ["--dangerously-bypass-approvals-and-sandbox", prompt]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command,
            cwd=project,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"codex did not finish within {TIMEOUT_S} s; stderr: {exc.stderr!r}")
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, f"codex exited {done.returncode}: {done.stderr[-3000:]}"
    assert (project / "proof.txt").read_text().strip() == "waddle-42"
    return done.stdout + done.stderr, elapsed


def _outputs(request: dict[str, Any]) -> str:
    return json.dumps(request["json"], ensure_ascii=False)


@pytest.mark.parametrize("transport", ["http", "websocket"])
@pytest.mark.parametrize(
    ("model", "path", "final_match"),
    [
        ("gpt-4o", "/v1/chat/completions", CODEWORD),  # chat tool results are no user text
        ("smart", "/v1/messages", "waddle-42"),  # Anthropic's tool_result is the user turn
    ],
)
def test_codex_exec_runs_a_shell_command(
    codex_cli,
    responses_gateway,
    upstream,
    tmp_path,
    model,
    path,
    final_match,
    transport,
    record_property,
):
    call = {"id": "call_codex_shell_1", "name": "exec_command", "arguments": {"cmd": COMMAND}}
    upstream.script(
        [
            {"match": CODEWORD, "tool_calls": [call]},
            {"match": final_match, "text": FINAL},
        ]
    )
    websocket = transport == "websocket"
    output, elapsed = _run_codex(codex_cli, tmp_path, responses_gateway.url, model, websocket)
    record_property("codex_exec_seconds", round(elapsed, 2))
    assert FINAL in output
    main = [r for r in upstream.requests() if CODEWORD in _outputs(r)]
    assert len(main) == 2 and all(r["path"] == path for r in main)
    assert "exec_command" in _outputs(main[0])
    assert "waddle-42" in _outputs(main[1]), "the command's output went back upstream"
    if websocket:  # served on the WebSocket: no retries, no fall-back to HTTP
        assert "Reconnecting" not in output and "Falling back" not in output, output
