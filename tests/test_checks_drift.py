"""The suites cannot drift from the schema, the controls or the frames: every column a suite
names is declared by its frame (a canonical field of schema.py or a documented derived column)
with a dtype its expectation can compare; every control, clause and severity is the one
docs/controls.md gives; every parameter a suite uses is supplied at run time."""

from __future__ import annotations

import json
import re

import polars as pl
import pytest

from recordskit.checks.columns import Canonical, Derived
from recordskit.checks.runner import check_inputs
from recordskit.checks.severity import GX_SEVERITY
from recordskit.checks.suites import EXPECTATIONS_DIR, SUITES
from recordskit.schema import TABLES
from tests.builders import REPO
from tests.checks_city import compliant_city

TEXT, BOOL, INT = pl.String, pl.Boolean, pl.Int64
TIME = (pl.Datetime("us", "UTC"), pl.Date)
# expectation type -> dtypes its columns may have (None: any)
COMPATIBLE = {
    "expect_column_values_to_not_be_null": None,
    "expect_column_values_to_match_regex": (TEXT,),
    "expect_column_pair_values_a_to_be_greater_than_b": TIME,
    "expect_column_values_to_be_between": (*TIME, INT),
    "expect_column_values_to_be_utc_timestamps": (pl.Datetime("us", "UTC"),),
    "expect_column_values_to_be_in_set": (TEXT, BOOL),
}


def _controls() -> dict[str, tuple[str, str]]:
    """Control id -> (source, severity) from docs/controls.md."""
    out = {}
    for line in (REPO / "docs" / "controls.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if re.fullmatch(r"[A-Z]+-\d+", cells[0]):
            out[cells[0]] = (cells[1], cells[-1])
    return out


def _expectations():
    for name in SUITES:
        doc = json.loads((EXPECTATIONS_DIR / f"{name}.json").read_text(encoding="utf-8"))
        for e in doc["expectations"]:
            yield name, e


def _columns(e: dict) -> list[str]:
    kw = e["kwargs"]
    cols = [kw[k] for k in ("column", "column_A", "column_B") if k in kw]
    cols += kw.get("column_list", [])
    if cond := kw.get("row_condition"):
        cols.append(cond["column"]["name"])
    return cols


def _parameters(value) -> set[str]:
    if isinstance(value, dict):
        if "$PARAMETER" in value:
            return {value["$PARAMETER"]}
        return set().union(*(_parameters(v) for v in value.values()))
    return set()


def test_every_suite_has_its_file_and_an_id():
    for spec in SUITES.values():
        doc = spec.load()
        assert doc["id"] and doc["name"] == spec.name


@pytest.mark.parametrize("suite,expectation", list(_expectations()),
                         ids=lambda v: v if isinstance(v, str) else v.get("description", ""))
def test_columns_exist_with_a_compatible_dtype(suite, expectation):
    declared = SUITES[suite].columns
    allowed = COMPATIBLE[expectation["type"]]
    for column in _columns(expectation):
        assert column in declared, f"{suite}: {column} is not declared by checks/{suite}.py"
        col = declared[column]
        if isinstance(col, Canonical):
            assert col.field in TABLES[col.table].names
        else:
            assert isinstance(col, Derived) and len(col.rule) > 20, "say what computes it"
        if allowed is not None and column != (expectation["kwargs"].get("row_condition") or {}
                                              ).get("column", {}).get("name"):
            assert col.dtype in allowed, f"{suite}.{column}: {col.dtype} for {expectation['type']}"


def test_meta_names_the_control_its_clause_and_severity():
    controls = _controls()
    for suite, e in _expectations():
        meta = e["meta"]
        assert meta["control_id"] in controls, (suite, meta)
        source, severity = controls[meta["control_id"]]
        assert (meta["clause"], meta["severity"]) == (source, severity), (suite, meta)
        assert e["severity"] == GX_SEVERITY[severity]
        assert e["description"]


def test_no_profile_or_schema_value_is_a_literal_in_the_suites(workspace):
    inputs = check_inputs(workspace)
    text = "\n".join(p.read_text(encoding="utf-8") for p in EXPECTATIONS_DIR.glob("*.json"))
    for code in inputs.profile.codes:
        assert f'"{code}"' not in text
    for _suite, e in _expectations():
        if e["type"] == "expect_column_values_to_be_in_set":
            value_set = e["kwargs"]["value_set"]
            assert isinstance(value_set, dict) or value_set in ([True], [False]), e


def test_frames_have_the_declared_columns_and_dtypes_and_parameters_cover_the_suites(workspace):
    compliant_city().ingest(workspace)
    inputs = check_inputs(workspace)
    for name, spec in SUITES.items():
        frame = spec.build(inputs)
        assert frame.height > 0, name
        assert dict(frame.schema) == {c: col.dtype for c, col in spec.columns.items()}, name
        assert spec.id_column in frame.columns
        needed = set().union(*(_parameters(e["kwargs"]) for s, e in _expectations()
                               if s == name))
        assert needed <= set(spec.parameters(inputs)), name


def test_the_checks_reference_matches_the_suites():
    from recordskit.checks import dictionary

    committed = (REPO / "docs" / "checks.md").read_text(encoding="utf-8")
    assert committed == dictionary.render(), (
        "run `python -m recordskit.checks.dictionary > docs/checks.md` and commit the result")
