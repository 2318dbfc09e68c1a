"""Seed a store with 1,000,000 usage records and time every portal page against it.

    .venv/bin/python bench/portal_seed.py                  # 1,000,000 records, SQLite
    .venv/bin/python bench/portal_seed.py --records 200000 --db /tmp/p.db
    .venv/bin/python bench/portal_seed.py --reuse          # time an already seeded file
    .venv/bin/python bench/portal_seed.py --database-url postgresql://postgres@127.0.0.1/test

The store gets 5 organizations, 50 users (admin, resource managers, reporters, users),
2 keys each, 8 models on 3 providers and 60 days of traffic with 2 % errors; the
per-request rows and the daily aggregates the recorder would have written are both
inserted, consistently. Each page is then fetched through the real management app
(in process, over ASGI, logged in by the portal's own cookie) `--rounds` times per
role, and the median and worst time printed. The goal: every page under 300 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, insert, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from waddleai.config.settings import Settings  # noqa: E402
from waddleai.mgmt import create_mgmt_app  # noqa: E402
from waddleai.store import bootstrap, open_store  # noqa: E402
from waddleai.store.identity import SYSTEM, create_user  # noqa: E402
from waddleai.store.models import ApiKey  # noqa: E402
from waddleai.store.usage_models import UsageDaily, UsageRecord  # noqa: E402

PASSWORD = "bench-password-1"
MODELS = [
    ("openai", "gpt-4o"), ("openai", "gpt-4o-mini"), ("openai", "o3-mini"),
    ("anthropic", "claude-sonnet-4-20250514"), ("anthropic", "claude-3-5-haiku-20241022"),
    ("cerebras", "glm-4.6"), ("cerebras", "glm-4.5-air"), ("openai", "gpt-4.1"),
]  # fmt: skip
DAYS = 60
GROUP_COLUMNS = ("day", "user_id", "key_id", "org_id", "provider", "model")
SUM_COLUMNS = ("requests", "errors", "input_tokens", "output_tokens", "cached_tokens")
SUM_COLUMNS += ("waddleai_tokens", "cost_usd")
BATCH = 20_000
PAGES = [
    "/portal/",
    "/portal/keys",
    "/portal/users",
    "/portal/orgs",
    "/portal/usage",
    "/portal/usage?period=90d&group=model",
    "/portal/usage?period=month&group=user",
    "/portal/usage?period=30d&group=key",
    "/portal/usage.csv?period=90d&group=day",
    "/portal/requests",
    "/portal/requests?model=gpt-4o",
    "/portal/requests?status=error",
    "/portal/requests?before={mid}",
    "/portal/requests?key={key}",
    "/portal/requests?model=no-such-model",
    "/portal/providers",
    "/portal/security",
    "/portal/audit",
    "/portal/playground",
]
SCOPED_PAGES = ["/portal/", "/portal/keys", "/portal/usage", "/portal/requests"]
SCOPED_PAGES += ["/portal/usage?period=90d&group=model", "/portal/requests?status=error"]


async def seed_identities(store) -> dict[str, object]:
    users: list[tuple[int, int]] = []  # (user id, org id)
    names: dict[str, str] = {}
    async with store.transaction() as tx:
        orgs = [await tx.orgs.create(name=f"bench-org-{i}", description="") for i in range(5)]
        for i in range(50):
            role = "resource_manager" if i < 5 else "reporter" if i < 10 else "user"
            org = orgs[i % 5]
            user = await create_user(
                tx, SYSTEM, username=f"bench-{role}-{i}", password=PASSWORD, role=role,
                org_ids=[org.id],
            )  # fmt: skip
            users.append((user.id, org.id))
            names.setdefault(role, user.username)
    keys: list[tuple[int, int, int]] = []  # (key id, user id, org id)
    async with store.transaction() as tx:
        for user_id, org_id in users:
            for n in range(2):
                key = ApiKey(
                    name=f"bench-key-{user_id}-{n}", key_hash=f"bench-{user_id}-{n}".ljust(64, "0"),
                    key_prefix="wa-bench", user_id=user_id, org_id=org_id, enabled=True,
                )  # fmt: skip
                tx.session.add(key)
                await tx.session.flush()
                keys.append((key.id, user_id, org_id))
    return {"keys": keys, "names": names}


def _records(count: int, keys: list[tuple[int, int, int]]):
    rng = random.Random(7)
    end = datetime.now(UTC)
    start = end - timedelta(days=DAYS)
    span = (end - start).total_seconds()
    weights = [k % 7 + 1 for k in range(len(keys))]  # some keys busier than others
    for i in range(count):
        at = start + timedelta(seconds=span * i / count)
        key_id, user_id, org_id = rng.choices(keys, weights)[0]
        provider, model = MODELS[rng.randrange(len(MODELS))]
        inp, out = rng.randint(20, 4000), rng.randint(1, 1500)
        status = 200 if rng.random() > 0.02 else rng.choice([429, 500, 502])
        cost = (inp * 2.5 + out * 10) / 1e6
        yield {
            "request_id": f"req-{i}", "at": at, "key_id": str(key_id), "user_id": user_id,
            "org_id": org_id, "api": "openai", "provider": provider, "model": model,
            "requested_model": model, "input_tokens": inp, "output_tokens": out,
            "cached_tokens": 0, "waddleai_tokens": int(cost * 100_000), "cost_usd": cost,
            "latency_ms": rng.uniform(80, 4000), "status": status, "stream": rng.random() < .5,
            "estimated": False,
        }  # fmt: skip


async def seed_usage(store, count: int, keys) -> None:
    daily: dict[tuple, list[float]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0.0])
    batch: list[dict] = []
    started = time.perf_counter()
    for n, row in enumerate(_records(count, keys), 1):
        batch.append(row)
        key = (row["at"].date(), row["user_id"], row["key_id"], row["org_id"], row["provider"],
               row["model"])  # fmt: skip
        sums = daily[key]
        sums[0] += 1
        sums[1] += row["status"] >= 400
        sums[2] += row["input_tokens"]
        sums[3] += row["output_tokens"]
        sums[5] += row["waddleai_tokens"]
        sums[6] += row["cost_usd"]
        if len(batch) == BATCH or n == count:
            async with store.transaction() as tx:
                await tx.session.execute(insert(UsageRecord), batch)
            batch = []
            print(f"\r  usage records: {n:,} ({time.perf_counter() - started:.0f} s)", end="")
    print()
    rows = [
        dict(zip(GROUP_COLUMNS, k, strict=True)) | dict(zip(SUM_COLUMNS, v, strict=True))
        for k, v in daily.items()
    ]
    for i in range(0, len(rows), BATCH):
        async with store.transaction() as tx:
            await tx.session.execute(insert(UsageDaily), rows[i : i + BATCH])
    print(f"  daily aggregate rows: {len(rows):,}")


async def login(client: httpx.AsyncClient, username: str) -> None:
    form = await client.get("/portal/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
    done = await client.post(
        "/portal/login",
        data={"csrf_token": token, "username": username, "password": PASSWORD, "next": ""},
    )
    assert done.status_code == 303, done.text[:500]


async def time_pages(app, username: str, pages: list[str], rounds: int, fill: dict) -> list:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://mgmt") as client:
        await login(client, username)
        results = []
        for page in pages:
            url = page.format(**fill)
            times = []
            for _ in range(rounds):
                started = time.perf_counter()
                response = await client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            results.append((url, statistics.median(times), max(times)))
    return results


def database_url(args: argparse.Namespace) -> str:
    """The store to use; a fresh SQLite file unless --reuse or --database-url."""
    if args.database_url:
        return str(args.database_url)
    path = Path(args.db).resolve()
    if not args.reuse:
        for suffix in ("", "-wal", "-shm", ".secret"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{path}"


async def main(args: argparse.Namespace, url: str) -> int:
    settings = Settings(
        database_url=url, admin_password=PASSWORD, log_level="WARNING", jwt_secret="bench-" * 6
    )
    store = await open_store(settings)
    try:
        await bootstrap(store, settings, echo=lambda _line: None)
        async with store.session() as session:
            present = (await session.execute(select(func.count(UsageRecord.id)))).scalar_one()
        if not args.reuse or present == 0:
            print(f"seeding {args.records:,} usage records into {url}")
            seeded = await seed_identities(store)
            await seed_usage(store, args.records, seeded["keys"])
            present = args.records
            async with store.engine.begin() as conn:  # as autovacuum would after a bulk load
                await conn.execute(text("ANALYZE"))
        async with store.session() as session:
            mid = (await session.execute(select(func.max(UsageRecord.id)))).scalar_one() // 2
            key = (await session.execute(select(func.min(UsageRecord.key_id)))).scalar_one()
        app = create_mgmt_app(settings, store)
        fill = {"mid": mid, "key": key}
        print(f"\n{present:,} usage records; median / worst of {args.rounds} fetches per page\n")
        worst = 0.0
        for role, username, pages in (
            ("admin", "admin", PAGES),
            ("resource_manager", "bench-resource_manager-0", SCOPED_PAGES),
            ("reporter", "bench-reporter-5", SCOPED_PAGES),
            ("user", "bench-user-10", SCOPED_PAGES),
        ):
            print(f"{role}:")
            for page, median, slowest in await time_pages(app, username, pages, args.rounds, fill):
                worst = max(worst, median)
                flag = "" if median < 300 else "   <-- over 300 ms"
                print(f"  {median:7.1f} ms  {slowest:7.1f} ms  {page}{flag}")
        print(f"\nslowest page (median): {worst:.1f} ms")
        return 0 if worst < 300 else 1
    finally:
        await store.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(ROOT / "bench" / ".portal-bench.db"))
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--reuse", action="store_true", help="time an already seeded store")
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    sys.exit(asyncio.run(main(arguments, database_url(arguments))))
