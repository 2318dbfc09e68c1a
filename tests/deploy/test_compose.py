"""deploy/docker-compose.yml and the Swarm stack, read the way Compose reads them.

No Docker engine or Compose plugin here, so the file is interpolated with Compose's rules
and parsed; each service's environment is then loaded by WaddleAI's own settings loader.
"""

from __future__ import annotations

import re

import pytest
import yaml

from tests.deploy.checks import (
    DEPLOY,
    MissingVariable,
    assert_real_command,
    assert_settings_accept,
    interpolate,
    unknown_variables,
)

COMPOSE = DEPLOY / "docker-compose.yml"
STACK = DEPLOY / "swarm" / "waddleai-stack.yml"
SECRETS = ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "JWT_SECRET", "WADDLEAI_SECRET_KEY")
FILLED = {name: f"value-of-{name.lower()}" for name in SECRETS}


def _example() -> dict[str, str]:
    lines = (DEPLOY / ".env.example").read_text().splitlines()
    pairs = [line.split("=", 1) for line in lines if "=" in line and not line.startswith("#")]
    return dict(pairs)


def _load(path, env):
    return yaml.safe_load(interpolate(path.read_text(), env))


def test_every_secret_is_required_and_has_no_default():
    for path in (COMPOSE, STACK):
        text = path.read_text()
        for name in SECRETS:
            uses = re.findall(r"\$\{" + name + r"([^}]*)\}", text)
            assert uses, f"{path.name} does not use {name}"
            assert all(use.startswith(":?") for use in uses), f"{path.name}: {name} {uses}"
        assert "admin123" not in text and "changeme" not in text.lower()


def test_env_example_documents_every_required_variable_empty():
    example = _example()
    required = set(re.findall(r"\$\{(\w+):\?", COMPOSE.read_text()))
    assert required <= set(example), required - set(example)
    assert all(example[name] == "" for name in SECRETS), "no secret values in the example"
    with pytest.raises(MissingVariable, match="POSTGRES_PASSWORD"):
        _load(COMPOSE, example)


def test_compose_services_ports_and_healthchecks():
    compose = _load(COMPOSE, FILLED)
    services = compose["services"]
    assert set(services) == {"waddleai-proxy", "waddleai-mgmt", "postgres", "redis"}
    proxy, mgmt = services["waddleai-proxy"], services["waddleai-mgmt"]
    assert proxy["ports"] == ["8000:8000"] and mgmt["ports"] == ["8001:8001"]
    assert "8000/healthz" in " ".join(proxy["healthcheck"]["test"])
    assert "8001/healthz" in " ".join(mgmt["healthcheck"]["test"])
    assert services["postgres"]["healthcheck"]["test"][1].startswith("pg_isready")
    assert proxy["depends_on"]["waddleai-mgmt"]["condition"] == "service_healthy"
    assert mgmt["depends_on"]["postgres"]["condition"] == "service_healthy"
    for service in (proxy, mgmt):
        assert service["build"]["dockerfile"] == "Dockerfile"
        assert_real_command(service["command"])
    redis_password = services["redis"]["command"][2]
    assert redis_password == FILLED["REDIS_PASSWORD"]


def test_compose_environment_is_what_waddleai_reads(tmp_path):
    services = _load(COMPOSE, FILLED)["services"]
    for name in ("waddleai-proxy", "waddleai-mgmt"):
        env = {k: str(v) for k, v in services[name]["environment"].items()}
        assert unknown_variables(env) == [], name
        settings = assert_settings_accept(env, tmp_path)
        assert settings.uses_postgres and settings.redis_url
        assert FILLED["POSTGRES_PASSWORD"] in settings.database_url
        assert settings.jwt_secret == FILLED["JWT_SECRET"]
    mgmt, proxy = services["waddleai-mgmt"], services["waddleai-proxy"]
    assert mgmt["environment"]["MGMT_PORT"] == "8001"
    assert proxy["environment"]["PROXY_PORT"] == "8000"


def test_swarm_stack_matches_the_compose_services(tmp_path):
    env = {**FILLED, "WADDLEAI_IMAGE": "registry.example/waddleai:1"}
    stack = _load(STACK, env)
    services = stack["services"]
    assert set(services) == {"waddleai-proxy", "waddleai-mgmt", "postgres", "redis"}
    assert services["waddleai-mgmt"]["deploy"]["replicas"] == 1
    assert services["waddleai-proxy"]["deploy"]["replicas"] >= 2
    for name in ("waddleai-proxy", "waddleai-mgmt"):
        service = services[name]
        assert_real_command(service["command"])
        environment = {k: str(v) for k, v in service["environment"].items()}
        assert unknown_variables(environment) == [], name
        assert_settings_accept(environment, tmp_path)
    with pytest.raises(MissingVariable, match="WADDLEAI_IMAGE"):
        _load(STACK, FILLED)
