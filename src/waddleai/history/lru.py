"""A size-bounded LRU of response records (entries and bytes both capped)."""

from __future__ import annotations

from collections import OrderedDict

from waddleai.history.record import ResponseRecord


class RecordCache:
    """Least recently used records beyond ``max_entries`` or ``max_bytes`` are dropped."""

    def __init__(self, max_entries: int = 2048, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict[str, ResponseRecord] = OrderedDict()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def get(self, response_id: str) -> ResponseRecord | None:
        record = self._items.get(response_id)
        if record is not None:
            self._items.move_to_end(response_id)
        return record

    def put(self, record: ResponseRecord) -> None:
        if record.size > self.max_bytes // 4:  # one huge record must not flush the rest
            return
        self.pop(record.id)
        self._items[record.id] = record
        self.bytes += record.size
        while len(self._items) > self.max_entries or self.bytes > self.max_bytes:
            _, old = self._items.popitem(last=False)
            self.bytes -= old.size

    def pop(self, response_id: str) -> None:
        old = self._items.pop(response_id, None)
        if old is not None:
            self.bytes -= old.size
