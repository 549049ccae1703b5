"""Detection: which loader reads which file or folder; a miss says what exists."""

from __future__ import annotations

import pytest

from recordskit.config import parse_workspace
from recordskit.errors import InputError
from recordskit.sources import default_registry
from tests.sources_fixtures import EXPORTS, VENDOR_MAP


@pytest.fixture
def registry():
    import tomllib

    settings = parse_workspace({"city_name": "Test", **tomllib.loads(VENDOR_MAP)}, "test")
    return default_registry(settings)


@pytest.mark.parametrize(("path", "loader"), [
    ("x_archive", "x_archive"),
    ("x_archive/data/tweets.js", "x_archive"),
    ("x_archive/data/deleted-tweets.js", "x_archive"),
    ("grailbird", "x_archive"),
    ("grailbird/tweets.csv", "x_archive"),
    ("facebook", "facebook"),
    ("facebook/your_facebook_activity/posts/your_posts_1.json", "facebook"),
    ("facebook_old", "facebook"),
    ("instagram", "instagram"),
    ("youtube_old", "youtube"),
    ("youtube_new/comments/comments.csv", "youtube"),
    ("youtube_translated", "youtube"),
    ("vendor/archivesocial.csv", "vendor_csv:archivesocial"),
    ("moderation/parks_log.csv", "moderation_log"),
    ("registers/accounts.csv", "register"),
    ("registers/roster.yaml", "register"),
])
def test_detects_each_format(registry, path, loader):
    assert registry.detect(EXPORTS / path).name == loader


def test_a_folder_of_several_exports_is_walked_registers_first(registry):
    plan = registry.plan([EXPORTS])
    names = [loader.name for _, loader in plan.units]
    assert names[:3] == ["register"] * 3
    assert {p.name for p, _ in plan.units} >= {"x_archive", "grailbird", "facebook", "instagram",
                                               "youtube_old", "youtube_new", "parks_log.csv"}
    # the Grailbird CSV repeats the monthly files: only those are read
    grailbird = dict((p.name, loader) for p, loader in plan.units)["grailbird"]
    assert [f.name for f in grailbird.inputs(EXPORTS / "grailbird")] == ["2014_05.js"]


def test_get_miss_names_the_format_and_lists_the_known(registry):
    with pytest.raises(InputError) as exc:
        registry.get("myspace")
    text = str(exc.value)
    assert "'myspace'" in text and "x_archive" in text and "vendor_csv:archivesocial" in text


def test_vendor_csv_without_map_name_picks_the_only_map(registry):
    assert registry.get("vendor_csv").name == "vendor_csv:archivesocial"


def test_unknown_file_is_an_input_error(registry, tmp_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello")
    with pytest.raises(InputError, match="no loader recognizes this file"):
        registry.plan([odd])
