"""Security scanning and PII protection of every chat request (a pipeline guard).

On the way in: every text of the body is scanned with its channel (security/segments.py,
security/scanner.py; cached per text, so a resent conversation costs only its new turn),
the policy decides per detection (security/policy.py): a block answers 400 in the
client's API before any upstream call or quota reservation; flags add
`X-WaddleAI-Security: flagged=<categories>`; PII to redact is replaced in the body by
indexed placeholders. On the way out the placeholders are put back into the answer,
streamed or not (security/restore.py), and with `scan_responses` secrets the upstream
wrote are masked. Events are recorded for new detections (not once per resend) and
for every block; metrics count every block, flag and redaction.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, ClassVar

from waddleai.core.errors import GatewayError
from waddleai.observability.metrics import SECURITY_BLOCKS, SECURITY_FLAGS, SECURITY_REDACTIONS
from waddleai.pipeline.exchange import Exchange
from waddleai.pipeline.stage import Stage
from waddleai.security import pii, policy, segments
from waddleai.security.restore import SseRestorer, Vault, mask_secrets, restore
from waddleai.security.service import SecurityService

HEADER = "X-WaddleAI-Security"
_CHANNEL_WORDS = {"user": "user text", "tool": "a tool result", "system": "the system prompt",
                  "assistant": "an earlier assistant turn"}  # fmt: skip


SCANNED = frozenset({"chat", "responses", "completions"})


class Guard(Stage):
    name: ClassVar[str] = "security"

    def __init__(self, service: SecurityService) -> None:
        self.service = service

    async def enter(self, ex: Exchange) -> None:
        # Responses and legacy completions bodies are chat bodies by now (read_body).
        if ex.operation.name not in SCANNED:
            return
        settings = self.service.settings
        scan = self.service.scanner.scan
        blocked: tuple[str, str, float] | None = None
        flagged: set[str] = set()
        redacted: set[str] = set()
        vault = Vault()
        for slot in segments.slots(ex.api, ex.body):
            text = slot.text
            if slot.channel == "user" and len(text) > settings.max_prompt_length:
                raise _too_long(len(text), settings.max_prompt_length)
            result, cached = scan(text, slot.channel)
            for d in result.detections:
                action = policy.threat_action(settings, d.category, slot.channel, d.score)
                if action == "block" and (blocked is None or d.score > blocked[2]):
                    blocked = (d.category, slot.channel, d.score)
                elif action == "flag":
                    flagged.add(d.category)
                if _recorded(action, cached, settings.log_blocked_requests):
                    self._event(ex, d.category, d.rule, slot.channel, d.score, action, d.via,
                                d.excerpt)  # fmt: skip
            if result.pii:
                blocked = self._pii(ex, slot, result.pii, cached, vault, redacted) or blocked
        if blocked is not None:
            SECURITY_BLOCKS.labels(blocked[0]).inc()
            raise _blocked(*blocked)
        for category in flagged:
            SECURITY_FLAGS.labels(category).inc()
        for entity in redacted:
            SECURITY_REDACTIONS.labels(entity).inc()
        marks = []
        if flagged:
            marks.append("flagged=" + ",".join(sorted(flagged)))
        if redacted:
            marks.append("redacted=" + ",".join(sorted(redacted)))
        if marks:
            ex.response_headers[HEADER] = "; ".join(marks)
        if vault or settings.scan_responses:
            ex.state[self.name] = (vault, settings.scan_responses)

    def _pii(
        self,
        ex: Exchange,
        slot: segments.Slot,
        findings: tuple[pii.Finding, ...],
        cached: bool,
        vault: Vault,
        redacted: set[str],
    ) -> tuple[str, str, float] | None:
        """Redact in place what the policy says to; the block (if any) this slot causes."""
        settings = self.service.settings
        to_redact, blocked = [], None
        for f in findings:
            action = policy.pii_action(settings, f.entity)
            if action == "redact":
                to_redact.append(f)
                redacted.add(f.entity)
            elif action == "block":
                blocked = ("pii", slot.channel, 1.0)
            if _recorded(action, cached, settings.log_blocked_requests):
                self._event(ex, "pii", f.kind, slot.channel, 1.0, action, f.entity, _mask(f))
        if to_redact:
            slot.set(vault.redact(slot.text, to_redact))
        return blocked

    def _event(self, ex: Exchange, category: str, rule: str, channel: str, score: float,
               action: str, via: str, excerpt: str) -> None:  # fmt: skip
        p = ex.principal
        self.service.record(
            {
                "request_id": ex.request_id,
                "key_id": p.key_id if p else None,
                "user_id": p.user_id if p else None,
                "org_id": p.org_id if p else None,
                "api": ex.api,
                "model": (ex.model or "")[:200],
                "category": category,
                "rule": rule[:64],
                "channel": channel,
                "score": round(score, 3),
                "action": action,
                "via": via[:32],
                "excerpt": excerpt,
            }
        )

    async def leave(self, ex: Exchange) -> None:
        state = ex.state.get(self.name)
        if state is None:
            return
        vault, mask_secrets = state
        if ex.answer is not None:
            if vault:
                restore(vault, ex.answer)
            if mask_secrets:
                _mask_secrets(ex.answer, vault)
        elif ex.stream is not None:
            shape = "responses" if ex.operation.name == "responses" else ex.api
            ex.stream = _restored(ex.stream, SseRestorer(vault, shape, mask_secrets))


async def _restored(stream: AsyncIterator[bytes], restorer: SseRestorer) -> AsyncIterator[bytes]:
    try:
        async for chunk in stream:
            out = restorer.feed(chunk)
            if out:
                yield out
        tail = restorer.close()
        if tail:
            yield tail
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()


def _mask_secrets(value: Any, vault: Vault, depth: int = 0) -> Any:
    """Secrets the upstream wrote itself (not ones the client sent) become <SECRET>."""
    if depth > 32:
        return value
    if isinstance(value, str):
        return mask_secrets(value, vault)
    if isinstance(value, dict):
        for k, item in value.items():
            value[k] = _mask_secrets(item, vault, depth + 1)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = _mask_secrets(item, vault, depth + 1)
    return value


def _recorded(action: str, cached: bool, log_blocks: bool) -> bool:
    """Blocks every time (unless `log_blocked_requests` is off); the rest once per text."""
    return log_blocks if action == "block" else not cached


def _mask(f: pii.Finding) -> str:
    """An excerpt that identifies the kind of value, never the value itself."""
    return f"{f.kind}: {f.value[:2]}…({len(f.value)} chars)"


def _blocked(category: str, channel: str, score: float) -> GatewayError:
    where = _CHANNEL_WORDS.get(channel, channel)
    return GatewayError(
        400,
        f"Blocked by security scanning: {category} detected in {where}. "
        "Contact your WaddleAI administrator if this is a mistake.",
        error_type="security_violation",
        code=category,
    )


def _too_long(length: int, limit: int) -> GatewayError:
    return GatewayError(
        400,
        f"Blocked by security scanning: max_prompt_length - a prompt of {length} characters "
        f"exceeds the limit of {limit}",
        error_type="security_violation",
        code="max_prompt_length",
    )


def guard_factory(runtime: Any) -> Guard | None:
    service = getattr(runtime, "security", None)
    return Guard(service) if service is not None else None
