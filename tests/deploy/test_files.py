"""The Dockerfile and the systemd units."""

from __future__ import annotations

import configparser
import json
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.deploy.checks import DEPLOY, REPO, assert_real_command
from tests.services import unavailable

UNITS = sorted((DEPLOY / "systemd").glob("*.service"))


def _instructions() -> list[tuple[str, str]]:
    text = (REPO / "Dockerfile").read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines()]
    return [tuple(line.split(None, 1)) for line in lines if line and not line.startswith("#")]


def test_dockerfile_is_multi_stage_non_root_with_a_healthcheck():
    steps = _instructions()
    froms = [arg for op, arg in steps if op == "FROM"]
    assert len(froms) >= 2 and " AS " in froms[0]
    users = [arg for op, arg in steps if op == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    [healthcheck] = [arg for op, arg in steps if op == "HEALTHCHECK"]
    env = " ".join(arg for op, arg in steps if op == "ENV")
    assert "HEALTHCHECK_URL=http://127.0.0.1:8000/healthz" in env
    assert "HEALTHCHECK_URL" in healthcheck
    exposed = next(arg for op, arg in steps if op == "EXPOSE").split()
    assert exposed == ["8000", "8001"]
    command = json.loads(next(arg for op, arg in steps if op == "CMD"))
    assert_real_command(command)
    probe = json.loads(healthcheck.split("CMD", 1)[1])
    assert probe[:2] == ["python", "-c"]
    compile(probe[2], "healthcheck", "exec")
    assert "tests" in (REPO / ".dockerignore").read_text().split()


def _unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # keep the key case systemd uses
    parser.read(path)
    return parser


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_systemd_unit_runs_a_real_command(path):
    unit = _unit(path)
    argv = shlex.split(unit["Service"]["ExecStart"])
    assert argv[0] == "/opt/waddleai/bin/waddleai"
    assert_real_command(["waddleai", *argv[1:]])
    assert unit["Service"]["User"] == "waddleai", "not root"
    assert unit["Service"]["EnvironmentFile"] == "/etc/waddleai/waddleai.env"
    assert unit["Install"]["WantedBy"] == "multi-user.target"


@pytest.mark.parametrize("path", UNITS, ids=lambda p: p.name)
def test_systemd_analyze_verify(path, tmp_path):
    """systemd's own check, on a copy pointing at this checkout's `waddleai`."""
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        unavailable("systemd-analyze not installed (apt-get install systemd)")
    executable = Path(sys.executable).with_name("waddleai")
    env_file = tmp_path / "waddleai.env"
    env_file.write_text("LOG_LEVEL=INFO\n")
    text = path.read_text().replace("/opt/waddleai/bin/waddleai", str(executable))
    copy = tmp_path / path.name
    copy.write_text(text.replace("/etc/waddleai/waddleai.env", str(env_file)))
    done = subprocess.run(
        [analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60, check=False
    )
    problems = [line for line in done.stderr.splitlines() if str(copy) in line or "Unknown" in line]
    assert done.returncode == 0 and not problems, done.stderr
