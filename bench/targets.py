"""What the benchmark drives: the mock upstream, the raw floor, the WaddleAI gateway.

TensorZero and LiteLLM live in their own modules (each installs into its own venv).

`GatewayTarget` holds everything that decides how the gateway runs (command,
environment, configuration, client key): change the gateway's mode here and
nowhere else.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from procs import Server, free_port
from workloads import Api, Workload, auth_headers

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
BIN = Path(sys.executable).parent  # the project's virtual environment
WADDLEAI = str(BIN / "waddleai")
UPSTREAM_KEY = "sk-bench-upstream"
STATIC_KEY = "wa-bench-key"
BENCH_PASSWORD = "bench-password-0123"

# Variables a developer's shell may carry that would change what a server does.
_FOREIGN = re.compile(
    r"^(OPENAI_|ANTHROPIC_|OLLAMA_|AZURE_|LITELLM_|WADDLEAI_|PROXY_|MGMT_|DATABASE_URL|"
    r"REDIS_URL|JWT_SECRET|ADMIN_PASSWORD|BIG_MODEL|MIDDLE_MODEL|SMALL_MODEL|CUSTOM_HEADER_|"
    r"LOG_LEVEL|HTTP_PROXY|HTTPS_PROXY|http_proxy|https_proxy)"
)


def clean_env(**extra: str) -> dict[str, str]:
    """The current environment without gateway/provider settings, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not _FOREIGN.match(k)}
    env["PYTHONUNBUFFERED"] = "1"
    env["NO_PROXY"] = "127.0.0.1,localhost"
    return {**env, **extra}


@dataclass
class Running:
    """A started target: where to send requests and which process to measure."""

    name: str
    url: str
    pid: int
    key: str
    workloads: tuple[str, ...] = ("plain", "streamed", "translated", "agent")
    latency_ms: float = 0.0  # the mock's (for the mock itself)
    server: Server | None = None
    path_prefix: str = ""  # e.g. TensorZero serves the OpenAI API under /openai
    models: dict[str, str] = field(default_factory=dict)  # workload's model -> this target's

    def headers(self, api: Api) -> dict[str, str]:
        return auth_headers(api, self.key)

    def request(self, workload: Workload) -> tuple[str, bytes]:
        """The URL and body of `workload` as this target expects it."""
        body = workload.body
        if body.get("model") in self.models:
            body = {**body, "model": self.models[body["model"]]}
        return self.url + self.path_prefix + workload.path, Workload.encode(body)

    def check_alive(self) -> None:
        """Raise TargetDied if the server process has exited."""
        if self.server is None or self.server.proc is None:
            return
        code = self.server.proc.poll()
        if code is not None:
            how = f"signal {-code}" if code < 0 else f"exit status {code}"
            raise TargetDied(f"{self.name} stopped ({how}); log tail:\n{self.server.output(1500)}")


class TargetDied(RuntimeError):
    """A server under test exited while it was being measured."""


# ---------------------------------------------------------------- mock upstream


@contextmanager
def mock_upstream(latency_ms: float, workdir: Path) -> Iterator[Running]:
    """`waddleai mock-upstream --latency-ms X` on a free port."""
    port = free_port()
    command = [WADDLEAI, "mock-upstream", "--port", str(port), "--latency-ms", f"{latency_ms:g}"]
    server = Server(
        f"mock upstream ({latency_ms:g} ms)",
        command,
        clean_env(),
        workdir,
        workdir / f"mock-{latency_ms:g}ms.log",
    )
    with server.start():
        url = f"http://127.0.0.1:{port}"
        server.wait_ready(url + "/health", timeout=60)
        # Calling the mock directly: the translated row's baseline is the streamed call.
        yield Running(
            "direct", url, server.pid, UPSTREAM_KEY, ("plain", "streamed"), latency_ms, server
        )


# ---------------------------------------------------------------- the gateway


@dataclass
class GatewayTarget:
    """How the gateway is run for the benchmark (the one place to change it)."""

    mode: str  # shown in the report's header
    command: list[str]
    env: Callable[[int, Path], dict[str, str]]  # (port, workdir) -> environment
    config: Callable[[str], str]  # mock URL -> waddleai.yaml
    key: str = STATIC_KEY
    ready_path: str = "/healthz"
    # Runs once the server is up; returns the client key (e.g. one made in the store).
    provision: Callable[[dict[str, str], Path], str] | None = None
    notes: list[str] = field(default_factory=list)


def gateway_yaml(mock_url: str, with_static_keys: bool = True) -> str:
    """The gateway configuration: one OpenAI-kind provider (the mock), Claude tiers to it."""
    lines = [
        "providers:",
        "  - name: mock",
        "    kind: openai",
        f"    endpoint: {mock_url}/v1",
        f"    api_keys: [{UPSTREAM_KEY}]",
        "    models: [gpt-4o]",
        "tiers: {sonnet: gpt-4o, haiku: gpt-4o, opus: gpt-4o}",
    ]
    if with_static_keys:
        lines.append(f"api_keys: [{STATIC_KEY}]")
    return "\n".join(lines) + "\n"


def _proxy_env(port: int, workdir: Path) -> dict[str, str]:
    # LOG_LEVEL stays at its default (INFO): the per-request log line is a production
    # feature, and the targets are with every production feature on.
    return clean_env(PROXY_HOST="127.0.0.1", PROXY_PORT=str(port))


def static_key_gateway() -> GatewayTarget:
    """`waddleai proxy` with a static client key from waddleai.yaml (no store)."""
    return GatewayTarget(
        mode="`waddleai proxy`, static client key from waddleai.yaml (no store, no accounting)",
        command=[WADDLEAI, "proxy"],
        env=_proxy_env,
        config=gateway_yaml,
    )


def _store_env(port: int, workdir: Path) -> dict[str, str]:
    return _proxy_env(port, workdir) | {
        "MGMT_HOST": "127.0.0.1",
        "MGMT_PORT": str(free_port()),
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
        "WADDLEAI_SECRET_KEY": "bench-secret-key-0123456789abcdef",
        "ADMIN_PASSWORD": BENCH_PASSWORD,
    }


def _cli(env: dict[str, str], workdir: Path, *args: str) -> str:
    done = subprocess.run(
        [WADDLEAI, *args], cwd=workdir, env=env, capture_output=True, text=True, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"waddleai {' '.join(args[:2])} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def _create_store_key(env: dict[str, str], workdir: Path) -> str:
    """A plain user (not the admin) and an API key of theirs, made in the store."""
    _cli(env, workdir, "users", "create", "bench", "--role", "user", "--password", BENCH_PASSWORD)
    printed = _cli(env, workdir, "keys", "create", "--user", "bench", "--name", "benchmark")
    found = re.search(r"API key \(shown once\):\s*(\S+)", printed)
    if not found:
        raise RuntimeError(f"no key in `waddleai keys create` output:\n{printed}")
    return found.group(1)


def store_key_gateway(serve: bool = False) -> GatewayTarget:
    """`waddleai proxy` (or `serve`) on a SQLite store, a key from `waddleai keys create`.

    `proxy` is the proxy process alone, as deployed next to a separate management
    server: its memory and CPU are the gateway's own. `serve` adds the management
    server to the same process and event loop.
    """
    if serve:
        mode = "`waddleai serve` (proxy + management in one process)"
    else:
        mode = "`waddleai proxy` (the proxy process alone)"
    return GatewayTarget(
        mode=mode + ", SQLite store, a user's key from `waddleai keys create`",
        command=[WADDLEAI, "serve" if serve else "proxy"],
        env=_store_env,
        config=lambda url: gateway_yaml(url, with_static_keys=False),
        provision=_create_store_key,
    )


def default_gateway(serve: bool = False) -> GatewayTarget:
    """The most production-like mode this checkout supports."""
    help_text = subprocess.run(
        [WADDLEAI, "--help"], capture_output=True, text=True, timeout=60, check=False
    ).stdout
    if re.search(r"^\W*keys\s", help_text, re.MULTILINE):
        return store_key_gateway(serve)
    target = static_key_gateway()
    target.notes.append("`waddleai keys` does not exist yet, so the store-backed mode is not used")
    return target


@contextmanager
def gateway(target: GatewayTarget, mock_url: str, workdir: Path) -> Iterator[Running]:
    """Run the gateway against the mock until the block ends."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "waddleai.yaml").write_text(target.config(mock_url), encoding="utf-8")
    port = free_port()
    env = target.env(port, workdir)
    server = Server("WaddleAI gateway", target.command, env, workdir, workdir / "gateway.log")
    with server.start():
        url = f"http://127.0.0.1:{port}"
        server.wait_ready(url + target.ready_path, timeout=60)
        key = target.provision(env, workdir) if target.provision else target.key
        yield Running("waddleai", url, server.pid, key, server=server)


# ---------------------------------------------------------------- the raw floor


@contextmanager
def floor(mock_url: str, workdir: Path) -> Iterator[Running]:
    """bench/floor.py: uvicorn + raw ASGI + aiohttp pass-through, no gateway features."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    command = [sys.executable, str(BENCH_DIR / "floor.py"), "--port", str(port)]
    command += ["--upstream", mock_url]
    server = Server("raw floor", command, clean_env(), workdir, workdir / "floor.log")
    with server.start():
        url = f"http://127.0.0.1:{port}"
        server.wait_ready(url + "/health", timeout=60)  # passed through to the mock
        yield Running("floor", url, server.pid, UPSTREAM_KEY, ("plain", "streamed"), server=server)
