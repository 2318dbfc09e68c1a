"""A pipeline stage: one concern of a request, entered in order and left in reverse.

`enter` runs before the upstream call. It may raise a GatewayError (the request is
refused in the client's API), or answer early by setting `ex.answer` (or `ex.stream`)
and returning True: the upstream is not called, and only the stages already entered
are left. `leave` runs after the call, innermost stage first, and may edit `ex.answer`
or wrap `ex.stream` (to see stream events as they pass). Neither settles: settling
(quota, usage record, metrics, log) happens once, in pipeline/settle.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from waddleai.pipeline.exchange import Exchange


class Stage:
    """Base class; override what the stage needs. Stages are built once at start."""

    name: ClassVar[str] = "stage"
    has_leave: ClassVar[bool] = False  # set True when `leave` is overridden

    async def enter(self, ex: Exchange) -> bool | None:
        return None

    async def leave(self, ex: Exchange) -> None:
        return None

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.leave is not Stage.leave:
            cls.has_leave = True
