"""Public records requests (PRA-1..4): determinations on time, proper extensions, justified
withholding, and commenter contacts kept out of every packet.

Due dates come from ``pra.deadlines`` (the same derivation the packets print). A register
writes an extension's reason in the statute's words ("voluminous records", "consultation with
another agency"); it counts as a listed circumstance when the words of a circumstance code are
all in it, or when it is a close match (rapidfuzz partial_ratio >= 90) to the statute's text.
Packets are the BagIt bags under ``reports/pra/``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import polars as pl

from recordskit.audit.context import AuditContext
from recordskit.audit.evidence import rows
from recordskit.audit.finding import NotEvaluable, Outcome
from recordskit.audit.registry import control
from recordskit.pra.deadlines import circumstance_code

PHONE_LIKE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}(?!\d)")
TEXT_SUFFIXES = (".jsonl", ".json", ".csv", ".html", ".htm", ".txt", ".md", ".xml")
PACKETS_MISSING = "PRA packets (reports/pra/)"


def _rules(ctx: AuditContext):
    from recordskit.pra.deadlines import DeadlineRules

    return DeadlineRules.from_config(ctx.config)


def requests_in_scope(ctx: AuditContext) -> pl.DataFrame:
    """Requests received, decided or extended in the period, and undecided ones received
    before its end."""
    reqs = ctx.require("pra_requests")
    return reqs.filter(
        ctx.in_period(pl.col("received_at"))
        | ctx.in_period(pl.col("determination_at")).fill_null(False)
        | ctx.in_period(pl.col("extension_notice_at")).fill_null(False)
        | (pl.col("determination_at").is_null() & (pl.col("received_at") < ctx.ends_at)))


def _extension(ctx: AuditContext, r: dict, due):
    """(the extended due date the law allows for this request or None, the problems)."""
    from recordskit.pra.deadlines import DeadlineError, extend

    problems: list[str] = []
    if not (r["extension_reason"] or r["extension_notice_at"] or r["extended_due_on"]):
        return None, problems
    code = circumstance_code(r["extension_reason"])
    if code is None:
        problems.append(f"reason {r['extension_reason']!r} is not an unusual circumstance "
                        "of §7922.535(c)" if r["extension_reason"] else "no reason recorded")
    if r["extension_notice_at"] is None:
        problems.append("no written extension notice recorded")
    if problems:
        return None, problems
    try:
        ext = extend(due, code, r["extension_notice_at"])
    except DeadlineError as exc:
        return None, [str(exc)]
    if r["extended_due_on"] is not None and r["extended_due_on"] > ext.due_on:
        problems.append(f"extended to {r['extended_due_on']}, more than 14 days: the law "
                        f"allows {ext.due_on} at the latest")
        return ext.due_on, problems
    return min(ext.due_on, r["extended_due_on"] or ext.due_on), problems


@control("PRA-1")
def determinations_on_time(ctx: AuditContext) -> Outcome:
    from recordskit.pra.deadlines import determination_due

    reqs = requests_in_scope(ctx)
    rules = _rules(ctx)
    today = ctx.as_of.astimezone(ctx.tz).date()
    found = []
    for r in reqs.sort("request_id").iter_rows(named=True):
        due = determination_due(r["received_at"], rules)
        extended, _ = _extension(ctx, r, due)
        due_on = extended or due.due_on
        decided = (r["determination_at"].astimezone(ctx.tz).date()
                   if r["determination_at"] else None)
        if decided is not None and decided > due_on:
            detail = f"determined {decided}, {(decided - due_on).days} day(s) after {due_on}"
        elif decided is None and due_on < today:
            detail = f"no determination; it was due {due_on}"
        else:
            continue
        found.append({"id": r["request_id"], "detail": detail, "due_on": due_on,
                      "extended": extended is not None, "derivation": due.derivation})
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "detail": pl.String, "due_on": pl.Date, "extended": pl.Boolean,
        "derivation": pl.String}))
    return Outcome(evidence, reqs.height,
                   f"{evidence.height} of {reqs.height} requests were not determined by their "
                   "due date (10 days, or the lawfully extended date)")


@control("PRA-2")
def extensions_proper(ctx: AuditContext) -> Outcome:
    from recordskit.pra.deadlines import determination_due

    reqs = requests_in_scope(ctx).filter(
        pl.col("extension_reason").is_not_null() | pl.col("extension_notice_at").is_not_null()
        | pl.col("extended_due_on").is_not_null())
    rules = _rules(ctx)
    found = []
    for r in reqs.sort("request_id").iter_rows(named=True):
        due = determination_due(r["received_at"], rules)
        _, problems = _extension(ctx, r, due)
        if problems:
            found.append({"id": r["request_id"], "detail": "; ".join(problems),
                          "extension_reason": r["extension_reason"],
                          "original_due_on": due.due_on,
                          "extended_due_on": r["extended_due_on"]})
    evidence = rows(pl.DataFrame(found, schema={
        "id": pl.String, "detail": pl.String, "extension_reason": pl.String,
        "original_due_on": pl.Date, "extended_due_on": pl.Date}))
    return Outcome(evidence, reqs.height,
                   f"{evidence.height} of {reqs.height} extensions are not written, timely, "
                   "for a listed reason and at most 14 days")


def packets(ctx: AuditContext) -> list[Path]:
    root = (ctx.reports_dir or Path("reports")) / "pra"
    found = sorted(p.parent for p in root.glob("**/bag-info.txt")) if root.is_dir() else []
    if not found:
        raise NotEvaluable(PACKETS_MISSING, "no PRA packets (BagIt bags) under "
                           f"{root}: there is nothing to check")
    return found


def _xlsx_sheets(path: Path) -> dict[str, list[dict]]:
    """Every sheet of a workbook as rows keyed by its header row."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = [str(h or "") for h in next(rows, ())]
            out[ws.title] = [dict(zip(header, r, strict=False)) for r in rows]
        return out
    finally:
        wb.close()


def exemption_logs(bag: Path) -> list[tuple[str, list[dict]]]:
    """(where, rows) of every exemption log in a packet: files named so, and workbook sheets
    named so (the packet builder's records.xlsx "Exemption log")."""
    logs = []
    for path in sorted((bag / "data").rglob("*")):
        if path.suffix == ".xlsx":
            logs.extend((f"{path.relative_to(bag)} [{name}]", rows)
                        for name, rows in _xlsx_sheets(path).items()
                        if "exemption" in name.lower())
        elif "exemption" in path.name.lower() and path.suffix in (".jsonl", ".csv", ".json"):
            logs.append((str(path.relative_to(bag)), _table_rows(path)))
    return logs


def _table_rows(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    if path.suffix == ".csv":
        return list(csv.DictReader(io.StringIO(text)))
    if path.suffix == ".json":
        doc = json.loads(text)
        return doc if isinstance(doc, list) else doc.get("rows", []) if isinstance(doc,
                                                                                   dict) else []
    return []


@control("PRA-3")
def withholding_justified(ctx: AuditContext) -> Outcome:
    found, logs = [], 0
    for bag in packets(ctx):
        for where, log_rows in exemption_logs(bag):
            logs += 1
            for i, row in enumerate(log_rows, start=1):
                lacking = [k for k in ("exemption", "responsible")
                           if not any(str(v or "").strip() for c, v in row.items()
                                      if k in str(c).lower())]
                if lacking:
                    found.append({"id": bag.name, "record_id": row.get("record_id"),
                                  "detail": f"{where} row {i}: no "
                                            f"{' and no '.join(lacking)}"})
    if not logs:
        raise NotEvaluable("packet exemption logs", "the PRA packets hold no exemption log")
    evidence = rows(pl.DataFrame(found, schema={"id": pl.String, "record_id": pl.String,
                                                "detail": pl.String}))
    return Outcome(evidence, logs,
                   f"{evidence.height} exemption log row(s) in {logs} log(s) lack the exemption "
                   "or the person responsible")


def _payload_lines(path: Path):
    """(where, text) of each line of a payload file; workbooks cell row by row."""
    if path.suffix.lower() == ".xlsx":
        for name, sheet_rows in _xlsx_sheets(path).items():
            for n, row in enumerate(sheet_rows, 2):
                yield f"[{name}] row {n}", json.dumps(
                    {str(k): str(v) for k, v in row.items() if v is not None},
                    ensure_ascii=False)
        return
    for n, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), 1):
        yield str(n), line


def _contact_needles(ctx: AuditContext) -> dict[str, str]:
    """Value to look for (casefolded; phones as their digits) -> which contact field it is."""
    contacts = ctx.require("commenter_contacts")
    needles: dict[str, str] = {}
    for r in contacts.iter_rows(named=True):
        for f in ("email", "postal_address"):
            v = (r[f] or "").strip().casefold()
            if len(v) >= 6:
                needles[v] = f
        digits = re.sub(r"\D", "", r["phone"] or "")
        if len(digits) >= 10:
            needles[digits[-10:]] = "phone"
    return needles


@control("PRA-4")
def contacts_confidential(ctx: AuditContext) -> Outcome:
    needles = _contact_needles(ctx)
    bags = packets(ctx)
    found, files = [], 0
    for bag in bags:
        for path in sorted((bag / "data").rglob("*")):
            if not path.is_file() or path.suffix.lower() not in (*TEXT_SUFFIXES, ".xlsx"):
                continue
            files += 1
            for n, line in _payload_lines(path):
                low = line.casefold()
                phones = {re.sub(r"\D", "", m.group(0))[-10:] for m in PHONE_LIKE.finditer(line)}
                hits = [f for v, f in needles.items()
                        if (v in phones if f == "phone" else v in low)]
                if hits:
                    record = re.search(r'"record_id":\s*"([^"]+)"', line)
                    found.append({"id": record.group(1) if record else f"{bag.name}",
                                  "record_id": record.group(1) if record else None,
                                  "packet": bag.name,
                                  "detail": f"{path.relative_to(bag)}:{n}: a commenter's "
                                            f"{', '.join(sorted(set(hits)))} from "
                                            "commenter_contacts"})
    evidence = rows(pl.DataFrame(found, schema={"id": pl.String, "record_id": pl.String,
                                                "packet": pl.String, "detail": pl.String}))
    return Outcome(evidence, files,
                   f"{evidence.height} line(s) in {files} payload file(s) of {len(bags)} "
                   "packet(s) carry a commenter's enrollment contact",
                   metrics={"packets": len(bags), "payload_files": files})
