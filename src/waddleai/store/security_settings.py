"""The security policy settings edited through `/config/security`.

The scanners that act on them live elsewhere; the document, its defaults and its
validation live here so the management API and the proxy read the same thing.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from typing_extensions import TypedDict

Policy = Literal["strict", "balanced", "permissive"]
Action = Literal["block", "redact", "flag", "log"]
# What `actions` may name: a threat category, "pii" (every entity), or one PII entity.
THREAT_CATEGORIES = ("prompt_injection", "jailbreak", "data_extraction", "credential_harvesting")
PII_ENTITIES = ("email", "phone", "card", "iban", "ssn", "ip", "secret")
ACTION_KEYS = frozenset((*THREAT_CATEGORIES, "pii", *PII_ENTITIES))
ThreatAction = Literal["block", "flag", "log"]


class Actions(TypedDict, total=False):
    """Per-category overrides, typed key by key so the OpenAPI schema says exactly what is
    accepted (a threat cannot be redacted; personal data can)."""

    __pydantic_config__ = ConfigDict(extra="forbid")  # type: ignore[misc]

    prompt_injection: ThreatAction
    jailbreak: ThreatAction
    data_extraction: ThreatAction
    credential_harvesting: ThreatAction
    pii: Action
    email: Action
    phone: Action
    card: Action
    iban: Action
    ssn: Action
    ip: Action
    secret: Action


def check_actions(value: dict[str, str] | None) -> dict[str, str] | None:
    """Only known keys; `redact` only for personal data (a threat cannot be redacted)."""
    for key, action in (value or {}).items():
        if key not in ACTION_KEYS:
            raise ValueError(
                f"unknown category {key!r}; use one of {', '.join(sorted(ACTION_KEYS))}"
            )
        if action == "redact" and key in THREAT_CATEGORIES:
            raise ValueError(f"{key!r} cannot be redacted; use block, flag or log")
    return value


# What each policy turns on when the admin has not said otherwise.
_POLICY_DEFAULTS: dict[str, dict[str, object]] = {
    "strict": {
        "block_injection": True,
        "block_jailbreak": True,
        "block_data_extraction": True,
        "block_credential_harvesting": True,
    },
    "balanced": {
        "block_injection": True,
        "block_jailbreak": True,
        "block_data_extraction": True,
        "block_credential_harvesting": True,
    },
    "permissive": {
        "block_injection": False,
        "block_jailbreak": False,
        "block_data_extraction": False,
        "block_credential_harvesting": False,
    },
}


class SecuritySettings(BaseModel):
    """Validated security policy; unknown fields are rejected so typos do not pass silently."""

    model_config = ConfigDict(extra="forbid")

    policy: Policy = "balanced"
    max_prompt_length: int = Field(default=100_000, ge=1, le=10_000_000)
    block_injection: bool = True
    block_jailbreak: bool = True
    block_data_extraction: bool = True
    block_credential_harvesting: bool = True
    scan_responses: bool = False
    log_blocked_requests: bool = True
    threat_score_threshold: float = Field(default=0.7, ge=0.0, le=1.0)
    # Per category / PII entity: block, redact (PII only), flag or log; see security/policy.py.
    actions: Actions = Field(default_factory=lambda: Actions())

    _actions = field_validator("actions")(classmethod(lambda cls, v: check_actions(v)))

    @classmethod
    def for_policy(cls, policy: str) -> SecuritySettings:
        """Defaults for a policy name (SECURITY_POLICY), before any admin edit."""
        return cls.model_validate({"policy": policy, **_POLICY_DEFAULTS.get(policy, {})})
