"""``generate()``: build the synthetic city and stream it into a folder.

Order of work: the city, roster and registers in memory (small); the showcase and planted items
staged by account and month; then, account by account and month by month, the background
content streamed through the writers with the staged items merged in; last the moderation logs,
registers, workspace files and the answer key.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from recordskit.errors import InputError, Problem
from recordskit.profiles import load_profile
from recordskit.synth import clock
from recordskit.synth.answer_key import ID_KINDS, KEY_VERSION, AnswerKey
from recordskit.synth.city import CITY_NAME, DEPARTMENTS, build_city
from recordskit.synth.content import ChunkPlan, ContentGenerator, allocate
from recordskit.synth.ids import derive_seed
from recordskit.synth.model import VENDOR, Action, Item
from recordskit.synth.people import CommenterPool
from recordskit.synth.plants import Scene, plant_all
from recordskit.synth.pra_sample import REQUEST, PraSample
from recordskit.synth.records import build_records, utc
from recordskit.synth.roster import build_roster
from recordskit.synth.showcase import stage_examples
from recordskit.synth.snapshots import account_url, build_snapshots, render
from recordskit.synth.staging import Stage
from recordskit.synth.writers import moderation_log
from recordskit.synth.writers.exports import AccountExports
from recordskit.synth.writers.registers import CsvRegister, write_register
from recordskit.synth.writers.vendor_csv import VendorCsvWriter
from recordskit.synth.writers.workspace import (
    write_answer_key,
    write_config,
    write_readme,
    write_request,
)

PLATFORM_SHARE = (("facebook", 0.45), ("x", 0.25), ("instagram", 0.2), ("youtube", 0.1))
VENDOR_FILE_ROWS = 250_000
MAX_SCALE = 50_000_000


@dataclass
class Summary:
    out_dir: str
    seed: int
    scale: int
    profile: str
    clean: bool
    public_comments: int = 0
    content_rows: int = 0
    files: int = 0
    bytes: int = 0
    planted_cases: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def post_rate(scale: int) -> float:
    """City posts grow slowly with traffic: half the base rate for a tiny city, three times
    for a million comments and more."""
    return min(3.0, max(0.5, (scale / 100_000) ** 0.5))


def pools_for(seed: int, scale: int) -> dict[str, CommenterPool]:
    return {p: CommenterPool(p, max(200, int(scale * share) // 20),
                             derive_seed(seed, "commenters", p))
            for p, share in PLATFORM_SHARE}


def command_line(out_dir: str, seed: int, scale: int, profile: str, clean: bool) -> str:
    return (f"recordskit synth {out_dir} --seed {seed} --scale {scale} --profile {profile}"
            + (" --clean" if clean else ""))


def _check_arguments(out: Path, seed: int, scale: int) -> None:
    problems = []
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        problems.append(Problem(str(out), "not an empty folder; synth writes into a new or "
                                "empty folder"))
    if not 0 <= scale <= MAX_SCALE:
        problems.append(Problem(str(out), f"scale must be 0 .. {MAX_SCALE}", field="scale",
                                value=str(scale)))
    if seed < 0:
        problems.append(Problem(str(out), "seed must be 0 or more", field="seed",
                                value=str(seed)))
    if problems:
        raise InputError(problems, "cannot generate")


class _Run:
    """One generation: the writers, the tallies and the items staged for merging."""

    def __init__(self, out: Path, scene: Scene, vendor_rows: int):
        self.out = out
        self.scene = scene
        self.vendor = VendorCsvWriter(out, vendor_rows)
        self.approvals = CsvRegister(out, "content_approvals")
        self.actions: dict[str, list[Action]] = defaultdict(list)
        self.pra = PraSample()
        self.content_rows = 0
        self.public_comments = 0
        self.by_channel: Counter[str] = Counter()

    def emit(self, item: Item, quarter: str, exports: AccountExports) -> None:
        if not item.versions:
            raise ValueError(f"{item.native_id}: an item with no captured version")
        outage = self.scene.outage
        if item.channel == VENDOR:
            shift = outage and outage.account_id == item.account.account_id
            captured = [outage.shift(v.captured_at) if shift else v.captured_at  # type: ignore
                        for v in item.versions]
            self.vendor.write(item, captured, quarter)
            self.content_rows += item.distinct_versions
        else:
            exports.write(item)
            self.content_rows += 1
        self.by_channel[item.channel] += 1
        if item.author.role in ("public", "legislator") and item.kind in ("comment", "reply"):
            self.public_comments += 1
        if item.approval is not None and item.is_city_post:
            self.approvals.write({
                "record_id": item.record_id,
                "approved_at": clock.utc_datetime(item.approval.approved_at),
                "approved_by_staff_id": item.approval.staff_id,
                "approval_ref": item.approval.ref})
        for action in item.actions:
            self.actions[action.account.department].append(action)
        self.pra.observe(item)

    def account(self, generator: ContentGenerator, plans: list[ChunkPlan]) -> None:
        a = plans[0].account
        exports = AccountExports(self.out, a)
        for plan in plans:
            y, m = clock.month_of(plan.month)
            quarter = f"{y}-Q{(m - 1) // 3 + 1}"
            for item in generator.chunk(plan):
                self.emit(item, quarter, exports)
            for item in self.scene.stage.items.pop((a.account_id, plan.month), []):
                self.emit(item, quarter, exports)
        exports.close()

    def close(self) -> None:
        self.vendor.close()
        self.approvals.close()


def generate(out_dir: str | Path, seed: int = 7, scale: int = 3000, profile: str = "stockton",
             clean: bool = False, vendor_file_rows: int = VENDOR_FILE_ROWS) -> Summary:
    """Write a synthetic city into ``out_dir`` (new or empty) and return what was written.

    ``scale`` is the number of background public comments and replies; planted and showcase
    items come on top. The same arguments always give byte-identical output.
    """
    out = Path(out_dir)
    _check_arguments(out, seed, scale)
    prof = load_profile(profile)
    city = build_city(seed)
    pools = pools_for(seed, scale)
    key = AnswerKey(prof, clean)
    scene = Scene(city, build_roster(seed), prof, pools, Stage(city), key,
                  build_records(seed, prof), build_snapshots(city.accounts), clean)
    stage_examples(scene)
    plant_all(scene)

    out.mkdir(parents=True, exist_ok=True)
    accounts = sorted(city.accounts, key=lambda a: a.account_id)
    plans = allocate(accounts, scale)
    generator = ContentGenerator(seed, city, prof, pools, post_rate(scale))
    run = _Run(out, scene, vendor_file_rows)
    for a in accounts:
        run.account(generator, [p for p in plans if p.account is a])
    run.close()
    leftover = sorted(k for k, items in scene.stage.items.items() if items)
    if leftover:
        raise RuntimeError(f"staged items outside the generated accounts and months: {leftover}")

    counts = _write_registers(out, scene, seed, run)
    counts["content"] = run.content_rows
    counts["moderation_actions"] = _write_logs(out, scene, run, seed)
    command = command_line("OUT_DIR", seed, scale, profile, clean)
    write_config(out, profile, command, city.staff_member(city.roles["city.clerk"]).name,
                 city.staff_member(city.roles["city.attorney"]).name)
    write_readme(out, profile, command, clean)
    write_request(out, REQUEST)
    controls = key.as_dict()
    write_answer_key(out, {
        "version": KEY_VERSION,
        "synthetic": True,
        "city": CITY_NAME,
        "generated_with": {"seed": seed, "scale": scale, "profile": profile, "clean": clean,
                           "command": command},
        "audit_quarter": clock.AUDIT_QUARTER,
        "period": {"starts_on": "2023-10-01", "ends_on": "2026-09-30"},
        "id_kinds": ID_KINDS,
        "controls": controls,
        "pra_sample": run.pra.as_dict(),
        "counts": dict(sorted(counts.items())),
        "counts_detail": {
            "definition": "rows per canonical table after ingesting every file of this "
                          "folder; content rows are distinct (record_id, version): captures "
                          "of the same version (same fields apart from captured_at) are one "
                          "row. ingest_log and rejects are not counted.",
            "items_by_channel": dict(sorted(run.by_channel.items())),
            "public_comments": run.public_comments,
        },
        "loader_notes": LOADER_NOTES,
    })
    files = sorted(p for p in out.rglob("*") if p.is_file())
    return Summary(str(out), seed, scale, profile, clean, run.public_comments, run.content_rows,
                   len(files), sum(p.stat().st_size for p in files),
                   sum(len(c["planted"]) for c in controls.values()), dict(sorted(counts.items())))


LOADER_NOTES = [
    "Meta exports (Facebook your_posts_1.json and comments.json, Instagram posts_1.json and "
    "post_comments_1.json) carry no item ids: record ids here use the loaders' derived "
    "native_id '<kind>:<epoch seconds>' (post:1700000000, comment:1700000001).",
    "Vendor CSV rows authored by the city carry the account's handle in 'Author Handle' and its "
    "platform id in 'Author ID'; legislators' handles are in the roster as 'platform:handle'.",
    "Vendor 'Network' and 'Type' hold canonical platform and kind names; 'State' uses the "
    "vendor spellings Visible, Hidden by page, Removed, Deleted.",
    "Some vendor rows repeat a version with a later 'Captured (UTC)' (re-captures): one "
    "content row each.",
    "Workbook and CSV register timestamps are ISO 8601 text in UTC; moderation log times "
    "without a zone are local (America/Los_Angeles).",
]


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _write_registers(out: Path, scene: Scene, seed: int, run: _Run) -> dict[str, int]:
    city, profile = scene.city, scene.profile
    counts: dict[str, int] = {"content_approvals": run.approvals.rows}
    accounts = []
    for a in sorted(city.registered_accounts, key=lambda a: a.account_id):
        reg = city.registrations[a.account_id]
        accounts.append({
            "account_id": a.account_id, "platform": a.platform, "handle": a.handle,
            "url": account_url(a), "department": DEPARTMENTS[a.department][0],
            "purpose_statement": a.purpose,
            "site_administrator_staff_id": reg.site_administrator_staff_id,
            "department_director": reg.department_director,
            "registration_approved_on": _day(reg.approved_on),
            "registration_approved_by": reg.approved_by,
            "registration_form_ref": reg.form_ref, "activated_on": _day(a.activated_on),
            "retired_on": _day(a.retired_on), "is_comments_allowed": a.comments_allowed,
            "policy_profile": profile.name,
            "retention_series": "SOC-MEDIA-VIDEO" if a.platform == "youtube"
            else profile.retention.default_series})
    snapshots = sorted(scene.snapshots, key=lambda s: (s.account.account_id, s.day))
    tables = {
        "accounts": accounts,
        "account_profiles": [render(s, profile) for s in snapshots],
        "staff": [{**s.__dict__, "hired_on": _day(s.hired_on),
                   "separated_on": _day(s.separated_on)} for s in city.staff],
        "account_access": [{"account_id": g.account_id, "staff_id": g.staff_id, "role": g.role,
                            "granted_at": utc(g.granted_at), "revoked_at": utc(g.revoked_at)}
                           for g in sorted(city.grants, key=lambda g: (
                               g.account_id, g.staff_id, g.role, g.granted_at))],
        "roster": [{"body": m.body, "member_id": m.member_id, "member_name": m.name,
                    "body_seats": 7 if m.body == "City Council" else 5, "seat": m.seat,
                    "title": m.title, "term_starts_on": _day(m.term_starts_on),
                    "term_ends_on": _day(m.term_ends_on),
                    "handles": [f"{p}:{h}" for p, h in sorted(m.handles.items())]}
                   for m in scene.roster],
        "retention_schedule": scene.records.schedule,
        "legal_holds": scene.records.holds,
        "dispositions": sorted(scene.records.dispositions,
                               key=lambda d: (d["disposition_id"], d["record_id"])),
        "pra_requests": sorted(scene.records.requests, key=lambda r: r["request_id"]),
    }
    for table, rows in tables.items():
        counts[table] = write_register(out, table, rows, seed)
    contacts = CsvRegister(out, "commenter_contacts")
    for platform in sorted(scene.pools):
        for row in scene.pools[platform].contacts():
            contacts.write(row)
    contacts.close()
    counts["commenter_contacts"] = contacts.rows
    return counts


def _write_logs(out: Path, scene: Scene, run: _Run, seed: int) -> int:
    for action in scene.stage.loose_actions:
        run.actions[action.account.department].append(action)
    total = 0
    for department in sorted(moderation_log.STYLES):
        actions = run.actions.get(department, [])
        moderation_log.write_log(out, department, actions, seed)
        total += len(actions)
    return total
