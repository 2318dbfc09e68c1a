"""deploy/helm/waddleai rendered by the real `helm` (`make helm` installs it)."""

from __future__ import annotations

import functools
import shutil
import subprocess

import pytest
import yaml

from tests.deploy.checks import (
    DEPLOY,
    REPO,
    assert_real_command,
    assert_settings_accept,
    unknown_variables,
)
from tests.services import unavailable

CHART = DEPLOY / "helm" / "waddleai"
REQUIRED = {
    "secrets.DATABASE_URL": "postgresql://waddleai:pw@db:5432/waddleai",
    "secrets.REDIS_URL": "redis://:pw@redis:6379/0",
    "secrets.JWT_SECRET": "jwt-secret-value",
    "secrets.WADDLEAI_SECRET_KEY": "master-secret-value",
}


@functools.cache
def _helm() -> str | None:
    return shutil.which("helm") or next(
        (str(p) for p in [REPO / ".tools" / "helm" / "helm"] if p.exists()), None
    )


@pytest.fixture(scope="module")
def helm() -> str:
    found = _helm()
    if found is None:
        unavailable("helm not found on PATH or in .tools/helm; run `make helm`")
    return found


def _sets(values: dict[str, str]) -> list[str]:
    """Booleans as `--set` (typed), everything else as `--set-string` (verbatim)."""
    out = []
    for key, value in values.items():
        flag = "--set" if value in ("true", "false") else "--set-string"
        out += [flag, f"{key}={value}"]
    return out


def render(helm: str, **values: str) -> dict[tuple[str, str], dict]:
    """{(kind, name): manifest} of `helm template` with REQUIRED plus `values`."""
    done = subprocess.run(
        [helm, "template", "gw", str(CHART), *_sets({**REQUIRED, **values})],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    docs = [d for d in yaml.safe_load_all(done.stdout) if d]
    return {(d["kind"], d["metadata"]["name"]): d for d in docs}


def _container(manifest: dict) -> dict:
    [container] = manifest["spec"]["template"]["spec"]["containers"]
    return container


def test_chart_lints(helm):
    done = subprocess.run(
        [helm, "lint", "--strict", str(CHART), *_sets(REQUIRED)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_proxy_scales_and_is_probed_on_health_and_healthz(helm):
    out = render(helm)
    proxy = out[("Deployment", "gw-waddleai-proxy")]
    container = _container(proxy)
    assert container["ports"] == [{"name": "http", "containerPort": 8000}]
    assert container["readinessProbe"]["httpGet"]["path"] == "/health"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert_real_command(container["args"])
    assert "replicas" not in proxy["spec"], "the HPA owns the replica count"
    hpa = out[("HorizontalPodAutoscaler", "gw-waddleai-proxy")]
    assert hpa["spec"]["scaleTargetRef"]["name"] == "gw-waddleai-proxy"
    pdb = out[("PodDisruptionBudget", "gw-waddleai-proxy")]
    assert pdb["spec"]["selector"]["matchLabels"] == proxy["spec"]["selector"]["matchLabels"]
    service = out[("Service", "gw-waddleai-proxy")]
    assert service["spec"]["ports"][0]["targetPort"] == 8000
    pod = proxy["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True


def test_mgmt_is_one_replica_on_8001(helm):
    out = render(helm)
    mgmt = out[("Deployment", "gw-waddleai-mgmt")]
    assert mgmt["spec"]["replicas"] == 1 and mgmt["spec"]["strategy"]["type"] == "Recreate"
    container = _container(mgmt)
    assert container["ports"][0]["containerPort"] == 8001
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert_real_command(container["args"])
    assert out[("Service", "gw-waddleai-mgmt")]["spec"]["ports"][0]["targetPort"] == 8001


def test_configmap_and_secret_hold_settings_waddleai_reads(helm, tmp_path):
    out = render(helm, **{"config.BIG_MODEL": "gpt-4o", "configFile": "tiers: {haiku: x}"})
    config = out[("ConfigMap", "gw-waddleai")]["data"]
    secret = out[("Secret", "gw-waddleai")]["stringData"]
    assert unknown_variables(config) == [] and unknown_variables(secret) == []
    assert config["PROXY_PORT"] == "8000" and config["MGMT_PORT"] == "8001"
    assert config["WADDLEAI_CONFIG"] == "/etc/waddleai/waddleai.yaml"
    assert out[("ConfigMap", "gw-waddleai-file")]["data"]["waddleai.yaml"].strip() == (
        "tiers: {haiku: x}"
    )
    environment = {k: v for k, v in {**config, **secret}.items() if k != "WADDLEAI_CONFIG"}
    settings = assert_settings_accept(environment, tmp_path)
    assert settings.uses_postgres and settings.big_model == "gpt-4o"
    for kind in ("gw-waddleai-proxy", "gw-waddleai-mgmt"):
        refs = _container(out[("Deployment", kind)])["envFrom"]
        assert {"configMapRef": {"name": "gw-waddleai"}} in refs
        assert {"secretRef": {"name": "gw-waddleai"}} in refs


def test_missing_secrets_fail_with_the_name(helm):
    done = subprocess.run(
        [helm, "template", "gw", str(CHART)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "secrets.DATABASE_URL is required" in done.stderr


def test_existing_secret_and_options(helm):
    out = render(
        helm,
        existingSecret="prod-waddleai",
        **{"proxy.autoscaling.enabled": "false", "serviceMonitor.enabled": "true"},
    )
    assert ("Secret", "gw-waddleai") not in out
    proxy = out[("Deployment", "gw-waddleai-proxy")]
    assert {"secretRef": {"name": "prod-waddleai"}} in _container(proxy)["envFrom"]
    assert proxy["spec"]["replicas"] == 2
    assert not [k for k in out if k[0] == "HorizontalPodAutoscaler"]
    monitor = out[("ServiceMonitor", "gw-waddleai")]
    assert monitor["spec"]["endpoints"][0]["path"] == "/metrics"
    assert monitor["spec"]["endpoints"][0]["port"] == "http"
