"""The synthetic city generator: determinism, the committed sample, the answer key, the formats."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from recordskit.config import parse_workspace
from recordskit.schema import TABLES, record_id
from recordskit.synth import generate
from recordskit.synth.text import HOSTILE
from recordskit.synth.writers.vendor_csv import COLUMNS

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data_samples" / "city"


def control_ids() -> list[str]:
    """Control ids from the table rows of docs/controls.md (a verbatim copy of CONTROLS.md)."""
    text = (REPO / "docs" / "controls.md").read_text(encoding="utf-8")
    return re.findall(r"^\|\s*([A-Z]+-\d+)\s*\|", text, flags=re.MULTILINE)


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "city"
    generate(out, seed=11, scale=400)
    return out


@pytest.fixture(scope="module")
def clean_city(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "clean"
    generate(out, seed=11, scale=400, clean=True)
    return out


def key_of(root: Path) -> dict:
    return json.loads((root / "answer_key.json").read_text(encoding="utf-8"))


def vendor_rows(root: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted((root / "vendor").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def js_array(path: Path, prefix: str) -> list:
    text = path.read_text(encoding="utf-8")
    assert text.startswith(prefix + " = ["), path
    return json.loads(text[len(prefix) + 3:])


# --- determinism -------------------------------------------------------------------------------

def test_same_seed_gives_identical_bytes(city, tmp_path):
    again = tmp_path / "again"
    generate(again, seed=11, scale=400)
    assert files_of(again) == files_of(city)


def test_another_seed_gives_another_city(city, tmp_path):
    other = tmp_path / "other"
    generate(other, seed=12, scale=400)
    assert files_of(other) != files_of(city)


def test_committed_sample_equals_a_fresh_generation(tmp_path):
    made = key_of(SAMPLE)["generated_with"]
    fresh = tmp_path / "city"
    generate(fresh, seed=made["seed"], scale=made["scale"], profile=made["profile"],
             clean=made["clean"])
    expected, got = files_of(SAMPLE), files_of(fresh)
    assert sorted(got) == sorted(expected)
    differing = [name for name in expected if expected[name] != got[name]]
    assert not differing, f"regenerate data_samples/city (see data_samples/README.md): {differing}"


def test_sample_readme_records_the_seed_and_command():
    made = key_of(SAMPLE)["generated_with"]
    readme = (REPO / "data_samples" / "README.md").read_text(encoding="utf-8")
    assert f"--seed {made['seed']} --scale {made['scale']}" in readme


# --- the answer key ----------------------------------------------------------------------------

def test_every_control_is_in_the_answer_key(city):
    ids = control_ids()
    assert len(ids) == len(set(ids)) > 30
    assert list(key_of(city)["controls"]) == ids


@pytest.mark.parametrize("profile", ["stockton", "stanton"])
def test_every_applicable_control_has_planted_cases(profile, city, tmp_path):
    root = city if profile == "stockton" else tmp_path / profile
    if profile != "stockton":
        generate(root, seed=11, scale=200, profile=profile)
    for control, entry in key_of(root)["controls"].items():
        assert entry["id_kind"], control
        if not entry["evaluable"] or not entry["applies"]:
            assert entry["reason"], control
            assert not entry["planted"], control
        elif not entry["metric"]:
            assert entry["planted"], f"{control}: nothing planted under {profile}"


def test_clean_mode_plants_nothing(clean_city):
    key = key_of(clean_city)
    assert key["generated_with"]["clean"] is True
    assert all(not entry["planted"] for entry in key["controls"].values())
    assert any(entry["lookalikes"] for entry in key["controls"].values())


def test_clean_mode_is_the_same_city(city, clean_city):
    def staff(root):
        wb = openpyxl.load_workbook(root / "registers" / "staff.xlsx")
        return [row[:3] for row in wb.active.iter_rows(values_only=True)]

    assert staff(city) == staff(clean_city)


def _record_ids_in_outputs(root: Path) -> set[str]:
    ids = {record_id(r["Network"], r["Account"], r["Type"], r["Item ID"])
           for r in vendor_rows(root)}
    for path in (root / "exports").glob("*/twitter-*/data/*tweets*.js"):
        prefix = path.read_text(encoding="utf-8").split(" = [", 1)[0]
        account = path.parts[-4]
        ids |= {record_id("x", account, "post", t["tweet"]["id_str"])
                for t in js_array(path, prefix)}
    for path in (root / "exports").glob("*/takeout-*/Takeout/*/comments/comments.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            ids |= {record_id("youtube", path.parts[-6], "reply", r["Comment ID"])
                    for r in csv.DictReader(fh)}
    for path in (root / "exports").glob("*/facebook-*/posts/your_posts_1.json"):
        ids |= {record_id("facebook", path.parts[-4], "post", f"post:{p['timestamp']}")
                for p in json.loads(path.read_text(encoding="utf-8"))}
    return ids


def test_record_ids_of_the_key_are_in_the_outputs(city):
    key = key_of(city)
    present = _record_ids_in_outputs(city)
    listed = set()
    for entry in key["controls"].values():
        for case in entry["planted"] + entry["lookalikes"]:
            if entry["id_kind"] in ("record_id", "thread_record_id"):
                listed.add(case["id"])
            if "record_id" in case:
                listed.add(case["record_id"])
    listed |= set(key["pra_sample"]["responsive_record_ids"])
    assert listed and listed <= present, sorted(listed - present)[:5]


def test_action_ids_of_the_key_are_in_the_logs(city):
    logged = set()
    for path in (city / "moderation_logs").glob("*.csv"):
        with open(path, encoding="utf-8", newline="") as fh:
            logged |= {r["Action ID"] for r in csv.DictReader(fh)}
    for path in (city / "moderation_logs").glob("*.xlsx"):
        ws = openpyxl.load_workbook(path).active
        logged |= {row[0] for row in ws.iter_rows(min_row=5, values_only=True) if row[0]}
    for control, entry in key_of(city)["controls"].items():
        if entry["id_kind"] == "action_id":
            cases = {c["id"] for c in entry["planted"] + entry["lookalikes"]}
            assert cases <= logged, control


def test_removed_content_is_kept_except_where_planted(city):
    """MOD-3: look-alikes keep the removed text; the planted empty capture has none."""
    by_record: dict[str, list[str]] = {}
    for r in vendor_rows(city):
        rid = record_id(r["Network"], r["Account"], r["Type"], r["Item ID"])
        by_record.setdefault(rid, []).append(r["Content"])
    mod3 = key_of(city)["controls"]["MOD-3"]
    for case in mod3["lookalikes"]:
        assert any(by_record[case["record_id"]]), case
    empty = [c for c in mod3["planted"] if "record_id" in c]
    assert empty and all(not any(by_record[c["record_id"]]) for c in empty)


def test_sample_request_has_responsive_records_including_removed_ones(city):
    sample = key_of(city)["pra_sample"]
    assert sample["responsive_record_ids"]
    assert sample["responsive_not_visible_record_ids"]
    assert set(sample["responsive_not_visible_record_ids"]) <= set(
        sample["responsive_record_ids"])
    assert not set(sample["thread_context_record_ids"]) & set(sample["responsive_record_ids"])
    request = (city / "pra_request.yaml").read_text(encoding="utf-8")
    assert "request_id: PRA-2026-052" in request and "scope_query: sideshow" in request


def test_counts_match_the_written_rows(city):
    counts = key_of(city)["counts"]
    assert set(counts) == {t.name for t in TABLES.values() if not t.archive_written}
    versions = {tuple(r[c] for c in ("Network", "Account", "Item ID", "Edited (UTC)", "Content",
                                     "State"))
                for r in vendor_rows(city)}
    platform_items = sum(key_of(city)["counts_detail"]["items_by_channel"].values()) - \
        key_of(city)["counts_detail"]["items_by_channel"]["vendor"]
    assert counts["content"] == len(versions) + platform_items
    with open(city / "registers" / "content_approvals.csv", encoding="utf-8") as fh:
        assert counts["content_approvals"] == sum(1 for _ in fh) - 1


# --- formats -----------------------------------------------------------------------------------

def test_workspace_config_is_valid_and_maps_the_vendor_csv(city):
    data = tomllib.loads((city / "recordskit.toml").read_text(encoding="utf-8"))
    ws = parse_workspace(data, "recordskit.toml")
    assert ws.vendor_csv["archivesocial"].columns == COLUMNS
    with open(next((city / "vendor").glob("*.csv")), encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == list(COLUMNS.values())
    assert "synthetic" in (city / "README.md").read_text(encoding="utf-8").lower()


def test_x_archive_files_are_javascript_wrapped_json(city):
    data = next((city / "exports" / "pd-x").glob("twitter-*")) / "data"
    assert js_array(data / "account.js", "window.YTD.account.part0")[0]["account"]["username"]
    part0 = js_array(data / "tweets.js", "window.YTD.tweets.part0")
    part1 = js_array(data / "tweets-part1.js", "window.YTD.tweets.part1")
    deleted = js_array(data / "deleted-tweets.js", "window.YTD.deleted_tweets.part0")
    assert part0 and part1 and deleted
    tweet = part0[0]["tweet"]
    assert isinstance(tweet["id_str"], str) and isinstance(tweet["favorite_count"], str)
    assert re.fullmatch(r"\w{3} \w{3} \d\d \d\d:\d\d:\d\d \+0000 \d{4}", tweet["created_at"])
    assert all("deleted_at" in t["tweet"] for t in deleted)


def test_meta_exports_are_mis_encoded(city):
    raw = b"".join(p.read_bytes() for p in (city / "exports").glob("*/facebook-*/**/*.json"))
    assert raw.isascii()
    texts = [p["data"][0]["post"] for path in (city / "exports").glob(
        "*/facebook-*/posts/your_posts_1.json") for p in json.loads(path.read_text("utf-8"))]
    broken = [t for t in texts if not t.isascii()]
    assert broken, "no non-ASCII text in the Facebook posts"
    repaired = [t.encode("latin-1").decode("utf-8") for t in broken]
    assert any(ch in "".join(repaired) for ch in "íéễ")
    profile = next((city / "exports" / "pd-fb").glob("facebook-*")) / "profile_information"
    doc = json.loads((profile / "profile_information.json").read_text("utf-8"))
    assert doc["profile_v2"]["name"]["full_name"] == "Harbor Point Police Department"
    ig = next((city / "exports" / "parks-ig").glob("instagram-*"))
    assert json.loads((ig / "content" / "posts_1.json").read_text("utf-8"))
    comments = json.loads((ig / "comments" / "post_comments_1.json").read_text("utf-8"))
    assert comments[0]["string_map_data"]["Comment"]["value"]


def test_youtube_takeout_has_both_header_generations(city):
    older = next((city / "exports" / "cmo-yt").rglob("comments.csv"))
    newer = next((city / "exports" / "pw-yt").rglob("comments.csv"))
    with open(older, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and json.loads(rows[0]["Comment Text"])["takeoutSegments"]
    assert newer.read_text(encoding="utf-8").startswith(
        "Comment ID,Channel ID,Comment Create Timestamp,Price,Comment Text")
    assert next((city / "exports" / "cmo-yt").rglob("channel.csv")).read_text("utf-8")


def test_moderation_workbooks_are_untidy(city):
    ws = openpyxl.load_workbook(city / "moderation_logs" / "pd_moderation_log.xlsx").active
    assert any(str(r) == "A1:M1" for r in ws.merged_cells.ranges)
    rows = list(ws.iter_rows(values_only=True))
    assert all(v is None for v in rows[2])  # the blank row above the header
    assert rows[3][0] == "Action ID"
    times = [r[6] for r in rows[4:] if r[0]]
    assert any(isinstance(t, str) and re.fullmatch(r"\d+/\d+/\d{4} \d+:\d\d [AP]M", t)
               for t in times)
    assert any(t is not None and not isinstance(t, str) for t in times)
    assert (city / "moderation_logs" / "cmo_moderation_log.csv").exists()


def test_registers_use_the_schema_field_names(city):
    registers = city / "registers"
    names = {p.stem for p in registers.iterdir()}
    assert names == {t.name for t in TABLES.values() if t.register}
    with open(registers / "accounts.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == TABLES["accounts"].names
    wb = openpyxl.load_workbook(registers / "staff.xlsx")
    assert [c.value for c in wb.active[1]] == TABLES["staff"].names
    assert "account_profiles:" in (registers / "account_profiles.yaml").read_text("utf-8")


def test_hostile_and_non_ascii_texts_are_present(city):
    texts = [r["Content"] for r in vendor_rows(city)]
    for hostile in HOSTILE:
        assert hostile in texts, hostile
    assert any(t.startswith(("=", "+", "-", "@")) for t in texts)
    joined = "\n".join(texts)
    assert "<script>" in joined and "Nguyễn" in joined and "🎉" in joined
    names = {r["Author Name"] for r in vendor_rows(city)}
    assert any("Zoë" in n or "José" in n for n in names)


# --- command line ------------------------------------------------------------------------------

def test_cli_generates_and_refuses_a_non_empty_folder(tmp_path):
    from recordskit.cli import cli

    out = tmp_path / "cli"
    result = CliRunner().invoke(cli, ["synth", str(out), "--seed", "3", "--scale", "50",
                                      "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["counts"]["content"] == key_of(out)["counts"]["content"]
    again = CliRunner().invoke(cli, ["synth", str(out), "--seed", "3", "--scale", "50"])
    assert again.exit_code == 2
    assert "not an empty folder" in again.output
