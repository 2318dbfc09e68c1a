"""Stored responses: visible at once to another replica, only to their own key, expiring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from waddleai.history import ResponseHistory
from waddleai.history.lru import RecordCache
from waddleai.store import Store


def response(rid: str) -> dict:
    text = {"type": "output_text", "text": "hi", "annotations": []}
    out = [{"id": "msg_1", "type": "message", "role": "assistant", "content": [text]}]
    return {"id": rid, "object": "response", "model": "m", "output": out}


def record(history: ResponseHistory, rid: str, key: str = "key-a"):
    items = [{"id": "msg_0", "type": "message", "role": "user", "content": []}]
    return history.new_record(response=response(rid), input_items=items, key_id=key, user_id=7)


async def test_other_replica_reads_it_immediately(store: Store) -> None:
    writer, reader = ResponseHistory(store, 30), ResponseHistory(store, 30)
    await writer.save(record(writer, "resp_one"))
    found = await reader.get("resp_one", "key-a")
    assert found is not None
    assert [i["id"] for i in found.history] == ["msg_0", "msg_1"]
    assert found.body()["output"][0]["content"][0]["text"] == "hi"
    assert found.user_id == 7


async def test_another_key_never_sees_or_deletes_it(store: Store) -> None:
    history = ResponseHistory(store, 30)
    await history.save(record(history, "resp_two"))
    assert await history.get("resp_two", "key-b") is None
    assert await ResponseHistory(store, 30).get("resp_two", "key-b") is None
    assert await history.delete("resp_two", "key-b") is False
    assert await history.delete("resp_two", "key-a") is True
    assert await ResponseHistory(store, 30).get("resp_two", "key-a") is None
    assert await history.get("resp_two", "key-a") is None


async def test_expired_responses_are_gone_and_purged(store: Store) -> None:
    history = ResponseHistory(store, 30)
    old = record(history, "resp_old")
    old.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    await history.save(old)
    assert await history.get("resp_old", "key-a") is None
    assert await ResponseHistory(store, 30).get("resp_old", "key-a") is None
    assert await history.purge() >= 1


def test_cache_is_bounded_by_entries_and_bytes() -> None:
    history = ResponseHistory(None, 30, RecordCache(max_entries=3, max_bytes=10_000))
    for index in range(10):
        history.cache.put(record(history, f"resp_{index}"))
    assert len(history.cache) == 3 and history.cache.get("resp_0") is None
    big = record(history, "resp_big")
    big.size = 5_000
    history.cache.put(big)
    assert history.cache.get("resp_big") is None  # over a quarter of the budget
