"""Fixtures of the network services' tests."""

import pytest

from tests.desktop.keyring_backend import MemoryKeyring
from tests.desktop.services.support import Sleeps


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()
