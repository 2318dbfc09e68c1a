"""Where `waddleai login` keeps what later commands need: one profile per gateway.

`$XDG_CONFIG_HOME/waddleai/credentials.json` (default `~/.config/...`), mode 0600 in a
0700 folder, written atomically so a crash never leaves half a file. It holds a
management token (expires; `waddleai login` again) and the API key the CLI created for
this machine, which `claude`, `codex`, `chat`, `usage` and `env` reuse.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

DEFAULT_MGMT_URL = "http://localhost:8001"
DEFAULT_PROXY_PORT = 8000


@dataclass
class Profile:
    """What the CLI knows about one gateway (keyed by its management URL)."""

    url: str
    proxy_url: str
    username: str | None = None
    token: str | None = None
    expires_at: str | None = None
    api_key: str | None = None
    api_key_id: int | None = None
    api_key_name: str | None = None


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "waddleai"


def credentials_path() -> Path:
    return config_dir() / "credentials.json"


def default_proxy_url(mgmt_url: str) -> str:
    """The proxy on the management server's host, port 8000."""
    parts = urlsplit(mgmt_url)
    host = parts.hostname or "localhost"
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return urlunsplit((parts.scheme or "http", f"{host}:{DEFAULT_PROXY_PORT}", "", "", ""))


def normalize_url(url: str) -> str:
    """`http://host:port` without a trailing slash; raises ValueError if it is not a URL."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{url!r} is not an http(s) URL")
    return url


def _read() -> dict[str, Any]:
    path = credentials_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path} is unreadable ({exc}); delete it and log in again") from None
    return data if isinstance(data, dict) else {}


def _write(data: dict[str, Any]) -> None:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = credentials_path()
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2)
    os.chmod(temporary, 0o600)  # an existing temp file keeps its old mode otherwise
    os.replace(temporary, path)


def load_profile(url: str | None = None) -> Profile | None:
    """The profile for `url`, or the one last logged in to."""
    data = _read()
    key = url or data.get("current")
    entry = (data.get("gateways") or {}).get(key) if key else None
    if not isinstance(entry, dict):
        return None
    known = {f.name for f in fields(Profile)}
    return Profile(**{k: v for k, v in entry.items() if k in known})


def save_profile(profile: Profile, make_current: bool = True) -> Path:
    data = _read()
    gateways = data.setdefault("gateways", {})
    gateways[profile.url] = asdict(profile)
    if make_current:
        data["current"] = profile.url
    _write(data)
    return credentials_path()


def forget_profile(url: str) -> bool:
    data = _read()
    removed = (data.get("gateways") or {}).pop(url, None) is not None
    if data.get("current") == url:
        data.pop("current")
    _write(data)
    return removed
