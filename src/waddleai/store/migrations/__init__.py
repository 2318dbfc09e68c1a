"""Alembic migrations for the management store, shipped inside the package."""
