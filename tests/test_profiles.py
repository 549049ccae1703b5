"""Each seed policy's prohibited categories and required notices are in its profile."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from rapidfuzz import fuzz

from recordskit.errors import ConfigError
from recordskit.profiles import load_profile, shipped_profiles
from tests.builders import REPO

POLICIES = REPO / "docs" / "policies"


def _norm(s: str) -> str:
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def stockton_categories() -> list[str]:
    text = (POLICIES / "stockton_13.04.010_social_media_policy.txt").read_text(encoding="utf-8")
    block = text.split("are not allowed to be published")[1].split("These guidelines must")[0]
    return [_norm(line.lstrip(" -")) for line in block.splitlines()
            if line.strip().startswith("-") and line.strip() != "-"]


def stanton_categories() -> list[str]:
    text = (POLICIES / "stanton_social_media_policy.txt").read_text(encoding="utf-8")
    block = text.split("subject to removal and/or restriction by City staff:")[1]
    block = block.split("A comment posted by a member")[0]
    return [_norm(line.strip().lstrip("•").strip()) for line in block.splitlines()
            if line.strip().startswith("•") and line.strip() != "•"]


def stockton_quoted_notices() -> list[str]:
    text = (POLICIES / "stockton_13.04.010_social_media_policy.txt").read_text(encoding="utf-8")
    return [_norm(q) for q in re.findall(r"\u201c([^\u201d]{40,})\u201d", text)]


@pytest.mark.parametrize(("profile", "categories", "expected"), [
    ("stockton", stockton_categories, 9),
    ("stanton", stanton_categories, 16),
])
def test_every_prohibited_category_has_a_reason_code_in_the_policys_words(profile, categories,
                                                                          expected):
    cats = categories()
    assert len(cats) == expected, cats  # the parser found every bullet
    p = load_profile(profile)
    texts = [_norm(r.policy_text) for r in p.reason_codes]
    for cat in cats:
        assert any(cat.startswith(t) for t in texts), f"no reason code carries: {cat}"
    for t in texts:
        assert any(cat.startswith(t) for cat in cats), f"reason text not in the policy: {t}"


def test_every_stockton_quoted_notice_is_required_verbatim():
    quoted = stockton_quoted_notices()
    assert len(quoted) == 5  # standards 3-6 and the commenter disclaimer
    p = load_profile("stockton")
    required = [_norm(n.text) for n in p.notices if n.text]
    for q in quoted:
        assert q in required, f"notice missing: {q}"


def test_stockton_has_every_notice_control():
    p = load_profile("stockton")
    assert [n.control for n in p.notices] == [f"NOT-{i}" for i in range(1, 8)]
    assert {n.control for n in p.notices if n.applies == "comments_allowed"} == {"NOT-6", "NOT-7"}


def test_stanton_notices_follow_its_policy():
    p = load_profile("stanton")
    text = _norm((POLICIES / "stanton_social_media_policy.txt").read_text(encoding="utf-8"))
    disclaimer = next(n for n in p.notices if n.control == "NOT-7")
    assert fuzz.partial_ratio(_norm(disclaimer.text), text) == 100
    links = next(n for n in p.notices if n.control == "NOT-8")
    assert links.requires_policy_link and links.requires_city_website_link


def test_profile_parameters_follow_the_policies():
    stockton, stanton = load_profile("stockton"), load_profile("stanton")
    assert stockton.review_before_posting and not stanton.review_before_posting
    assert stanton.bans_require_prior_removal
    assert stockton.pra.web_address == "www.stocktonca.gov/pio"
    assert min(stockton.retention.minimum_years, stanton.retention.minimum_years) >= 2


def test_versions_in_force(tmp_path):
    folder = tmp_path / "mycity"
    folder.mkdir()
    base = (REPO / "src/recordskit/profiles/stockton/2020-12-30.yaml").read_text(encoding="utf-8")
    (folder / "2020-12-30.yaml").write_text(base, encoding="utf-8")
    (folder / "2026-07-01.yaml").write_text(
        base.replace("effective_on: 2020-12-30", "effective_on: 2026-07-01")
            .replace("review_before_posting: true", "review_before_posting: false"),
        encoding="utf-8")
    assert load_profile(str(folder), on=dt.date(2026, 6, 30)).review_before_posting
    assert not load_profile(str(folder), on=dt.date(2026, 7, 1)).review_before_posting
    assert not load_profile(str(folder)).review_before_posting
    with pytest.raises(ConfigError, match="no version in force on 2019-01-01"):
        load_profile(str(folder), on=dt.date(2019, 1, 1))


def test_a_bad_profile_names_file_and_field(tmp_path):
    (tmp_path / "2020-01-01.yaml").write_text(
        (REPO / "src/recordskit/profiles/stanton/2019-01-01.yaml").read_text(encoding="utf-8")
        .replace("retention_years: 2 ", "retention_years: 1 "), encoding="utf-8")
    with pytest.raises(ConfigError, match=r"2020-01-01.yaml: retention.retention_years"):
        load_profile(str(tmp_path))


def test_shipped_profiles():
    assert shipped_profiles() == ["stanton", "stockton"]
