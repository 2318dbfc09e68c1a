"""Login tokens: HS256 JWTs signed with JWT_SECRET, each with an id logout can revoke.

A token names its user by id (never reused, migration 0006) and by the user's token
generation (`gen`); deleting, disabling, a role change or a password change advances the
generation, so `deps.current_actor` refuses every token issued before it.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from datetime import UTC, datetime

import jwt

ISSUER = "waddleai-mgmt"
ALGORITHM = "HS256"


@dataclass(frozen=True)
class TokenClaims:
    user_id: int
    token_id: str
    expires_at: datetime
    generation: int


class TokenError(Exception):
    """The token is missing, malformed, tampered with or expired."""


class TokenIssuer:
    """Issues and verifies login tokens; verification rejects any other algorithm."""

    def __init__(self, key: str, lifetime_seconds: int) -> None:
        self._key = key
        self.lifetime_seconds = lifetime_seconds

    def issue(self, user_id: int, generation: int) -> tuple[str, TokenClaims]:
        now = int(time.time())
        token_id = secrets.token_hex(16)
        claims = {
            "sub": str(user_id),
            "gen": generation,
            "jti": token_id,
            "iat": now,
            "nbf": now,
            "exp": now + self.lifetime_seconds,
            "iss": ISSUER,
            "typ": "access",
        }
        token = jwt.encode(claims, self._key, algorithm=ALGORITHM)
        expires = datetime.fromtimestamp(claims["exp"], UTC)
        claims_out = TokenClaims(user_id, token_id, expires, generation)
        return token, claims_out

    def verify(self, token: str) -> TokenClaims:
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                issuer=ISSUER,
                options={"require": ["exp", "iat", "sub", "jti", "iss", "gen"]},
            )
            if claims.get("typ") != "access":
                raise TokenError("not an access token")
            user_id = int(claims["sub"])
            generation = claims["gen"]
            if not isinstance(generation, int) or isinstance(generation, bool):
                raise TokenError("invalid token")
            token_id = str(claims["jti"])
            expires = datetime.fromtimestamp(int(claims["exp"]), UTC)
        except jwt.ExpiredSignatureError as exc:
            raise TokenError("token expired") from exc
        except (jwt.PyJWTError, ValueError, TypeError, KeyError, OverflowError) as exc:
            raise TokenError("invalid token") from exc
        return TokenClaims(user_id, token_id, expires, generation)
