"""What the archive holds of records that were removed: MOD-3's evidence, and the posting time
MOD-4 compares the action with.

Only the removed records' versions are read in full (a semi-join on their ids first), so
verifying their hashes costs as much as there are removals, not as much as the archive.
"""

from __future__ import annotations

import polars as pl

from recordskit.checks.columns import non_blank
from recordskit.checks.inputs import CheckInputs
from recordskit.hashing import sha256_rows
from recordskit.schema import CONTENT


def removed_record_facts(inputs: CheckInputs, record_ids: pl.LazyFrame) -> pl.DataFrame:
    """For each archived record among ``record_ids`` (column ``record_id``): ``posted_at`` (its
    earliest), ``has_archived_text`` (some version holds text that is not blank) and
    ``is_hash_verified`` (every version's ``content_sha256`` equals the digest of its version
    fields recomputed now). Records the archive does not hold are absent."""
    versions = (inputs.table("content")
                .join(record_ids.select("record_id").unique(), on="record_id", how="semi")
                .select(*CONTENT.identity_fields, CONTENT.version_column)
                .collect())
    recomputed = sha256_rows(versions, CONTENT.identity_fields)
    return (versions.with_columns(
                (recomputed == pl.col(CONTENT.version_column)).fill_null(False)
                .alias("_verified"))
            .group_by("record_id")
            .agg(pl.col("posted_at").min(),
                 non_blank("text").any().alias("has_archived_text"),
                 pl.col("_verified").all().alias("is_hash_verified")))
