"""The country-level learning network that SME-support programs create.

A study mission or workshop moves know-how between economies: its
participants come from some countries to learn in the host country, and the
host's program in turn looks at (benchmarks) other countries. For each
program:

* participants' countries → host country (kind ``participants``);
* host country → each benchmarked country (kind ``benchmark``).

The host is the country the program is ``heldIn``, or the country a place it
is held in is ``locatedIn`` (followed up through places). Edges within one
country are left out. Edge ``weight`` is the number of distinct programs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from .build import KnowledgeGraph

__all__ = ["flow_rows", "learning_flows"]


def _targets(g: nx.MultiDiGraph, node: str, relation: str) -> list[str]:
    return sorted({v for _, v, k in g.out_edges(node, keys=True) if k == relation})


def _countries(kg: KnowledgeGraph, place: str) -> set[str]:
    """The countries a place is (or is in), following locatedIn upwards."""
    g, seen, todo, out = kg.graph, set(), [place], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        if kg.ontology.is_a(g.nodes[p]["cls"], "Country"):
            out.add(p)
        else:
            todo.extend(_targets(g, p, "locatedIn"))
    return out


def learning_flows(kg: KnowledgeGraph) -> nx.DiGraph:
    """The country → country learning network, one edge per (from, to) pair.

    Edge attributes: ``weight`` (number of distinct programs), ``programs``
    (sorted ids), ``kinds`` (sorted: ``benchmark``, ``participants``). Node
    attributes: ``label``, ``isoCode``. Nodes and edges are added in sorted
    order, so the graph is the same for the same data.

    Examples
    --------
    >>> import kg
    >>> flows = learning_flows(kg.load("tests/data/tiny"))
    >>> list(flows.edges(data=True))
    [('kor', 'sgp', {'weight': 1, 'programs': ['lean-workshop-2021'], 'kinds': ['benchmark']})]
    >>> flows.nodes["sgp"]
    {'label': 'Singapore', 'isoCode': 'SGP'}
    """
    g = kg.graph
    found: dict[tuple[str, str], dict[str, set[str]]] = {}

    def add(a: str, b: str, program: str, kind: str) -> None:
        if a != b:
            e = found.setdefault((a, b), {"programs": set(), "kinds": set()})
            e["programs"].add(program)
            e["kinds"].add(kind)

    for program in sorted(n for n, d in g.nodes(data=True) if d["top"] == "Program"):
        hosts = set().union(*(_countries(kg, p) for p in _targets(g, program, "heldIn")))
        for host in sorted(hosts):
            for origin in _targets(g, program, "participantFrom"):
                add(origin, host, program, "participants")
            for benchmark in _targets(g, program, "benchmarked"):
                add(host, benchmark, program, "benchmark")

    flows = nx.DiGraph()
    for n in sorted({n for pair in found for n in pair}):
        node = g.nodes[n]
        flows.add_node(n, label=node["label"], isoCode=node.get("isoCode", ""))
    for (a, b), e in sorted(found.items()):
        flows.add_edge(a, b, weight=len(e["programs"]), programs=sorted(e["programs"]), kinds=sorted(e["kinds"]))
    return flows


def flow_rows(flows: nx.DiGraph) -> list[dict[str, Any]]:
    """The flows as table rows, heaviest first: from, to (ids and labels), weight, kinds, programs.

    Examples
    --------
    >>> import kg
    >>> flow_rows(learning_flows(kg.load("tests/data/tiny")))[0]["to_label"]
    'Singapore'
    """
    rows = [
        {
            "from": a,
            "from_label": flows.nodes[a]["label"],
            "to": b,
            "to_label": flows.nodes[b]["label"],
            "weight": d["weight"],
            "kinds": d["kinds"],
            "programs": d["programs"],
        }
        for a, b, d in flows.edges(data=True)
    ]
    return sorted(rows, key=lambda r: (-r["weight"], r["from_label"], r["to_label"]))
