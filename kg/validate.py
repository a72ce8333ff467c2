"""SHACL validation of the built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

import pyshacl
from rdflib import RDF, RDFS, BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection

from .io import atomic_write
from .ontology import ID, ONTOLOGY_DIR, SME
from .progress import progress

if TYPE_CHECKING:
    from .build import KnowledgeGraph

__all__ = [
    "SHAPES_PATH",
    "CompiledShapes",
    "ShaclResult",
    "SourceState",
    "cache_path",
    "compile_shapes",
    "load_shapes",
    "shacl_check",
    "shacl_check_cached",
    "shacl_validate",
    "source_state",
    "union_graph",
]

SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True, order=True)
class ShaclResult:
    """One SHACL violation, in words."""

    focus: str
    path: str
    message: str
    value: str
    shape: str

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        val = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{val}"


def union_graph(quads: Iterable[tuple]) -> Graph:
    """All quads as one triple graph (ontology included), as SHACL needs for subclass checks."""
    g = Graph()
    g.addN((s, p, o, g) for s, p, o, _ in quads)
    return g


def load_shapes(path: Path | str = SHAPES_PATH) -> Graph:
    """The shapes graph."""
    return Graph().parse(path, format="turtle")


def _short(term: object) -> str:
    s = str(term)
    for base, prefix in (
        ("https://w3id.org/smekg/id/", ""),
        ("https://w3id.org/smekg/ontology#", "sme:"),
        ("https://w3id.org/smekg/concept/", "concept:"),
        ("https://w3id.org/smekg/shapes#", ""),
        ("http://www.w3.org/2000/01/rdf-schema#", "rdfs:"),
        ("http://www.w3.org/2004/02/skos/core#", "skos:"),
        ("http://purl.org/dc/terms/", "dcterms:"),
    ):
        if s.startswith(base):
            return prefix + s[len(base) :]
    return s


def shacl_validate(data: Graph, shapes: Graph | None = None) -> list[ShaclResult]:
    """Validate ``data`` (include the ontology in it, for subclasses); return the violations, sorted.

    Examples
    --------
    >>> from kg.build import load
    >>> shacl_validate(union_graph(load("data").quads))
    []
    """
    sg = shapes if shapes is not None else load_shapes()
    return sorted(set(_results(data, sg)))


def _owners(sg: Graph) -> dict:
    """Property shape → the named node shape that holds it (``sh:property``)."""
    return {ps: n for n, ps in sg.subject_objects(SH.property) if isinstance(n, URIRef)}


def _results(data: Graph, shapes: Graph | CompiledShapes, keep: set[str] | None = None) -> list[ShaclResult]:
    """pySHACL's violations in words; with ``keep``, only those whose focus node's IRI is in it.

    With :class:`CompiledShapes`, their axioms are added to ``data`` first.
    """
    if isinstance(shapes, CompiledShapes):
        data.addN((s, p, o, data) for s, p, o in shapes.axioms)
        sg, owners = shapes.graph, shapes.owners
    else:
        sg, owners = shapes, _owners(shapes)
    # inplace: the data graph is ours and thrown away after, so pySHACL need not copy it.
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=sg, inference="none", advanced=True, inplace=True)
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        focus = report.value(r, SH.focusNode)
        if keep is not None and str(focus) not in keep:
            continue
        shape = report.value(r, SH.sourceShape)
        # Name the node shape, not the anonymous property shape inside it.
        owner = owners.get(shape, shape)
        out.append(
            ShaclResult(
                focus=_short(focus),
                path=_short(report.value(r, SH.resultPath) or ""),
                message=str(report.value(r, SH.resultMessage) or ""),
                value=_short(report.value(r, SH.value) or ""),
                shape=_short(owner) if isinstance(owner, URIRef) else "",
            )
        )
    return out


# -- a faster, equivalent shapes graph ----------------------------------------------------
_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
UNION_NS = "urn:x-smekg-shacl:any-of-"


@dataclass(frozen=True)
class CompiledShapes:
    """Shapes arranged for speed (``graph``), the node shape of each moved property shape
    (``owners``), and the ``rdfs:subClassOf`` triples the data graph needs (``axioms``)."""

    graph: Graph
    owners: dict
    axioms: tuple[tuple, ...]

    @property
    def unions(self) -> set[URIRef]:
        """The helper classes the axioms name."""
        return {o for _s, _p, o in self.axioms}


def _class_alternatives(sg: Graph, lst: object) -> list | None:
    """The classes of an ``sh:or`` list whose members each say only ``sh:class X``; else None."""
    try:
        members = list(Collection(sg, lst))
    except Exception:  # not a well-formed list: leave it to pySHACL
        return None
    classes = []
    for m in members:
        said = [(p, o) for p, o in sg.predicate_objects(m) if not (p == RDF.type and o == SH.NodeShape)]
        if (
            not isinstance(m, BNode)
            or len(said) != 1
            or said[0][0] != SH["class"]
            or not isinstance(said[0][1], URIRef)
        ):
            return None
        classes.append(said[0][1])
    return classes or None


def compile_shapes(sg: Graph, unions: bool = True) -> CompiledShapes:
    """The same shapes, arranged so that pySHACL checks them several times faster.

    Two rewrites, each giving by the SHACL definitions the same validation
    results (focus node, path, value, message):

    1. pySHACL runs a property shape nested in a node shape (``sh:property``)
       once per focus node, paying the set-up of every constraint again each
       time. A property shape that carries its node shape's targets itself runs
       once for all focus nodes. So each property shape of a targeted, named,
       active node shape, used nowhere else, gets those targets and stands alone;
       :func:`_results` still names the node shape that held it (``owners``).
    2. ``sh:or ( [sh:class A] [sh:class B] )`` runs two nested shapes per value and
       builds a full result for each alternative that fails. With the helper
       axioms ``A rdfs:subClassOf U`` and ``B rdfs:subClassOf U`` in the data
       graph, for a fresh class ``U`` (``urn:x-smekg-shacl:any-of-…``), it is the
       same test as ``sh:class U``: a node is an instance of U exactly when it
       is an instance of A or of B. Done only where the shape has an
       ``sh:message`` (so the message is the same) and the list is used once;
       ``unions=False`` leaves ``sh:or`` as written (:func:`shacl_check` does
       so when the data itself mentions a helper class).

    ``tests/test_validate_cache.py`` checks the equivalence on every example of
    ``tests/shapes/``, and ``tests/test_synth.py`` on synthetic data with violations.

    Examples
    --------
    >>> sg = load_shapes()
    >>> fast = compile_shapes(sg)
    >>> len(list(sg.subject_objects(SH.property))) > 0, len(list(fast.graph.subject_objects(SH.property)))
    (True, 0)
    >>> len(list(sg.subject_objects(SH["or"]))) > 0, len(list(fast.graph.subject_objects(SH["or"])))
    (True, 0)
    """
    out = Graph()
    for t in sg:
        out.add(t)
    for prefix, ns in sg.namespaces():
        out.bind(prefix, ns, override=False)
    uses: dict = {}
    for _s, _p, o in sg:
        uses[o] = uses.get(o, 0) + 1
    owners = _owners(sg)
    for node in sorted({n for n in sg.subjects(SH.property) if isinstance(n, URIRef)}):
        targets = [(p, o) for p in _TARGETS for o in sg.objects(node, p)]
        if not targets or (node, SH.deactivated, None) in sg or uses.get(node):
            continue  # implicit or no targets, switched off, or used by another shape: leave as written
        for ps in sorted(sg.objects(node, SH.property)):
            if uses.get(ps, 0) != 1 or any((ps, p, None) in sg for p in _TARGETS):
                continue
            out.remove((node, SH.property, ps))
            out.add((ps, RDF.type, SH.PropertyShape))
            for p, o in targets:
                out.add((ps, p, o))
    axioms: set[tuple] = set()
    if unions:
        for shape, lst in sorted(sg.subject_objects(SH["or"])):
            classes = _class_alternatives(sg, lst)
            if classes is None or uses.get(lst, 0) != 1 or (shape, SH.message, None) not in sg:
                continue
            names = "\n".join(sorted(str(c) for c in classes))
            union = URIRef(UNION_NS + hashlib.sha256(names.encode()).hexdigest()[:16])
            out.remove((shape, SH["or"], lst))
            out.add((shape, SH["class"], union))
            axioms.update((c, RDFS.subClassOf, union) for c in classes)
    return CompiledShapes(out, owners, tuple(sorted(axioms)))


# -- at scale: the same validation, split by subject and run on several processes ---------
# Shapes that look only at a focus node's own triples and at the rdf:type of its values
# give, per focus node, the same result on any graph holding those triples, the values'
# types and the ontology. So the union can be cut into parts by subject, and a run can
# be limited to the focus nodes whose triples (or whose values' types) changed.
@dataclass
class _Index:
    """The quads by subject, once each: what the parts are cut from."""

    shared: list[tuple]  # the ontology graphs: in every part
    shared_subjects: set[str]
    by_subject: dict[str, list[tuple]]  # data triples of the subjects to validate
    types: dict[str, list[tuple]]  # rdf:type triples of every data subject
    names_helper: bool  # the data mentions a helper class of compile_shapes


_PARTS: list[list[str] | None] = []  # filled before the worker processes fork
_SHAPES: list[CompiledShapes] = []
_INDEX: list[_Index] = []
_SUBCLASS = str(RDFS.subClassOf)


def _names_a_helper(quads: Iterable[tuple], fast: CompiledShapes) -> bool:
    helpers = fast.unions
    return bool(helpers) and any(s in helpers or o in helpers for s, _p, o, _g in quads)


def _index(quads: Sequence[tuple], focus: set[str] | None, helpers: set[str]) -> _Index:
    from .rdf import ONTOLOGY_GRAPHS

    onto_graphs = {str(g) for g in ONTOLOGY_GRAPHS}
    index = _Index([], set(), {}, {}, False)
    by_subject, types = index.by_subject, index.types
    rdf_type = str(RDF.type)
    seen: set[tuple[int, int, int]] = set()
    last_g, in_onto = None, False
    for q in quads:
        s, p, o, g = q
        if g is not last_g:  # quads come grouped by graph: one test per graph
            last_g, in_onto = g, str(g) in onto_graphs
        ks = str(s)
        if in_onto:
            index.shared.append((s, p, o))
            index.shared_subjects.add(ks)
            if helpers and (ks in helpers or str(o) in helpers):
                index.names_helper = True
            continue
        # A triple stated in several graphs counts once: the build shares term objects, so
        # identity finds the repeats cheaply (a repeat missed here is merged by the Graph).
        key = (id(s), id(p), id(o))
        if key in seen:
            continue
        seen.add(key)
        if focus is None or ks in focus:
            by_subject.setdefault(ks, []).append((s, p, o))
        if str.__eq__(p, rdf_type):
            types.setdefault(ks, []).append((s, p, o))
            if helpers and str(o) in helpers:
                index.names_helper = True
        elif helpers and (ks in helpers or (str.__eq__(p, _SUBCLASS) and str(o) in helpers)):
            index.names_helper = True
    return index


def _splittable(sg: Graph) -> bool:
    if any(isinstance(p, BNode) for p in sg.objects(None, SH.path)):
        return False  # property paths other than one predicate
    non_local = (SH.targetObjectsOf, SH.node, SH.qualifiedValueShape, SH.sparql, SH.target)
    return not any((None, p, None) in sg for p in non_local)


def _check_part(i: int) -> list[ShaclResult]:
    """Validate part ``i``: its subjects' triples, the ontology, and the rdf:type of every value."""
    subjects, index = _PARTS[i], _INDEX[0]
    g = Graph()
    if subjects is None:  # ontology and concept nodes without data triples
        g.addN((s, p, o, g) for s, p, o in index.shared)
        return _results(g, _SHAPES[0], index.shared_subjects - index.by_subject.keys())
    triples = [t for ks in subjects for t in index.by_subject[ks]]
    values = dict.fromkeys(str(o) for _s, _p, o in triples if isinstance(o, URIRef))
    g.addN((s, p, o, g) for s, p, o in index.shared)
    g.addN((s, p, o, g) for s, p, o in triples)
    g.addN((s, p, o, g) for v in values for s, p, o in index.types.get(v, ()))
    return _results(g, _SHAPES[0], set(subjects))


def shacl_check(
    quads: Sequence[tuple],
    shapes: Graph | None = None,
    processes: int | None = None,
    part_size: int = 40_000,
    quiet: bool = False,
    focus: set[str] | None = None,
) -> tuple[list[ShaclResult], str]:
    """SHACL over all ``quads`` (ontology included); returns the sorted violations and how they were found.

    The shapes run as :func:`compile_shapes` arranges them (same results as
    :func:`shacl_validate`, the reference). Up to ``2 * part_size`` triples the
    union graph is validated whole. Above, when the shapes only look at a node's
    own triples and at its values' types (true of ``ontology/shapes.ttl``), the
    subjects are cut into parts of about ``part_size`` triples; each part is
    validated with the ontology graphs and the ``rdf:type`` of every value it
    points to, on ``processes`` worker processes (default: up to 2), keeping the
    violations whose focus node belongs to the part. Same violations as the
    whole run. With ``focus`` (IRIs), only those subjects are validated, each
    with all its triples: how :func:`shacl_check_cached` re-checks what changed.

    Examples
    --------
    >>> from kg.build import load
    >>> shacl_check(load("data").quads)
    ([], 'whole graph')
    >>> shacl_check(load("data").quads, focus={"https://w3id.org/smekg/id/kpc"})
    ([], '1 part by subject on 1 process')
    """
    sg = shapes if shapes is not None else load_shapes()
    fast = compile_shapes(sg)
    if not _splittable(sg) or (focus is None and len(quads) <= 2 * part_size):
        if _names_a_helper(quads, fast):
            fast = compile_shapes(sg, unions=False)
        return sorted(set(_results(union_graph(quads), fast))), "whole graph"
    index = _index(quads, focus, {str(u) for u in fast.unions})
    if index.names_helper:
        fast = compile_shapes(sg, unions=False)  # the data names a helper class: keep sh:or as written
    # Parts: runs of subjects (in IRI order) of about part_size distinct triples each.
    parts: list[list[str] | None] = [None] if focus is None else []  # None: the ontology's own nodes
    current: list[str] = []
    size = 0
    for ks in sorted(index.by_subject):
        current.append(ks)
        size += len(index.by_subject[ks])
        if size >= part_size:
            parts.append(current)
            current, size = [], 0
    if current:
        parts.append(current)
    n_proc = max(1, min(processes or min(2, os.cpu_count() or 1), len(parts)))
    _PARTS[:], _SHAPES[:], _INDEX[:] = parts, [fast], [index]  # before the workers fork: they share them
    out: list[ShaclResult] = []
    try:
        with progress("SHACL", len(parts), quiet or len(parts) < 2) as bar:
            if n_proc == 1:
                for i in range(len(parts)):
                    out.extend(_check_part(i))
                    bar.advance()
            else:
                ctx = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(n_proc, mp_context=ctx) as pool:
                    futures = [pool.submit(_check_part, i) for i in range(len(parts))]
                    for f in as_completed(futures):
                        out.extend(f.result())
                        bar.advance()
    finally:
        _PARTS.clear()
        _SHAPES.clear()
        _INDEX.clear()
    n = len(parts)
    how = f"{n} part{'s' if n != 1 else ''} by subject on {n_proc} process{'es' if n_proc > 1 else ''}"
    return sorted(set(out)), how


# -- a cache of what conformed: re-check only the sources whose files changed -------------
CACHE_FORMAT = 1
# The code that turns files into triples and checks them: a new version re-checks everything.
_CODE = ("build.py", "load.py", "model.py", "ontology.py", "rdf.py", "validate.py")


@dataclass(frozen=True)
class SourceState:
    """What a SHACL run depends on, read before the data is loaded.

    ``key`` hashes what every focus node depends on (registry files, ontology,
    shapes, the code and library versions); ``files`` maps each source file's
    name (in ``sources/``) to the SHA-256 of its bytes.
    """

    data_dir: Path
    key: str
    files: dict[str, str]


def cache_path(data_dir: Path | str) -> Path:
    """Where the SHACL cache of ``data_dir`` lives: ``.kg-cache/shacl-<name>.json`` next to it, never inside.

    Examples
    --------
    >>> cache_path("data").name, cache_path("data").parent.name
    ('shacl-data.json', '.kg-cache')
    """
    d = Path(data_dir).resolve()
    return d.parent / ".kg-cache" / f"shacl-{d.name}.json"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def source_state(data_dir: Path | str, shapes_path: Path | str = SHAPES_PATH) -> SourceState:
    """Hash the source files of ``data_dir`` and everything else SHACL results depend on.

    Examples
    --------
    >>> st = source_state("data")
    >>> sorted(st.files)[0], len(st.key)
    ('apo-news-2018-09-25-sme-4ir-study-mission.yaml', 64)
    """
    d = Path(data_dir)
    whole = hashlib.sha256(f"sme-kg shacl cache {CACHE_FORMAT}\n".encode())
    here = Path(__file__).resolve().parent
    named = [(f"registry/{p.name}", p) for p in sorted((d / "registry").glob("*.yaml"))]
    named += [(f"ontology/{p.name}", p) for p in sorted(ONTOLOGY_DIR.glob("*.ttl"))]
    named += [("shapes", Path(shapes_path))] + [(f"kg/{n}", here / n) for n in _CODE]
    for name, path in named:
        whole.update(f"{name} {_sha(path.read_bytes())}\n".encode())
    for dist in ("pyshacl", "rdflib"):
        whole.update(f"{dist} {metadata.version(dist)}\n".encode())
    files = {p.name: _sha(p.read_bytes()) for p in sorted((d / "sources").glob("*.yaml"))}
    return SourceState(d, whole.hexdigest(), files)


_Footprint = tuple[set[str], set[tuple[str, str]]]


def _footprints(graph: KnowledgeGraph) -> dict[str, _Footprint]:
    """Per source file: the subjects of the triples it gives, and the ``rdf:type`` pairs it gives."""
    from .rdf import REGISTRY_GRAPH

    out: dict[str, _Footprint] = {}
    by_graph: dict[str, _Footprint] = {}
    for src in graph.records.sources.values():
        by_graph[str(src.iri)] = out.setdefault(Path(src.at.file).name, (set(), set()))
    in_sources: dict[str, _Footprint] = {}  # entities declared in a source file
    for e in graph.records.entities.values():
        at = Path(e.at.file)
        if at.parent.name == "sources":
            in_sources[str(e.iri)] = out.setdefault(at.name, (set(), set()))
    registry, rdf_type = str(REGISTRY_GRAPH), RDF.type
    for s, p, o, g in graph.quads:
        fp = by_graph.get(str(g)) if str(g) != registry else in_sources.get(str(s))
        if fp is not None:
            fp[0].add(str(s))
            if p == rdf_type:
                fp[1].add((str(s), str(o)))
    return out


# Short forms in the cache file: an entity IRI as its id, an ontology IRI as "~Name"; a
# full IRI has a scheme (':'), which neither an id nor an ontology name has.
def _pack(iri: str) -> str:
    for base, mark in ((str(ID), ""), (str(SME), "~")):
        if iri.startswith(base):
            return mark + iri[len(base) :]
    return iri


def _unpack(name: str) -> str:
    if ":" in name:
        return name
    return str(SME) + name[1:] if name.startswith("~") else str(ID) + name


def _pack_footprint(fp: _Footprint) -> dict:
    types: dict[str, list[str]] = {}
    for s, t in fp[1]:
        types.setdefault(_pack(s), []).append(_pack(t))
    return {"subjects": sorted(_pack(s) for s in fp[0]), "types": {s: sorted(ts) for s, ts in sorted(types.items())}}


def _unpack_footprint(doc: dict) -> _Footprint:
    subjects = {_unpack(s) for s in doc.get("subjects", [])}
    return subjects, {(_unpack(s), _unpack(t)) for s, ts in doc.get("types", {}).items() for t in ts}


def _read_cache(path: Path, key: str) -> tuple[dict | None, str]:
    """The cached sources of the last conforming run with the same ``key``, or None and why not."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, "no cache yet"
    except (OSError, ValueError):
        return None, "cache unreadable"
    if not isinstance(doc, dict) or doc.get("format") != CACHE_FORMAT or not isinstance(doc.get("sources"), dict):
        return None, "cache from another version"
    if doc.get("key") != key:
        return None, "registry, ontology, shapes or code changed"
    for entry in doc["sources"].values():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("subjects", []), list)
            and isinstance(entry.get("types", {}), dict)
        ):
            return None, "cache unreadable"
    return doc["sources"], ""


def shacl_check_cached(
    graph: KnowledgeGraph, state: SourceState | None, quiet: bool = False, part_size: int = 40_000
) -> tuple[list[ShaclResult], str]:
    """:func:`shacl_check`, re-checking only what changed since the last run that conformed.

    ``state`` comes from :func:`source_state`, taken *before* ``graph`` was loaded
    (so an edit made meanwhile counts as a change); None runs SHACL over
    everything and neither reads nor writes the cache, and so does a graph
    small enough to be validated whole (up to ``2 * part_size`` quads: a few
    seconds at most, and the output stays the same from run to run). The cache
    (:func:`cache_path`) describes the last run that conformed: per source file
    its hash, the subjects of its triples and the ``rdf:type`` triples it gives. A changed key
    (registry, ontology, shapes, code) means a full run. Otherwise the focus
    nodes re-checked are the subjects of the changed, added and removed files
    (as they are now and as they were), and every subject pointing to a node
    whose types such a file changed; every other focus node has the same triples and value
    types as in the run that conformed, so the same (empty) result. A run that
    finds violations leaves the cache as it was.

    Examples
    --------
    >>> from kg.build import load
    >>> shacl_check_cached(load("data"), None)
    ([], 'whole graph')
    """
    if state is None or len(graph.quads) <= 2 * part_size:
        return shacl_check(graph.quads, quiet=quiet, part_size=part_size)
    path = cache_path(state.data_dir)
    cached, why = _read_cache(path, state.key)
    footprints = _footprints(graph)
    n = len(state.files)
    if cached is None:
        results, how = shacl_check(graph.quads, quiet=quiet, part_size=part_size)
        note = f"{how}; {why}: all {n} sources checked"
    else:
        changed = sorted(f for f, h in state.files.items() if (cached.get(f) or {}).get("sha256") != h)
        removed = sorted(set(cached) - set(state.files))
        dirty: set[str] = set()
        new_types: set[tuple[str, str]] = set()
        old_types: set[tuple[str, str]] = set()
        for f in changed:
            subjects, types = footprints.get(f, (set(), set()))
            dirty |= subjects
            new_types |= types
        for f in changed + removed:
            if f in cached:
                subjects, types = _unpack_footprint(cached[f])
                dirty |= subjects
                old_types |= types
        # Nodes whose set of types may differ: the other files give them the same types as before.
        typed = {s for s, _t in old_types ^ new_types}
        if typed:
            dirty |= {str(s) for s, _p, o, _g in graph.quads if isinstance(o, URIRef) and str(o) in typed}
        gone = f" ({len(removed)} removed)" if removed else ""
        note = f"{len(changed)} of {n} sources changed{gone}, {n - len(changed)} reused from cache; "
        if dirty:
            results, how = shacl_check(graph.quads, quiet=quiet, part_size=part_size, focus=dirty)
            note += f"{len(dirty)} focus nodes re-checked in {how}"
        else:
            results, note = [], note + "nothing to re-check"
    # The files were hashed before loading; if one changed since, the footprints read
    # from the loaded graph may not match those hashes: do not remember this run.
    if not results and source_state(state.data_dir) != state:
        note += "; a source file changed during the run, cache not written"
    elif not results:
        doc = {
            "format": CACHE_FORMAT,
            "key": state.key,
            "sources": {
                f: {"sha256": h, **_pack_footprint(footprints.get(f, (set(), set())))}
                for f, h in sorted(state.files.items())
            },
        }
        try:
            atomic_write(path, json.dumps(doc, separators=(",", ":"), sort_keys=True) + "\n")
        except OSError as e:
            note += f"; cache not written ({e.strerror or e})"
    return results, note
