"""The in-process minute log keeps exactly what a plain list of (time, amount) keeps."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from waddleai.routing.keys import limits
from waddleai.routing.keys.limits import WINDOW_SECONDS, MinuteLog


class ReferenceLog:
    """The specification: every entry of the last minute, at most MAX_ENTRIES of them."""

    def __init__(self) -> None:
        self.entries: list[tuple[float, int]] = []

    def live(self, now: float) -> list[tuple[float, int]]:
        kept = [e for e in self.entries if e[0] > now - WINDOW_SECONDS]
        self.entries = kept[-limits.MAX_ENTRIES :]
        return self.entries


steps = st.lists(
    st.tuples(
        st.floats(0, 40), st.sampled_from(["add", "total", "frees_in"]), st.integers(-50, 500)
    ),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(steps)
def test_matches_the_reference(script: list[tuple[float, str, int]]) -> None:
    log, reference, now = MinuteLog(), ReferenceLog(), 1000.0
    for advance, action, amount in script:
        now += advance
        live = reference.live(now)
        if action == "add":
            log.add(now, amount)
            reference.entries.append((now, amount))
        elif action == "total":
            assert log.total(now) == sum(a for _, a in live)
        else:
            expected = max(0.0, live[0][0] + WINDOW_SECONDS - now) if live else 0.0
            assert log.frees_in(now) == expected
    log.total(now)
    assert len(log) == len(reference.live(now))


def test_entry_cap_and_compaction_keep_the_newest(monkeypatch) -> None:
    """Past MAX_ENTRIES the oldest go first; consumed entries leave the arrays."""
    monkeypatch.setattr(limits, "MAX_ENTRIES", 5000)
    log = MinuteLog()
    for i in range(20_000):
        log.add(1000.0 + i * 1e-4, 1 + i % 3)
    assert log.total(1002.0) == sum(1 + i % 3 for i in range(15_000, 20_000))
    assert len(log) == 5000
    assert len(log._times) < 5000 + limits._COMPACT_AFTER * 2  # the front was dropped
    assert log.total(1000.0 + 19_999e-4 + WINDOW_SECONDS) == 0
    assert len(log) == 0
