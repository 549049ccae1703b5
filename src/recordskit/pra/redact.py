"""Redaction of personal data in texts and frames, and the exemption log rows it owes.

``redact_text`` replaces every finding of ``detectors.find_sensitive`` with a visible marker
("[REDACTED: SSN]"). ``redact_frame`` does the same over text columns of a polars frame: a
vectorized pre-filter (polars ``str.contains``) picks the candidate cells that could hold a
finding (an "@", four digits close together, or a birth keyword), and only those go through the
precise Python detectors, so frames of 10,000+ records are cheap when most cells hold none.
``exemption_log_rows`` turns findings into rows of the packet's exemption log
(Gov. Code §7922.540: each withholding names the exemption and the person responsible).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from recordskit.pra.citations import ground
from recordskit.pra.detectors import Finding, context_keywords, find_sensitive, keyword_pattern

# Every detector needs an "@" (email), or at least four digits with at most three other
# characters between consecutive ones (SSN, phone, card, routing and account numbers, numeric
# dates), or a birth keyword (dates written with a month name and no year).
_DIGIT_RUN = r"\d(?:\D{0,3}\d){3}"


@dataclass(frozen=True)
class RedactedText:
    text: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class FieldFinding:
    """A finding in one field of one record."""

    record_id: str
    field: str
    finding: Finding


@dataclass(frozen=True)
class RedactedFrame:
    frame: pl.DataFrame
    """The input frame with the same columns and rows, the redacted cells replaced."""
    findings: tuple[FieldFinding, ...]
    candidates: int
    """Cells the pre-filter passed to the detectors."""

    def findings_frame(self) -> pl.DataFrame:
        return pl.DataFrame(
            [{"record_id": f.record_id, "field": f.field, "kind": f.finding.kind,
              "start": f.finding.start, "end": f.finding.end,
              "exemption": f.finding.exemption, "reason": f.finding.reason,
              "detail": f.finding.detail} for f in self.findings],
            schema={"record_id": pl.String, "field": pl.String, "kind": pl.String,
                    "start": pl.Int64, "end": pl.Int64, "exemption": pl.String,
                    "reason": pl.String, "detail": pl.String})


def redact_text(text: str, *, profile: str | None = None, keep: Iterable[str] = ()
                ) -> RedactedText:
    """``text`` with every finding replaced by its marker, and the findings (positions in the
    original text). ``profile`` and ``keep``: see ``detectors.find_sensitive``."""
    findings = find_sensitive(text, profile=profile, keep=keep)
    parts, last = [], 0
    for f in findings:
        parts.append(text[last:f.start])
        parts.append(f.marker)
        last = f.end
    parts.append(text[last:])
    return RedactedText("".join(parts), tuple(findings))


def candidate_pattern() -> str:
    """The pre-filter: a regular expression (polars syntax) every text with a finding matches."""
    return rf"(?i)@|{_DIGIT_RUN}|{keyword_pattern(context_keywords('dob_context'))}"


def redact_frame(frame: pl.DataFrame, columns: Sequence[str], *, id_column: str = "record_id",
                 profile: str | None = None, keep: Iterable[str] = ()) -> RedactedFrame:
    """Redact the text ``columns`` of ``frame``; rows are identified by ``id_column``."""
    missing = [c for c in (id_column, *columns) if c not in frame.columns]
    if missing:
        raise KeyError(f"frame has no column(s) {missing}; it has {frame.columns}")
    keep = tuple(keep)
    pattern = candidate_pattern()
    findings: list[FieldFinding] = []
    replaced: dict[str, pl.Series] = {}
    candidates = 0
    for column in columns:
        mask = frame.get_column(column).str.contains(pattern).fill_null(False)
        rows = mask.arg_true()
        if rows.is_empty():
            continue
        candidates += rows.len()
        texts = frame.get_column(column).gather(rows).to_list()
        ids = frame.get_column(id_column).gather(rows).to_list()
        new_texts = []
        for record_id, text in zip(ids, texts, strict=True):
            result = redact_text(text, profile=profile, keep=keep)
            new_texts.append(result.text)
            findings.extend(FieldFinding(str(record_id), column, f) for f in result.findings)
        replaced[column] = frame.get_column(column).scatter(rows, new_texts)
    out = frame.with_columns(*replaced.values()) if replaced else frame
    return RedactedFrame(out, tuple(findings), candidates)


def exemption_log_rows(findings: Iterable[FieldFinding], responsible: Any
                       ) -> list[dict[str, str]]:
    """One exemption log row per redaction: record, field, what was withheld, the exemption
    cited (new section with the former one), the reason and who decided.

    ``responsible``: a name, or an object with ``name`` and ``title`` (the workspace's
    ``pra.responsible_officials`` entries), printed "Name, Title".
    """
    who = responsible if isinstance(responsible, str) else (
        f"{responsible.name}, {responsible.title}" if getattr(responsible, "title", None)
        else str(responsible.name))
    rows = []
    for ff in findings:
        f = ff.finding
        kinds = (f.kind, *f.also)
        rows.append({
            "record_id": ff.record_id,
            "field": ff.field,
            "withheld": " and ".join(ground(k).label for k in kinds),
            "exemption": f.exemption,
            "reason": f.reason,
            "responsible": who,
        })
    return rows
