"""sme-kg: a knowledge graph of SME-support ecosystems.

>>> import kg
>>> graph = kg.load("data")
>>> graph.label(graph.resolve("KPC"))
'Korea Productivity Center'
"""

from .build import KnowledgeGraph, load
from .errors import DataError, DataIssue, KgError, UsageError
from .export import export_format, jsonld_context
from .load import load_records
from .ontology import Ontology, load_ontology
from .push import PushError, push_graphs
from .release import write_release
from .validate import shacl_validate, union_graph
from .viz import page_data, render_page, write_page

__all__ = [
    "DataError",
    "DataIssue",
    "KgError",
    "KnowledgeGraph",
    "Ontology",
    "PushError",
    "UsageError",
    "export_format",
    "jsonld_context",
    "load",
    "load_ontology",
    "load_records",
    "page_data",
    "push_graphs",
    "render_page",
    "shacl_validate",
    "union_graph",
    "write_page",
    "write_release",
]
