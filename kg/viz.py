"""The network page: one self-contained, offline, safe HTML file to explore the graph.

A *view* (see :data:`VIEWS`) turns the knowledge graph into a drawing graph:
``"network"`` draws entities and their relations (whole, or an ego network /
class / country / source subset), ``"flows"`` draws the country-level learning
network of :func:`kg.flows.learning_flows`. The drawing graph is handed to
pyvis to assemble the vis-network node and edge records; the page itself comes
from our own template (``kg/templates/network.html``), with vis-network inlined
from the installed pyvis package, so it opens by double-click and never asks
the network for anything.

Every class colour and shape comes from the ontology (``sme:color`` /
``sme:shape``), every edge label from the relation's ``rdfs:label``. Data
reaches the page only as JSON inside ``<script type="application/json">`` (with
``<``, ``>`` and ``&`` escaped) and is put into the document with
``textContent``; a Content-Security-Policy lets only our two inline scripts run
and forbids every request. Graphs above :data:`LAYOUT_THRESHOLD` nodes get
their positions here (a seeded force layout) with physics off; above
``max_nodes`` the most connected nodes are kept and the page says what was left
out. The same data always gives a byte-identical page.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import random
import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from .build import KnowledgeGraph
from .errors import KgError, UsageError
from .io import atomic_write
from .ontology import CONCEPT_CLASS

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "DEFAULT_OUTPUT",
    "DEFAULT_SCREENSHOT",
    "LAYOUT_THRESHOLD",
    "MAX_NODES",
    "VIEWS",
    "Drawing",
    "page_data",
    "render_page",
    "screenshot",
    "spring_positions",
    "write_page",
]

DEFAULT_OUTPUT = Path("visualizations/sme-ecosystem.html")
DEFAULT_SCREENSHOT = Path("visualizations/sme-ecosystem.png")
#: Above this many nodes (or five times as many edges) the layout is computed in Python and physics is off.
LAYOUT_THRESHOLD = 1000
#: Above this many nodes only the most connected ones are drawn (the page says so).
MAX_NODES = 5000
#: The Debian Chromium used for screenshots and browser tests (no browser download, ever).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
)
_VIS_JS = ("templates", "lib", "vis-9.1.2", "vis-network.min.js")
# Shapes that draw their label inside the node (vis-network): the label colour must contrast with the fill.
_LABEL_INSIDE = frozenset({"box", "ellipse", "circle", "database", "text"})
_NO_COUNTRY = ""
_NO_SOURCE = ""
_FLOW = "learningFlow"
_DYNAMIC_EDGES = 400


# -- the drawing graph -----------------------------------------------------------------------------------------------
@dataclass
class Drawing:
    """What a view hands to the page.

    ``graph`` is a MultiDiGraph keyed by edge kind. Node attributes: ``label``,
    ``cls``, ``aliases``, ``description``, ``iri``, ``attrs`` (list of
    ``[name, value, [[source, paragraph], ...]]``), ``countries`` and
    ``sources`` (sorted ids); edge attributes: ``relation``, ``sources``,
    ``paragraphs`` ({source: n}), ``titles`` and ``details`` (extra lines for
    the side panel) and optionally ``weight``. ``kinds`` describes every edge
    kind ({key: {label, color, definition}}).
    """

    title: str
    graph: nx.MultiDiGraph
    kinds: dict[str, dict[str, str]]
    subtitle: str = ""
    notes: list[str] = field(default_factory=list)


def _node_sources(g: nx.MultiDiGraph, n: str, attrs: list) -> list[str]:
    found = {s for _, _, d in g.in_edges(n, data=True) for s in d["sources"]}
    found |= {s for _, _, d in g.out_edges(n, data=True) for s in d["sources"]}
    found |= {s for _, _, cites in attrs for s, _ in cites}
    return sorted(found)


def _countries(kg: KnowledgeGraph) -> dict[str, list[str]]:
    """The countries each entity is linked to: itself for a country, else the countries (or
    places in countries) its outgoing relations whose ontology range includes Country or Place
    point to (basedIn, heldIn, locatedIn, benchmarked, ...)."""
    onto, g = kg.ontology, kg.graph
    spatial = {r for r, p in onto.relations.items() if {"Country", "Place"} & set(p.range)}
    memo: dict[str, frozenset[str]] = {}

    def of(n: str, path: frozenset[str]) -> frozenset[str]:
        if n in memo:
            return memo[n]
        cls = g.nodes[n]["cls"]
        if onto.is_a(cls, "Country"):
            out = frozenset({n})
        else:
            out = frozenset()
            for _, v, r in g.out_edges(n, keys=True):
                if r not in spatial or v in path:
                    continue
                vcls = g.nodes[v]["cls"]
                if onto.is_a(vcls, "Country"):
                    out |= {v}
                elif onto.is_a(vcls, "Place"):
                    out |= of(v, path | {n})
        memo[n] = out
        return out

    return {n: sorted(of(n, frozenset())) for n in g.nodes}


def _network_drawing(kg: KnowledgeGraph) -> Drawing:
    """Entities (and the concepts statements point to) with every relation, from ``kg.graph``."""
    onto, src = kg.ontology, kg.graph
    attrs: dict[str, list] = defaultdict(list)
    for a in kg.records.attributes:
        value = a.value.isoformat() if hasattr(a.value, "isoformat") else a.value
        for row in attrs[a.entity]:
            if row[0] == a.property and row[1] == value:
                row[2].append([a.source, a.paragraph])
                break
        else:
            attrs[a.entity].append([a.property, value, [[a.source, a.paragraph]]])
    countries = _countries(kg)
    g = nx.MultiDiGraph()
    for n, d in src.nodes(data=True):
        g.add_node(
            n,
            label=d["label"],
            cls=d["cls"],
            aliases=list(d.get("aliases", [])),
            description=d.get("description", ""),
            iri=d["iri"],
            attrs=sorted(attrs.get(n, []), key=lambda r: r[0]),
            countries=countries[n],
        )
    for u, v, r, d in src.edges(keys=True, data=True):
        g.add_edge(
            u,
            v,
            key=r,
            relation=r,
            sources=list(d["sources"]),
            paragraphs=dict(d["paragraphs"]),
            titles=list(d["titles"]),
            details=[],
        )
    for n in g.nodes:
        g.nodes[n]["sources"] = _node_sources(g, n, g.nodes[n]["attrs"])
    kinds = {
        r: {"label": p.label or r, "color": p.color, "definition": p.definition} for r, p in onto.relations.items()
    }
    s = kg.stats()
    return Drawing(
        title="SME-support ecosystem",
        graph=g,
        kinds=kinds,
        subtitle=f"{s['entities']} entities and {s['concepts']} concepts from {s['sources']} sources",
    )


def _flows_drawing(kg: KnowledgeGraph) -> Drawing:
    """Countries linked by learning flows (:func:`kg.flows.learning_flows`), one edge per country pair."""
    from .flows import learning_flows

    flows = learning_flows(kg)
    ents = kg.records.entities
    cited: dict[str, set[str]] = defaultdict(set)
    for st in kg.records.statements:
        cited[st.subject].add(st.source)
        cited[st.object].add(st.source)
    g = nx.MultiDiGraph()
    for n, d in sorted(flows.nodes(data=True)):
        e = ents.get(n)
        g.add_node(
            n,
            label=d.get("label") or kg.label(n),
            cls=e.cls if e else "Country",
            aliases=list(e.aliases) if e else [],
            description=e.description if e else "",
            iri=str(e.iri) if e else "",
            attrs=[["isoCode", d["isoCode"], []]] if d.get("isoCode") else [],
            countries=[n],
        )
    for u, v, d in sorted(flows.edges(data=True), key=lambda t: (t[0], t[1])):
        programs = sorted(d.get("programs", []))
        kinds = sorted(d.get("kinds", []))
        g.add_edge(
            u,
            v,
            key=_FLOW,
            relation=_FLOW,
            sources=sorted({s for p in programs for s in cited.get(p, ())}),
            paragraphs={},
            titles=[],
            details=[f"{kg.label(p)} ({', '.join(kinds)})" for p in programs],
            weight=d.get("weight", len(programs)),
            caption=f"{', '.join(kinds)} ×{d.get('weight', len(programs))}",
        )
    for n in g.nodes:
        g.nodes[n]["sources"] = _node_sources(g, n, g.nodes[n]["attrs"])
    definition = (
        "Know-how moving between economies through programs: participants' countries → host country "
        "(participants), host country → benchmarked countries (benchmark). Width: number of programs."
    )
    return Drawing(
        title="Learning flows between countries",
        graph=g,
        kinds={_FLOW: {"label": "learning flow", "color": kg.ontology.display("Country")[0], "definition": definition}},
        subtitle=f"{g.number_of_nodes()} countries and {g.number_of_edges()} flows derived from programs",
    )


#: Views: name → function(kg) → :class:`Drawing`. Subsets and summaries apply to every view.
VIEWS: dict[str, Callable[[KnowledgeGraph], Drawing]] = {
    "network": _network_drawing,
    "flows": _flows_drawing,
}


# -- subsets ---------------------------------------------------------------------------------------------------------
def _resolve_classes(kg: KnowledgeGraph, names: Iterable[str]) -> list[str]:
    onto = kg.ontology
    by_name = {c.casefold(): c for c in onto.classes} | {CONCEPT_CLASS.casefold(): CONCEPT_CLASS}
    by_name |= {d.label.casefold(): c for c, d in onto.classes.items() if d.label}
    out = []
    for name in names:
        c = by_name.get(name.strip().casefold())
        if c is None:
            known = ", ".join([*sorted(onto.classes), CONCEPT_CLASS])
            raise UsageError(f"unknown class {name!r}; classes of the ontology: {known}")
        out.append(c)
    return out


def _resolve_sources(kg: KnowledgeGraph, names: Iterable[str]) -> list[str]:
    srcs = kg.records.sources
    by_name = {s.casefold(): s for s in srcs} | {d.title.casefold(): s for s, d in srcs.items()}
    by_name |= {str(d.iri).casefold(): s for s, d in srcs.items()}
    out = []
    for name in names:
        s = by_name.get(name.strip().strip("<>").casefold())
        if s is None:
            raise UsageError(f"unknown source {name!r}; sources: {', '.join(sorted(srcs))}")
        out.append(s)
    return out


def _subset(
    kg: KnowledgeGraph,
    d: Drawing,
    focus: str | None,
    depth: int,
    classes: Sequence[str],
    countries: Sequence[str],
    sources: Sequence[str],
) -> Drawing:
    g = d.graph
    keep = set(g.nodes)
    said: list[str] = []
    centre = None
    if focus:
        centre = kg.resolve(focus)
        if centre not in g:
            raise UsageError(f"{focus!r} ({kg.label(centre)}) is not drawn in this view; pick another entity")
        if depth < 0:
            raise UsageError(f"--depth must be 0 or more, not {depth}")
        keep &= set(nx.ego_graph(g, centre, radius=depth, undirected=True))
        said.append(f"within {depth} step{'s' if depth != 1 else ''} of {kg.label(centre)}")
    if classes:
        wanted = _resolve_classes(kg, classes)
        keep = {n for n in keep if n == centre or any(kg.ontology.is_a(g.nodes[n]["cls"], c) for c in wanted)}
        said.append("class " + " or ".join(wanted))
    if countries:
        wanted_c = {kg.resolve(c, cls="Country") for c in countries}
        keep = {n for n in keep if n == centre or wanted_c & set(g.nodes[n]["countries"])}
        said.append("linked to " + " or ".join(kg.label(c) for c in sorted(wanted_c)))
    wanted_s: set[str] = set()
    if sources:
        wanted_s = set(_resolve_sources(kg, sources))
        keep = {n for n in keep if n == centre or wanted_s & set(g.nodes[n]["sources"])}
        said.append("stated by " + " or ".join(sorted(wanted_s)))
    if not said:
        return d
    if not keep:
        raise UsageError(f"no node is {'; '.join(said)}: nothing to draw; loosen --class/--country/--source")
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    for u, v, k, data in g.edges(keys=True, data=True):
        if u in keep and v in keep and (not wanted_s or wanted_s & set(data["sources"])):
            sub.add_edge(u, v, key=k, **data)
    subtitle = f"{sub.number_of_nodes()} of {g.number_of_nodes()} nodes: {'; '.join(said)}"
    return Drawing(d.title, sub, d.kinds, subtitle, list(d.notes))


def _summarise(d: Drawing, max_nodes: int) -> Drawing:
    g = d.graph
    if max_nodes < 1:
        raise UsageError(f"--max-nodes must be 1 or more, not {max_nodes}")
    if g.number_of_nodes() <= max_nodes:
        return d
    ranked = sorted(g.nodes, key=lambda n: (-g.degree(n), n))
    keep = set(ranked[:max_nodes])
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, g.nodes[n]) for n in sorted(keep))
    sub.add_edges_from((u, v, k, data) for u, v, k, data in g.edges(keys=True, data=True) if u in keep and v in keep)
    dropped_n = g.number_of_nodes() - sub.number_of_nodes()
    dropped_e = g.number_of_edges() - sub.number_of_edges()
    note = (
        f"Summarised: this page draws the {max_nodes:,} most connected of {g.number_of_nodes():,} nodes "
        f"({sub.number_of_edges():,} of {g.number_of_edges():,} edges). Left out: {dropped_n:,} nodes and "
        f"{dropped_e:,} edges. Draw them with kg viz --focus, --class, --country or --source, or a larger --max-nodes."
    )
    return Drawing(d.title, sub, d.kinds, d.subtitle, [*d.notes, note])


# -- layout ----------------------------------------------------------------------------------------------------------
def _force_layout(
    n: int, links: dict[tuple[int, int], float], radius: Sequence[float], rng: random.Random, iterations: int
) -> tuple[list[float], list[float]]:
    """Fruchterman-Reingold over all pairs for a few hundred discs, then overlaps pushed apart."""
    side = math.sqrt(n) * 2.0
    xs = [rng.uniform(0.0, side) for _ in range(n)]
    ys = [rng.uniform(0.0, side) for _ in range(n)]
    temperature, cool = side / 6, side / 6 / (iterations + 1)
    for _ in range(iterations):
        dx, dy = [0.0] * n, [0.0] * n
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                ddx, ddy = xi - xs[j], yi - ys[j]
                d2 = ddx * ddx + ddy * ddy or 1e-6
                dx[i] += ddx / d2
                dy[i] += ddy / d2
                dx[j] -= ddx / d2
                dy[j] -= ddy / d2
        for (i, j), w in links.items():
            ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
            d = math.sqrt(ddx * ddx + ddy * ddy) * w
            dx[i] -= ddx * d
            dy[i] -= ddy * d
            dx[j] += ddx * d
            dy[j] += ddy * d
        for i in range(n):
            fx, fy = dx[i] - (xs[i] - side / 2) * 0.05, dy[i] - (ys[i] - side / 2) * 0.05
            disp = math.sqrt(fx * fx + fy * fy)
            if disp > temperature:
                fx, fy = fx * temperature / disp, fy * temperature / disp
            xs[i] += fx
            ys[i] += fy
        temperature -= cool
    # Scale the unit-length drawing up to the discs, then separate discs that still overlap.
    lengths = [math.dist((xs[i], ys[i]), (xs[j], ys[j])) for i, j in links]
    wanted = [radius[i] + radius[j] + 1.0 for i, j in links]
    if lengths:
        scale = sorted(w / max(d, 1e-6) for w, d in zip(wanted, lengths, strict=True))[len(lengths) // 2]
        xs, ys = [x * scale for x in xs], [y * scale for y in ys]
    for _ in range(60):
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                ddx, ddy = xs[i] - xs[j], ys[i] - ys[j]
                d = math.sqrt(ddx * ddx + ddy * ddy)
                gap = radius[i] + radius[j] + 1.0 - d
                if gap > 0:
                    if d < 1e-6:
                        ddx, ddy, d = 1.0, 0.0, 1.0
                    push = gap / 2 / d
                    xs[i] += ddx * push
                    ys[i] += ddy * push
                    xs[j] -= ddx * push
                    ys[j] -= ddy * push
                    moved = True
        if not moved:
            break
    return xs, ys


def spring_positions(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], seed: int = 7, core: int = 150
) -> dict[str, tuple[float, float]]:
    """Seeded positions for large graphs, in pure Python and close to linear time.

    The ``core`` most connected nodes are hubs; every other node joins the
    nearest hub (breadth first) and is placed on a sunflower spiral around it,
    closer nodes inside, so each hub with its followers fills a disc. The
    discs are laid out by a force layout (springs weighted by the edges
    between them) and then pushed apart until none overlap. Components that
    hold no hub get a hub of their own; single nodes share one disc. The same
    input and seed give the same positions; distances are in units of one
    node spacing.

    Examples
    --------
    >>> pos = spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> sorted(pos) == ["a", "b", "c"] and pos == spring_positions(["a", "b", "c"], [("a", "b"), ("b", "c")])
    True
    """
    nodes = list(nodes)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    adj: list[set[int]] = [set() for _ in range(n)]
    for u, v in edges:
        i, j = index[u], index[v]
        if i != j:
            adj[i].add(j)
            adj[j].add(i)
    rank = sorted(range(n), key=lambda i: (-len(adj[i]), nodes[i]))
    owner, depth = [-1] * n, [0] * n
    hubs: list[int] = []

    def grow(starts: list[int]) -> None:
        queue = deque(starts)
        for r in starts:
            owner[r] = r
            hubs.append(r)
        while queue:
            i = queue.popleft()
            for j in sorted(adj[i]):
                if owner[j] < 0:
                    owner[j], depth[j] = owner[i], depth[i] + 1
                    queue.append(j)

    grow([i for i in rank[:core]])
    loners: list[int] = []
    for i in rank:  # components without a hub: their best-connected node leads them
        if owner[i] < 0:
            if adj[i] and len(hubs) < 2 * core:
                grow([i])
            else:
                loners.append(i)
    followers: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        if owner[i] >= 0 and owner[i] != i:
            followers[owner[i]].append(i)
    discs = list(hubs) + ([-1] if loners else [])  # -1: the disc of single nodes
    members = {h: sorted(followers[h], key=lambda i: (depth[i], -len(adj[i]), nodes[i])) for h in hubs}
    members[-1] = loners
    radius = [math.sqrt(len(members[h]) + 1) * 0.9 + 0.5 for h in discs]
    slot = {h: k for k, h in enumerate(discs)}
    links: dict[tuple[int, int], float] = defaultdict(float)
    for i in range(n):
        for j in adj[i]:
            a, b = slot[owner[i]] if owner[i] >= 0 else slot[-1], slot[owner[j]] if owner[j] >= 0 else slot[-1]
            if a < b:
                links[(a, b)] += 1.0
    weights = {k: min(1.0, 0.25 + 0.25 * math.log1p(w)) for k, w in links.items()}
    rng = random.Random(seed)  # noqa: S311 - a layout, not a secret
    cx, cy = _force_layout(len(discs), weights, radius, rng, iterations=80)
    golden = math.pi * (3 - math.sqrt(5))
    out: dict[str, tuple[float, float]] = {}
    for k, h in enumerate(discs):
        if h >= 0:
            out[nodes[h]] = (cx[k], cy[k])
        for m, i in enumerate(members[h], start=1 if h >= 0 else 0):
            r, a = 0.9 * math.sqrt(m), m * golden
            out[nodes[i]] = (cx[k] + r * math.cos(a), cy[k] + r * math.sin(a))
    return out


# -- page data -------------------------------------------------------------------------------------------------------
def _text_colour(background: str) -> str:
    """Black or white, whichever reads better on ``background`` (#rrggbb)."""
    m = re.fullmatch(r"#?([0-9a-fA-F]{6})", background.strip())
    if not m:
        return "#1a1a1a"
    r, g, b = (int(m.group(1)[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return "#ffffff" if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 else "#1a1a1a"


class _Ids(list):
    """pyvis keeps node ids in a list and tests membership per added edge: O(1) lookups keep 5k-node pages fast."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


def _vis_records(kg: KnowledgeGraph, d: Drawing, large: bool) -> tuple[list[dict], list[dict], list[str]]:
    """vis-network node and edge records, assembled with pyvis; edge ids are their index (no random ids)."""
    g = d.graph
    net = Network(directed=True)
    net.node_ids = _Ids()
    pos = spring_positions(list(g.nodes), ((u, v) for u, v in g.edges())) if large else {}
    scale = 90.0
    for n, a in g.nodes(data=True):
        colour, shape = kg.ontology.display(a["cls"])
        deg = g.degree(n)
        opts: dict[str, Any] = {
            "size": round(12 + 4 * math.sqrt(deg), 1),
            "font": {"size": round(18 + min(12.0, 2 * math.sqrt(deg)), 1)},
        }
        if shape in _LABEL_INSIDE:
            opts["font"]["color"] = _text_colour(colour)
        if n in pos:
            opts["x"], opts["y"] = round(pos[n][0] * scale, 1), round(pos[n][1] * scale, 1)
        net.add_node(n, label=a["label"], shape=shape, color=colour, **opts)
    edge_ids: list[str] = []
    for i, (u, v, k, a) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda t: (t[0], t[2], t[1]))):
        kind = d.kinds.get(k, {"label": k, "color": "#888888"})
        opts = {"id": f"e{i}", "color": kind["color"]}
        if not large:  # thousands of edge labels make vis-network slow; large pages show them in the panel
            opts["label"] = a.get("caption") or kind["label"]
        if "weight" in a:
            opts["value"] = a["weight"]
        net.add_edge(u, v, **opts)
        edge_ids.append(f"e{i}")
    nodes, edges = net.get_network_data()[:2]
    for e in edges:  # arrows are set once in the options
        e.pop("arrows", None)
    return nodes, edges, edge_ids


def _vis_options(large: bool, weighted: bool, nodes: int, edges: int) -> dict:
    opts: dict[str, Any] = {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"face": "system-ui, sans-serif", "strokeWidth": 3, "strokeColor": "#fff"}},
        "edges": {
            "width": 1.2,
            "selectionWidth": 2,
            "font": {"size": 10, "face": "system-ui, sans-serif", "color": "#555", "strokeWidth": 3, "align": "middle"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            # "dynamic" curves add a physics body per edge: only for small pages
            "smooth": False if large else {"type": "dynamic" if edges <= _DYNAMIC_EDGES else "continuous"},
        },
        "interaction": {
            "hover": not large,
            "tooltipDelay": 200,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
            "keyboard": False,
        },
        "layout": {"randomSeed": 7, "improvedLayout": False},
    }
    if weighted:
        opts["edges"]["scaling"] = {"min": 1, "max": 8}
    if large:
        opts["physics"] = {"enabled": False}
    else:
        opts["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -45,
                "centralGravity": 0.012,
                "springLength": 70,
                "springConstant": 0.08,
                "avoidOverlap": 0.4,
            },
            # stabilising costs iterations x (nodes + edges): fewer rounds for mid-size pages
            "stabilization": {"enabled": True, "iterations": 300 if nodes <= 150 else 120, "fit": True},
        }
    return opts


def page_data(
    kg: KnowledgeGraph,
    view: str = "network",
    focus: str | None = None,
    depth: int = 1,
    classes: Sequence[str] | None = None,
    countries: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> dict:
    """Everything the page shows, as one JSON-ready dict (also ``window.smeData`` on the page).

    Parameters
    ----------
    kg
        The knowledge graph.
    view
        A name of :data:`VIEWS`.
    focus, depth
        Draw only the nodes within ``depth`` steps (either direction) of
        ``focus`` (an id, IRI, label or alias).
    classes, countries, sources
        Draw only the nodes of these classes (subclasses included), linked to
        these countries, or stated by these sources (and only edges those
        sources state). The focus node is always kept.
    max_nodes
        Above this, draw the most connected nodes and say so in ``notes``.

    Examples
    --------
    >>> from kg import load
    >>> data = page_data(load("data"), focus="KPC", depth=1)
    >>> sorted(n["id"] for n in data["nodes"])
    ['kor', 'kpc', 'osm-sme-development-2018', 'taiho-kang']
    >>> sorted((e["from"], e["relation"], e["to"]) for e in data["edges"])[:2]
    [('kpc', 'basedIn', 'kor'), ('kpc', 'organized', 'osm-sme-development-2018')]
    """
    if view not in VIEWS:
        raise UsageError(f"unknown view {view!r}; views: {', '.join(sorted(VIEWS))}")
    d = VIEWS[view](kg)
    total_n, total_e = d.graph.number_of_nodes(), d.graph.number_of_edges()
    full_degree = dict(d.graph.degree())
    d = _subset(kg, d, focus, depth, list(classes or ()), list(countries or ()), list(sources or ()))
    d = _summarise(d, max_nodes)
    g, onto = d.graph, kg.ontology
    large = g.number_of_nodes() > LAYOUT_THRESHOLD or g.number_of_edges() > 5 * LAYOUT_THRESHOLD
    weighted = any("weight" in a for *_, a in g.edges(keys=True, data=True))
    vis_nodes, vis_edges, edge_ids = _vis_records(kg, d, large)

    def cls_info(c: str) -> dict:
        colour, shape = onto.display(c)
        cd = onto.classes.get(c)
        label = cd.label if cd and cd.label else ("Concept" if c == CONCEPT_CLASS else c)
        definition = cd.definition if cd else "A term of the SME-support concept scheme (topic, target group, ...)."
        top = onto.top_class(c)
        top_label = onto.classes[top].label if top in onto.classes else label
        return {"id": c, "label": label, "color": colour, "shape": shape, "definition": definition, "top": top_label}

    class_count: dict[str, int] = defaultdict(int)
    country_count: dict[str, int] = defaultdict(int)
    source_count: dict[str, int] = defaultdict(int)
    nodes = []
    for n, a in g.nodes(data=True):
        class_count[a["cls"]] += 1
        for c in a["countries"] or [_NO_COUNTRY]:
            country_count[c] += 1
        for s in a["sources"] or [_NO_SOURCE]:
            source_count[s] += 1
        nodes.append(
            {
                "id": n,
                "label": a["label"],
                "cls": a["cls"],
                "iri": a["iri"],
                "aliases": a["aliases"],
                "description": a["description"],
                "attrs": a["attrs"],
                "countries": a["countries"],
                "degree": g.degree(n),
                "outside": full_degree.get(n, 0) - g.degree(n),
            }
        )
    rel_count: dict[str, int] = defaultdict(int)
    edges = []
    ordered = sorted(g.edges(keys=True, data=True), key=lambda t: (t[0], t[2], t[1]))
    for eid, (u, v, k, a) in zip(edge_ids, ordered, strict=True):
        rel_count[k] += 1
        edge = {"id": eid, "from": u, "to": v, "relation": k, "sources": a["sources"]}
        # Empty fields are left out (the page reads them as empty): large pages stay smaller.
        if a["paragraphs"]:
            edge["paragraphs"] = {s: p for s, p in sorted(a["paragraphs"].items())}
        for key in ("titles", "details"):
            if a[key]:
                edge[key] = a[key]
        if "weight" in a:
            edge["weight"] = a["weight"]
        edges.append(edge)
    classes_present = sorted(
        (cls_info(c) | {"count": class_count[c]} for c in class_count),
        key=lambda c: (c["top"], c["label"]),
    )
    relations_present = [
        {"id": k, **d.kinds.get(k, {"label": k, "color": "#888888", "definition": ""}), "count": rel_count[k]}
        for k in sorted(rel_count, key=lambda k: (d.kinds.get(k, {}).get("label", k), k))
    ]
    countries_present = sorted(
        ({"id": c, "label": kg.label(c) if c else "(no country)", "count": country_count[c]} for c in country_count),
        key=lambda c: (c["id"] == _NO_COUNTRY, c["label"]),
    )
    srcs = kg.records.sources
    sources_present = []
    for s in sorted(source_count, key=lambda s: (s == _NO_SOURCE, s)):
        rec = srcs.get(s)
        entry = {"id": s, "count": source_count[s], "title": "(no source: registry only)", "date": "", "kind": ""}
        if rec:
            kind = onto.classes[rec.cls].label if rec.cls in onto.classes else rec.cls
            entry |= {"title": rec.title, "date": rec.date.isoformat(), "kind": kind}
            entry |= {"publisher": kg.label(rec.publisher) if rec.publisher else "", "url": rec.url}
        sources_present.append(entry)
    attr_labels = {name: p.label or name for name, p in onto.attributes.items()}
    attr_labels.setdefault("isoCode", "ISO 3166-1 code")
    notes = list(d.notes)
    if large:
        notes.append(
            f"Large graph ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges): positions were computed "
            "in advance and physics is off; zoom in to read node labels; relation names are in the side panel "
            "(click a node)."
        )
    return {
        "view": view,
        "title": d.title,
        "subtitle": d.subtitle,
        "notes": notes,
        "large": large,
        "counts": {"nodes": len(nodes), "edges": len(edges), "totalNodes": total_n, "totalEdges": total_e},
        "classes": classes_present,
        "relations": relations_present,
        "countries": countries_present,
        "sources": sources_present,
        "attributes": attr_labels,
        "nodes": nodes,
        "edges": edges,
        "vis": {
            "nodes": vis_nodes,
            "edges": vis_edges,
            "options": _vis_options(large, weighted, len(nodes), len(edges)),
        },
    }


# -- the page --------------------------------------------------------------------------------------------------------
def _json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` can close it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _vis_js() -> str:
    import pyvis

    path = resources.files(pyvis).joinpath(*_VIS_JS)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KgError(f"vis-network is missing from the pyvis package ({path}); reinstall pyvis>=0.3.2") from e
    if "</script" in text.lower():
        raise KgError(f"{path} contains '</script' and cannot be inlined")
    return text


def render_page(
    kg: KnowledgeGraph,
    view: str = "network",
    focus: str | None = None,
    depth: int = 1,
    classes: Sequence[str] | None = None,
    countries: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> str:
    """The HTML page of a view: one file, vis-network inlined, data as escaped JSON, no requests.

    Parameters are those of :func:`page_data`. The same data gives the same
    text, byte for byte.

    Examples
    --------
    >>> from kg import load
    >>> page = render_page(load("data"))
    >>> page.startswith("<!DOCTYPE html>") and "cdn" not in page.lower() and "<link" not in page
    True
    """
    return _render(page_data(kg, view, focus, depth, classes, countries, sources, max_nodes))


def _render(data: dict) -> str:
    template = resources.files("kg").joinpath("templates", "network.html").read_text(encoding="utf-8")
    parts = {
        "TITLE": html.escape(data["title"] + (f" — {data['subtitle']}" if data["subtitle"] else "")),
        "DATA": _json_for_script(data),
        "VIS": _vis_js(),
    }
    page = re.sub(r"/\*@(TITLE|DATA|VIS)@\*/", lambda m: parts[m.group(1)], template)
    # Only our own inline scripts may run: hash every executable <script> into the CSP.
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    ]
    return page.replace("/*@SCRIPT_HASHES@*/", " ".join(hashes), 1)


def write_page(
    kg: KnowledgeGraph,
    output: Path | str = DEFAULT_OUTPUT,
    view: str = "network",
    focus: str | None = None,
    depth: int = 1,
    classes: Sequence[str] | None = None,
    countries: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    max_nodes: int = MAX_NODES,
) -> dict:
    """Write :func:`render_page` to ``output`` atomically; return the page's counts and notes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from kg import load
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "page.html"
    >>> write_page(load("data"), out, focus="OSM", depth=0)["nodes"]
    1
    """
    data = page_data(kg, view, focus, depth, classes, countries, sources, max_nodes)
    text = _render(data)
    atomic_write(output, text)
    return {**data["counts"], "notes": data["notes"], "output": str(output), "bytes": len(text.encode("utf-8"))}


# -- screenshot ------------------------------------------------------------------------------------------------------
def screenshot(
    page: Path | str = DEFAULT_OUTPUT,
    output: Path | str = DEFAULT_SCREENSHOT,
    select: str | None = "osm-sme-development-2018",
    width: int = 1600,
    height: int = 1000,
) -> Path:
    """A PNG of ``page`` in headless Chromium (offline), with ``select`` clicked open in the side panel.

    Needs Playwright for Python and ``/usr/bin/chromium``; nothing is downloaded.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as e:  # pragma: no cover - depends on the install
        raise KgError("screenshots need Playwright for Python: pip install 'sme-kg[test]'") from e
    if not Path(CHROMIUM).exists():
        raise KgError(f"screenshots need Chromium at {CHROMIUM} (Debian package 'chromium')")
    from playwright.sync_api import Error as PlaywrightError

    page_path = Path(page).resolve()
    if not page_path.is_file():
        raise UsageError(f"no page at {page_path}; write it first with kg viz")
    try:
        png = _shoot(sync_playwright, page_path, select, width, height)
    except PlaywrightError as e:
        raise KgError(f"screenshot of {page_path} failed in Chromium: {str(e).splitlines()[0]}") from e
    atomic_write(output, png)
    return Path(output)


def _shoot(sync_playwright: Any, page_path: Path, select: str | None, width: int, height: int) -> bytes:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            ctx = browser.new_context(offline=True, viewport={"width": width, "height": height}, device_scale_factor=1)
            tab = ctx.new_page()
            tab.goto(page_path.as_uri())
            tab.wait_for_function("() => window.smeReady === true", timeout=120_000)
            if select:  # open the panel and highlight the neighbourhood, then show the whole graph
                tab.evaluate("id => window.smeSelect(id, {focus: false})", select)
                tab.evaluate("() => window.network.fit({animation: false})")
                tab.wait_for_timeout(300)
            return tab.screenshot(type="png")
        finally:
            browser.close()


if __name__ == "__main__":  # pragma: no cover
    import sys

    from .build import load

    if sys.argv[1:] == ["--screenshot"]:
        write_page(load("data"))
        print(screenshot())
    else:
        print("usage: python -m kg.viz --screenshot   (writes visualizations/sme-ecosystem.html and .png)")
