"""The canonical tables, declared once.

Every table and field of the archive is declared here: name, polars dtype, nullability,
description, allowed values and whether it is confidential. Loaders conform their frames to these
declarations, the Great Expectations suites and the data dictionary (``docs/data_dictionary.md``)
are checked against them, and the archive creates its Delta tables from them.

Naming: ``_at`` is a UTC timestamp, ``_on`` a calendar date, ``is_``/``has_`` a boolean,
``_id`` an identifier, ``_sha256`` a lowercase hex SHA-256 digest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

from recordskit.errors import SchemaError

UTC_TIMESTAMP = pl.Datetime("us", "UTC")
STRINGS = pl.List(pl.String)

PLATFORMS = ("facebook", "x", "instagram", "youtube", "nextdoor", "linkedin", "other")
CONTENT_KINDS = ("post", "comment", "reply", "message", "video", "reaction")
AUTHOR_ROLES = ("city", "legislator", "public", "unknown")
VISIBILITY = ("visible", "hidden", "removed_by_city", "deleted_by_author")
MODERATION_ACTIONS = ("hide", "unhide", "delete", "restore", "ban", "unban", "approve", "reject")
REMOVAL_ACTIONS = ("hide", "delete")
ACCESS_ROLES = ("administrator", "editor", "moderator", "analyst")
RETENTION_BASES = ("years_after_creation", "calendar_years_after_creation")
PRA_DETERMINATIONS = (
    "pending",
    "records_provided",
    "partially_withheld",
    "withheld",
    "no_records",
)

# System columns every archived table carries (besides ingest_log, which is the chain itself).
INGEST_SEQ = "ingest_seq"
ROW_SHA256 = "row_sha256"


@dataclass(frozen=True)
class Field:
    name: str
    dtype: pl.DataType
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None
    confidential: bool = False

    @property
    def dtype_name(self) -> str:
        return dtype_label(self.dtype)


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    """Columns that identify one item across versions (a record id, an account id ...)."""
    version_fields: tuple[str, ...] | None = None
    """Fields whose change makes a new version. None: every field but the source file and its
    hash. Fields outside it (capture time, source file) describe one capture, not the item, and
    do not make a new version."""
    version_order: tuple[str, ...] = ()
    """Columns that order an item's versions before the ingest sequence (content: capture time,
    so an older export ingested late does not become the current version, then edit time, for
    several edits of one item in one export). Nulls sort first."""
    version_column: str | None = None
    """A stored column holding the digest of ``version_fields`` (content's ``content_sha256``)."""
    confidential: bool = False
    system: bool = False
    """The ingest chain itself: carries no ingest_seq / row_sha256 system columns."""
    archive_written: bool = False
    """Written by the archive itself, never by a loader (ingest_log, rejects)."""
    register: bool = False
    """Loaded from a register file (CSV, XLSX or YAML) whose columns are these field names."""

    def __post_init__(self) -> None:
        names = [f.name for f in self.fields]
        if len(names) != len(set(names)):
            raise SchemaError(f"table {self.name}: duplicate field names")
        missing = [k for k in self.key if k not in names]
        if missing:
            raise SchemaError(f"table {self.name}: key fields {missing} are not declared")
        for k in self.key:
            if self.field(k).nullable:
                raise SchemaError(f"table {self.name}: key field {k} must be non-nullable")

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"table {self.name} has no field {name!r}; it has {', '.join(self.names)}")

    @property
    def identity_fields(self) -> tuple[str, ...]:
        """The fields whose digest tells one version of an item from another."""
        if self.version_fields is not None:
            return self.version_fields
        return tuple(n for n in self.names if n not in ("source_file", "source_sha256"))

    @property
    def row_hash_fields(self) -> tuple[str, ...]:
        """The fields a row's ``row_sha256`` covers: all of them, except that a table with a
        version column covers its version fields through that column (whose digest ``verify``
        checks against them), so an item's text is hashed once per row, not twice."""
        if not self.version_column:
            return tuple(self.names)
        return tuple(n for n in self.names if n not in self.identity_fields)

    @property
    def stored_fields(self) -> tuple[Field, ...]:
        """Declared fields plus the archive's system columns."""
        if self.system:
            return self.fields
        return self.fields + (
            Field(INGEST_SEQ, pl.Int64, "archive version (ingest sequence) that added the row",
                  nullable=False),
            Field(ROW_SHA256, pl.String, "SHA-256 of the row's canonical form (tamper evidence)"
                  + (f"; {self.version_column} stands for the fields it digests"
                     if self.version_column else ""), nullable=False),
        )

    @property
    def polars_schema(self) -> pl.Schema:
        return pl.Schema({f.name: f.dtype for f in self.stored_fields})

    def empty(self) -> pl.DataFrame:
        return pl.DataFrame(schema=self.polars_schema)

    @property
    def confidential_fields(self) -> list[str]:
        return [f.name for f in self.fields if f.confidential or self.confidential]


def F(name: str, dtype: pl.DataType, description: str, **kw) -> Field:  # noqa: N802
    return Field(name, dtype, description, **kw)


def required(name: str, dtype: pl.DataType, description: str, **kw) -> Field:
    return Field(name, dtype, description, nullable=False, **kw)


_source = (
    F("source_file", pl.String, "path of the export file the row was read from, as given"),
    F("source_sha256", pl.String, "SHA-256 of that export file"),
)

TABLES: dict[str, Table] = {}


def _table(t: Table) -> Table:
    TABLES[t.name] = t
    return t


ACCOUNTS = _table(Table(
    "accounts",
    "The register of the city's social media accounts (Stockton: the Community Relations "
    "Officer's list of all accounts).",
    (
        required("account_id", pl.String, "the city's identifier for the account"),
        required("platform", pl.String, "platform the account is on", allowed=PLATFORMS),
        F("handle", pl.String, "handle or page name on the platform"),
        F("url", pl.String, "public address of the account"),
        F("department", pl.String, "department responsible for the account"),
        F("purpose_statement", pl.String, "registered purpose and subject matter"),
        F("site_administrator_staff_id", pl.String,
          "staff id of the department site administrator"),
        F("department_director", pl.String, "department director responsible for the content"),
        F("registration_approved_on", pl.Date, "date the City Manager approved the registration"),
        F("registration_approved_by", pl.String, "who approved the registration"),
        F("registration_form_ref", pl.String, "reference of the Social Media Use Request form"),
        F("activated_on", pl.Date, "date the account went live"),
        F("retired_on", pl.Date, "date the account was retired, if it was"),
        F("is_comments_allowed", pl.Boolean, "whether the public may comment"),
        F("policy_profile", pl.String, "policy profile the account follows"),
        F("retention_series", pl.String, "retention schedule series for the account's content"),
    ),
    key=("account_id",),
    register=True,
))

ACCOUNT_PROFILES = _table(Table(
    "account_profiles",
    "Dated snapshots of each account's public profile: the evidence for the required notices.",
    (
        required("account_id", pl.String, "account the snapshot is of"),
        required("captured_at", UTC_TIMESTAMP, "when the profile was captured"),
        F("about_text", pl.String, "the profile's about / description text, all notices included"),
        F("links", STRINGS, "links shown on the profile"),
        F("contact_info", pl.String, "contact information shown on the profile"),
        F("has_logo", pl.Boolean, "whether the city logo is shown"),
        F("source_url", pl.String, "address the snapshot was taken from"),
    ),
    key=("account_id", "captured_at"),
    register=True,
))

STAFF = _table(Table(
    "staff",
    "City staff who administer, post to or moderate accounts.",
    (
        required("staff_id", pl.String, "the city's staff identifier"),
        required("name", pl.String, "full name"),
        F("title", pl.String, "job title"),
        F("department", pl.String, "department"),
        F("hired_on", pl.Date, "first day of employment"),
        F("separated_on", pl.Date, "last day of employment, if separated"),
    ),
    key=("staff_id",),
    register=True,
))

ACCOUNT_ACCESS = _table(Table(
    "account_access",
    "Who may act on which account, and when that access was granted and revoked.",
    (
        required("account_id", pl.String, "account"),
        required("staff_id", pl.String, "staff member"),
        required("role", pl.String, "kind of access", allowed=ACCESS_ROLES),
        required("granted_at", UTC_TIMESTAMP, "when access was granted"),
        F("revoked_at", UTC_TIMESTAMP, "when access was revoked, if it was"),
    ),
    key=("account_id", "staff_id", "role", "granted_at"),
    register=True,
))

ROSTER = _table(Table(
    "roster",
    "Members of legislative bodies subject to the Brown Act, with their seats, terms and handles.",
    (
        required("body", pl.String, "legislative body, e.g. City Council"),
        required("member_id", pl.String, "identifier of the member"),
        required("member_name", pl.String, "member's name"),
        required("body_seats", pl.Int64,
                 "number of seats on the body (a majority is more than half)"),
        F("seat", pl.String, "seat or district"),
        F("title", pl.String, "title the member should use, e.g. Councilmember"),
        required("term_starts_on", pl.Date, "first day of the term"),
        F("term_ends_on", pl.Date, "last day of the term"),
        F("handles", STRINGS, "the member's accounts as 'platform:handle'"),
    ),
    key=("body", "member_id", "term_starts_on"),
    register=True,
))

CONTENT = _table(Table(
    "content",
    "One row per archived version of an item: posts, comments, replies, messages, reactions.",
    (
        required("record_id", pl.String,
                 "stable id derived from platform, account, kind and native id (see record_id())"),
        required("platform", pl.String, "platform", allowed=PLATFORMS),
        required("account_id", pl.String, "city account the item was published on or received by"),
        required("native_id", pl.String, "the platform's own id of the item"),
        required("kind", pl.String, "kind of item", allowed=CONTENT_KINDS),
        F("parent_record_id", pl.String, "record the item answers or reacts to"),
        F("thread_record_id", pl.String, "top-level post of the item's thread"),
        F("author_native_id", pl.String, "the platform's id of the author"),
        F("author_handle", pl.String, "author's handle"),
        F("author_display_name", pl.String, "author's display name"),
        required("author_role", pl.String, "whether the author is the city, a member of a "
                 "legislative body or the public", allowed=AUTHOR_ROLES),
        required("posted_at", UTC_TIMESTAMP, "when the item was published"),
        F("edited_at", UTC_TIMESTAMP, "when this version was made by an edit"),
        required("captured_at", UTC_TIMESTAMP, "when the archive captured this version"),
        F("text", pl.String, "the item's text, exactly as captured"),
        F("urls", STRINGS, "links in the item"),
        F("media_refs", STRINGS, "references to media files in the export"),
        required("visibility", pl.String, "state of the item when captured", allowed=VISIBILITY),
        *_source,
        required("content_sha256", pl.String, "SHA-256 of the item's version fields"),
    ),
    key=("record_id",),
    version_fields=(
        "record_id", "platform", "account_id", "native_id", "kind", "parent_record_id",
        "thread_record_id", "author_native_id", "author_handle", "author_display_name",
        "author_role", "posted_at", "edited_at", "text", "urls", "media_refs", "visibility",
    ),
    version_column="content_sha256",
    version_order=("captured_at", "edited_at"),
))

CONTENT_APPROVALS = _table(Table(
    "content_approvals",
    "Reviews of city content before posting (Stockton: content shall be submitted for review "
    "prior to posting).",
    (
        required("record_id", pl.String, "record of the post that was approved"),
        required("approved_at", UTC_TIMESTAMP, "when the content was approved"),
        required("approved_by_staff_id", pl.String, "who approved it"),
        F("approval_ref", pl.String, "reference in the approval system"),
    ),
    key=("record_id", "approved_at"),
    register=True,
))

COMMENTER_CONTACTS = _table(Table(
    "commenter_contacts",
    "Enrollment contact details of commenters. Confidential (Stockton commenter guideline 1): "
    "kept apart so that no packet or report can include them.",
    (
        required("platform", pl.String, "platform", allowed=PLATFORMS),
        required("author_native_id", pl.String, "the platform's id of the commenter"),
        F("name", pl.String, "name given at enrollment"),
        F("email", pl.String, "email address given at enrollment"),
        F("phone", pl.String, "phone number given at enrollment"),
        F("postal_address", pl.String, "postal address given at enrollment"),
    ),
    key=("platform", "author_native_id"),
    confidential=True,
    register=True,
))

MODERATION_ACTIONS_T = _table(Table(
    "moderation_actions",
    "What moderators did: every hide, delete, ban and their reversals, with reason and poster.",
    (
        required("action_id", pl.String, "id of the action (the log's own, or derived from it)"),
        F("record_id", pl.String, "record acted on (empty for bans, which act on a person)"),
        required("account_id", pl.String, "account the action was taken on"),
        required("platform", pl.String, "platform", allowed=PLATFORMS),
        F("target_native_id", pl.String, "the platform's id of the item acted on"),
        required("action", pl.String, "what was done", allowed=MODERATION_ACTIONS),
        F("acted_at", UTC_TIMESTAMP, "when it was done"),
        F("actor_staff_id", pl.String, "staff member who did it"),
        F("reason_code", pl.String, "policy category (a reason code of the policy profile)"),
        F("reason_text", pl.String, "description of the reason"),
        F("poster_native_id", pl.String, "platform id of the person whose content it was"),
        F("poster_name", pl.String, "name or handle of that person"),
        F("poster_unavailable_reason", pl.String, "why the poster's identity is not available"),
        *_source,
    ),
    key=("action_id",),
))

RETENTION_SCHEDULE = _table(Table(
    "retention_schedule",
    "The city's adopted records retention schedule for social media content.",
    (
        required("series_id", pl.String, "retention series"),
        required("description", pl.String, "what the series covers"),
        required("retention_years", pl.Int64,
                 "retention period in years (never under two: GC 34090)"),
        required("retention_basis", pl.String, "how the period is counted",
                 allowed=RETENTION_BASES),
        F("authority", pl.String, "resolution or schedule adopting the series"),
        F("effective_on", pl.Date, "date the series took effect"),
    ),
    key=("series_id",),
    register=True,
))

LEGAL_HOLDS = _table(Table(
    "legal_holds",
    "Legal holds: everything in their scope is kept whatever the schedule says.",
    (
        required("hold_id", pl.String, "hold identifier"),
        required("matter", pl.String, "litigation, claim or investigation"),
        F("scope_account_ids", STRINGS, "accounts in scope (empty: all)"),
        F("scope_query", pl.String, "keyword query defining the scope, if any"),
        F("scope_starts_at", UTC_TIMESTAMP, "start of the period in scope"),
        F("scope_ends_at", UTC_TIMESTAMP, "end of the period in scope"),
        required("issued_on", pl.Date, "date the hold was issued"),
        F("released_on", pl.Date, "date the hold was released, if it was"),
        F("issued_by", pl.String, "who issued it"),
    ),
    key=("hold_id",),
    register=True,
))

DISPOSITIONS = _table(Table(
    "dispositions",
    "Destruction of records under the retention schedule, with its approvals.",
    (
        required("disposition_id", pl.String, "disposition identifier"),
        required("record_id", pl.String, "record destroyed"),
        F("series_id", pl.String, "retention series applied"),
        required("disposed_at", UTC_TIMESTAMP, "when the record was destroyed"),
        F("council_resolution_ref", pl.String, "council resolution approving destruction"),
        F("attorney_consent_ref", pl.String, "city attorney's written consent"),
        F("performed_by_staff_id", pl.String, "who performed it"),
    ),
    key=("disposition_id", "record_id"),
    register=True,
))

PRA_REQUESTS = _table(Table(
    "pra_requests",
    "The public records request register.",
    (
        required("request_id", pl.String, "request identifier"),
        required("received_at", UTC_TIMESTAMP, "when the request was received"),
        F("requester", pl.String, "who made the request"),
        F("requester_contact", pl.String, "how to reach the requester", confidential=True),
        required("description", pl.String, "the request as made"),
        F("scope_query", pl.String, "search query the request was translated to"),
        F("scope_starts_at", UTC_TIMESTAMP, "start of the period requested"),
        F("scope_ends_at", UTC_TIMESTAMP, "end of the period requested"),
        F("scope_account_ids", STRINGS, "accounts requested (empty: all)"),
        F("determination", pl.String, "determination made", allowed=PRA_DETERMINATIONS),
        F("determination_at", UTC_TIMESTAMP, "when the determination was sent"),
        F("extension_reason", pl.String, "unusual circumstance relied on for an extension"),
        F("extension_notice_at", UTC_TIMESTAMP, "when the written extension notice was sent"),
        F("due_on", pl.Date, "determination due date"),
        F("extended_due_on", pl.Date, "due date after the extension"),
        F("responded_at", UTC_TIMESTAMP, "when records were provided"),
        F("packet_ref", pl.String, "packet (bag) that answered the request"),
    ),
    key=("request_id",),
    register=True,
))

INGEST_LOG = _table(Table(
    "ingest_log",
    "One row per ingest: what was read and added, and a hash chain that makes tampering evident. "
    "A row here is what commits an ingest: rows of other tables are visible only once the "
    "ingest_log row of their ingest_seq exists.",
    (
        required("ingest_seq", pl.Int64, "archive version this ingest created (1, 2, 3 ...)"),
        required("committed_at", UTC_TIMESTAMP, "when the ingest was committed"),
        required("operation", pl.String, "what the entry records",
                 allowed=("ingest", "disposition", "init")),
        F("loader", pl.String, "source format that read the file"),
        F("source_file", pl.String, "file ingested"),
        F("source_sha256", pl.String, "SHA-256 of the file"),
        required("rows_read", pl.Int64, "rows read from the file"),
        required("rows_added", pl.Int64, "rows added to the archive"),
        required("rows_duplicate", pl.Int64, "rows already in the archive"),
        required("rows_rejected", pl.Int64, "rows rejected (quarantined)"),
        required("naive_timestamps", pl.Int64,
                 "timestamps without a zone, read in the city's zone"),
        required("rows_by_table", pl.String, "JSON: rows added per table"),
        required("table_versions", pl.String,
                 "JSON: Delta version of every table after the ingest"),
        required("rows_digest", pl.String, "SHA-256 over the sorted row hashes the ingest added"),
        F("operator", pl.String, "user who ran the ingest"),
        F("tool_version", pl.String, "recordskit version"),
        required("prev_entry_sha256", pl.String, "entry_sha256 of the previous row"),
        required("entry_sha256", pl.String, "SHA-256 of this row's other fields"),
    ),
    key=("ingest_seq",),
    system=True,
    archive_written=True,
))

REJECTS = _table(Table(
    "rejects",
    "Rows a quarantined ingest could not load, with where they were and why.",
    (
        required("source_file", pl.String, "file the row came from"),
        F("line", pl.Int64, "line (or row) number"),
        F("cell", pl.String, "sheet and cell reference, for workbooks"),
        F("field", pl.String, "field that was wrong"),
        F("value", pl.String, "the offending value, as read"),
        required("problem", pl.String, "what was wrong"),
    ),
    key=("source_file", "problem"),
    archive_written=True,
))

GENESIS_SHA256 = "0" * 64


# --- identifiers ---------------------------------------------------------------------------------

OWN_ID_SPACES = ("message", "reaction")
"""Kinds whose native ids form id spaces of their own; every other kind shares the "item" one."""


def record_id(platform: str, account_id: str, kind: str, native_id: str) -> str:
    """Stable record id of a platform item: the same item in any later export gets the same id.

    Posts, videos, comments and replies share one id space on every platform (a native id names
    one item), so they share one family: a moderation log or a vendor export that calls an item
    a comment where the platform calls it a reply still names the same record. Messages and
    reactions have id spaces of their own.
    """
    family = kind if kind in OWN_ID_SPACES else "item"
    digest = hashlib.sha256(
        "\x1f".join((platform, account_id, family, str(native_id))).encode("utf-8")
    ).hexdigest()
    return f"{platform[:2]}-{digest[:24]}"


def record_id_expr(platform: pl.Expr, account_id: pl.Expr, kind: pl.Expr, native_id: pl.Expr
                   ) -> pl.Expr:
    """record_id() over columns, for loaders that build whole frames."""
    return pl.struct(
        platform.alias("p"), account_id.alias("a"), kind.alias("k"),
        native_id.cast(pl.String).alias("n"),
    ).map_elements(lambda s: record_id(s["p"], s["a"], s["k"], s["n"]), return_dtype=pl.String)


# --- conformance ---------------------------------------------------------------------------------

def conform(table: Table | str, frame: pl.DataFrame) -> pl.DataFrame:
    """Return ``frame`` with exactly the table's declared columns, in order and dtype.

    Missing nullable columns are added as nulls; a missing required column, an extra column, a
    dtype that cannot be cast losslessly, a null in a required field or a value outside the
    allowed set raise SchemaError: a loader must have produced canonical rows before this point.
    """
    t = TABLES[table] if isinstance(table, str) else table
    extra = [c for c in frame.columns if c not in t.names]
    if extra:
        raise SchemaError(f"{t.name}: unknown columns {extra}")
    cols = []
    for f in t.fields:
        if f.name not in frame.columns:
            if not f.nullable:
                raise SchemaError(f"{t.name}: required column {f.name} is missing")
            cols.append(pl.lit(None, dtype=f.dtype).alias(f.name))
        elif frame.schema[f.name] != f.dtype:
            cols.append(pl.col(f.name).cast(f.dtype, strict=True))
        else:
            cols.append(pl.col(f.name))
    try:
        out = frame.select(cols)
    except pl.exceptions.PolarsError as exc:
        raise SchemaError(f"{t.name}: cannot cast to the canonical dtypes: {exc}") from exc
    for f in t.fields:
        if not f.nullable and out[f.name].null_count():
            raise SchemaError(f"{t.name}.{f.name}: {out[f.name].null_count()} null value(s) in a "
                              "required field")
    restricted = [f for f in t.fields if f.allowed is not None]
    if restricted:  # one pass for every field with allowed values; details only on failure
        outside = out.select((pl.col(f.name).is_not_null() & ~pl.col(f.name).is_in(f.allowed))
                             .any().alias(f.name) for f in restricted).row(0)
        for f, bad in zip(restricted, outside, strict=True):
            if bad:
                values = out.filter(~pl.col(f.name).is_in(f.allowed))[f.name].unique()
                values = sorted(v for v in values.to_list() if v is not None)[:5]
                raise SchemaError(f"{t.name}.{f.name}: values {values} not in {list(f.allowed)}")
    return out


def dtype_label(dtype: pl.DataType) -> str:
    if dtype == UTC_TIMESTAMP:
        return "timestamp (UTC)"
    if dtype == STRINGS:
        return "list of text"
    return {
        pl.String: "text", pl.Int64: "integer", pl.Boolean: "boolean", pl.Date: "date",
        pl.Float64: "number",
    }.get(dtype, str(dtype))


def tables(names: Iterable[str] | None = None) -> list[Table]:
    return [TABLES[n] for n in names] if names is not None else list(TABLES.values())


def loadable_tables() -> list[Table]:
    return [t for t in TABLES.values() if not t.archive_written]
