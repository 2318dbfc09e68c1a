"""`waddleai chat` in a pseudo-terminal: streamed answers, Ctrl-C, /model, multi-line input."""

from __future__ import annotations

import io
import sys
import time

import pexpect
import pytest

from tests.conftest import CLIENT_KEY

PROMPT = "you> "
LONG = " ".join(f"word{i}" for i in range(400))  # 400 chunks x 50 ms = 20 s if not cancelled


@pytest.fixture
def slow_mock(fresh_mock):
    fresh_mock.configure(stream_interval_ms=50)
    yield fresh_mock
    fresh_mock.configure(stream_interval_ms=0)


def _spawn(gateway, cli, *args: str) -> pexpect.spawn:
    command = ["-m", "waddleai", "chat", "--key", CLIENT_KEY, "--proxy-url", gateway.url]
    child = pexpect.spawn(
        sys.executable, [*command, *args], env=cli.env, encoding="utf-8", timeout=20
    )
    child.setwinsize(40, 200)
    return child


def test_chat_streams_and_ctrl_c_cancels_only_the_answer(gateway, slow_mock, cli):
    slow_mock.script(
        [
            {"match": "tell me a long story", "text": LONG},
            {"match": "and now a short one", "text": "Once upon a time. The end."},
            {"match": "second line", "text": "Two lines received."},
        ]
    )
    child = _spawn(gateway, cli, "--model", "gpt-4o", "--memory", "sess-42")
    child.expect_exact(PROMPT)
    child.sendline("tell me a long story")
    child.expect_exact("word3 ")  # streamed: the start arrives long before the end exists
    started = time.monotonic()
    child.sendcontrol("c")
    child.expect_exact("answer cancelled")
    child.expect_exact(PROMPT)
    assert time.monotonic() - started < 10, "Ctrl-C stopped the stream"
    assert "word399" not in child.before

    child.sendline("and now a short one")
    child.expect_exact("The end.")
    child.expect(r"tokens: input \d+ · output \d+ · waddleai_tokens \d+")
    child.expect_exact(PROMPT)

    child.sendline("/model gpt-4o-mini")
    child.expect_exact("model: gpt-4o-mini")
    child.expect_exact(PROMPT)
    child.sendline("first line \\")
    child.expect_exact("...> ")
    child.sendline("second line")
    child.expect_exact("Two lines received.")
    child.expect_exact(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    chats = [r for r in slow_mock.requests() if r["path"] == "/v1/chat/completions"]
    assert [r["json"]["model"] for r in chats] == ["gpt-4o", "gpt-4o", "gpt-4o-mini"]
    last = chats[-1]["json"]["messages"]
    assert last[-1]["content"] == "first line \nsecond line"
    contents = [m["content"] for m in last]
    assert "tell me a long story" not in contents, "the cancelled turn is dropped"
    assert "Once upon a time. The end." in contents, "the finished turn is kept"
    assert slow_mock.stats()["cancelled_streams"] >= 1, "the upstream stream was closed"


def test_chat_ctrl_c_at_the_prompt_exits(gateway, fresh_mock, cli):
    child = _spawn(gateway, cli, "--model", "gpt-4o")
    child.expect_exact(PROMPT)
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_chat_shows_gateway_errors_and_goes_on(gateway, fresh_mock, cli):
    child = _spawn(gateway, cli, "--model", "no-such-model-xyz")
    child.expect_exact(PROMPT)
    child.sendline("hello")
    child.expect_exact("error:")
    child.expect_exact("404")
    child.expect_exact(PROMPT)
    child.sendline("/exit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_login_prompts_for_the_password_without_echo(full_gateway, cli):
    from tests.cli_runner import ADMIN_PASSWORD

    child = pexpect.spawn(
        sys.executable,
        ["-m", "waddleai", "login", "--url", full_gateway.mgmt_url, "--username", "admin"],
        env=cli.env, encoding="utf-8", timeout=30,
    )  # fmt: skip
    child.logfile_read = transcript = io.StringIO()
    child.expect_exact("Password:")
    child.sendline(ADMIN_PASSWORD)
    child.expect_exact("Logged in")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Logged in" in transcript.getvalue()
    assert ADMIN_PASSWORD not in transcript.getvalue(), "the typed password is not echoed"
