"""What to do about a detection: block, flag, redact or log.

| policy     | threats                                                     | PII    |
|------------|-------------------------------------------------------------|--------|
| strict     | block every detection, in every channel                     | redact |
| balanced   | block confident ones (score >= threat_score_threshold) in   | log    |
|            | user text and tool results; flag the rest                   |        |
| permissive | log only                                                    | log    |

`block_injection`, `block_jailbreak`, `block_data_extraction` and
`block_credential_harvesting` switched off turn that category's blocks into flags.
`actions` (per category, "pii", or a PII entity) overrides all of the above.
"""

from __future__ import annotations

from waddleai.store.security_settings import SecuritySettings

BLOCKING_CHANNELS = frozenset({"user", "tool"})
_SWITCHES = {
    "prompt_injection": "block_injection",
    "jailbreak": "block_jailbreak",
    "data_extraction": "block_data_extraction",
    "credential_harvesting": "block_credential_harvesting",
}
_PII_DEFAULT = {"strict": "redact", "balanced": "log", "permissive": "log"}


def threat_action(settings: SecuritySettings, category: str, channel: str, score: float) -> str:
    """block, flag or log for a threat detection."""
    override = settings.actions.get(category)
    if override is not None:
        return "flag" if override == "redact" else override
    if settings.policy == "permissive":
        return "log"
    if not getattr(settings, _SWITCHES.get(category, ""), True):
        return "flag"
    if settings.policy == "strict":
        return "block"
    confident = score >= settings.threat_score_threshold
    return "block" if confident and channel in BLOCKING_CHANNELS else "flag"


def pii_action(settings: SecuritySettings, entity: str) -> str:
    """block, redact or log (flag counts as log) for one PII entity."""
    action = settings.actions.get(entity) or settings.actions.get("pii")
    if action is None:
        action = _PII_DEFAULT[settings.policy]
    return "log" if action == "flag" else action
