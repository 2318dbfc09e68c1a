"""ORM rows to response bodies; the only place deciding what leaves the server.

Provider secrets and key hashes never appear here: links report `has_api_key` only.
"""

from __future__ import annotations

from waddleai.mgmt.schemas import ApiKeyCreated, ApiKeyOut, AuditOut, LinkOut, OrgOut, UserOut
from waddleai.store.models import ApiKey, AuditEntry, Organization, ProviderLink, User


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        username=user.username,
        role=user.role,
        enabled=user.enabled,
        org_ids=user.org_ids,
        created_at=user.created_at,
    )


def org_out(org: Organization) -> OrgOut:
    return OrgOut(
        id=org.id,
        name=org.name,
        description=org.description or "",
        token_quota_monthly=org.token_quota_monthly,
        token_quota_daily=org.token_quota_daily,
        cache_ttl_seconds=org.cache_ttl_seconds,
        created_at=org.created_at,
        updated_at=org.updated_at,
    )


def key_out(key: ApiKey) -> ApiKeyOut:
    return ApiKeyOut(**_key_fields(key))


def key_created(key: ApiKey, raw: str) -> ApiKeyCreated:
    return ApiKeyCreated(**_key_fields(key), api_key=raw)


def _key_fields(key: ApiKey) -> dict[str, object]:
    return {
        "id": key.id,
        "name": key.name,
        "key_prefix": key.key_prefix,
        "user_id": key.user_id,
        "org_id": key.org_id,
        "permissions": {"models": key.models, "rate_limit": key.rate_limit},
        "token_quota_daily": key.token_quota_daily,
        "cache_ttl_seconds": key.cache_ttl_seconds,
        "token_quota_monthly": key.token_quota_monthly,
        "enabled": key.enabled,
        "expires_at": key.expires_at,
        "created_at": key.created_at,
        "rotated_at": key.rotated_at,
    }


def link_out(link: ProviderLink) -> LinkOut:
    return LinkOut(
        id=link.id,
        name=link.name,
        provider=link.provider,
        endpoint_url=link.endpoint_url,
        model_list=list(link.model_list or []),
        enabled=link.enabled,
        has_api_key=bool(link.api_key_encrypted),
        created_at=link.created_at,
        updated_at=link.updated_at,
    )


def audit_out(entry: AuditEntry) -> AuditOut:
    return AuditOut(
        id=entry.id,
        at=entry.at,
        actor_id=entry.actor_id,
        actor_name=entry.actor_name,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        before=entry.before,
        after=entry.after,
    )
