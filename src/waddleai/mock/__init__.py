"""Mock upstream: imitates the OpenAI, Azure OpenAI, Anthropic and Ollama APIs.

Used by tests, demos and the throughput benchmark as the stand-in for a paid
provider. ``create_app`` gives the ASGI app, ``run`` serves it, and
``waddleai.mock.testing.start_mock`` runs it in a subprocess for tests.
"""

from waddleai.mock.app import create_app
from waddleai.mock.options import MockOptions
from waddleai.mock.server import run

__all__ = ["MockOptions", "create_app", "run"]
