"""Everything that touches Great Expectations: importing it quietly, an ephemeral context, suites
loaded from their JSON, one validation per frame, and Data Docs.

Importing GX takes seconds, so only a ``GxSession`` imports it (``recordskit --help`` and
the frame builders never do).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import types
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from recordskit.errors import ConfigError

SITE = "recordskit"
DATASOURCE = "recordskit"
DOCS_INDEX = "index.html"


@dataclass
class FrameToValidate:
    suite: dict
    """The suite's JSON document."""
    frame: pd.DataFrame
    id_column: str
    parameters: dict[str, object]


@contextmanager
def _quiet() -> Iterator[None]:
    """Run GX without its side effects on the process: its modules turn on
    ``logging.captureWarnings`` as they are imported (which would reroute every later warning
    into logging), one sets its logger to INFO, and its use of pandas raises deprecation
    warnings that are GX's to fix. All restored or silenced here, for the duration."""
    capturing = getattr(logging, "_warnings_showwarning", None) is not None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.simplefilter("ignore", FutureWarning)
            yield
    finally:
        if not capturing:
            logging.captureWarnings(False)


IRI_GRAMMAR_MODULE = "rfc3987_syntax"


def _defer_iri_grammar() -> None:
    """Let jsonschema compile its IRI grammar when it first checks an IRI, not when GX is
    imported. GX imports jsonschema (through altair), which imports ``rfc3987_syntax`` for its
    "iri" formats, and that module builds an Earley parser of RFC 3987 as it is imported: 2.4 s
    of the 7 s GX takes to import, in every validation, which never checks an IRI. Until then
    jsonschema holds a stand-in whose ``is_valid_syntax`` (the one name it imports) imports
    the real module on its first call; any other name does the same."""
    name = IRI_GRAMMAR_MODULE
    if (name in sys.modules or "jsonschema._format" in sys.modules
            or importlib.util.find_spec(name) is None):
        return
    stand_in = types.ModuleType(name, "Imports the real module when first used "
                                      "(recordskit.checks.gx_engine._defer_iri_grammar).")

    def real() -> types.ModuleType:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name)

    def is_valid_syntax(term: str, value: str) -> bool:
        return real().is_valid_syntax(term, value)

    def getattr_(attr: str) -> Any:
        if attr.startswith("__"):  # the import system probing (``__path__``...): not a use
            raise AttributeError(attr)
        return getattr(real(), attr)

    stand_in.is_valid_syntax = is_valid_syntax  # type: ignore[attr-defined]
    stand_in.__getattr__ = getattr_  # type: ignore[attr-defined]
    sys.modules[name] = stand_in


def _import_gx() -> Any:
    _defer_iri_grammar()
    import great_expectations as gx

    import recordskit.checks.custom_expectations  # noqa: F401  (registers them before loading)

    for name in list(logging.root.manager.loggerDict):
        if name.split(".", 1)[0] == "great_expectations":
            logging.getLogger(name).setLevel(logging.WARNING)
    return gx


def _context(gx: Any, data_docs_dir: Path | None) -> Any:
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    for site in list(ctx.list_data_docs_sites()):  # the default site builds into a temp dir
        ctx.delete_data_docs_site(site)
    if data_docs_dir is not None:
        ctx.add_data_docs_site(site_name=SITE, site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(data_docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
    return ctx


def _load_suite(gx: Any, ctx: Any, doc: dict) -> Any:
    suite = ctx.suites.add(gx.ExpectationSuite(**doc))
    if len(suite.expectations) != len(doc["expectations"]):
        known = {e.expectation_type for e in suite.expectations}
        lost = sorted({e["type"] for e in doc["expectations"]} - known)
        raise ConfigError(f"suite {doc['name']}: Great Expectations loaded "
                          f"{len(suite.expectations)} of {len(doc['expectations'])} expectations "
                          f"(unknown types dropped: {', '.join(lost) or '?'})")
    return suite


class GxSession:
    """One ephemeral GX context: GX imported, suites validated one frame at a time, Data Docs
    built at the end. GX's context is not made for threads: create and use a session from one
    thread (the runner gives it a thread of its own, so that importing GX and validating one
    frame overlap with preparing the next)."""

    def __init__(self, data_docs_dir: Path | None) -> None:
        with _quiet():
            self._gx = _import_gx()
            self._ctx = _context(self._gx, data_docs_dir)
            self._source = self._ctx.data_sources.add_pandas(DATASOURCE)
        self._data_docs_dir = data_docs_dir

    def validate(self, name: str, item: FrameToValidate) -> list[Any]:
        """GX's expectation results for ``item``'s frame, in the suite's order."""
        gx, ctx = self._gx, self._ctx
        with _quiet():
            suite = _load_suite(gx, ctx, item.suite)
            batch = (self._source.add_dataframe_asset(name=name)
                     .add_batch_definition_whole_dataframe(name))
            definition = ctx.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch, suite=suite))
            result = definition.run(
                batch_parameters={"dataframe": item.frame},
                expectation_parameters=item.parameters,
                result_format={"result_format": "COMPLETE",
                               "unexpected_index_column_names": [item.id_column],
                               "partial_unexpected_count": 20},
            )
        order = {e.id: i for i, e in enumerate(suite.expectations)}
        return sorted(result.results, key=lambda r: order[r.expectation_config.id])

    def build_data_docs(self) -> Path | None:
        """Data Docs of every validation run in this session: the index, when asked for."""
        if self._data_docs_dir is None:
            return None
        with _quiet():
            self._ctx.build_data_docs(site_names=[SITE])
        return self._data_docs_dir / DOCS_INDEX


def validate_frames(frames: dict[str, FrameToValidate], data_docs_dir: Path | None
                    ) -> tuple[dict[str, Any], Path | None]:
    """Validate each frame against its suite. Returns GX's expectation results per suite, in
    the suite's order, and the Data Docs index when ``data_docs_dir`` is given."""
    session = GxSession(data_docs_dir)
    out = {name: session.validate(name, item) for name, item in frames.items()}
    return out, session.build_data_docs()
