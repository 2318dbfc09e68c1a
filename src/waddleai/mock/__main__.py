"""``python -m waddleai.mock``: run the mock upstream from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from waddleai.mock.options import MockOptions
from waddleai.mock.server import run


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line flags; every :class:`MockOptions` field has one."""
    defaults = MockOptions()
    parser = argparse.ArgumentParser(
        prog="python -m waddleai.mock",
        description="Mock OpenAI / Anthropic / Azure / Ollama upstream for tests and benchmarks.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9999)
    parser.add_argument("--latency-ms", type=float, default=defaults.latency_ms)
    parser.add_argument("--stream-interval-ms", type=float, default=defaults.stream_interval_ms)
    parser.add_argument(
        "--stream-chunks",
        type=int,
        default=None,
        help="content chunks per reply (default: per word)",
    )
    parser.add_argument("--reply", default=defaults.reply)
    parser.add_argument(
        "--models", default=None, help="comma-separated model list (default: a realistic set)"
    )
    parser.add_argument("--require-key", default=None, help="API key clients must send")
    parser.add_argument("--record-limit", type=int, default=defaults.record_limit)
    parser.add_argument("--argument-chunk-size", type=int, default=defaults.argument_chunk_size)
    parser.add_argument("--log-level", default="warning")
    return parser.parse_args(argv)


def options_from_args(args: argparse.Namespace) -> MockOptions:
    """Build :class:`MockOptions` from parsed flags."""
    options = MockOptions(
        latency_ms=args.latency_ms,
        stream_interval_ms=args.stream_interval_ms,
        stream_chunks=args.stream_chunks,
        reply=args.reply,
        require_key=args.require_key,
        record_limit=args.record_limit,
        argument_chunk_size=args.argument_chunk_size,
    )
    if args.models:
        options.models = [m.strip() for m in args.models.split(",") if m.strip()]
    return options


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point."""
    args = parse_args(argv)
    run(args.host, args.port, options_from_args(args), log_level=args.log_level)


if __name__ == "__main__":
    main()
