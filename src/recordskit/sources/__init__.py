"""Loaders: from platform and vendor exports, moderation logs and registers to canonical rows.

One module per format; ``registry.py`` detects which loader reads a path; ``reading.py`` reads
a command's inputs in the right order. docs/formats.md is the contract every loader implements.
"""

from recordskit.sources.base import LoadContext, Loader
from recordskit.sources.reading import Reading, default_registry, read_inputs
from recordskit.sources.registry import Plan, Registry

__all__ = ["LoadContext", "Loader", "Plan", "Reading", "Registry", "default_registry",
           "read_inputs"]
