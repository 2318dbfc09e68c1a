"""What every deployment file must agree with: the settings WaddleAI reads and its CLI."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from waddleai.cli.main import app
from waddleai.config import load_settings
from waddleai.config.settings import Settings

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
# Read by the loader though not Settings fields, or by the image's HEALTHCHECK.
EXTRA_VARIABLES = {"WADDLEAI_API_KEYS", "WADDLEAI_CONFIG", "HEALTHCHECK_URL", "PYTHONUNBUFFERED"}
NOT_VARIABLES = {"providers", "model_aliases", "tiers", "models", "custom_headers"}


def known_variables() -> set[str]:
    fields = {name.upper() for name in Settings.model_fields if name not in NOT_VARIABLES}
    return fields | EXTRA_VARIABLES


def unknown_variables(names: object) -> list[str]:
    known = known_variables()
    return sorted(n for n in names if n not in known and not n.startswith("CUSTOM_HEADER_"))


def assert_settings_accept(environment: dict[str, str], tmp_path: Path) -> Settings:
    """The environment a deployment gives the servers loads without a ConfigError."""
    return load_settings(environ=environment, env_file=tmp_path / "none.env")


def assert_real_command(argv: list[str]) -> None:
    """`waddleai ...` as a deployment runs it parses: command and options exist."""
    assert argv[0] == "waddleai", argv
    result = CliRunner().invoke(app, [*argv[1:], "--help"])
    assert result.exit_code == 0, f"{argv}: {result.output}"


_INTERPOLATION = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:\?|:-)([^}]*))?\}")


class MissingVariable(Exception):
    pass


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's `${VAR}`, `${VAR:-default}`, `${VAR:?error}` rules."""

    def replace(match: re.Match[str]) -> str:
        name, op, arg = match.groups()
        value = env.get(name, "")
        if op == ":?" and not value:
            raise MissingVariable(f"{name}: {arg}")
        if op == ":-" and not value:
            return arg
        return value

    return _INTERPOLATION.sub(replace, text)
