"""sme-kg: a knowledge graph of SME-support ecosystems.

>>> import kg
>>> graph = kg.load("data")
>>> graph.label(graph.resolve("KPC"))
'Korea Productivity Center'
"""

from .build import KnowledgeGraph, load
from .errors import DataError, DataIssue, KgError, UsageError
from .load import load_records
from .ontology import Ontology, load_ontology
from .validate import shacl_validate, union_graph

__all__ = [
    "DataError",
    "DataIssue",
    "KgError",
    "KnowledgeGraph",
    "Ontology",
    "UsageError",
    "load",
    "load_ontology",
    "load_records",
    "shacl_validate",
    "union_graph",
]
