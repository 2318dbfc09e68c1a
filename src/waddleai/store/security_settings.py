"""The security policy settings edited through `/config/security`.

The scanners that act on them live elsewhere; the document, its defaults and its
validation live here so the management API and the proxy read the same thing.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Policy = Literal["strict", "balanced", "permissive"]

# What each policy turns on when the admin has not said otherwise.
_POLICY_DEFAULTS: dict[str, dict[str, object]] = {
    "strict": {"block_injection": True, "block_jailbreak": True, "block_data_extraction": True},
    "balanced": {"block_injection": True, "block_jailbreak": True, "block_data_extraction": False},
    "permissive": {
        "block_injection": False,
        "block_jailbreak": False,
        "block_data_extraction": False,
    },
}


class SecuritySettings(BaseModel):
    """Validated security policy; unknown fields are rejected so typos do not pass silently."""

    model_config = ConfigDict(extra="forbid")

    policy: Policy = "balanced"
    max_prompt_length: int = Field(default=100_000, ge=1, le=10_000_000)
    block_injection: bool = True
    block_jailbreak: bool = True
    block_data_extraction: bool = False
    scan_responses: bool = False
    log_blocked_requests: bool = True
    threat_score_threshold: float = Field(default=0.7, ge=0.0, le=1.0)

    @classmethod
    def for_policy(cls, policy: str) -> SecuritySettings:
        """Defaults for a policy name (SECURITY_POLICY), before any admin edit."""
        return cls.model_validate({"policy": policy, **_POLICY_DEFAULTS.get(policy, {})})
