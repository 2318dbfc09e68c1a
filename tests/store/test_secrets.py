"""Server secrets: where they come from, and what they protect."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from waddleai.config.settings import Settings
from waddleai.store.database import resolve_database
from waddleai.store.secrets import (
    SecretConfigError,
    ServerSecrets,
    generate_api_key,
    load_server_secrets,
    looks_like_api_key,
)


def _load(tmp_path: Path, **values: object) -> ServerSecrets:
    settings = Settings(data_dir=str(tmp_path), **values)
    return load_server_secrets(settings, resolve_database(settings.database_url, str(tmp_path)))


def test_sqlite_secret_is_generated_once_and_private(tmp_path: Path) -> None:
    first = _load(tmp_path)
    secret_file = tmp_path / "waddleai.db.secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    second = _load(tmp_path)
    assert first.hash_api_key("wa-abc") == second.hash_api_key("wa-abc")
    assert second.decrypt(first.encrypt("sk-provider")) == "sk-provider"
    assert first.jwt_key == second.jwt_key


def test_postgres_requires_jwt_secret(tmp_path: Path) -> None:
    with pytest.raises(SecretConfigError, match="JWT_SECRET is required"):
        _load(tmp_path, database_url="postgresql://u@h/db")


def test_postgres_derives_from_jwt_secret_or_dedicated_key(tmp_path: Path) -> None:
    a = _load(tmp_path, database_url="postgresql://u@h/db", jwt_secret="j" * 32)
    b = _load(tmp_path, database_url="postgresql://u@h/db", jwt_secret="j" * 32)
    assert a.hash_api_key("wa-x") == b.hash_api_key("wa-x")
    assert a.jwt_key == "j" * 32
    c = _load(
        tmp_path,
        database_url="postgresql://u@h/db",
        jwt_secret="other" * 8,
        waddleai_secret_key="k" * 32,
    )
    d = _load(tmp_path, database_url="postgresql://u@h/db", jwt_secret="j" * 32,
              waddleai_secret_key="k" * 32)  # fmt: skip
    assert c.hash_api_key("wa-x") == d.hash_api_key("wa-x") != a.hash_api_key("wa-x")


def test_key_hash_is_keyed(tmp_path: Path) -> None:
    a = _load(tmp_path, waddleai_secret_key="a" * 32)
    b = _load(tmp_path, waddleai_secret_key="b" * 32)
    assert a.hash_api_key("wa-same") != b.hash_api_key("wa-same")
    assert len(a.hash_api_key("wa-same")) == 64


def test_encryption_is_not_plaintext_and_fails_with_other_secret(tmp_path: Path) -> None:
    a = _load(tmp_path, waddleai_secret_key="a" * 32)
    token = a.encrypt("sk-very-secret")
    assert "sk-very-secret" not in token
    with pytest.raises(SecretConfigError):
        _load(tmp_path, waddleai_secret_key="b" * 32).decrypt(token)
    assert "a" * 32 not in repr(a)


def test_generated_keys() -> None:
    key = generate_api_key()
    assert key.startswith("wa-") and len(key) == 46
    assert looks_like_api_key(key)
    assert not looks_like_api_key("sk-123") and not looks_like_api_key("wa-" + "x" * 300)
    assert generate_api_key() != key


def test_postgres_requires_jwt_secret_even_with_dedicated_key(tmp_path: Path) -> None:
    with pytest.raises(SecretConfigError, match="JWT_SECRET is required"):
        _load(tmp_path, database_url="postgresql://u@h/db", waddleai_secret_key="k" * 32)


async def test_sqlite_database_is_created_private(databases) -> None:
    """Like the `.secret` file: password hashes and key HMACs are for the owner only."""
    import os

    from waddleai.store import open_store

    settings = await databases.settings("sqlite")
    path = settings.database_url.split("///", 1)[1]
    old_umask = os.umask(0o022)
    try:
        store = await open_store(settings)
        try:
            async with store.transaction() as tx:
                await tx.orgs.create(name="private", description="")
            files = [Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")]
            modes = {f.name: stat.S_IMODE(f.stat().st_mode) for f in files if f.exists()}
            assert Path(path).name in modes and set(modes.values()) == {0o600}, modes
        finally:
            await store.close()
    finally:
        os.umask(old_umask)


@pytest.mark.parametrize("label", ["api-key-hmac", "provider-secrets", "jwt"])
def test_derivation_equals_cryptography_hkdf(label: str) -> None:
    """The stdlib HKDF gives the keys earlier releases derived: stored key hashes,
    encrypted provider secrets and JWTs keep verifying across the upgrade."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    from waddleai.store.secrets import _derive

    for master in (b"", b"short", bytes(range(256)) * 2):
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"waddleai/v1", info=label.encode())
        assert _derive(master, label) == hkdf.derive(master)
