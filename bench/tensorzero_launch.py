"""Run the TensorZero gateway shipped inside PyPI's `tensorzero` wheel, over HTTP.

The wheel has no separate gateway binary: its native module (tensorzero.abi3.so)
embeds the Rust gateway, and `tensorzero._start_http_gateway` starts it on a free
port of 127.0.0.1 in tokio threads of this process (TOKIO_WORKER_THREADS sets how
many). Runs with bench/.tensorzero-venv/bin/python; prints the URL, then waits.

    python bench/tensorzero_launch.py tensorzero.toml
"""

from __future__ import annotations

import signal
import sys

import tensorzero  # type: ignore[import-not-found]


def main() -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    gateway = tensorzero._start_http_gateway(
        config_file=sys.argv[1],
        clickhouse_url=None,
        postgres_url=None,
        valkey_url=None,
        async_setup=False,
    )
    print(f"TENSORZERO_URL {gateway.base_url}", flush=True)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    gateway.close()


if __name__ == "__main__":
    main()
