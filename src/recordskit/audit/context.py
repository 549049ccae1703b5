"""What every control reads: one archive version, the profile in force during the period, the
workspace's settings, the period, the accounts audited and the Great Expectations results.

Tables are read once per audit and cached. Content is large (millions of comments), so it is
never read whole: ``content_in_period`` reads the items posted in the period and
``content_by_ids`` the few others a control needs (parents, disposed records).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import polars as pl

from recordskit.archive import Archive
from recordskit.audit.business_hours import BusinessClock
from recordskit.audit.finding import NotEvaluable
from recordskit.audit.registry import parameters
from recordskit.checks.inputs import CheckInputs
from recordskit.config import WorkspaceConfig
from recordskit.periods import Period
from recordskit.profiles import Profile
from recordskit.schema import INGEST_SEQ, TABLES

LOCAL_FORMAT = "%Y-%m-%d %H:%M %Z"


@dataclass
class AuditContext:
    archive: Archive
    profile: Profile
    config: WorkspaceConfig
    period: Period
    now: dt.datetime
    accounts: tuple[str, ...] | None = None
    reports_dir: Path | None = None
    suite_run: Any = None
    """The checks run (``checks.run_suites``) whose results feed the controls they cover."""
    _frames: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)

    # --- time -------------------------------------------------------------------------------

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.config.time_zone)

    @property
    def starts_at(self) -> dt.datetime:
        return self.period.starts_at(self.tz)

    @property
    def ends_at(self) -> dt.datetime:
        """The first instant after the period (UTC)."""
        return self.period.ends_at(self.tz)

    @cached_property
    def inputs(self) -> CheckInputs:
        """The same view of the archive the suites' frame builders read."""
        return CheckInputs(self.archive, self.profile, self.tz, self.period, self.now)

    @property
    def as_of(self) -> dt.datetime:
        """The instant states are judged at: the period's end, or now if that is earlier."""
        return self.inputs.as_of

    def in_period(self, instant: pl.Expr) -> pl.Expr:
        return self.inputs.in_period(instant)

    def local_day(self, instant: pl.Expr) -> pl.Expr:
        return self.inputs.local_day(instant)

    def local_text(self, instant: pl.Expr) -> pl.Expr:
        """An instant as people read it: city time with the zone's abbreviation."""
        return instant.dt.convert_time_zone(self.config.time_zone).dt.strftime(LOCAL_FORMAT)

    def show(self, moment: dt.datetime | None) -> str | None:
        return None if moment is None else moment.astimezone(self.tz).strftime(LOCAL_FORMAT)

    @cached_property
    def clock(self) -> BusinessClock:
        return BusinessClock.for_audit(self.profile, self.config)

    @property
    def params(self) -> dict[str, Any]:
        return parameters()

    def profile_ref(self, what: str) -> str:
        """Where a parameter comes from, for the report."""
        return f"profile {self.profile.name} (in force from {self.profile.effective_on}): {what}"

    # --- tables -----------------------------------------------------------------------------

    def _accounts_filter(self, frame: pl.LazyFrame, name: str) -> pl.LazyFrame:
        if self.accounts is None or "account_id" not in TABLES[name].names:
            return frame
        return frame.filter(pl.col("account_id").is_in(list(self.accounts)))

    def frame(self, name: str) -> pl.DataFrame:
        """The latest version of every row of a (small) table, for the audited accounts."""
        if name not in self._frames:
            lf = self.archive.current(name)
            self._frames[name] = self._accounts_filter(lf, name).collect()
        return self._frames[name]

    def require(self, name: str, frame: pl.DataFrame | None = None) -> pl.DataFrame:
        """``frame`` (default: the table) or NotEvaluable naming the table when it is empty."""
        frame = self.frame(name) if frame is None else frame
        if frame.height == 0:
            raise NotEvaluable(name)
        return frame

    def _latest_content(self, lf: pl.LazyFrame) -> pl.LazyFrame:
        return lf.sort(["captured_at", INGEST_SEQ]).unique(
            subset=["record_id"], keep="last", maintain_order=True)

    def content_in_period(self) -> pl.DataFrame:
        """The latest version of every item posted in the period (audited accounts)."""
        if "_content_period" not in self._frames:
            lf = self.archive.table("content").filter(self.in_period(pl.col("posted_at")))
            lf = self._accounts_filter(lf, "content")
            self._frames["_content_period"] = self._latest_content(lf).collect()
        return self._frames["_content_period"]

    def content_by_ids(self, record_ids: Iterable[str]) -> pl.DataFrame:
        """The latest version of the given records, wherever they were posted. Records outside
        the period are read from the archive once per audit, however many controls ask."""
        ids = pl.DataFrame({"record_id": sorted({i for i in record_ids if i is not None})},
                           schema={"record_id": pl.String})
        if not ids.height:
            return TABLES["content"].empty()
        inside = self.content_in_period().join(ids, on="record_id", how="semi")
        rest = ids.join(inside.select("record_id"), on="record_id", how="anti")
        if not rest.height:
            return inside
        looked_up = self._frames.get("_looked_up_ids", ids.head(0))
        fetched = self._frames.get("_looked_up", TABLES["content"].empty())
        new = rest.join(looked_up, on="record_id", how="anti")
        if new.height:
            # a narrow scan finds the ingests holding them; the full rows are then read from
            # those ingests' files only (the records a control asks for are mostly recent)
            table, wanted = self.archive.table("content"), new["record_id"].implode()
            seqs = table.filter(pl.col("record_id").is_in(wanted)).select(INGEST_SEQ).collect()
            if seqs.height:
                lf = table.filter(pl.col(INGEST_SEQ).is_between(seqs[INGEST_SEQ].min(),
                                                                seqs[INGEST_SEQ].max())
                                  & pl.col("record_id").is_in(wanted))
                fetched = pl.concat([fetched, self._latest_content(lf).collect()],
                                    how="vertical_relaxed")
            self._frames["_looked_up"] = fetched
            self._frames["_looked_up_ids"] = pl.concat([looked_up, new])
        return pl.concat([inside, fetched.join(rest, on="record_id", how="semi")],
                         how="vertical_relaxed")

    def content_summary(self) -> pl.LazyFrame:
        """Every content version, lazily (for aggregates over the whole archive)."""
        return self._accounts_filter(self.archive.table("content"), "content")

    # --- the checks run ---------------------------------------------------------------------

    def suite_results(self, control_id: str) -> list[Any]:
        """The expectation results that cover ``control_id``."""
        if self.suite_run is None:
            return []
        return [r for r in self.suite_run.results if r.control_id == control_id]
