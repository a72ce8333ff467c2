"""Load ``data/`` (registry + one file per source) into validated :class:`~kg.model.Records`.

Every problem is reported with its file and line, all at once, as a
:class:`~kg.errors.DataError`. The checks here (references, classes,
domain/range, datatypes, provenance) mirror ``ontology/shapes.ttl`` so that a
curator gets a located message before SHACL ever runs.

Layout::

    data/registry/*.yaml   lists of {id, class, label, aliases, description}
    data/sources/*.yaml    {source: {...}, entities: [...], statements: [...], attributes: [...]}
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pycountry
import yaml

from .errors import DataError, DataIssue
from .model import Attribute, Entity, Location, Records, Source, Statement
from .ontology import CONCEPT_CLASS, Ontology, load_ontology
from .progress import progress
from .rdf import IRI_FORBIDDEN

__all__ = ["ID_PATTERN", "load_records", "read_yaml"]

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR = re.compile(r"^-?\d{4}$")

# `new`, `evidence` and `confidence` are review keys of `kg extract` drafts: accepted, ignored.
ENTITY_KEYS = {"id", "class", "label", "aliases", "description", "new"}
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:.")  # an absolute IRI starts with a scheme
SOURCE_KEYS = {"id", "type", "title", "date", "publisher", "url", "photoCredit"}
STATEMENT_KEYS = {"subject", "relation", "object", "paragraph", "title", "evidence", "confidence"}
ATTRIBUTE_KEYS = {"entity", "property", "value", "paragraph", "evidence", "confidence"}
FILE_KEYS = {"source", "entities", "statements", "attributes"}


class _Map(dict):
    """A YAML mapping that remembers the line it started on."""

    line = 0


class _LineLoader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    pass


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    m = _Map(loader.construct_mapping(node, deep=True))
    m.line = node.start_mark.line + 1
    return m


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
# Keep dates as text: YAML's own date parsing raises on 2021-04-31 with no line;
# _Loader.date() checks them and reports file:line.
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


# -- speed: the same result as PyYAML's constructor, without its per-node machinery --------
# A plain scalar's tag depends only on its text (no path resolvers here), so it is cached.
_PLAIN_TAGS: dict[str, str] = {}
_SCALAR_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "binary")
)
_MAP_TAG = yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG
_SEQ_TAG = yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
_STR_TAG = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG


class _Unusual(Exception):
    """Anchors, merge keys, odd keys or tags: let PyYAML's own constructor do it."""


def _resolve(self: _LineLoader, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
    if kind is yaml.ScalarNode and implicit[0]:
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            tag = _PLAIN_TAGS[value] = yaml.resolver.BaseResolver.resolve(self, kind, value, implicit)
        return tag
    return yaml.resolver.BaseResolver.resolve(self, kind, value, implicit)


def _get_single_data(self: _LineLoader) -> object:
    node = self.get_single_node()
    if node is None:
        return None
    try:
        return _build(self, node, set())
    except _Unusual:
        return self.construct_document(node)


def _build(loader: _LineLoader, node: yaml.Node, seen: set[int]) -> object:
    tag = node.tag
    if tag == _STR_TAG:
        return node.value
    if isinstance(node, yaml.ScalarNode):
        if tag not in _SCALAR_TAGS:
            raise _Unusual
        return loader.yaml_constructors[tag](loader, node)
    if id(node) in seen:  # an alias: shared objects need PyYAML's bookkeeping
        raise _Unusual
    seen.add(id(node))
    if tag == _SEQ_TAG:
        return [_build(loader, v, seen) for v in node.value]
    if tag != _MAP_TAG:
        raise _Unusual
    m = _Map()
    for k, v in node.value:
        if k.tag != _STR_TAG and not (isinstance(k, yaml.ScalarNode) and k.tag in _SCALAR_TAGS):  # merge keys, too
            raise _Unusual
        m[_build(loader, k, seen)] = _build(loader, v, seen)
    m.line = node.start_mark.line + 1
    return m


if yaml.__with_libyaml__:
    # The C parser calls resolve() once per node; the walk replaces construct_document().
    _LineLoader.resolve = _resolve  # type: ignore[method-assign]
    _LineLoader.get_single_data = _get_single_data  # type: ignore[method-assign]
    _LineLoader.descend_resolver = lambda self, *a: None  # type: ignore[method-assign]
    _LineLoader.ascend_resolver = lambda self: None  # type: ignore[method-assign]


def read_yaml(path: Path, rel: str, issues: list[DataIssue]) -> object:
    """Parse one YAML file with line numbers on every mapping; syntax errors become issues."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        issues.append(DataIssue(rel, 0, f"not UTF-8 text ({e.reason} at byte {e.start})", "save the file as UTF-8"))
        return None
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(e, "problem", None) or str(e)
        issues.append(DataIssue(rel, line, f"YAML syntax error: {problem}", "check indentation, colons and quotes"))
        return None


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.7)
    return f"did you mean {', '.join(close)}?" if close else ""


class _Loader:
    def __init__(self, data_dir: Path, onto: Ontology):
        self.dir = data_dir
        self.onto = onto
        self.issues: list[DataIssue] = []
        self.rec = Records()
        # Classes an entity of the registry may have: not the provenance/role classes.
        self.entity_classes = {c for c in onto.classes if not (onto.is_a(c, "Source") or onto.is_a(c, "Role"))}
        self.source_classes = set(onto.subclasses("Source"))

    # -- helpers -----------------------------------------------------------------
    def err(self, at: Location, message: str, hint: str = "") -> None:
        self.issues.append(DataIssue(at.file, at.line, message, hint))

    @staticmethod
    def rel(path: Path) -> str:
        # Paths as the user gave them (data/sources/x.yaml), so editors can jump there.
        return str(path)

    def unknown_keys(self, m: dict, allowed: set[str], what: str, at: Location) -> None:
        for k in sorted(set(m) - allowed, key=str):
            self.err(
                at,
                f"unknown key {k!r} in {what}",
                _suggest(str(k), allowed) or f"allowed: {', '.join(sorted(allowed))}",
            )

    # -- entities ----------------------------------------------------------------
    def entity(self, m: object, at: Location) -> None:
        if not isinstance(m, dict):
            self.err(at, "an entity must be a mapping with id, class and label")
            return
        at = Location(at.file, getattr(m, "line", at.line))
        self.unknown_keys(m, ENTITY_KEYS, "entity", at)
        eid, cls, label = m.get("id"), m.get("class"), m.get("label")
        if not isinstance(eid, str) or not ID_PATTERN.match(eid):
            self.err(
                at,
                f"entity id {eid!r} is missing or malformed",
                "use lowercase letters, digits and hyphens, e.g. korea-productivity-center",
            )
            return
        if cls not in self.entity_classes:
            self.err(
                at,
                f"unknown class {cls!r} for entity {eid!r}",
                _suggest(str(cls), self.entity_classes) or "see the classes in ontology/sme.ttl",
            )
            return
        if not isinstance(label, str) or not label.strip():
            self.err(at, f"entity {eid!r} has no label", "add label: <the full name>")
            return
        aliases = m.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            self.err(at, f"aliases of {eid!r} must be a list of strings")
            aliases = []
        if eid in self.rec.entities or eid in self.onto.concepts:
            first = self.rec.entities[eid].at if eid in self.rec.entities else "ontology/concepts.ttl"
            self.err(at, f"duplicate id {eid!r} (first defined at {first})", "give each entity one id, defined once")
            return
        iso = ""
        if cls == "Country":
            iso = self.iso_code(label, aliases)
            if not iso:
                self.err(
                    at,
                    f"country {eid!r}: no ISO 3166 code found for {label!r} or its aliases",
                    "add the pycountry name (e.g. 'Korea, Republic of') as an alias",
                )
        self.rec.entities[eid] = Entity(
            eid, cls, label.strip(), tuple(a.strip() for a in aliases), str(m.get("description") or "").strip(), iso, at
        )

    @staticmethod
    def iso_code(label: str, aliases: list[str]) -> str:
        for name in [label, *aliases]:
            try:
                return pycountry.countries.lookup(name).alpha_3
            except LookupError:
                continue
        return ""

    # -- sources -----------------------------------------------------------------
    def source(self, m: object, at: Location) -> str | None:
        if m is None:
            return None  # each statement of the file reports that it has no source
        if not isinstance(m, dict):
            self.err(at, "'source:' must be a mapping with id, title, date and publisher")
            return None
        at = Location(at.file, getattr(m, "line", at.line))
        self.unknown_keys(m, SOURCE_KEYS, "source", at)
        sid = m.get("id")
        if not isinstance(sid, str) or not ID_PATTERN.match(sid):
            self.err(at, f"source id {sid!r} is missing or malformed", "use lowercase letters, digits and hyphens")
            return None
        if sid in self.rec.sources:
            self.err(at, f"duplicate source id {sid!r} (first defined at {self.rec.sources[sid].at})")
            return None
        ok = True
        title = m.get("title")
        if not isinstance(title, str) or not title.strip():
            self.err(at, f"source {sid!r} has no title", "add title: <the headline>")
            ok = False
        d = self.date(m.get("date"), at, f"date of source {sid!r}")
        if d is None:
            ok = False
        cls = m.get("type", "NewsItem")
        if cls not in self.source_classes:
            self.err(at, f"unknown source type {cls!r}", f"one of {', '.join(sorted(self.source_classes))}")
            ok = False
        publisher = m.get("publisher")
        if not isinstance(publisher, str) or not publisher:
            self.err(at, f"source {sid!r} has no publisher", "add publisher: <organization id>")
            ok = False
        url = m.get("url")
        if url is not None and not (isinstance(url, str) and _SCHEME.match(url) and not IRI_FORBIDDEN.search(url)):
            self.err(
                at,
                f"url of source {sid!r} is not an absolute IRI: {url!r}",
                'write the full address, e.g. https://www.apo-tokyo.org/..., with spaces and <>"{}|^`\\ escaped',
            )
            ok = False
        if not ok:
            return sid  # its statements are still checked; the run fails on the issues above
        self.rec.sources[sid] = Source(
            sid, cls, title.strip(), d, publisher, str(m.get("url") or ""), str(m.get("photoCredit") or ""), at
        )
        return sid

    def date(self, v: object, at: Location, what: str) -> date | None:
        if isinstance(v, date):
            return v
        if v is None:
            self.err(at, f"{what} is missing", "write an ISO date, e.g. 2018-09-25")
            return None
        if isinstance(v, str) and _DATE.match(v):
            try:
                return date.fromisoformat(v)
            except ValueError as e:
                self.err(at, f"{what} is not a real date: {v!r} ({e})", "write an ISO date, e.g. 2018-09-25")
                return None
        self.err(at, f"{what} is malformed: {v!r}", "write an ISO date, e.g. 2018-09-25")
        return None

    # -- statements and attributes -----------------------------------------------
    def statement(self, m: object, sid: str | None, at: Location) -> None:
        if not isinstance(m, dict):
            self.err(at, "a statement must be a mapping {subject, relation, object, paragraph}")
            return
        at = Location(at.file, getattr(m, "line", at.line))
        self.unknown_keys(m, STATEMENT_KEYS, "statement", at)
        s, r, o = m.get("subject"), m.get("relation"), m.get("object")
        if sid is None:
            self.err(
                at,
                f"statement {s} {r} {o} has no source",
                "put it in a file whose source: block has id, title, date and publisher",
            )
            return
        if r not in self.onto.relations:
            self.err(
                at,
                f"unknown relation {r!r}",
                _suggest(str(r), self.onto.relations) or "see the relations in ontology/sme.ttl",
            )
            return
        titles = m.get("title") or []
        if isinstance(titles, str):
            titles = [titles]
        if titles and r != "represents":
            self.err(at, f"'title' only applies to 'represents', not to {r!r}")
        para = self.paragraph(m.get("paragraph"), at)
        self.rec.statements.append(Statement(str(s), r, str(o), sid, para, tuple(str(t).strip() for t in titles), at))

    def attribute(self, m: object, sid: str | None, at: Location) -> None:
        if not isinstance(m, dict):
            self.err(at, "an attribute must be a mapping {entity, property, value, paragraph}")
            return
        at = Location(at.file, getattr(m, "line", at.line))
        self.unknown_keys(m, ATTRIBUTE_KEYS, "attribute", at)
        e, p, v = m.get("entity"), m.get("property"), m.get("value")
        if sid is None:
            self.err(
                at,
                f"attribute {e} {p} has no source",
                "put it in a file whose source: block has id, title, date and publisher",
            )
            return
        prop = self.onto.attributes.get(p)  # type: ignore[arg-type]
        if prop is None:
            self.err(
                at,
                f"unknown attribute {p!r}",
                _suggest(str(p), self.onto.attributes) or "see the datatype properties in ontology/sme.ttl",
            )
            return
        value = self.typed(v, prop.range[0] if prop.range else "string", at, f"{p} of {e}")
        if value is None:
            return
        self.rec.attributes.append(Attribute(str(e), p, value, sid, self.paragraph(m.get("paragraph"), at), at))

    def typed(self, v: object, dt: str, at: Location, what: str) -> object | None:
        if dt == "date":
            return self.date(v, at, what)
        if dt in ("nonNegativeInteger", "integer"):
            if isinstance(v, bool) or not isinstance(v, int) or (dt == "nonNegativeInteger" and v < 0):
                self.err(at, f"{what} must be a whole number >= 0, got {v!r}", "write digits, e.g. 15")
                return None
            return v
        if dt == "gYear":
            if isinstance(v, int) and not isinstance(v, bool):
                v = f"{v:04d}"
            if not isinstance(v, str) or not _YEAR.match(v):
                self.err(at, f"{what} must be a year like 2017, got {v!r}")
                return None
            return v
        if not isinstance(v, str) or not v.strip():
            self.err(at, f"{what} must be non-empty text, got {v!r}")
            return None
        return v.strip()

    def paragraph(self, v: object, at: Location) -> int | None:
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, int) or v < 1:
            self.err(at, f"paragraph must be a number from 1, got {v!r}")
            return None
        return v

    # -- cross-checks ------------------------------------------------------------
    def check_references(self) -> None:
        ents, onto = self.rec.entities, self.onto

        def cls_of(eid: str) -> str | None:
            if eid in ents:
                return ents[eid].cls
            if eid in onto.concepts:
                return CONCEPT_CLASS
            return None

        def ref(eid: str, at: Location, role: str) -> str | None:
            c = cls_of(eid)
            if c is None:
                self.err(
                    at,
                    f"{role} {eid!r} is not a known id",
                    _suggest(eid, list(ents) + list(onto.concepts))
                    or "add it to data/registry/ or the file's entities:",
                )
            return c

        used_concepts: set[str] = set()
        for st in self.rec.statements:
            prop = onto.relations[st.relation]
            sc, oc = ref(st.subject, st.at, "subject"), ref(st.object, st.at, "object")
            if sc and prop.domain and not any(onto.is_a(sc, d) for d in prop.domain):
                self.err(
                    st.at,
                    f"{st.relation!r} cannot start at {st.subject!r} ({sc})",
                    f"its domain is {' or '.join(prop.domain)}",
                )
            if oc and prop.range and not any(onto.is_a(oc, r) for r in prop.range):
                self.err(
                    st.at,
                    f"{st.relation!r} cannot point to {st.object!r} ({oc})",
                    f"its range is {' or '.join(prop.range)}",
                )
            if oc == CONCEPT_CLASS:
                used_concepts.add(st.object)
        for a in self.rec.attributes:
            c = ref(a.entity, a.at, "entity")
            prop = onto.attributes[a.property]
            if c and prop.domain and not any(onto.is_a(c, d) for d in prop.domain):
                self.err(
                    a.at,
                    f"{a.property!r} does not apply to {a.entity!r} ({c})",
                    f"it applies to {' or '.join(prop.domain)}",
                )
        for src in self.rec.sources.values():
            for key, eid in (("publisher", src.publisher), ("photoCredit", src.photo_credit)):
                if eid:
                    c = ref(eid, src.at, key)
                    if c and not onto.is_a(c, "Organization"):
                        self.err(src.at, f"{key} {eid!r} is a {c}, not an Organization")
        # Concepts become entities (nodes) when used, so views can show them.
        for cid in sorted(used_concepts):
            _iri, label = onto.concepts[cid]
            ents.setdefault(cid, Entity(cid, CONCEPT_CLASS, label, at=Location("ontology/concepts.ttl", 0)))
        # One value per (entity, functional attribute) and per source.
        seen: dict[tuple[str, str, str], Attribute] = {}
        for a in self.rec.attributes:
            key = (a.entity, a.property, a.source)
            if key in seen and seen[key].value != a.value:
                self.err(
                    a.at,
                    f"{a.property} of {a.entity!r} given twice with different values "
                    f"({seen[key].value!r} at {seen[key].at})",
                )
            seen.setdefault(key, a)

    # -- files -------------------------------------------------------------------
    def run(self) -> Records:
        if not self.dir.is_dir():
            self.issues.append(DataIssue(str(self.dir), 0, "data directory not found", "pass --data DIR"))
            raise DataError(self.issues)
        for path in sorted((self.dir / "registry").glob("*.yaml")):
            rel = self.rel(path)
            doc = read_yaml(path, rel, self.issues)
            if doc is None:
                continue
            if not isinstance(doc, list):
                self.err(Location(rel, 1), "a registry file must be a list of entities")
                continue
            for item in doc:
                self.entity(item, Location(rel, getattr(item, "line", 1)))
        docs = []
        paths = sorted((self.dir / "sources").glob("*.yaml"))
        with progress("reading sources", len(paths)) as bar:
            for path in paths:
                bar.advance()
                rel = self.rel(path)
                doc = read_yaml(path, rel, self.issues)
                if doc is None:
                    continue
                if not isinstance(doc, dict):
                    self.err(Location(rel, 1), "a source file must be a mapping with source: and statements:")
                    continue
                self.unknown_keys(doc, FILE_KEYS, "source file", Location(rel, 1))
                for item in doc.get("entities") or []:
                    self.entity(item, Location(rel, getattr(item, "line", 1)))
                docs.append((rel, doc))
        for rel, doc in docs:
            src = doc.get("source")
            sid = self.source(src, Location(rel, getattr(src, "line", 1)))
            for item in doc.get("statements") or []:
                self.statement(item, sid, Location(rel, getattr(item, "line", 1)))
            for item in doc.get("attributes") or []:
                self.attribute(item, sid, Location(rel, getattr(item, "line", 1)))
        self.check_references()
        if self.issues:
            raise DataError(self.issues)
        return self.rec


def load_records(data_dir: Path | str = "data", ontology: Ontology | None = None) -> Records:
    """Load and validate ``data_dir``; raise :class:`~kg.errors.DataError` listing every problem.

    Examples
    --------
    >>> rec = load_records("data")
    >>> rec.entities["kpc"].label
    'Korea Productivity Center'
    """
    return _Loader(Path(data_dir), ontology or load_ontology()).run()
