"""The response cover letter: the determination and its reasons, the dates and how they were
computed (``pra.deadlines``), each exemption relied on (new section with the former one), and
the names and titles of the persons responsible (``pra.responsible_officials``).

The wording is in ``letter_texts.yaml``; the layout in ``templates/cover_letter.html.j2``.
The letter is HTML (autoescaped) printed to PDF by Chromium.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Any

import yaml

from recordskit.pra.citations import citation
from recordskit.pra.deadlines import DeadlineRules, determination_due, extend

TEXTS = "letter_texts.yaml"


@cache
def letter_texts() -> dict[str, Any]:
    return yaml.safe_load(resources.files("recordskit.pra").joinpath(TEXTS)
                          .read_text(encoding="utf-8"))


def determination_for(request: dict[str, Any], records: int, redactions: int,
                      withheld: int) -> str:
    """The recorded determination, else the one the packet's contents make."""
    recorded = request.get("determination")
    if recorded and recorded != "pending":
        return recorded
    if records == 0:
        return "no_records"
    if withheld >= records:
        return "withheld"
    if redactions or withheld:
        return "partially_withheld"
    return "records_provided"


def split_exemptions(log_exemptions: list[str]) -> list[str]:
    """Distinct citations of the exemption log ("A; B" cells split), in order of first use."""
    out: dict[str, None] = {}
    for cell in log_exemptions:
        for part in (cell or "").split("; "):
            if part:
                out[part] = None
    return list(out)


def letter_context(*, city_name: str, request: dict[str, Any], determination: str,
                   rules: DeadlineRules, letter_on: dt.date, exemptions: list[str],
                   officials: list[Any], records_officer: Any | None, files: list[str],
                   bates_range: tuple[str, str] | None, archive_version: int) -> dict[str, Any]:
    texts = letter_texts()
    entry = texts["determinations"][determination]
    due = determination_due(request["received_at"], rules)
    extension = None
    if request.get("extension_reason") and request.get("extension_notice_at") is not None:
        extension = extend(due, request["extension_reason"], request["extension_notice_at"])
    received_local = rules.local(request["received_at"])
    return {
        "city_name": city_name,
        "request_id": request["request_id"],
        "requester": request.get("requester") or "Requester",
        "description": request["description"],
        "received": f"{received_local:%A, %B %-d, %Y at %H:%M %Z}",
        "letter_on": f"{letter_on:%B %-d, %Y}",
        "determination_label": entry["label"],
        "determination_text": entry["text"],
        "determination_cites": [citation(t).text for t in entry["cite"]],
        "due_on": due.due_on.isoformat(),
        "due_steps": list(due.steps),
        "extension": None if extension is None else {
            "due_on": extension.due_on.isoformat(), "steps": list(extension.steps)},
        "due_in_force_on": (extension.due_on if extension else due.due_on).isoformat(),
        "exemptions": exemptions,
        "availability": texts["availability"],
        "availability_cites": [citation(t).text for t in texts["availability_cite"]],
        "assistance": texts["assistance"],
        "assistance_cites": [citation(t).text for t in texts["assistance_cite"]],
        "responsible_intro": texts["responsible_intro"],
        "responsible_cite": citation("denial_in_writing").text,
        "officials": [{"name": o.name, "title": o.title} for o in officials],
        "records_officer": None if records_officer is None else {
            "name": records_officer.name, "title": records_officer.title},
        "files": files,
        "bates_range": bates_range,
        "archive_version": archive_version,
    }
