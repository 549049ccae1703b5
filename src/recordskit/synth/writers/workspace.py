"""The files that make the output a workspace: ``recordskit.toml`` (with the vendor column
map), ``README.md`` saying the data are synthetic, the sample PRA request and the answer key."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from recordskit.config import parse_workspace
from recordskit.synth.city import CITY_DOMAINS, CITY_NAME
from recordskit.synth.writers.files import write_json, write_text, write_yaml
from recordskit.synth.writers.vendor_csv import COLUMNS, MAP_NAME

TOML = """\
# Synthetic workspace made by `recordskit synth` ({command}).
# City of Harbor Point is fictional: every person, account and record here is made up.
city_name = {city}
profile = {profile}
time_zone = "America/Los_Angeles"
archive_path = "archive"
reports_path = "reports"
city_web_domains = {domains}
closure_days = []

[pra]
office_closes_at = 17:00:00
after_hours_next_business_day = false
responsible_officials = [
  {{ name = {clerk}, title = "City Clerk" }},
  {{ name = {attorney}, title = "City Attorney" }},
]
records_officer = {{ name = {clerk}, title = "City Clerk" }}

[vendor_csv.{map_name}]
columns = {{ {columns} }}
"""

README = """\
# Synthetic city: {city}

**Everything in this folder is synthetic.** The City of Harbor Point, its staff, council,
commenters, accounts, posts, comments and records are invented by `recordskit synth` for tests,
demos and benchmarks. Emails are on example.org / example.com, phone numbers are in the
555-01xx range reserved for fiction, and the SSN-shaped numbers (078-05-1120, 219-09-9999) are
famous invalid ones, planted as personal-information examples.

Made with: `{command}` (profile `{profile}`{clean_note}).

The required notices on the account profiles use the policy profile's own wording, which names
the profile's source city: notice matching runs against the profile as shipped.

## Layout

- `recordskit.toml`: the workspace configuration, including the vendor CSV column map
  `{map_name}`.
- `exports/<account_id>/<export folder>/`: the platforms' own exports (X archive, Facebook and
  Instagram "Download Your Information" with Meta's mis-encoding, YouTube Takeout). They hold
  mostly the city's own posts and replies.
- `vendor/{map_name}_<account_id>_<quarter>[_partN].csv`: the archiving vendor's capture of
  every account, with public comments, replies, edits, removals and deletions and their thread
  structure.
- `moderation_logs/`: the departments' moderation logs (workbooks and CSV).
- `registers/<table>.<csv|xlsx|yaml>`: one register per canonical table.
- `pra_request.yaml`: a sample public records request.
- `answer_key.json`: for every control the planted cases and look-alikes, the records
  responsive to the sample request, and the row counts ingesting this folder must produce.
"""


def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_config(out: Path, profile: str, command: str, clerk: str, attorney: str) -> Path:
    columns = ", ".join(f"{k} = {_toml_str(v)}" for k, v in COLUMNS.items())
    text = TOML.format(command=command, city=_toml_str(CITY_NAME), profile=_toml_str(profile),
                       domains=json.dumps(list(CITY_DOMAINS)), clerk=_toml_str(clerk),
                       attorney=_toml_str(attorney), map_name=MAP_NAME, columns=columns)
    parse_workspace(tomllib.loads(text), "synthetic recordskit.toml")  # must always be valid
    path = out / "recordskit.toml"
    write_text(path, text)
    return path


def write_readme(out: Path, profile: str, command: str, clean: bool) -> None:
    write_text(out / "README.md", README.format(
        city=CITY_NAME, command=command, profile=profile, map_name=MAP_NAME,
        clean_note=", clean: no planted violations" if clean else ", with planted violations"))


def write_request(out: Path, request: dict) -> None:
    write_yaml(out / "pra_request.yaml", request)


def write_answer_key(out: Path, key: dict) -> None:
    write_json(out / "answer_key.json", key)
