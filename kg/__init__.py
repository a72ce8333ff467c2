"""sme-kg: a knowledge graph of SME-support ecosystems.

>>> import kg
>>> graph = kg.load("data")
>>> graph.label(graph.resolve("KPC"))
'Korea Productivity Center'
"""

from .analysis import communities, neighbors, paths, rank
from .build import KnowledgeGraph, load
from .errors import DataError, DataIssue, KgError, UsageError
from .export import export_format, jsonld_context
from .extract import Extractor, extract_article
from .flows import learning_flows
from .load import load_records
from .ontology import Ontology, load_ontology
from .push import PushError, push_graphs
from .query import QueryResult, Term, format_result, run_query
from .questions import ask, question
from .release import write_release
from .synth import synthesize
from .validate import (
    cache_path,
    compile_shapes,
    shacl_check,
    shacl_check_cached,
    shacl_validate,
    source_state,
    union_graph,
)
from .viz import page_data, render_page, write_page

__all__ = [
    "DataError",
    "DataIssue",
    "Extractor",
    "KgError",
    "KnowledgeGraph",
    "Ontology",
    "PushError",
    "QueryResult",
    "Term",
    "UsageError",
    "ask",
    "cache_path",
    "communities",
    "compile_shapes",
    "export_format",
    "extract_article",
    "format_result",
    "jsonld_context",
    "learning_flows",
    "load",
    "load_ontology",
    "load_records",
    "neighbors",
    "page_data",
    "paths",
    "push_graphs",
    "question",
    "rank",
    "render_page",
    "run_query",
    "shacl_check",
    "shacl_check_cached",
    "shacl_validate",
    "source_state",
    "synthesize",
    "union_graph",
    "write_page",
    "write_release",
]
