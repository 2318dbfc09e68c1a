"""What makes two requests the same answer: the tenant, the route and the request body.

Everything that changes the answer is in the key (messages, system, tools, sampling
parameters, the resolved provider and model, the client's API); what does not is left
out (`stream`, `stream_options`, `user`, `metadata`), so a streamed request can be
served from a plain one. The tenant (organization, else user, else key) is part of the
key, so nothing is ever served across tenants.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

IGNORED_FIELDS = frozenset({"stream", "stream_options", "user", "metadata"})


def tenant_of(principal: Any) -> str:
    if principal.org_id is not None:
        return f"org:{principal.org_id}"
    if principal.user_id is not None:
        return f"user:{principal.user_id}"
    return f"key:{principal.key_id}"


def cache_key(api: str, tenant: str, provider: str, model: str, body: dict[str, Any]) -> str:
    relevant = {k: v for k, v in body.items() if k not in IGNORED_FIELDS and k != "model"}
    material = orjson.dumps([api, tenant, provider, model, relevant], option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(material).hexdigest()
