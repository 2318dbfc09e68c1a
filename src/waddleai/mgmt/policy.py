"""The access policy: the one place that decides who may do what to which resource.

Handlers describe the request (actor, action, target, requested changes) and call
`authorize`; they never look at roles themselves. Listing endpoints ask the `*_scope`
functions which rows the actor may see.

Answers: allowed (return), 403 when the actor can see the resource but may not do this,
404 - the same body as a missing resource - when the actor may not even know it exists.
Admin-only areas (provider links, security settings, audit log) answer 403 before any
lookup, so they leak nothing either.

| role             | may                                                              |
|------------------|------------------------------------------------------------------|
| admin            | everything, in every organization                                |
| resource_manager | see assigned orgs and their users; set org quotas; create, edit,   |
|                  | delete users (roles user/reporter) wholly inside those orgs; set   |
|                  | quotas of users/reporters sharing an org; manage keys billed to    |
|                  | those orgs whose owners are users or reporters                     |
| reporter         | see assigned orgs (read-only); analytics of those orgs; own keys |
| user             | see own orgs (read-only); own keys; own usage                    |

Everyone may read and change their own password, and manage their own keys.

Rank rule (`outranks`), applied in `authorize` to every action on somebody else's user or
key: nobody acts on a user or key of a higher role than their own. Admins act on
everyone; a resource manager only on users and keys of users and reporters, never on
admins or other resource managers (their keys are not even visible to it). Reading a
user's record or usage is not acting on it.

Key restrictions (`_key_update`): the limits of a key (enabled flag, quotas, models, rate
limit, expiry) set by someone other than its owner record that person's role
(`restricted_by_role`); only that role or a higher one may change them again. The owner
may still rename, disable, rotate or delete the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from waddleai.mgmt.errors import ApiError, forbidden, not_found
from waddleai.store.models import role_rank

ADMIN, RESOURCE_MANAGER, REPORTER, USER = "admin", "resource_manager", "reporter", "user"
# Roles a resource manager may hand out; never a role with more power than its own.
MANAGEABLE_ROLES = frozenset({USER, REPORTER})
ORG_QUOTA_FIELDS = frozenset({"token_quota_monthly", "token_quota_daily"})
SELF_EDITABLE_USER_FIELDS = frozenset({"password"})
# What a key may do, as opposed to what it is called: guarded by `restricted_by_role`.
KEY_LIMIT_FIELDS = frozenset(
    {"enabled", "token_quota_daily", "token_quota_monthly", "models", "rate_limit", "expires_at"}
)
# Actions that only look at a user: allowed on visible users of any rank.
_READS = frozenset({"user.read", "analytics.read"})


@dataclass(frozen=True)
class Actor:
    """The authenticated caller of the management API."""

    user_id: int
    username: str
    role: str
    org_ids: frozenset[int] = frozenset()
    token_id: str | None = None
    token_expires_at: datetime | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN


@dataclass(frozen=True)
class OrgRef:
    id: int


@dataclass(frozen=True)
class UserRef:
    id: int
    role: str
    org_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class KeyRef:
    """A key and what the rank rule needs: its owner's role (unknown: treated as admin)
    and the role that last restricted it (None: nobody but the owner)."""

    id: int
    user_id: int
    org_id: int | None
    owner_role: str = ADMIN
    restricted_by_role: str | None = None


@dataclass(frozen=True)
class Changes:
    """What a create/update asks for: the field names given and the values that matter."""

    fields: frozenset[str] = frozenset()
    role: str | None = None
    org_ids: frozenset[int] | None = None
    org_id: int | None = None
    extra: dict[str, object] = field(default_factory=dict)


Target = OrgRef | UserRef | KeyRef | None
_KIND_NAMES: dict[type, str] = {OrgRef: "organization", UserRef: "user", KeyRef: "API key"}

ADMIN_ONLY = frozenset(
    {
        "org.create",
        "org.delete",
        "link.create",
        "link.list",
        "link.read",
        "link.update",
        "link.delete",
        "security.read",
        "security.update",
        "audit.read",
        "analytics.system",
    }
)


def authorize(
    actor: Actor, action: str, target: Target = None, changes: Changes | None = None
) -> None:
    """Return if `actor` may perform `action`; raise ApiError(403/404) otherwise."""
    changes = changes or Changes()
    if target is not None and not (can_see(actor, target) or _reports_on(actor, action, target)):
        raise not_found(_KIND_NAMES[type(target)])
    if actor.is_admin:
        _admin_guard(actor, action, target, changes)
        return
    if action in ADMIN_ONLY:
        raise forbidden("only an admin may do this")
    if not _rank_allows(actor, action, target):
        raise forbidden("you may only act on users and keys of roles below yours")
    rule = _RULES.get(action)
    if rule is None or not rule(actor, target, changes):
        raise forbidden()


def outranks(actor: Actor, role: str | None) -> bool:
    """The rank rule: admins act on everyone, anyone else only on strictly lower roles."""
    return actor.is_admin or role_rank(actor.role) > role_rank(role)


def _rank_allows(actor: Actor, action: str, target: Target) -> bool:
    """Every action on somebody else's user or key passes the rank rule (reads excepted)."""
    if isinstance(target, UserRef):
        return target.id == actor.user_id or action in _READS or outranks(actor, target.role)
    if isinstance(target, KeyRef):
        return target.user_id == actor.user_id or outranks(actor, target.owner_role)
    return True


def role_if_not_owner(actor: Actor, owner_id: int) -> str | None:
    """What to record as `restricted_by_role` / `issued_by_role` when `actor` sets a key's
    limits or receives its secret: its role, or None when the actor is the owner."""
    return None if owner_id == actor.user_id else actor.role


def restriction_after(actor: Actor, key: KeyRef, changes: Changes) -> str | None:
    """`restricted_by_role` once an allowed update applied: a limit set by someone else
    records their role; the owner lifting limits clears it; renaming or the owner
    disabling the key leaves it as it was."""
    limits = changes.fields & KEY_LIMIT_FIELDS
    if not limits:
        return key.restricted_by_role
    if key.user_id != actor.user_id:
        return actor.role
    if limits == {"enabled"} and changes.extra.get("enabled") is False:
        return key.restricted_by_role
    return None


def can_see(actor: Actor, target: Target) -> bool:
    """Whether the actor may know that `target` exists."""
    if actor.is_admin or target is None:
        return True
    if isinstance(target, OrgRef):
        return target.id in actor.org_ids
    if isinstance(target, UserRef):
        if target.id == actor.user_id:
            return True
        return actor.role == RESOURCE_MANAGER and bool(target.org_ids & actor.org_ids)
    if target.user_id == actor.user_id:
        return True
    return (
        actor.role == RESOURCE_MANAGER
        and target.org_id in actor.org_ids
        and outranks(actor, target.owner_role)
    )


def _reports_on(actor: Actor, action: str, target: Target) -> bool:
    """Reporters read the usage (only) of users in their assigned orgs."""
    return (
        action == "analytics.read"
        and actor.role == REPORTER
        and isinstance(target, UserRef)
        and bool(target.org_ids & actor.org_ids)
    )


def _admin_guard(actor: Actor, action: str, target: Target, changes: Changes) -> None:
    """Admins may do anything except lock themselves out."""
    if not isinstance(target, UserRef) or target.id != actor.user_id:
        return
    if action == "user.delete":
        raise ApiError(409, "you cannot delete your own account", "self_delete")
    demotes = changes.role not in (None, ADMIN) or changes.extra.get("enabled") is False
    if action == "user.update" and demotes:
        raise ApiError(409, "you cannot demote or disable your own account", "self_demote")


def _manages_user(actor: Actor, target: UserRef) -> bool:
    """A resource manager manages users of lower roles lying wholly inside its orgs."""
    return (
        actor.role == RESOURCE_MANAGER
        and target.id != actor.user_id
        and target.role in MANAGEABLE_ROLES
        and bool(target.org_ids)
        and target.org_ids <= actor.org_ids
    )


def _rm_assignment_ok(actor: Actor, changes: Changes) -> bool:
    """Roles and orgs a resource manager hands out stay within its own reach."""
    if changes.role is not None and changes.role not in MANAGEABLE_ROLES:
        return False
    orgs = changes.org_ids
    return orgs is None or (bool(orgs) and orgs <= actor.org_ids)


def _org_update(actor: Actor, target: Target, changes: Changes) -> bool:
    return actor.role == RESOURCE_MANAGER and changes.fields <= ORG_QUOTA_FIELDS


def _user_create(actor: Actor, target: Target, changes: Changes) -> bool:
    if actor.role != RESOURCE_MANAGER:
        return False
    full = Changes(fields=changes.fields, role=changes.role or USER, org_ids=changes.org_ids)
    return full.org_ids is not None and _rm_assignment_ok(actor, full)


def _user_update(actor: Actor, target: Target, changes: Changes) -> bool:
    assert isinstance(target, UserRef)
    if target.id == actor.user_id:
        return changes.fields <= SELF_EDITABLE_USER_FIELDS
    return _manages_user(actor, target) and _rm_assignment_ok(actor, changes)


def _user_delete(actor: Actor, target: Target, changes: Changes) -> bool:
    assert isinstance(target, UserRef)
    return _manages_user(actor, target)


def _key_create(actor: Actor, target: Target, changes: Changes) -> bool:
    """`target` is the key's owner; `changes.org_id` the org it will be billed to."""
    assert isinstance(target, UserRef)
    org_ok = changes.org_id is None or changes.org_id in actor.org_ids
    if target.id == actor.user_id:
        return org_ok
    return _manages_user(actor, target) and changes.org_id is not None and org_ok


def _key_update(actor: Actor, target: Target, changes: Changes) -> bool:
    """Limits restricted by a role above the actor's stay; disabling is always allowed."""
    assert isinstance(target, KeyRef)
    limits = changes.fields & KEY_LIMIT_FIELDS
    if limits == {"enabled"} and changes.extra.get("enabled") is False:
        return True
    restricted = target.restricted_by_role
    return not limits or restricted is None or role_rank(actor.role) >= role_rank(restricted)


def _visible(actor: Actor, target: Target, changes: Changes) -> bool:
    return True  # visibility was checked before the rule ran


def _resource_manager(actor: Actor, target: Target, changes: Changes) -> bool:
    return actor.role == RESOURCE_MANAGER


def _quota_update(actor: Actor, target: Target, changes: Changes) -> bool:
    """A resource manager sets quotas of other users sharing one of its orgs, not its own."""
    assert isinstance(target, UserRef)
    return (
        actor.role == RESOURCE_MANAGER
        and target.id != actor.user_id
        and bool(target.org_ids & actor.org_ids)
    )


def _user_list(actor: Actor, target: Target, changes: Changes) -> bool:
    return actor.role == RESOURCE_MANAGER


def _analytics(actor: Actor, target: Target, changes: Changes) -> bool:
    """Usage reports: managers and reporters for their orgs; users only about themselves."""
    if isinstance(target, OrgRef):
        return actor.role in {RESOURCE_MANAGER, REPORTER}
    if isinstance(target, UserRef):
        return target.id == actor.user_id or actor.role in {RESOURCE_MANAGER, REPORTER}
    return True  # unscoped report: the caller narrows it with analytics_scope()


_RULES = {
    "org.list": _visible,
    "org.read": _visible,
    "org.update": _org_update,
    "user.create": _user_create,
    "user.list": _user_list,
    "user.read": _visible,
    "user.update": _user_update,
    "user.delete": _user_delete,
    "api_key.create": _key_create,
    "api_key.list": _visible,
    "api_key.read": _visible,
    "api_key.delete": _visible,
    "api_key.rotate": _visible,
    "api_key.update": _key_update,
    "analytics.read": _analytics,
    "quota.update": _quota_update,
}


def org_scope(actor: Actor) -> frozenset[int] | None:
    """Organizations the actor may list; None means all."""
    return None if actor.is_admin else actor.org_ids


def user_scope(actor: Actor) -> frozenset[int] | None:
    """Organizations whose users the actor may list (after `user.list` passed)."""
    return None if actor.is_admin else actor.org_ids


def key_scope(actor: Actor) -> tuple[int | None, frozenset[int] | None]:
    """(owner, orgs) filter for key listings: (None, None) is everything."""
    if actor.is_admin:
        return None, None
    if actor.role == RESOURCE_MANAGER:
        return actor.user_id, actor.org_ids
    return actor.user_id, frozenset()


def analytics_scope(actor: Actor) -> tuple[int | None, frozenset[int] | None]:
    """(only this user, only these orgs) for usage reports: (None, None) is everything."""
    if actor.is_admin:
        return None, None
    if actor.role in {RESOURCE_MANAGER, REPORTER}:
        return None, actor.org_ids
    return actor.user_id, frozenset()
