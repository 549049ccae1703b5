"""Accounts and access (ACC-1..4) and required notices (NOT-1..8)."""

from __future__ import annotations

from recordskit.synth.city import at
from recordskit.synth.plants import Scene
from recordskit.synth.snapshots import Snapshot

# notice -> account whose latest snapshot before the period end lacks it
MISSING_NOTICE = {"NOT-1": "pw-x", "NOT-2": "fire-x", "NOT-3": "parks-ig", "NOT-4": "lib-ig",
                  "NOT-5": "cmo-yt", "NOT-6": "pd-fb", "NOT-7": "parks-fb", "NOT-8": "lib-ig"}


def plant(scene: Scene) -> None:
    _registration(scene)
    _access(scene)
    _notices(scene)


def _registration(scene: Scene) -> None:
    key, regs = scene.key, scene.city.registrations
    regs["fire-x"].approved_on = "2024-01-25"
    regs["cmo-yt"].approved_on = "2021-03-15"
    key.lookalike("ACC-1", "cmo-yt", "registration approved the same day the account was "
                  "activated (on/before activation)")
    key.lookalike("ACC-2", "ced-fb", "retired account: still in the register with department, "
                  "site administrator and director")
    key.lookalike("ACC-2", "pd-x", "the X export names the account 'harborpointpd'; the register "
                  "spells it 'HarborPointPD' (handles match case-insensitively)")
    if scene.clean:
        return
    regs["pw-yt"].approved_on = None
    regs["pw-yt"].approved_by = None
    key.planted("ACC-1", "pw-yt", "no registration approval recorded", period=None)
    regs["lib-ig"].approved_on = "2022-03-21"
    key.planted("ACC-1", "lib-ig", "approved 2022-03-21, after activation on 2022-03-01",
                period=None)
    early = scene.stage.post("fire-x", at("2024-01-22", 10, 15), "Testing our new account "
                             "before launch. Follow for Harbor Point Fire news 🚒")
    key.planted("ACC-1", "fire-x", "first archived post 2024-01-22, before the approval "
                "(2024-01-25) and the activation (2024-02-01)", period=None,
                record_id=early.record_id)
    key.note("ACC-2", "an account missing from the register cannot be planted in content: the "
             "loaders reject rows whose account is not in the register ('unknown account')")
    regs["cmo-x"].department_director = None
    key.planted("ACC-2", "cmo-x", "register row has no department director", period=None)
    regs["parks-fb"].site_administrator_staff_id = None
    key.planted("ACC-2", "parks-fb", "register row has no site administrator", period=None)


def _separate(scene: Scene, role: str, day: str, revoked: int | None) -> str:
    staff_id = scene.city.roles[role]
    scene.city.staff_member(staff_id).separated_on = day
    for g in scene.city.grants:
        if g.staff_id == staff_id and (g.revoked_at is None or g.revoked_at > at(day, 17)):
            g.revoked_at = revoked
    return staff_id


def _access(scene: Scene) -> None:
    key = scene.key
    for role, day in (("pd.mod1", "2024-08-16"), ("parks.mod2", "2025-03-14")):
        key.lookalike("ACC-3", scene.city.roles[role], f"separated {day}; access revoked within "
                      "a day", period=None)
    sid = _separate(scene, "lib.mod2", "2026-09-04", at("2026-09-06", 10))
    key.lookalike("ACC-3", sid, "separated 2026-09-04; access revoked 2026-09-06 (two days, "
                  "inside the grace period)")
    key.lookalike("ACC-4", "ced-fb", "retired 2025-06-30: no active administrator needed")
    key.lookalike("ACC-4", "pw-x", "administrator handed over 2026-08-03: the new one granted "
                  "at 09:00, the old one revoked at 10:00")
    if scene.clean:
        return
    sid = _separate(scene, "pd.mod2", "2026-07-17", at("2026-07-31", 16))
    key.planted("ACC-3", sid, "separated 2026-07-17; access revoked 2026-07-31 (14 days)")
    sid = _separate(scene, "parks.mod1", "2026-08-07", None)
    key.planted("ACC-3", sid, "separated 2026-08-07; access never revoked")
    sid = _separate(scene, "cmo.mod1", "2026-08-14", at("2026-08-14", 17))
    key.planted("ACC-3", sid, "separated 2026-08-14 and revoked on time, but a moderation action "
                "in their name is dated 2026-08-21 (see MOD-4)")
    sid = _separate(scene, "fire.admin", "2026-07-10", at("2026-07-11", 9))
    key.lookalike("ACC-3", sid, "separated 2026-07-10; access revoked the next morning")
    key.planted("ACC-4", "fire-x", "its only administrator separated 2026-07-10 (access "
                "revoked 2026-07-11); nobody replaced them")


def _latest(scene: Scene, account_id: str, before: str = "2026-09-30") -> Snapshot:
    return [s for s in scene.snapshots
            if s.account.account_id == account_id and s.day <= before][-1]


def _notices(scene: Scene) -> None:
    key, profile = scene.key, scene.profile
    required = {n.control: n for n in profile.notices}
    comment_notices = [c for c, n in required.items() if n.applies == "comments_allowed"]
    for control in comment_notices:
        key.lookalike(control, "pw-yt", "comments are turned off on this channel: the "
                      "notice does not apply")
    first = sorted(required)[0] if "NOT-3" not in required else "NOT-3"
    old = [s for s in scene.snapshots if s.account.account_id == "pd-x" and s.day == "2025-10-01"]
    old[0].missing.add(first)
    key.lookalike(first, "pd-x", f"the 2025-10-01 snapshot lacked {first}; the 2026-04-01 and "
                  "later snapshots carry it")
    for s in scene.snapshots:
        if s.account.account_id == "cmo-fb":
            s.reflowed = True
    for control in sorted(c for c, n in required.items()
                          if n.text and len(n.text.split()) > 9):  # long enough to reflow
        key.lookalike(control, "cmo-fb", "notice text broken over lines as the page reflows it")
    late = Snapshot(scene.city.account("cmo-x"), "2026-10-05")
    last_control = sorted(required)[-1]
    late.missing.add(last_control)
    scene.snapshots.append(late)
    key.lookalike(last_control, "cmo-x", f"a snapshot of 2026-10-05 lacks {last_control}, but "
                  "the latest one on or before 2026-09-30 carries it", period="2026-Q3")
    if scene.clean:
        return
    for control in sorted(required):
        account_id = MISSING_NOTICE[control]
        snap = _latest(scene, account_id)
        snap.missing.add(control)
        what = ("the city logo is missing" if required[control].requires_logo
                else "the policy link is missing" if required[control].requires_policy_link
                else "the notice is missing")
        key.planted(control, account_id, f"latest snapshot ({snap.day}): {what}")
