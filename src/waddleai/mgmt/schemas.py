"""Request and response bodies of the management API.

Field names follow the product documents users script against (README, integration
guide). Every bound is explicit: strings cannot carry NUL or lone surrogates (PostgreSQL
rejects them), integers fit the columns, lists are capped, so bad input is a 4xx here
rather than a 5xx in the database.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from waddleai.config.bounds import (
    MAX_CACHE_TTL_SECONDS,
    MAX_ID,
    MAX_KEY_DAYS,
    MAX_QUOTA_TOKENS,
    MAX_RATE_LIMIT_RPM,
    MAX_URL_LENGTH,
)
from waddleai.config.settings import OPENAI_COMPATIBLE_DEFAULTS
from waddleai.store.models import ROLES

MAX_QUOTA = MAX_QUOTA_TOKENS
# What str.strip() removes, spelled out so the OpenAPI patterns below say exactly what the
# validators check (regex engines disagree on what `\s` means).
_SPACE = "".join(f"\\u{c:04x}" for c in range(0x3001) if chr(c).isspace())
NO_NUL = r"^[^\x00]*$"
NOT_BLANK = rf"^[^\x00]*[^\x00{_SPACE}][^\x00]*$"
HTTP_URL = r"^https?://[^\x00]{3,}$"
PATTERN_MESSAGES = {
    NO_NUL: "must not contain NUL characters",
    NOT_BLANK: "must not be empty or blank (nor contain NUL characters)",
    HTTP_URL: "must be an http:// or https:// URL",
}
"""Validation messages for the patterns above (instead of echoing the regex)."""


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return value


def _stripped_name(value: str) -> str:
    value = value.strip()
    if not value:
        raise ValueError("must not be empty or blank")
    return value


def _http_url(value: str) -> str:
    if not value.startswith(("http://", "https://")) or len(value) < 10:
        raise ValueError("must be an http:// or https:// URL")
    return value.rstrip("/")


def text(max_length: int, min_length: int = 0, pattern: str = NO_NUL) -> Any:
    """A string type whose bounds and pattern the OpenAPI document shows (constraints
    first: pydantic leaves a pattern out of the schema when it follows a validator)."""
    constraints = StringConstraints(min_length=min_length, max_length=max_length, pattern=pattern)
    return Annotated[str, constraints, AfterValidator(_clean_text)]


Name = Annotated[text(200, 1, NOT_BLANK), AfterValidator(_stripped_name)]
Description = text(2000)
Username = Annotated[
    str, StringConstraints(min_length=1, max_length=150, pattern=r"^[A-Za-z0-9_.@+\-]+$")
]
Password = text(1024, 8)
Secret = text(4096, 1)
ModelName = text(200, 1)
Url = Annotated[text(MAX_URL_LENGTH, 10, HTTP_URL), AfterValidator(_http_url)]


def _json_integer(value: Any) -> Any:
    """`false` or `"5"` is an error, not a 0 or a 5; `5.0` is 5 (JSON Schema's integer)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    return value


def integer(low: int, high: int, description: str | None = None) -> Any:
    """An integer in [low, high] as JSON Schema means it (5.0 counts; 5.5 and true not)."""
    limits = Field(ge=low, le=high, description=description)
    return Annotated[int, limits, BeforeValidator(_json_integer)]


Id = integer(1, MAX_ID)
Quota = integer(0, MAX_QUOTA_TOKENS, "WaddleAI tokens")
CacheTTL = integer(1, MAX_CACHE_TTL_SECONDS, "seconds the response cache keeps an answer")
Role = Literal["admin", "resource_manager", "reporter", "user"]
ProviderName = Literal[
    "openai", "azure", "anthropic", "ollama", "demo", *tuple(OPENAI_COMPATIBLE_DEFAULTS)
]

assert set(Role.__args__) == set(ROLES)  # type: ignore[attr-defined]


class _In(BaseModel):
    """Unknown fields are errors, and no type is coerced (`"enabled": "no"` is refused)."""

    model_config = ConfigDict(extra="forbid", strict=True)


class LoginIn(_In):
    username: text(150, 1)  # type: ignore[valid-type]
    password: text(1024, 1)  # type: ignore[valid-type]


class LoginOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int


class UserIn(_In):
    username: Username
    password: Password
    role: Role = "user"
    org_ids: list[Id] = Field(default_factory=list, max_length=1000)


class UserPatch(_In):
    password: Password | None = None
    role: Role | None = None
    org_ids: list[Id] | None = Field(default=None, max_length=1000)
    enabled: bool | None = None


class UserOut(BaseModel):
    id: int
    username: str
    role: str
    enabled: bool
    org_ids: list[int]
    created_at: datetime


class OrgIn(_In):
    name: Name
    description: Description = ""
    token_quota_monthly: Quota | None = None
    token_quota_daily: Quota | None = None
    cache_ttl_seconds: CacheTTL | None = None  # response cache for the org's keys


class OrgPatch(_In):
    name: Name | None = None
    description: Description | None = None
    token_quota_monthly: Quota | None = None
    token_quota_daily: Quota | None = None
    cache_ttl_seconds: CacheTTL | None = None  # null: the org's keys cache only on request


class OrgOut(BaseModel):
    id: int
    name: str
    description: str
    token_quota_monthly: int | None
    token_quota_daily: int | None
    cache_ttl_seconds: int | None = None
    created_at: datetime
    updated_at: datetime


class KeyPermissions(_In):
    models: list[ModelName] | None = Field(default=None, max_length=500)
    rate_limit: integer(1, MAX_RATE_LIMIT_RPM) | None = None  # type: ignore[valid-type]


class ApiKeyIn(_In):
    name: Name = "API key"
    expires_days: integer(1, MAX_KEY_DAYS) | None = None  # type: ignore[valid-type]
    permissions: KeyPermissions = Field(default_factory=KeyPermissions)
    user_id: Id | None = None
    org_id: Id | None = None


class ApiKeyOut(BaseModel):
    id: int
    name: str
    key_prefix: str
    user_id: int
    org_id: int | None
    permissions: dict[str, Any]
    token_quota_daily: int | None = None
    token_quota_monthly: int | None = None
    cache_ttl_seconds: int | None = None
    enabled: bool
    expires_at: datetime | None
    created_at: datetime
    rotated_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    api_key: str = Field(description="the key itself; shown only in this response")


class LinkIn(_In):
    name: Name
    provider: ProviderName
    endpoint_url: Url | None = None
    api_key: Secret | None = None
    model_list: list[ModelName] = Field(default_factory=list, max_length=1000)
    enabled: bool = True


class LinkPatch(_In):
    name: Name | None = None
    provider: ProviderName | None = None
    endpoint_url: Url | None = None
    api_key: Secret | None = None
    model_list: list[ModelName] | None = Field(default=None, max_length=1000)
    enabled: bool | None = None


class LinkOut(BaseModel):
    id: int
    name: str
    provider: str
    endpoint_url: str | None
    model_list: list[str]
    enabled: bool
    has_api_key: bool
    created_at: datetime
    updated_at: datetime


class AuditOut(BaseModel):
    id: int
    at: datetime
    actor_id: int | None
    actor_name: str
    action: str
    target_type: str
    target_id: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class ErrorDetail(BaseModel):
    message: str
    type: str
    code: str
    details: Any | None = None


class ErrorOut(BaseModel):
    """Every error of the management API."""

    error: ErrorDetail
