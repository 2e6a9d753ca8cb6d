from __future__ import annotations

import os

# Qt aborts the whole process without a display; tests run offscreen unless asked otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest

from tests.memkeyring import MemoryKeyring


@pytest.fixture
def memory_keyring():
    """A fresh in-memory OS credential store for one test."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)
