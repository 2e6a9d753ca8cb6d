"""Supervision tests reuse the intake environment (real bundles through gateway keys and sync)."""

from tests.intake.conftest import env, env_sqlite  # noqa: F401
