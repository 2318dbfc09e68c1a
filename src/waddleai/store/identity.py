"""User and API key changes with their audit entries and change notifications.

The management API, the CLI and bootstrap all change identities through these functions,
so every path hashes passwords the same way, shows a new key exactly once, writes the
audit log, and bumps the `keys` counter that makes proxies drop cached keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from waddleai.store.models import ROLES, ApiKey, User, utcnow
from waddleai.store.passwords import MIN_PASSWORD_LENGTH, hash_password
from waddleai.store.secrets import ServerSecrets, display_prefix, generate_api_key
from waddleai.store.transaction import Transaction


class IdentityError(ValueError):
    """A change that cannot be made; `code` is machine-readable, the message is for people."""

    def __init__(self, message: str, code: str = "invalid_request", status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


@dataclass(frozen=True)
class ActorRef:
    """Who made a change, as the audit log records it."""

    id: int | None
    name: str


SYSTEM = ActorRef(id=None, name="system")


@dataclass(frozen=True)
class IssuedKey:
    """A key row and the raw key; the raw key exists only here, once."""

    key: ApiKey
    raw: str


def user_snapshot(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "role": user.role,
        "enabled": user.enabled,
        "org_ids": user.org_ids,
    }


def key_snapshot(key: ApiKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "name": key.name,
        "key_prefix": key.key_prefix,
        "user_id": key.user_id,
        "org_id": key.org_id,
        "models": key.models,
        "rate_limit": key.rate_limit,
        "token_quota_daily": key.token_quota_daily,
        "token_quota_monthly": key.token_quota_monthly,
        "enabled": key.enabled,
        "expires_at": key.expires_at.isoformat() if key.expires_at else None,
        "restricted_by_role": key.restricted_by_role,
    }


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise IdentityError(f"role must be one of {', '.join(ROLES)}", "invalid_role")


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise IdentityError(
            f"password must be at least {MIN_PASSWORD_LENGTH} characters", "weak_password"
        )


async def _check_orgs(tx: Transaction, org_ids: list[int]) -> None:
    missing = set(org_ids) - await tx.orgs.existing_ids(org_ids)
    if missing:
        raise IdentityError(f"organization(s) not found: {sorted(missing)}", "org_not_found", 404)


async def record_change(
    tx: Transaction, actor: ActorRef, action: str, kind: str, target: object, **images: Any
) -> None:
    await tx.audit.record(
        actor_id=actor.id,
        actor_name=actor.name,
        action=action,
        target_type=kind,
        target_id=target,
        before=images.get("before"),
        after=images.get("after"),
    )


async def create_user(
    tx: Transaction,
    actor: ActorRef,
    *,
    username: str,
    password: str,
    role: str = "user",
    org_ids: list[int] | None = None,
) -> User:
    _check_role(role)
    _check_password(password)
    org_ids = sorted(set(org_ids or []))
    await _check_orgs(tx, org_ids)
    if await tx.users.by_username(username) is not None:
        raise IdentityError(f"user {username!r} already exists", "user_exists", 409)
    user = await tx.users.create(username, await hash_password(password), role, org_ids)
    await record_change(tx, actor, "user.create", "user", user.id, after=user_snapshot(user))
    return user


async def update_user(
    tx: Transaction,
    actor: ActorRef,
    user: User,
    *,
    password: str | None = None,
    role: str | None = None,
    org_ids: list[int] | None = None,
    enabled: bool | None = None,
) -> User:
    """Apply the given fields; role, orgs and enabled change what the user's keys may do.

    A password change, a role change or disabling advances the token generation: every
    login token issued before is refused (re-enabling does not revive them).
    """
    before = user_snapshot(user)
    invalidates = False
    if password is not None:
        _check_password(password)
        user.password_hash = await hash_password(password)
        invalidates = True
    if role is not None:
        _check_role(role)
        invalidates = invalidates or role != user.role
        user.role = role
    if enabled is not None:
        invalidates = invalidates or (user.enabled and not enabled)
        user.enabled = enabled
    if invalidates:
        user.token_generation = (user.token_generation or 0) + 1
    if org_ids is not None:
        await _check_orgs(tx, org_ids)
        await tx.users.set_orgs(user, org_ids)
    await tx.session.flush()
    after = user_snapshot(user)
    if password is not None:
        after["password"] = "changed"  # masked by the audit repository
    await record_change(tx, actor, "user.update", "user", user.id, before=before, after=after)
    if (role, enabled, org_ids) != (None, None, None):
        await tx.touch("keys")
    return user


async def delete_user(tx: Transaction, actor: ActorRef, user: User) -> None:
    """Remove the user and its keys; its id is never given to another user (migration
    0004), so its login tokens can never name anyone again."""
    before = user_snapshot(user)
    await tx.users.delete(user)
    await record_change(tx, actor, "user.delete", "user", before["id"], before=before)
    await tx.touch("keys")


async def issue_key(
    tx: Transaction,
    secrets: ServerSecrets,
    actor: ActorRef,
    *,
    owner: User,
    name: str,
    org_id: int | None = None,
    models: list[str] | None = None,
    rate_limit: int | None = None,
    expires_days: int | None = None,
    restricted_by_role: str | None = None,
    issued_by_role: str | None = None,
) -> IssuedKey:
    """Create a key for `owner`; without `org_id` it is billed to the owner's first org.

    `issued_by_role`: the role of whoever receives the secret when that is not the owner;
    the key then never acts with more power than that role (see auth/store_keys.py).
    """
    if org_id is None and owner.org_ids:
        org_id = owner.org_ids[0]
    if org_id is not None:
        await _check_orgs(tx, [org_id])
    raw = generate_api_key()
    expires_at = utcnow() + timedelta(days=expires_days) if expires_days else None
    key = await tx.keys.create(
        name=name,
        key_hash=secrets.hash_api_key(raw),
        key_prefix=display_prefix(raw),
        user_id=owner.id,
        org_id=org_id,
        models=sorted(set(models)) if models else None,
        rate_limit=rate_limit,
        expires_at=expires_at,
        restricted_by_role=restricted_by_role,
        issued_by_role=issued_by_role,
    )
    await record_change(tx, actor, "api_key.create", "api_key", key.id, after=key_snapshot(key))
    await tx.touch("keys")
    return IssuedKey(key=key, raw=raw)


async def rotate_key(
    tx: Transaction,
    secrets: ServerSecrets,
    actor: ActorRef,
    key: ApiKey,
    issued_by_role: str | None = None,
) -> IssuedKey:
    """New secret, same id and permissions; the old secret stops working at once.

    Whoever rotates holds the only copy of the secret: `issued_by_role` is theirs.
    """
    before = key_snapshot(key)
    raw = generate_api_key()
    await tx.keys.rotate(key, secrets.hash_api_key(raw), display_prefix(raw), issued_by_role)
    await record_change(
        tx, actor, "api_key.rotate", "api_key", key.id, before=before, after=key_snapshot(key)
    )
    await tx.touch("keys")
    return IssuedKey(key=key, raw=raw)


async def revoke_key(tx: Transaction, actor: ActorRef, key: ApiKey) -> None:
    before = key_snapshot(key)
    await tx.keys.revoke(key)
    await record_change(tx, actor, "api_key.revoke", "api_key", key.id, before=before)
    await tx.touch("keys")
