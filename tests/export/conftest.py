"""Export tests reuse the intake environment (real bundles through the sync)."""

from tests.intake.conftest import env, outbox_keyring  # noqa: F401  (fixtures)
from tests.ui.conftest import people, ui_bo, workers  # noqa: E402, F401  (fixtures for the page test)
