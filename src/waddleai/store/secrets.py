"""Server secrets: API key hashing, provider-secret encryption and the JWT signing key.

All three are derived (HKDF-SHA256, distinct labels) from one master secret:

* `WADDLEAI_SECRET_KEY` when set (recommended for PostgreSQL: it lets you rotate
  JWT_SECRET without invalidating every API key and provider secret);
* otherwise, on PostgreSQL, `JWT_SECRET` (required there, since replicas must agree);
* otherwise, on SQLite, a random secret generated on first start and kept next to the
  database file as `<database>.secret` (mode 0600). Back it up with the database: without
  it API keys stop verifying and provider secrets cannot be decrypted.

The JWT signing key is `JWT_SECRET` when set, else derived from the master secret.

HKDF is computed with the standard library (RFC 5869, one SHA-256 block) and Fernet is
built on the first encrypt/decrypt: the `cryptography` package costs ~8 MB resident, and
a proxy with no provider links never needs it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from waddleai.config.settings import Settings
from waddleai.store.database import DatabaseTarget

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

API_KEY_PREFIX = "wa-"
_MAX_API_KEY_LENGTH = 200


class SecretConfigError(RuntimeError):
    """The secrets the store needs are missing; the message says which to set."""


_SALT = b"waddleai/v1"


def _derive(master: bytes, label: str) -> bytes:
    """HKDF-SHA256 (RFC 5869) of 32 bytes: extract, then the first expand block."""
    prk = hmac.new(_SALT, master, hashlib.sha256).digest()
    return hmac.new(prk, label.encode() + b"\x01", hashlib.sha256).digest()


class ServerSecrets:
    """Keys derived once at start; never logged, never returned by any API."""

    __slots__ = ("_fernet", "_fernet_key", "_hmac", "jwt_key")

    def __init__(self, master: bytes, jwt_key: str) -> None:
        self.jwt_key = jwt_key
        self._hmac = _derive(master, "api-key-hmac")
        self._fernet_key = base64.urlsafe_b64encode(_derive(master, "provider-secrets"))
        self._fernet: Fernet | None = None

    def _cipher(self) -> Fernet:
        if self._fernet is None:
            from cryptography.fernet import Fernet

            self._fernet = Fernet(self._fernet_key)
        return self._fernet

    def __repr__(self) -> str:
        return "ServerSecrets(***)"

    def hash_api_key(self, raw_key: str) -> str:
        """Keyed hash stored instead of the key: a stolen table cannot be brute-forced."""
        data = raw_key.encode("utf-8", "surrogatepass")
        return hmac.new(self._hmac, data, hashlib.sha256).hexdigest()

    def encrypt(self, plaintext: str) -> str:
        return self._cipher().encrypt(plaintext.encode("utf-8", "surrogatepass")).decode("ascii")

    def decrypt(self, token: str) -> str:
        from cryptography.fernet import InvalidToken

        try:
            return self._cipher().decrypt(token.encode("ascii")).decode("utf-8", "surrogatepass")
        except InvalidToken as exc:
            raise SecretConfigError(
                "a provider secret cannot be decrypted: the server secret changed"
            ) from exc


def generate_api_key() -> str:
    """A new client key: `wa-` and 43 URL-safe characters (256 bits)."""
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def looks_like_api_key(raw_key: str) -> bool:
    """Cheap shape check so garbage never costs a hash or a database lookup."""
    return raw_key.startswith(API_KEY_PREFIX) and 10 <= len(raw_key) <= _MAX_API_KEY_LENGTH


def display_prefix(raw_key: str) -> str:
    """What listings show of a key: enough to recognise it, useless to an attacker."""
    return raw_key[:10]


def load_server_secrets(settings: Settings, target: DatabaseTarget) -> ServerSecrets:
    """Resolve the master secret as documented above."""
    master = _master_secret(settings, target)
    jwt_key = settings.jwt_secret or _derive(master, "jwt").hex()
    return ServerSecrets(master=master, jwt_key=jwt_key)


def _master_secret(settings: Settings, target: DatabaseTarget) -> bytes:
    if not target.is_sqlite and not settings.jwt_secret:
        raise SecretConfigError(
            "JWT_SECRET is required when DATABASE_URL is PostgreSQL "
            "(every replica must sign and verify with the same secret); "
            "generate one with: openssl rand -hex 32"
        )
    if settings.waddleai_secret_key:
        return settings.waddleai_secret_key.encode()
    if settings.jwt_secret and not target.is_sqlite:
        return settings.jwt_secret.encode()
    if target.sqlite_path is None:
        return secrets.token_bytes(32)  # in-memory database: nothing outlives the process
    return _secret_file(Path(f"{target.sqlite_path}.secret"))


def _secret_file(path: Path) -> bytes:
    """Read the secret kept with the SQLite file, creating it atomically if missing."""
    if not path.exists():
        temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
        try:
            os.link(temp, path)  # atomic: the first process to start wins
        except FileExistsError:
            pass
        finally:
            temp.unlink(missing_ok=True)
    value = path.read_text().strip()
    if len(value) < 32:
        raise SecretConfigError(f"{path} is damaged: expected a 64-character hex secret")
    return value.encode()
