"""Settings the configuration accepts but the gateway does not act on yet.

A setting that silently does nothing is worse than one that is refused: operators
believe they are protected or limited. Each entry names the setting and what is
missing; `waddleai config validate` and the server's start-up log print them. An entry
is removed by the change that makes its setting work.
"""

from __future__ import annotations

from waddleai.config.settings import Settings


def unenforced(settings: Settings) -> list[str]:
    """Warnings for the settings in `settings` that are accepted but not enforced."""
    warnings: list[str] = []
    return warnings
