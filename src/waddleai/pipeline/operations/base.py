"""The interface every operation offers the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from waddleai.accounting.meter import Estimate, Meter, wanted_output

if TYPE_CHECKING:
    from waddleai.pipeline.exchange import Exchange


class Operation:
    """One kind of model request. Built once per route at start.

    `validate` checks the body in the client's own terms (before any limit is spent);
    `estimate` sizes the quota reservation; `call` does the upstream work and sets
    `ex.answer` (non-streamed, in the client's API) or `ex.stream`.
    """

    name: ClassVar[str] = "operation"
    charged: ClassVar[bool] = True  # reserves and settles quota
    unknown_model_ok: ClassVar[bool] = False  # an unresolvable model is not an error

    def validate(self, ex: Exchange) -> None:
        return None

    def estimate(self, ex: Exchange, meter: Meter, model: str) -> Estimate:
        """A chat-shaped body's prompt estimate plus the output it asks for at most."""
        return meter.estimate(ex.prompt_estimate(), wanted_output(ex.body), model)

    async def call(self, ex: Exchange) -> None:
        raise NotImplementedError
