"""Tool-name shortening and the bidirectional map."""

from __future__ import annotations

import hashlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from waddleai.translate import ToolNameMap, shorten_tool_name

VALID = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")


def test_valid_names_unchanged() -> None:
    for name in ("Bash", "mcp__github__create_issue", "a" * 64, "x-y_z9"):
        assert shorten_tool_name(name) == name


def test_long_name_is_prefix_plus_sha() -> None:
    name = "mcp__some_really_long_server_name__" + "very_long_tool_name_" * 3
    assert len(name) > 64
    short = shorten_tool_name(name)
    digest = hashlib.sha256(name.encode()).hexdigest()[:8]
    assert short == name[:55] + "_" + digest
    assert len(short) == 64
    assert VALID.match(short)
    assert shorten_tool_name(name) == short  # deterministic


def test_invalid_characters_are_replaced_and_hashed() -> None:
    short = shorten_tool_name("server.tool name")
    assert VALID.match(short)
    assert short.startswith("server_tool_name_")
    assert shorten_tool_name("") != ""
    assert VALID.match(shorten_tool_name(""))


def test_map_round_trip_and_unknown_names() -> None:
    long_name = "mcp__" + "x" * 80
    names = ToolNameMap(["Read", long_name])
    up = names.to_upstream(long_name)
    assert up != long_name and len(up) <= 64
    assert names.to_client(up) == long_name
    assert names.to_upstream("Read") == "Read"
    assert names.to_client("Read") == "Read"
    assert names.to_client("never_seen") == "never_seen"
    assert names.renamed == {long_name: up}
    assert long_name in names and len(names) == 2


def test_unregistered_long_name_still_shortened_for_upstream() -> None:
    names = ToolNameMap()
    long_name = "y" * 100
    assert names.to_upstream(long_name) == shorten_tool_name(long_name)
    assert names.add(long_name) == shorten_tool_name(long_name)
    assert names.to_client(shorten_tool_name(long_name)) == long_name


@settings(max_examples=150)
@given(st.text(min_size=0, max_size=200))
def test_shortened_names_always_valid(name: str) -> None:
    short = shorten_tool_name(name)
    assert VALID.match(short)
    if VALID.match(name):
        assert short == name
