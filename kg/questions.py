"""Named questions: the SPARQL files shipped in ``kg/queries/``, listed from their header and run with bound parameters.

Each ``kg/queries/<name>.rq`` starts with a comment header::

    # title: Experts of a program
    # description: (optional) one line saying what the answer holds
    # param: program (Program) the program, by id, label or alias
    # lists: titles

A parameter's kind is an ontology class (its value is resolved to an entity of
that class with :meth:`KnowledgeGraph.resolve`), ``Entity`` (any entity or
concept), ``Relation`` (a relation of the ontology, by name, label or IRI) or
an XSD datatype such as ``xsd:integer``. Values are bound as RDF terms, never
as raw text: rdflib's ``initBindings``, and for Oxigraph and endpoints a VALUES
block written from the checked and escaped term (see :func:`kg.query.run_query`).
``lists`` names result columns made with ``GROUP_CONCAT(...; separator="\\u001F")``:
SPARQL leaves the order of a group's values to the engine, so :func:`ask` sorts
the values of those cells and joins them with "; ", and every engine gives the
same answer.

The query projects every parameter variable (an answer says what it is about)
and should put its most selective pattern, the one that uses a parameter,
first: Oxigraph evaluates joins nearly in the written order.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UsageError
from .query import DEFAULT_TIMEOUT, QueryResult, Term, run_query

if TYPE_CHECKING:
    from .build import KnowledgeGraph

__all__ = [
    "LIST_SEPARATOR",
    "PARAM_KINDS",
    "QUERIES_DIR",
    "Param",
    "Question",
    "ask",
    "bind_params",
    "question",
    "questions",
    "sorted_lists",
]

QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    """One parameter of a named question: ``name (kind) description``."""

    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class Question:
    """A named question: its file's name, header and SPARQL text."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path
    lists: tuple[str, ...] = ()

    @property
    def usage(self) -> str:
        """How to call it from the command line."""
        return " ".join([f"kg ask {self.name}", *(f"--{p.name} <{p.kind}>" for p in self.params)])


_HEADER = re.compile(r"#\s*(title|description|param|lists):\s*(.*)")
_PARAM = re.compile(r"([A-Za-z_]\w*)\s*\(([^)]+)\)\s*(.*)")


def _parse(path: Path) -> Question:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, str] = {}
    params: list[Param] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "param":
            pm = _PARAM.fullmatch(value)
            if not pm:
                raise UsageError(f"{path}:{n}: write a parameter as `# param: name (Kind) description`")
            params.append(Param(pm.group(1), pm.group(2).strip(), pm.group(3).strip()))
        else:
            fields[key] = value
    if "title" not in fields:
        raise UsageError(f"{path}:1: a named question needs a `# title:` line in its header")
    lists = tuple(fields.get("lists", "").replace(",", " ").split())
    for column in lists:
        if not re.search(rf"\bAS\s+\?{re.escape(column)}\b", text):
            raise UsageError(f"{path}: `# lists: {column}` names no `AS ?{column}` column of the query")
    return Question(path.stem, fields["title"], fields.get("description", ""), tuple(params), text, path, lists)


@cache
def _load(directory: Path) -> dict[str, Question]:
    return {p.stem: _parse(p) for p in sorted(directory.glob("*.rq"))}


def questions(directory: Path | None = None) -> dict[str, Question]:
    """Every named question, by name (sorted).

    Examples
    --------
    >>> qs = questions()
    >>> qs["experts-of-program"].title
    'Experts of a program'
    >>> [(p.name, p.kind) for p in qs["sources-of-fact"].params]
    [('subject', 'Entity'), ('relation', 'Relation'), ('object', 'Entity')]
    """
    return dict(_load(Path(directory) if directory else QUERIES_DIR))


def question(name: str, directory: Path | None = None) -> Question:
    """One named question; an unknown name raises :class:`~kg.errors.UsageError` listing the available ones."""
    qs = questions(directory)
    if name not in qs:
        raise UsageError(f"unknown question {name!r}; available: {', '.join(qs)} (run `kg ask` to see them)")
    return qs[name]


# -- parameter kinds -----------------------------------------------------------------


def _entity(kg: KnowledgeGraph, value: str, cls: str | None) -> Term:
    entity_id = kg.resolve(value, cls=cls)
    return Term.uri(str(kg.records.entities[entity_id].iri))


def _relation(kg: KnowledgeGraph, value: str) -> Term:
    rels = kg.ontology.relations
    wanted = value.strip().removeprefix("<").removesuffix(">").casefold()
    for name, r in rels.items():
        if wanted in {name.casefold(), r.label.casefold(), str(r.iri).casefold(), f"sme:{name}".casefold()}:
            return Term.uri(str(r.iri))
    raise UsageError(f"unknown relation {value!r}; relations of the ontology: {', '.join(sorted(rels))}")


def _integer(kg: KnowledgeGraph, value: str) -> Term:
    if not re.fullmatch(r"[+-]?\d+", value.strip()):
        raise UsageError(f"{value!r} is not a whole number")
    return Term.literal(str(int(value)), _XSD + "integer")


def _string(kg: KnowledgeGraph, value: str) -> Term:
    return Term.literal(value)


def _date(kg: KnowledgeGraph, value: str) -> Term:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise UsageError(f"{value!r} is not a date like 2018-09-10")
    return Term.literal(value.strip(), _XSD + "date")


#: Parameter kinds that are not ontology classes: kind → ``fn(kg, value) -> Term``.
PARAM_KINDS: dict[str, Callable[[KnowledgeGraph, str], Term]] = {
    "Entity": lambda kg, value: _entity(kg, value, None),
    "Relation": _relation,
    "xsd:integer": _integer,
    "xsd:string": _string,
    "xsd:date": _date,
}


def _param_name(q: Question, given: str) -> str:
    """A parameter name, or the one parameter it is an unambiguous prefix of (``org`` → ``organization``)."""
    names = [p.name for p in q.params]
    if given in names:
        return given
    hits = [n for n in names if n.startswith(given)]
    return hits[0] if len(hits) == 1 else given


def bind_params(kg: KnowledgeGraph, q: Question, values: Mapping[str, str]) -> dict[str, Term]:
    """Turn ``--name value`` strings into RDF terms for the question's parameters.

    A parameter may be named by an unambiguous prefix (``org`` for ``organization``).
    Raises :class:`~kg.errors.UsageError` for missing or unknown parameters, and
    (from :meth:`KnowledgeGraph.resolve`) for unknown or ambiguous names.

    Examples
    --------
    >>> import kg
    >>> g = kg.load("data")
    >>> bind_params(g, question("programs-organized-by"), {"org": "KPC"})
    {'organization': Term(kind='uri', value='https://w3id.org/smekg/id/kpc', datatype=None, lang=None)}
    """
    names = [p.name for p in q.params]
    values = {_param_name(q, k): v for k, v in values.items()}
    unknown = sorted(set(values) - set(names))
    if unknown:
        raise UsageError(f"{q.name} has no parameter {', '.join('--' + u for u in unknown)}; usage: {q.usage}")
    missing = [n for n in names if n not in values]
    if missing:
        raise UsageError(f"{q.name} needs {', '.join('--' + m for m in missing)}; usage: {q.usage}")
    out: dict[str, Term] = {}
    for p in q.params:
        if p.kind in PARAM_KINDS:
            out[p.name] = PARAM_KINDS[p.kind](kg, values[p.name])
        elif p.kind in kg.ontology.classes:
            out[p.name] = _entity(kg, values[p.name], p.kind)
        else:
            kinds = ", ".join([*PARAM_KINDS, "or an ontology class"])
            raise UsageError(f"{q.path}: parameter {p.name} has unknown kind {p.kind!r} (use {kinds})")
    return out


def ask(
    kg: KnowledgeGraph,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    engine: str = "oxigraph",
    endpoint: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> QueryResult:
    """Run the named question ``name`` with ``params`` (strings, resolved and bound as RDF terms).

    With ``endpoint`` the query goes to that SPARQL endpoint; ``kg`` is still
    used to resolve entity names to IRIs.

    Examples
    --------
    >>> import kg
    >>> g = kg.load("data")
    >>> ask(g, "organizers-of-program", {"program": "OSM on SME Development"}).column("name")
    ['Asian Productivity Organization', 'Korea Productivity Center']
    """
    q = question(name)
    bindings = bind_params(kg, q, params or {})
    result = run_query(kg, q.text, engine=engine, endpoint=endpoint, bindings=bindings, timeout=timeout)
    return sorted_lists(result, q.lists)


#: What a ``# lists:`` column's GROUP_CONCAT separates values with (ASCII unit separator:
#: it cannot occur in a title, unlike "; "); :func:`sorted_lists` joins them with "; ".
LIST_SEPARATOR = "\x1f"


def sorted_lists(result: QueryResult, columns: tuple[str, ...], joiner: str = "; ") -> QueryResult:
    """``result`` with the values of each cell of ``columns`` (:data:`LIST_SEPARATOR`-separated) sorted and joined.

    Examples
    --------
    >>> r = QueryResult("SELECT", ("titles",), ((Term.literal("Professor\x1fHead; Unit\x1fAssociate Dean"),),))
    >>> sorted_lists(r, ("titles",)).column("titles")
    ['Associate Dean; Head; Unit; Professor']
    """
    idx = [result.variables.index(c) for c in columns if c in result.variables]
    if not idx:
        return result

    def fix(t: Term | None) -> Term | None:
        if t is None or t.kind != "literal":
            return t
        return t._replace(value=joiner.join(sorted(t.value.split(LIST_SEPARATOR))))

    rows = tuple(tuple(fix(v) if i in idx else v for i, v in enumerate(row)) for row in result.rows)
    return dataclasses.replace(result, rows=rows)
