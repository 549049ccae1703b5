"""Shared fixtures."""

from __future__ import annotations

import pytest

from recordskit import init_workspace


@pytest.fixture
def workspace(tmp_path):
    return init_workspace(tmp_path / "ws", city_name="City of Testville (synthetic)")
