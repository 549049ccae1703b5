"""Redaction of a packet's tables and its exemption log.

Every text column of every table is passed through ``redact.redact_frame`` except the
structural ones (ids, hashes, codes, Bates numbers), which hold no personal data and must stay
intact to identify records. Each redaction is a row of the exemption log, as is each record
withheld whole by the reviewer (Gov. Code §7922.540: each withholding names the exemption and
the person responsible).

Commenter contact details are never read by packet code: the ``commenter_contacts`` table is
not loaded at all, and confidential register fields (the requester's contact) are dropped
before anything is written. Because a public commenter's display name may be the name given at
enrollment, public authors' names are withheld too (``packet_rules.yaml``), each a log row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import polars as pl
import yaml

from recordskit.pra.citations import citation
from recordskit.pra.redact import exemption_log_rows, redact_frame

STRUCTURAL = frozenset({
    "bates_number", "record_id", "version", "platform", "account_id", "kind", "author_role",
    "visibility", "thread_record_id", "parent_record_id", "content_sha256", "action",
    "reason_code", "moderator_staff_id", "removed_on", "removed_time",
})
LOG_COLUMNS = ("bates_number", "record_id", "field", "withheld", "exemption", "reason",
               "responsible")


@dataclass(frozen=True)
class Withholding:
    """A record withheld whole, by the reviewer's decision."""

    record_id: str
    topic: str
    """A citation topic of citations.yaml (e.g. "pending_litigation", "privacy")."""
    reason: str


@cache
def packet_rules() -> dict[str, Any]:
    return yaml.safe_load(resources.files("recordskit.pra").joinpath("packet_rules.yaml")
                          .read_text(encoding="utf-8"))


def _who(responsible: Any) -> str:
    return responsible if isinstance(responsible, str) else (
        f"{responsible.name}, {responsible.title}")


def withhold_public_names(records: pl.DataFrame, responsible: Any
                          ) -> tuple[pl.DataFrame, list[dict[str, str]]]:
    """Public authors' display names replaced by a marker, one log row per record version."""
    rule = packet_rules()["public_author_names"]
    public = pl.col("author_role").is_in(rule["roles"])
    rows = []
    exemption = "; ".join(citation(t).text for t in rule["exemptions"])
    for column in rule["columns"]:
        named = records.filter(public & pl.col(column).is_not_null())
        rows.extend({"bates_number": b, "record_id": r, "field": column,
                     "withheld": rule["withheld"], "exemption": exemption,
                     "reason": rule["reason"], "responsible": _who(responsible)}
                    for b, r in named.select("bates_number", "record_id").iter_rows())
        records = records.with_columns(
            pl.when(public & pl.col(column).is_not_null()).then(pl.lit(rule["marker"]))
            .otherwise(pl.col(column)).alias(column))
    return records, rows


def text_columns(frame: pl.DataFrame) -> list[str]:
    return [c for c, t in frame.schema.items() if t == pl.String and c not in STRUCTURAL]


def redact_table(frame: pl.DataFrame, responsible: Any, *, profile: str | None = None,
                 keep: Iterable[str] = (), columns: Sequence[str] | None = None
                 ) -> tuple[pl.DataFrame, list[dict[str, str]]]:
    """``frame`` (with ``bates_number`` and ``record_id``) redacted, and its log rows."""
    if not frame.height:
        return frame, []
    columns = list(columns) if columns is not None else text_columns(frame)
    result = redact_frame(frame, columns, id_column="bates_number", profile=profile, keep=keep)
    record_of = dict(zip(frame["bates_number"], frame["record_id"], strict=True))
    rows = []
    for row in exemption_log_rows(result.findings, responsible):
        rows.append({"bates_number": row["record_id"],
                     "record_id": record_of[row["record_id"]],
                     **{k: row[k] for k in LOG_COLUMNS[2:]}})
    return result.frame, rows


def withhold_records(records: pl.DataFrame, withholdings: Sequence[Withholding],
                     responsible: Any) -> tuple[pl.DataFrame, list[dict[str, str]]]:
    """``records`` without the withheld ones (their rows stay, text replaced by a notice),
    and one log row per withheld record version."""
    if not withholdings:
        return records, []
    who = _who(responsible)
    by_id: Mapping[str, Withholding] = {w.record_id: w for w in withholdings}
    unknown = sorted(set(by_id) - set(records["record_id"].to_list()))
    if unknown:
        from recordskit.errors import InputError, Problem

        raise InputError([Problem("withhold", "not a responsive record of this packet",
                                  field="record_id", value=r) for r in unknown])
    rows = []
    for r in records.filter(pl.col("record_id").is_in(list(by_id))).iter_rows(named=True):
        w = by_id[r["record_id"]]
        rows.append({"bates_number": r["bates_number"], "record_id": r["record_id"],
                     "field": "(whole record)", "withheld": "the whole record",
                     "exemption": citation(w.topic).text, "reason": w.reason,
                     "responsible": who})
    notice = pl.lit("[WITHHELD: see the exemption log]")
    withheld = pl.col("record_id").is_in(list(by_id))
    cleared = [c for c in text_columns(records)]
    return records.with_columns(
        [pl.when(withheld).then(notice).otherwise(pl.col(c)).alias(c) for c in cleared]
    ), rows


def log_frame(rows: Sequence[Mapping[str, str]]) -> pl.DataFrame:
    frame = pl.DataFrame(list(rows), schema={c: pl.String for c in LOG_COLUMNS})
    return frame.sort(["bates_number", "field", "withheld"])
