"""`waddleai chat`: an interactive, streamed terminal chat through the proxy.

Input: end a line with a backslash (`\\`) to continue on the next line. Commands:
`/model NAME`, `/model`, `/clear`, `/help`, `/exit`. Ctrl-C while an answer streams
cancels that answer (the connection is closed, so the gateway stops the upstream call)
and returns to the prompt; Ctrl-C or Ctrl-D at the prompt ends the chat.
"""

from __future__ import annotations

import asyncio
import re
import sys
from typing import Any

import typer
from rich.console import Console

from waddleai.cli.gateway import (
    GatewayOption,
    KeyOption,
    ProxyOption,
    Target,
    fail,
    proxy_get,
    resolve,
)

try:  # line editing and history for input(), where the platform has it
    import readline  # noqa: F401
except ImportError:  # pragma: no cover
    pass

console = Console(highlight=False)
MAX_INPUT_CHARS = 1_000_000
MEMORY_SESSION = re.compile(r"[A-Za-z0-9_.:\-]{1,128}")
HELP = (
    "End a line with \\ to continue it on the next line.\n"
    "/model NAME switches model, /model shows it, /clear forgets the conversation,\n"
    "/exit (or Ctrl-D) quits. Ctrl-C cancels an answer; at the prompt it quits."
)


def read_message(prompt: str = "you> ") -> str:
    """One message; lines ending in a backslash continue. Raises EOFError/KeyboardInterrupt."""
    lines: list[str] = []
    while True:
        line = input(prompt if not lines else "...> ")
        if line.endswith("\\"):
            lines.append(line[:-1])
            continue
        lines.append(line)
        text = "\n".join(lines)
        if len(text) > MAX_INPUT_CHARS:
            console.print(f"[red]message too long (over {MAX_INPUT_CHARS:,} characters)[/red]")
            lines = []
            continue
        return text


def _write(piece: str) -> None:
    sys.stdout.write(piece)
    sys.stdout.flush()


def usage_line(usage: dict[str, Any]) -> str:
    if not usage:
        return "tokens: (the gateway reported no usage)"
    parts = [
        f"input {usage.get('prompt_tokens', 0):,}",
        f"output {usage.get('completion_tokens', 0):,}",
    ]
    if "waddleai_tokens" in usage:
        parts.append(f"waddleai_tokens {usage['waddleai_tokens']:,}")
    return "tokens: " + " · ".join(parts)


def first_model(target: Target) -> str:
    listed = proxy_get(target, "/v1/models").get("data") or []
    if not listed:
        fail("the proxy lists no models; pass --model")
    return str(listed[0]["id"])


class ChatSession:
    """The conversation and the settings of one `waddleai chat` run."""

    def __init__(
        self, proxy_url: str, key: str, model: str, memory: str | None, system: str | None
    ):
        self.proxy_url, self.key, self.model, self.memory = proxy_url, key, model, memory
        self.system = system
        self.messages: list[dict[str, str]] = []

    def command(self, text: str) -> bool:
        """Handle a /command; False means quit."""
        name, _, argument = text.partition(" ")
        argument = argument.strip()
        if name in ("/exit", "/quit"):
            return False
        if name == "/model" and argument:
            self.model = argument
            console.print(f"[dim]model: {self.model}[/dim]")
        elif name == "/model":
            console.print(f"[dim]model: {self.model}[/dim]")
        elif name == "/clear":
            self.messages.clear()
            console.print("[dim]conversation cleared[/dim]")
        elif name == "/help":
            console.print(HELP)
        else:
            console.print(f"[red]unknown command {name}[/red]; /help lists them")
        return True

    def body(self) -> dict[str, Any]:
        system = [{"role": "system", "content": self.system}] if self.system else []
        return {"model": self.model, "messages": [*system, *self.messages]}

    def ask(self, text: str) -> None:
        """One turn: stream the answer; on Ctrl-C or an error the turn is dropped."""
        from waddleai.cli.chat_stream import TurnError, stream_turn  # aiohttp: only when used

        self.messages.append({"role": "user", "content": text})
        try:
            turn = asyncio.run(
                stream_turn(self.proxy_url, self.key, self.body(), _write, self.memory)
            )
        except KeyboardInterrupt:
            self.messages.pop()
            console.print("\n[yellow]answer cancelled[/yellow] (not kept in the conversation)")
            return
        except TurnError as exc:
            self.messages.pop()
            console.print(f"\n[red]error:[/red] {exc}")
            return
        self.messages.append({"role": "assistant", "content": turn.text})
        console.print()
        console.print(f"[dim]{usage_line(turn.usage)}[/dim]")


def chat(
    model: str | None = typer.Option(
        None, "--model", "-m", help="Model to talk to (default: the first the proxy lists)."
    ),
    memory: str | None = typer.Option(
        None, "--memory", help="Memory session id (sent as X-WaddleAI-Memory)."
    ),
    system: str | None = typer.Option(None, "--system", help="A system prompt."),
    key: str | None = KeyOption,
    proxy_url: str | None = ProxyOption,
    url: str | None = GatewayOption,
) -> None:
    """Chat with a model in the terminal, answers streamed, token use after each turn.

    End a line with a backslash (`\\`) to write several lines. /model NAME switches model,
    /clear forgets the conversation, /exit quits. Ctrl-C cancels the answer being
    streamed; Ctrl-C or Ctrl-D at the prompt quits.
    """
    if memory is not None and not MEMORY_SESSION.fullmatch(memory):
        fail("--memory must be 1-128 letters, digits or . _ : -", 2)
    target = resolve(key, proxy_url, url)
    model = model or first_model(target)
    session = ChatSession(target.proxy_url, target.key, model, memory, system)
    console.print(f"[dim]WaddleAI chat at {target.proxy_url}, model {model}. /help for help.[/dim]")
    while True:
        try:
            text = read_message()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return
        if not text.strip():
            continue
        if text.startswith("/"):
            if not session.command(text.strip()):
                return
            continue
        session.ask(text)
