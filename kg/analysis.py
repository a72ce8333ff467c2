"""Ecosystem analytics on the networkx view: neighbours, shortest paths, rankings, communities.

Everything returns plain Python (lists, dicts, tuples of ids and labels), so a
notebook can use the results directly and the CLI only prints them.

Paths, rankings and communities look at the *actors and programs*: SKOS
concepts (topics, target groups, services) are left out unless
``concepts=True``, since a hub like "SMEs" would otherwise link everything to
everything. Direction is ignored for reachability (an undirected view) but each
hop is reported in the direction the source states it.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain, islice, pairwise, product
from typing import TYPE_CHECKING, Any, NamedTuple

import networkx as nx

from .errors import UsageError
from .ontology import CONCEPT_CLASS

if TYPE_CHECKING:
    from .build import KnowledgeGraph

__all__ = ["MEASURES", "Hop", "communities", "neighbors", "paths", "rank"]


class Hop(NamedTuple):
    """One edge of a path, in its true direction: ``subject —relation→ object`` and the sources stating it."""

    subject: str
    relation: str
    object: str
    sources: tuple[str, ...]


def _relation_name(kg: KnowledgeGraph, relation: str) -> str:
    rels = kg.ontology.relations
    wanted = relation.casefold()
    for name, r in rels.items():
        if wanted in (name.casefold(), r.label.casefold(), str(r.iri).casefold()):
            return name
    raise UsageError(f"unknown relation {relation!r}; relations of the ontology: {', '.join(sorted(rels))}")


def _class_name(kg: KnowledgeGraph, cls: str) -> str:
    wanted = cls.casefold()
    for name, c in kg.ontology.classes.items():
        if wanted in (name.casefold(), c.label.casefold()):
            return name
    if wanted == CONCEPT_CLASS.casefold():
        return CONCEPT_CLASS
    raise UsageError(f"unknown class {cls!r}; classes of the ontology: {', '.join(sorted(kg.ontology.classes))}")


def _hops(kg: KnowledgeGraph, u: str, v: str, relation: str | None = None) -> list[Hop]:
    """Every edge between u and v (either direction), as hops in their true direction, sorted."""
    g = kg.graph
    out = []
    for s, o in ((u, v), (v, u)):
        for key, data in (g.get_edge_data(s, o) or {}).items():
            if relation is None or key == relation:
                out.append(Hop(s, data["label"], o, tuple(data["sources"])))
    return sorted(out)


def _simple(kg: KnowledgeGraph, concepts: bool, keep: tuple[str, ...] = ()) -> nx.Graph:
    """Undirected simple graph; ``weight`` = number of relations between the pair."""
    g = kg.graph
    nodes = [n for n in g if concepts or n in keep or g.nodes[n]["cls"] != CONCEPT_CLASS]
    ug = nx.Graph()
    ug.add_nodes_from(sorted(nodes))
    allowed = set(nodes)
    for u, v in g.edges():
        if u in allowed and v in allowed and u != v:
            w = ug.get_edge_data(u, v, {"weight": 0})["weight"]
            ug.add_edge(u, v, weight=w + 1)
    return ug


def neighbors(kg: KnowledgeGraph, entity: str, depth: int = 1, relation: str | None = None) -> list[dict[str, Any]]:
    """Entities within ``depth`` hops of ``entity`` (either direction), optionally over one relation only.

    Each row: ``id``, ``label``, ``cls``, ``depth``, ``via`` (the entity it was
    reached from) and ``hops`` (the edges between ``via`` and it). Sorted by
    depth, then label.

    Examples
    --------
    >>> import kg
    >>> tiny = kg.load("tests/data/tiny")
    >>> [(r["id"], r["depth"]) for r in neighbors(tiny, "Mira Chen")]
    [('harbor-lab', 1), ('lean-workshop-2021', 1)]
    >>> neighbors(tiny, "mira-chen")[0]["hops"]
    [Hop(subject='mira-chen', relation='represents', object='harbor-lab', sources=('tiny-news-2021-05-03',))]
    >>> [r["id"] for r in neighbors(tiny, "kor", depth=2, relation="based in")]
    ['msb', 'npb']
    """
    if depth < 1:
        raise UsageError(f"--depth must be 1 or more, not {depth}")
    start = kg.resolve(entity)
    rel = _relation_name(kg, relation) if relation else None
    g = kg.graph
    seen = {start}
    rows: list[dict[str, Any]] = []
    frontier = [start]
    for d in range(1, depth + 1):
        nxt: list[str] = []
        for u in sorted(frontier):
            near = {v for _, v, k in g.out_edges(u, keys=True) if rel in (None, k)}
            near |= {v for v, _, k in g.in_edges(u, keys=True) if rel in (None, k)}
            for v in sorted(near - seen):
                seen.add(v)
                nxt.append(v)
                node = g.nodes[v]
                rows.append(
                    {
                        "id": v,
                        "label": node["label"],
                        "cls": node["cls"],
                        "depth": d,
                        "via": u,
                        "hops": _hops(kg, u, v, rel),
                    }
                )
        frontier = nxt
    return sorted(rows, key=lambda r: (r["depth"], r["label"].casefold(), r["id"]))


def paths(kg: KnowledgeGraph, a: str, b: str, concepts: bool = False, limit: int = 20) -> list[list[Hop]]:
    """The shortest paths between two entities, each a list of :class:`Hop` in their true direction.

    Reachability ignores direction; concepts are not used as stepping stones
    unless ``concepts=True``. Parallel relations between two entities give one
    path each. At most ``limit`` paths, sorted; an empty list when there is none.

    Examples
    --------
    >>> import kg
    >>> tiny = kg.load("tests/data/tiny")
    >>> for hop in paths(tiny, "Mira Chen", "Singapore")[0]:
    ...     print(hop.subject, "-", hop.relation, "->", hop.object, hop.sources)
    lean-workshop-2021 - conducted by -> mira-chen ('tiny-news-2021-05-03',)
    lean-workshop-2021 - benchmarked -> sgp ('tiny-news-2021-05-03',)
    """
    src, dst = kg.resolve(a), kg.resolve(b)
    if src == dst:
        raise UsageError(f"{a!r} and {b!r} are the same entity ({src})")
    ug = _simple(kg, concepts, keep=(src, dst))
    try:
        node_paths = sorted(nx.all_shortest_paths(ug, src, dst))
    except nx.NetworkXNoPath:
        return []
    expanded = chain.from_iterable(product(*(_hops(kg, u, v) for u, v in pairwise(np_))) for np_ in node_paths)
    return sorted(list(p) for p in islice(expanded, 10 * limit))[:limit]


def _degree(g: nx.Graph) -> dict[str, float]:
    return {n: d for n, d in g.degree()}


def _betweenness(g: nx.Graph) -> dict[str, float]:
    return nx.betweenness_centrality(g)


def _pagerank(g: nx.Graph, alpha: float = 0.85, tol: float = 1e-12, max_iter: int = 200) -> dict[str, float]:
    """Weighted PageRank by power iteration, in pure Python (networkx's own needs numpy and scipy)."""
    n = g.number_of_nodes()
    if n == 0:
        return {}
    strength = {u: sum(d["weight"] for _, _, d in g.edges(u, data=True)) for u in g}
    rank = dict.fromkeys(g, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in g if strength[u] == 0) / n
        new = dict.fromkeys(g, (1.0 - alpha) / n + dangling)
        for u in g:
            if strength[u]:
                share = alpha * rank[u] / strength[u]
                for v, d in g[u].items():
                    new[v] += share * d["weight"]
        if sum(abs(new[u] - rank[u]) for u in g) < n * tol:
            return new
        rank = new
    return rank


#: Centrality measures for :func:`rank`: name → ``fn(undirected graph) -> {node: score}``.
#: ``degree`` counts distinct neighbours; ``betweenness`` is normalised; ``pagerank`` weighs parallel relations.
MEASURES: dict[str, Callable[[nx.Graph], dict[str, float]]] = {
    "degree": _degree,
    "betweenness": _betweenness,
    "pagerank": _pagerank,
}


def rank(
    kg: KnowledgeGraph, by: str = "degree", cls: str | None = None, top: int = 10, concepts: bool = False
) -> list[dict[str, Any]]:
    """The ``top`` entities by a centrality measure of :data:`MEASURES`, optionally of one class (and subclasses).

    The measure is computed on the whole graph, then filtered by class. Rows:
    ``rank``, ``id``, ``label``, ``cls``, ``score`` (rounded to 6 places); ties
    are broken by label.

    Examples
    --------
    >>> import kg
    >>> tiny = kg.load("tests/data/tiny")
    >>> [(r["id"], r["score"]) for r in rank(tiny, top=3)]
    [('lean-workshop-2021', 6), ('kor', 3), ('busan', 2)]
    >>> [r["id"] for r in rank(tiny, by="betweenness", cls="Organization", top=2)]
    ['msb', 'npb']
    """
    if by not in MEASURES:
        raise UsageError(f"unknown measure {by!r}; choose one of: {', '.join(MEASURES)}")
    if top < 1:
        raise UsageError(f"--top must be 1 or more, not {top}")
    want = _class_name(kg, cls) if cls else None
    ug = _simple(kg, concepts or want == CONCEPT_CLASS)
    scores = MEASURES[by](ug)
    nodes = kg.graph.nodes
    rows = [
        {"id": n, "label": nodes[n]["label"], "cls": nodes[n]["cls"], "score": round(s, 6)}
        for n, s in scores.items()
        if want is None or kg.ontology.is_a(nodes[n]["cls"], want)
    ]
    rows.sort(key=lambda r: (-r["score"], r["label"].casefold(), r["id"]))
    return [{"rank": i, **r} for i, r in enumerate(rows[:top], 1)]


def communities(kg: KnowledgeGraph, seed: int = 42, concepts: bool = False) -> list[list[str]]:
    """Louvain communities of the undirected graph (weighted by relation count), stable for a given ``seed``.

    Each community is a sorted list of ids; communities are sorted by size
    (largest first), then by their first id.

    Examples
    --------
    >>> import kg
    >>> tiny = kg.load("tests/data/tiny")
    >>> sum(len(c) for c in communities(tiny)) == len(tiny.graph) - 1  # all but the one concept
    True
    """
    ug = _simple(kg, concepts)
    found = nx.community.louvain_communities(ug, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
