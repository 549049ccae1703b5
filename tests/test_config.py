"""Workspace configuration: strict, helpful, found the documented way."""

from __future__ import annotations

import pytest

from recordskit.config import find_workspace, load_workspace_config, parse_workspace
from recordskit.errors import ConfigError, WorkspaceNotFound
from recordskit.workspace import init_workspace, open_workspace


def test_init_writes_a_valid_workspace(tmp_path):
    ws = init_workspace(tmp_path / "city", city_name="O'Neill \"Town\"", profile="stanton",
                        city_web_domains=("example.org",))
    assert ws.config.city_name == "O'Neill \"Town\""
    assert ws.config.city_web_domains == ("example.org",)
    assert ws.profile.name == "stanton"
    assert ws.archive.version == 0
    assert ws.reports_dir.is_dir()
    with pytest.raises(ConfigError, match="already a workspace"):
        init_workspace(tmp_path / "city")


def test_init_keeps_an_existing_configuration(tmp_path):
    root = tmp_path / "city"
    root.mkdir()
    (root / "recordskit.toml").write_text('city_name = "Harbor Point"\nprofile = "stanton"\n'
                                          'archive_path = "data/archive"\n', encoding="utf-8")
    ws = init_workspace(root, city_name="ignored", profile="stockton")
    assert (ws.config.city_name, ws.profile.name) == ("Harbor Point", "stanton")
    assert ws.archive_path == root / "data" / "archive"
    assert ws.archive.version == 0


def test_unknown_profile_writes_nothing(tmp_path):
    with pytest.raises(ConfigError, match="unknown policy profile 'fresno'"):
        init_workspace(tmp_path / "x", profile="fresno")
    assert not (tmp_path / "x" / "recordskit.toml").exists()


def test_unknown_keys_are_rejected_with_the_allowed_ones():
    with pytest.raises(ConfigError) as err:
        parse_workspace({"city_name": "X", "timezone": "UTC"}, "recordskit.toml")
    message = str(err.value)
    assert "unknown setting 'timezone'" in message and "time_zone" in message
    with pytest.raises(ConfigError) as err:
        parse_workspace({"city_name": "X", "pra": {"closes": "17:00"}}, "recordskit.toml")
    assert "unknown setting 'pra.closes'" in str(err.value)
    assert "office_closes_at" in str(err.value)


def test_bad_values_are_named():
    with pytest.raises(ConfigError, match="time_zone: .*unknown time zone 'Mars/Olympus'"):
        parse_workspace({"city_name": "X", "time_zone": "Mars/Olympus"}, "f")
    with pytest.raises(ConfigError, match="closure_days"):
        parse_workspace({"city_name": "X", "closure_days": ["someday"]}, "f")


def test_settings_are_frozen(tmp_path):
    ws = init_workspace(tmp_path / "w")
    with pytest.raises(ValueError):
        ws.config.city_name = "Other"  # type: ignore[misc]


def test_broken_toml_names_the_file(tmp_path):
    (tmp_path / "recordskit.toml").write_text("city_name = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="recordskit.toml: not valid TOML"):
        load_workspace_config(tmp_path)


def test_workspace_resolution_order(tmp_path, monkeypatch):
    a = init_workspace(tmp_path / "a").root
    b = init_workspace(tmp_path / "b").root
    deep = a / "reports" / "x" / "y"
    deep.mkdir(parents=True)
    monkeypatch.delenv("RECORDSKIT_WORKSPACE", raising=False)
    assert find_workspace(start=deep) == a
    monkeypatch.setenv("RECORDSKIT_WORKSPACE", str(b))
    assert find_workspace(start=deep) == b
    assert find_workspace(a) == a
    assert open_workspace(a).root == a
    monkeypatch.delenv("RECORDSKIT_WORKSPACE")
    with pytest.raises(WorkspaceNotFound, match="no workspace"):
        find_workspace(start=tmp_path)
