"""The transport tests' real origin servers serve the provider tests too."""

from tests.transport.conftest import serve  # noqa: F401
