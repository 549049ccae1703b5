"""The answer key: for every control, the planted cases and the clean look-alikes, with the kind
of id listed; the records responsive to the sample PRA request; and the row counts ingesting
the whole output must produce."""

from __future__ import annotations

from dataclasses import dataclass, field

from recordskit.profiles import Profile

KEY_VERSION = 1

# control -> (id kind, what an id names, evaluable from the generated inputs)
CONTROLS: dict[str, tuple[str, bool]] = {
    "ACC-1": ("account_id", True), "ACC-2": ("account_id", True),
    "ACC-3": ("staff_id", True), "ACC-4": ("account_id", True),
    "NOT-1": ("account_id", True), "NOT-2": ("account_id", True),
    "NOT-3": ("account_id", True), "NOT-4": ("account_id", True),
    "NOT-5": ("account_id", True), "NOT-6": ("account_id", True),
    "NOT-7": ("account_id", True), "NOT-8": ("account_id", True),
    "POST-1": ("record_id", True), "POST-2": ("record_id", True),
    "POST-3": ("record_id", True), "POST-4": ("record_id", True),
    "MOD-1": ("action_id", True), "MOD-2": ("action_id", True), "MOD-3": ("action_id", True),
    "MOD-4": ("action_id", True), "MOD-5": ("action_id", True), "MOD-6": ("action_id", True),
    "MOD-7": ("action_id", True), "MOD-8": ("record_id", True),
    "ENG-1": ("record_id", True),
    "BRN-1": ("record_id", True), "BRN-2": ("thread_record_id", True),
    "BRN-3": ("record_id", True),
    "RET-1": ("disposition_id", True), "RET-2": ("disposition_id", True),
    "RET-3": ("disposition_id", True), "RET-4": ("record_id", True),
    "RET-5": ("record_id", False), "RET-6": ("account_id", True),
    "PRA-1": ("request_id", True), "PRA-2": ("request_id", True),
    "PRA-3": ("request_id", False), "PRA-4": ("record_id", True),
}

METRICS = {"POST-2", "MOD-5", "RET-4"}

ID_KINDS = {
    "record_id": "content record id: recordskit.schema.record_id(platform, account_id, kind, "
                 "native_id), as the loaders compute it",
    "thread_record_id": "record id of the thread's top-level post",
    "action_id": "the moderation log's 'Action ID'",
    "account_id": "account id of the accounts register",
    "staff_id": "staff id of the staff register",
    "disposition_id": "disposition id of the dispositions register",
    "request_id": "request id of the pra_requests register",
}

NOT_EVALUABLE = {
    "RET-5": "integrity is a property of the archive (stored hashes and the ingest chain), not "
             "of the exports: tamper with an archive to test it",
    "PRA-3": "exemption logs are written by the packet builder; the pra_requests table has no "
             "exemption or responsible-person fields to plant a gap in",
}


@dataclass
class ControlKey:
    control: str
    id_kind: str
    evaluable: bool = True
    applies: bool = True
    reason: str | None = None
    note: str | None = None
    planted: list[dict] = field(default_factory=list)
    lookalikes: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        out = {"id_kind": self.id_kind, "evaluable": self.evaluable, "applies": self.applies,
               "metric": self.control in METRICS, "planted": self.planted,
               "lookalikes": self.lookalikes}
        if self.reason:
            out["reason"] = self.reason
        if self.note:
            out["note"] = self.note
        return out


class AnswerKey:
    def __init__(self, profile: Profile, clean: bool):
        self.clean = clean
        notices = {n.control for n in profile.notices}
        self.controls: dict[str, ControlKey] = {}
        for control, (kind, evaluable) in CONTROLS.items():
            ck = ControlKey(control, kind, evaluable)
            if not evaluable:
                ck.reason = NOT_EVALUABLE[control]
            elif control.startswith("NOT-") and control not in notices:
                ck.applies = False
                ck.reason = f"the {profile.name} profile requires no {control} notice"
            elif control == "POST-1" and not profile.review_before_posting:
                ck.applies = False
                ck.reason = f"the {profile.name} profile does not require review before posting"
            elif control in METRICS:
                ck.note = "metric: reported, never fails; planted entries are notable values"
            self.controls[control] = ck

    def planted(self, control: str, id_: str, what: str, **detail: object) -> None:
        """A case the audit must flag. Ignored in a clean generation (nothing is planted)."""
        if self.clean:
            raise RuntimeError(f"{control}: planting in a clean generation")
        self.controls[control].planted.append({"id": id_, "what": what, **detail})

    def lookalike(self, control: str, id_: str, what: str, **detail: object) -> None:
        """A case that resembles a violation and must not be flagged."""
        self.controls[control].lookalikes.append({"id": id_, "what": what, **detail})

    def note(self, control: str, text: str) -> None:
        ck = self.controls[control]
        ck.note = f"{ck.note}; {text}" if ck.note else text

    def applies(self, control: str) -> bool:
        return self.controls[control].applies

    def as_dict(self) -> dict:
        return {c: self.controls[c].as_dict() for c in CONTROLS}
