"""Supervision tests reuse the intake environment (real bundles through gateway keys and sync)
and, for the page tests, the UI tests' database and workers."""

from tests.intake.conftest import env, env_sqlite, outbox_keyring  # noqa: F401
from tests.ui.conftest import ui_bo, workers  # noqa: F401  (fixtures for the page tests)
