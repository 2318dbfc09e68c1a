"""Allow ``python -m waddleai``."""

from waddleai.cli.main import app

app()
