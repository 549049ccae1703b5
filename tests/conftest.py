"""Shared fixtures."""

from __future__ import annotations

import pytest

from recordskit import init_workspace


@pytest.fixture
def workspace(tmp_path):
    return init_workspace(tmp_path / "ws", city_name="City of Testville (synthetic)")


class SyntheticCity:
    """A generated city (``recordskit synth``) ingested into its own workspace, once per test
    session: ``root`` is the generated folder, ``ws`` the workspace, ``answer_key`` the parsed
    answer_key.json."""

    SCALE = 3000

    def __init__(self, base, clean: bool):
        import json
        import shutil

        from click.testing import CliRunner

        from recordskit.cli import cli
        from recordskit.synth.generate import generate
        from recordskit.workspace import open_workspace

        self.root = base / "city"
        generate(self.root, seed=7, scale=self.SCALE, clean=clean)
        self.answer_key = json.loads((self.root / "answer_key.json").read_text(encoding="utf-8"))
        ws_root = base / "ws"
        init_workspace(ws_root)
        shutil.copy(self.root / "recordskit.toml", ws_root / "recordskit.toml")
        result = CliRunner().invoke(cli, ["--workspace", str(ws_root), "ingest", str(self.root),
                                          "--json"])
        assert result.exit_code == 0, result.output
        self.ws = open_workspace(ws_root)

    def controls(self) -> dict:
        return self.answer_key.get("controls", self.answer_key)


@pytest.fixture(scope="session")
def synthetic_city(tmp_path_factory):
    return SyntheticCity(tmp_path_factory.mktemp("synthetic_city"), clean=False)


@pytest.fixture(scope="session")
def clean_synthetic_city(tmp_path_factory):
    return SyntheticCity(tmp_path_factory.mktemp("clean_synthetic_city"), clean=True)
