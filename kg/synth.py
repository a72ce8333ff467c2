"""Synthetic SME-support ecosystems of any size, written in the curated ``data/`` format.

The generator exercises the real loader: it writes ``registry/*.yaml`` and one
``sources/<id>.yaml`` per source, exactly as a curator would. The shape follows
the domain: member economies of an intergovernmental organization plus other
countries, organizations of every ``Organization`` subclass with ``partOf``
hierarchies, programs of every ``Program`` subclass with organizers, hosts,
experts (with their roles), visited sites, participant and benchmarked
countries, topics, target groups and services; people who return to many
programs; a heavy-tailed degree distribution (organizers, experts and sites are
picked with Zipf weights); and a share of programs reported by several sources.

Classes come from the ontology (every entity class gets instances) and every
relation the ontology declares between entities is used. The size is steered
by counting, while writing, the triples that :func:`kg.rdf.build_quads` will
make (ontology and concept graphs excluded), so the built dataset lands within
a few percent of the request. Only ``random.Random(seed)`` is used: the same
seed and size give byte-identical files.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from collections import defaultdict
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

import pycountry

from .errors import UsageError
from .io import atomic_write
from .ontology import CONCEPT_CLASS, Ontology, load_ontology
from .progress import progress

__all__ = ["MARKER", "parse_size", "synthesize"]

MARKER = ".synthetic"
_REPO_COUNTRIES = Path(__file__).resolve().parent.parent / "data" / "registry" / "countries.yaml"

# Story hints: which concept branch each concept-valued relation draws from, and
# which class a unit's parent prefers. Names missing from the ontology are ignored.
_CONCEPT_BRANCH = {
    "topic": "topics",
    "targets": "target-groups",
    "offers": "services",
    "ownership": "ownership-kinds",
}
_PARENT_CLASS = {"AcademicUnit": "University"}
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SYLLABLES = (
    "ka ri no ta se mi lu ven dar so pel an or is um el ba zan ko ra hu tin mar ge lo vi".split()  # noqa: SIM905
)
_EXPERT_TITLES = ("Managing Director", "Professor", "Senior Advisor", "CEO", "Consultant", "Director", "Lecturer")
_OFFICIAL_TITLES = ("Director General", "Secretary-General", "Program Officer", "Minister", "Deputy Director", "Chair")


def _q(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


class _Pool:
    """Entity ids with Zipf weights by rank: the first ids are picked far more often."""

    def __init__(self, ids: list[str], exponent: float = 1.1) -> None:
        self.ids = ids
        self.cum = list(accumulate(1.0 / (i + 1) ** exponent for i in range(len(ids))))

    def pick(self, rng: random.Random, k: int = 1) -> list[str]:
        if not self.ids:
            return []
        got: list[str] = []
        for _ in range(k * 3):
            (x,) = rng.choices(self.ids, cum_weights=self.cum)
            if x not in got:
                got.append(x)
                if len(got) == k:
                    break
        return got


class _Source:
    """One source file being written, counting the quads its named graph will hold."""

    def __init__(self, gen: _Generator, sid: str, cls: str, title: str, day: date, publisher: str) -> None:
        self.gen, self.sid = gen, sid
        self.head = [
            "source:",
            f"  id: {sid}",
            f"  type: {cls}",
            f"  title: {_q(title)}",
            f"  date: {day.isoformat()}",
            f"  publisher: {publisher}",
        ]
        self.statements: list[str] = []
        self.attributes: list[str] = []
        self.seen: set[tuple[str, str, str]] = set()
        gen.count += 5  # rdf:type, rdfs:label, dcterms:title, dcterms:date, dcterms:publisher

    def photo_credit(self, org: str) -> None:
        self.head.append(f"  photoCredit: {org}")
        self.gen.count += 1

    def say(self, s: str, r: str, o: str, para: int | None = None, titles: tuple[str, ...] = ()) -> None:
        if r not in self.gen.onto.relations or s == o or (s, r, o) in self.seen:
            return
        self.seen.add((s, r, o))
        self.gen.used_relations[r] += 1
        self.gen.count += 1
        extra = f", paragraph: {para}" if para else ""
        if titles and r == "represents":
            extra += f", title: {_q(titles[0])}" if len(titles) == 1 else f", title: [{', '.join(map(_q, titles))}]"
            self.gen.count += 3 + len(set(titles))  # role node: type, person, organization, titles
        self.statements.append(f"  - {{subject: {s}, relation: {r}, object: {o}{extra}}}")

    def attr(self, e: str, p: str, value: object, para: int | None = None) -> None:
        key = (e, p, str(value))
        if p not in self.gen.onto.attributes or key in self.seen:
            return
        self.seen.add(key)
        self.gen.count += 1
        extra = f", paragraph: {para}" if para else ""
        self.attributes.append(f"  - {{entity: {e}, property: {p}, value: {value}{extra}}}")

    def text(self) -> str:
        parts = ["# Synthetic source written by `kg synth`.", *self.head]
        if self.attributes:
            parts += ["", "attributes:", *self.attributes]
        if self.statements:
            parts += ["", "statements:", *self.statements]
        return "\n".join(parts) + "\n"


class _Generator:
    def __init__(self, onto: Ontology, rng: random.Random, target: int) -> None:
        self.onto, self.rng, self.target = onto, rng, target
        self.count = 0
        self.registry: dict[str, list[str]] = defaultdict(list)
        self.cls: dict[str, str] = {}
        self.label: dict[str, str] = {}
        self.by_class: dict[str, list[str]] = defaultdict(list)
        self.used_relations: dict[str, int] = defaultdict(int)
        self.sources: list[_Source] = []
        self.seq = 0
        self.home: dict[str, tuple[str, tuple[str, ...]]] = {}  # person -> (organization, titles)
        self.based: dict[str, str] = {}
        self.located: dict[str, str] = {}
        self.founded: dict[str, int] = {}
        self.concepts = self._concept_branches()

    # -- helpers -----------------------------------------------------------------
    def _concept_branches(self) -> dict[str, list[str]]:
        from rdflib import SKOS

        cg = self.onto.concepts_graph
        iri_to_id = {iri: cid for cid, (iri, _label) in self.onto.concepts.items()}
        tops = {cid for cid, (iri, _) in self.onto.concepts.items() if (iri, SKOS.topConceptOf, None) in cg}

        def branch(cid: str) -> str:
            seen = set()
            while cid not in tops and cid not in seen:
                seen.add(cid)
                up = sorted(
                    iri_to_id[b] for b in cg.objects(self.onto.concepts[cid][0], SKOS.broader) if b in iri_to_id
                )
                if not up:
                    break
                cid = up[0]
            return cid

        out: dict[str, list[str]] = defaultdict(list)
        for cid in sorted(self.onto.concepts):
            if cid not in tops:
                out[branch(cid)].append(cid)
                out[""].append(cid)
        return out

    def concepts_for(self, relation: str) -> list[str]:
        return self.concepts.get(_CONCEPT_BRANCH.get(relation, ""), []) or self.concepts[""]

    def name(self, parts: int = 2) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()

    def entity(
        self, file: str, cls: str, label: str, aliases: tuple[str, ...] = (), description: str = "", eid: str = ""
    ) -> str:
        if not eid:
            base = "".join(ch if ch in _ID_CHARS else "-" for ch in label.lower())
            base = "-".join(p for p in base.split("-") if p)[:40].strip("-") or "x"
            self.seq += 1
            eid = f"{base}-{self.seq}"
        fields = [f"id: {eid}", f"class: {cls}", f"label: {_q(label)}"]
        if aliases:
            fields.append(f"aliases: [{', '.join(map(_q, aliases))}]")
        if description:
            fields.append(f"description: {_q(description)}")
        self.registry[file].append("- {" + ", ".join(fields) + "}")
        self.count += 2 + len(aliases) + (1 if description else 0)
        self.cls[eid], self.label[eid] = cls, label
        self.by_class[cls].append(eid)
        return eid

    def of(self, parent: str) -> list[str]:
        """Every entity id whose class is ``parent`` or below, in creation order."""
        return [e for c in self.onto.subclasses(parent) for e in self.by_class.get(c, [])]

    def source(self, cls: str, title: str, day: date, publisher: str) -> _Source:
        src = _Source(self, f"{cls.lower()}-{day.isoformat()}-{len(self.sources) + 1}", cls, title, day, publisher)
        self.sources.append(src)
        return src

    def day(self) -> date:
        return date(2000, 1, 1) + timedelta(days=self.rng.randrange(9000))

    def classes_below(self, parent: str) -> list[str]:
        return [c for c in self.onto.subclasses(parent) if c in self.entity_classes]

    @property
    def entity_classes(self) -> list[str]:
        onto = self.onto
        return [c for c in onto.classes if not (onto.is_a(c, "Source") or onto.is_a(c, "Role"))]

    # -- the world ---------------------------------------------------------------
    def countries(self, n: int) -> None:
        """The member economies of the repository's registry (when present), then other ISO countries."""
        members: list[dict] = []
        if _REPO_COUNTRIES.exists():
            import yaml

            members = yaml.safe_load(_REPO_COUNTRIES.read_text(encoding="utf-8")) or []
        self.members: list[str] = []
        for m in members:
            self.members.append(
                self.entity("countries", "Country", m["label"], tuple(m.get("aliases") or ()), eid=m["id"])
            )
        taken = set(self.members)
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            if len(self.by_class["Country"]) >= n:
                break
            if c.alpha_3.lower() not in taken:
                self.entity("countries", "Country", c.name, eid=c.alpha_3.lower())
        self.count += len(self.by_class["Country"])  # sme:isoCode of each

    def world(self, n_orgs: int, n_people: int, n_places: int) -> None:
        rng = self.rng
        countries = self.by_class["Country"]
        # Places: at least one of each Place class, each located in a country (some in another place).
        place_classes = self.classes_below("Place")
        for i in range(n_places):
            cls = place_classes[i] if i < len(place_classes) else rng.choice(place_classes)
            eid = self.entity("places", cls, f"{self.name(rng.randint(2, 3))}")
            self.located[eid] = rng.choice(countries)
        # Organizations: one intergovernmental body the member economies join, then every subclass.
        org_classes = self.classes_below("Organization")
        self.igo = ""
        igo_cls = next((c for c in org_classes if "Intergovernmental" in c), "")
        if igo_cls:
            self.igo = self.entity(
                "organizations", igo_cls, "Asian Productivity Organization", ("APO",), "Synthetic stand-in."
            )
        for i in range(n_orgs):
            cls = org_classes[i] if i < len(org_classes) else rng.choice(org_classes)
            word = self.name(rng.randint(2, 3))
            label = f"{word} {self.onto.classes[cls].label}"
            aliases = (word[:3].upper() + cls[0],) if rng.random() < 0.4 else ()
            self.entity("organizations", cls, label, aliases)
        orgs = self.of("Organization")
        self.org_pool = _Pool(orgs)
        self.site_pool = _Pool(rng.sample(orgs, len(orgs)), 1.0)
        for o in orgs:
            self.based[o] = self.pick_country()
        # People: experts, officials and plain persons, each with a home organization and titles.
        person_classes = self.classes_below("Person")
        for i in range(n_people):
            cls = person_classes[i] if i < len(person_classes) else rng.choice(person_classes)
            pid = self.entity("people", cls, f"{self.name(2)} {self.name(rng.randint(2, 3))}")
            titles = _OFFICIAL_TITLES if "Official" in cls else _EXPERT_TITLES
            k = 2 if rng.random() < 0.1 else 1
            self.home[pid] = (self.org_pool.pick(rng)[0], tuple(rng.sample(titles, k)))
            self.based[pid] = self.pick_country()
        self.pools = {c: _Pool(self.by_class[c]) for c in person_classes}
        self.people_pool = _Pool(self.of("Person"))

    def pick_country(self) -> str:
        rng = self.rng
        if self.members and rng.random() < 0.7:
            return rng.choice(self.members)
        return rng.choice(self.by_class["Country"])

    def directories(self) -> None:
        """Reference lists: memberships, where organizations and places are, hierarchies, services."""
        rng = self.rng
        pub = self.igo or self.org_pool.ids[0]
        ref = self.source("ReferenceList", "Member economies (reference list)", date(2020, 1, 1), pub)
        for c in self.members:
            ref.say(c, "memberOf", self.igo)
        others = [o for o in self.of("Organization") if o != self.igo]
        for c in self.by_class["Country"]:
            if c not in self.members and others and rng.random() < 0.3:
                ref.say(c, "memberOf", rng.choice(others[: max(3, len(others) // 50)]))
        for p, country in self.located.items():
            ref.say(p, "locatedIn", country)
        places = list(self.located)
        for p in places[len(places) // 2 :]:
            if rng.random() < 0.2:
                ref.say(p, "locatedIn", rng.choice(places[: len(places) // 2]))
        orgs = self.of("Organization")
        chunk = 150
        for start in range(0, len(orgs), chunk):
            d = self.source("ReferenceList", f"Directory of SME-support organizations, part {start // chunk + 1}",
                            self.day(), pub)  # fmt: skip
            for i, o in enumerate(orgs[start : start + chunk], start):
                self.describe_org(d, o, orgs[:i])

    def describe_org(self, src: _Source, o: str, earlier: list[str]) -> None:
        rng = self.rng
        if rng.random() < 0.8 or not self.located:
            src.say(o, "basedIn", self.based[o])
        else:
            src.say(o, "basedIn", rng.choice(list(self.located)))
        cls = self.cls[o]
        parents = self.by_class.get(_PARENT_CLASS.get(cls, ""), []) or earlier
        if parents and (cls in _PARENT_CLASS or "Unit" in cls or rng.random() < 0.25):
            # Preferential attachment: early organizations collect most of the units.
            src.say(o, "partOf", parents[min(int(rng.paretovariate(1.2)) - 1, len(parents) - 1)])
        if earlier and rng.random() < 0.02:
            src.say(o, "succeeds", rng.choice(earlier))
        for rel, p, kmax in (("ownership", 0.4, 1), ("offers", 0.5, 3), ("targets", 0.3, 2)):
            if rng.random() < p:
                for c in rng.sample(self.concepts_for(rel), min(kmax, rng.randint(1, kmax))):
                    src.say(o, rel, c)
        if rng.random() < 0.6:
            year = self.founded.setdefault(o, rng.randint(1950, 2020))
            src.attr(o, "founded", year)

    # -- programs ----------------------------------------------------------------
    def program(self, i: int, prog_classes: list[str], earlier: _Pool) -> None:
        rng = self.rng
        cls = prog_classes[i] if i < len(prog_classes) else rng.choice(prog_classes)
        start = self.day()
        host_country = self.pick_country()
        topics = rng.sample(self.concepts_for("topic"), rng.randint(1, 3))
        topic_label = self.onto.concepts[topics[0]][1]
        label = f"{self.onto.classes[cls].label} on {topic_label}, {self.label[host_country]} {start.year}"
        pid = self.entity("programs", cls, label)
        organizers = ([self.igo] if self.igo and rng.random() < 0.3 else []) + self.org_pool.pick(
            rng, rng.randint(1, 2)
        )
        news = self.source("NewsItem", f"{label} opens", start + timedelta(days=rng.randint(0, 20)), organizers[0])
        if rng.random() < 0.2:
            news.photo_credit(organizers[-1])
        para = 1
        for o in organizers:
            news.say(o, "organized", pid, para)
        cities = [p for p, c in self.located.items() if c == host_country] if rng.random() < 0.7 else []
        place = rng.choice(cities) if cities else host_country
        news.say(pid, "heldIn", place, 2)
        if place != host_country:
            news.say(place, "locatedIn", host_country, 2)
        for t in topics:
            news.say(pid, "topic", t, 2)
        for c in rng.sample(self.concepts_for("targets"), rng.randint(1, 2)):
            news.say(pid, "targets", c, 2)
        if rng.random() < 0.3:
            news.say(pid, "offers", rng.choice(self.concepts_for("offers")), 3)
        if rng.random() < 0.2:
            units = self.by_class.get("OrganizationalUnit") or self.org_pool.ids
            news.say(pid, "runBy", rng.choice(units), 3)
        pool = self.members or self.by_class["Country"]
        countries = rng.sample(pool, min(2 + int(rng.expovariate(0.4)), len(pool)))
        for c in countries:
            news.say(pid, "participantFrom", c, 4)
        for c in rng.sample(self.by_class["Country"], rng.randint(0, 2)):
            news.say(pid, "benchmarked", c, 5)
        # People: openers, welcomers and experts, with their roles and where they are based.
        for rel, pool_cls, p in (("inauguratedBy", "Official", 0.6), ("welcomedBy", "Official", 0.5)):
            if rng.random() < p:
                self.person(news, pid, rel, self.pools.get(pool_cls, self.people_pool), 6)
        for _ in range(rng.randint(1, 4)):
            self.person(news, pid, "conductedBy", self.pools.get("Expert", self.people_pool), 6)
        if rng.random() < 0.1:
            news.say(pid, "conductedBy", self.org_pool.pick(rng)[0], 6)
        if rng.random() < 0.15:
            who = self.pools.get("Person", self.people_pool).pick(rng)[0]
            news.say(who, "attended", pid, 7)
        # Site visits and links to earlier programs.
        if rng.random() < 0.4:
            for site in self.site_pool.pick(rng, rng.randint(1, 4)):
                news.say(pid, "visited", site, 8)
        if earlier.ids:
            for rel, p in (("studied", 0.1), ("attended", 0.05), ("partOf", 0.15)):
                if rng.random() < p:
                    news.say(pid, rel, earlier.pick(rng)[0], 8)
        if rng.random() < 0.05:
            news.say(self.org_pool.pick(rng)[0], "attended", pid, 8)
        end = start + timedelta(days=rng.randint(0, 9))
        facts = [("startDate", start.isoformat()), ("endDate", end.isoformat())]
        if rng.random() < 0.7:
            facts += [("participantCount", rng.randint(5, 60)), ("countryCount", len(countries))]
        if rng.random() < 0.05:
            facts.append(("founded", start.year))
        for p, v in facts:
            news.attr(pid, p, v, 2)
        # A share of programs is also reported elsewhere, restating some facts.
        for _ in range(self._extra_sources()):
            pub = self.org_pool.pick(rng)[0]
            rep = self.source("Report", f"Report on the {label}", end + timedelta(days=rng.randint(10, 200)), pub)
            for line in rng.sample(sorted(news.seen), max(1, len(news.seen) // 3)):
                s, r, o = line
                if r in self.onto.relations:
                    titles = self.home[s][1] if r == "represents" else ()
                    rep.say(s, r, o, None, titles)
                else:
                    rep.attr(s, r, o)
            rep.say(pid, "heldIn", place)

    def _extra_sources(self) -> int:
        x = self.rng.random()
        return 2 if x < 0.05 else 1 if x < 0.3 else 0

    def person(self, src: _Source, pid: str, rel: str, pool: _Pool, para: int) -> None:
        (who,) = pool.pick(self.rng)
        src.say(pid, rel, who, para)
        org, titles = self.home[who]
        src.say(who, "represents", org, para, titles)
        src.say(who, "basedIn", self.based[who], para)

    def coverage(self) -> None:
        """Use every relation the ontology declares between entities at least a few times."""
        rng = self.rng
        src = None
        for name, prop in sorted(self.onto.relations.items()):
            if not prop.domain or not prop.range or self.used_relations.get(name):
                continue
            subs = [e for d in prop.domain for e in (self.of(d) if d in self.onto.classes else [])]
            objs = [
                e
                for r in prop.range
                for e in (
                    self.concepts_for(name) if r == CONCEPT_CLASS else self.of(r) if r in self.onto.classes else []
                )
            ]
            if not subs or not objs:
                continue
            if src is None:
                src = self.source(
                    "ReferenceList", "Further relations", date(2020, 1, 2), self.igo or self.org_pool.ids[0]
                )
            for _ in range(3):
                src.say(rng.choice(subs), name, rng.choice(objs))

    # -- files -------------------------------------------------------------------
    def files(self) -> dict[str, str]:
        out = {}
        for name, lines in sorted(self.registry.items()):
            out[f"registry/{name}.yaml"] = "# Synthetic registry written by `kg synth`.\n" + "\n".join(lines) + "\n"
        for src in self.sources:
            out[f"sources/{src.sid}.yaml"] = src.text()
        return out


def parse_size(text: str | int) -> int:
    """A triple count written as ``3000``, ``10k``, ``2.5M`` or ``1_000_000``.

    Examples
    --------
    >>> parse_size("10k"), parse_size("1M"), parse_size("2500")
    (10000, 1000000, 2500)
    """
    if isinstance(text, int):
        return text
    t = text.strip().lower().replace("_", "").replace(",", "")
    scale = {"k": 1_000, "m": 1_000_000}.get(t[-1:], 1)
    try:
        return int(float(t[:-1] if scale > 1 else t) * scale)
    except ValueError:
        raise UsageError(f"not a number of triples: {text!r} (write e.g. 3000, 10k or 1M)") from None


def _holds_curated_data(out_dir: Path) -> bool:
    return any(any((out_dir / sub).glob("*.yaml")) for sub in ("registry", "sources"))


def synthesize(triples: int, seed: int, out_dir: Path | str, quiet: bool = False) -> dict:
    """Write a synthetic dataset of about ``triples`` triples (±10%) to ``out_dir``.

    Refuses (:class:`~kg.errors.UsageError`) ``triples <= 0`` and a folder that
    already holds curated data, i.e. ``registry/`` or ``sources/`` YAML without
    the ``.synthetic`` marker this function leaves. Returns counts: ``triples``
    (quads the build will make, ontology excluded), ``entities``, ``sources``,
    ``statements``, ``files``.

    Examples
    --------
    >>> import tempfile
    >>> out = synthesize(2000, seed=1, out_dir=tempfile.mkdtemp())
    >>> 1800 <= out["triples"] <= 2200
    True
    """
    if triples <= 0:
        raise UsageError(f"--triples must be a positive number of triples, got {triples}")
    out = Path(out_dir)
    if _holds_curated_data(out) and not (out / MARKER).exists():
        raise UsageError(
            f"{out} already holds curated data (registry/ or sources/ YAML) and was not made by `kg synth`; "
            "refusing to overwrite it. Pick an empty or new folder."
        )
    rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
    onto = load_ontology()
    gen = _Generator(onto, rng, triples)
    n_prog = max(len(gen.classes_below("Program")), triples // 60)
    gen.countries(min(len(pycountry.countries), 21 + triples // 4000))
    gen.world(
        n_orgs=max(2 * len(gen.classes_below("Organization")), n_prog // 4),
        n_people=max(3 * len(gen.classes_below("Person")), n_prog // 2),
        n_places=max(2 * len(gen.classes_below("Place")), min(n_prog // 20, 5000)),
    )
    gen.directories()
    prog_classes = gen.classes_below("Program")
    programs = _Pool([], 1.0)
    with progress("synth: programs", triples, quiet) as bar:
        done = gen.count
        bar.advance(done)
        i = 0
        while gen.count < triples or i < len(prog_classes):
            if i % 256 == 0:
                # Earlier programs, oldest first: the first ones gather most studied/partOf links.
                programs = _Pool(gen.of("Program"), 1.0)
            gen.program(i, prog_classes, programs)
            i += 1
            bar.advance(gen.count - done)
            done = gen.count
        gen.coverage()
    files = gen.files()
    _write(out, files, {"triples": triples, "seed": seed})
    return {
        "triples": gen.count,
        "entities": len(gen.cls),
        "sources": len(gen.sources),
        "statements": sum(len(s.statements) for s in gen.sources),
        "files": len(files),
        "programs": i,
    }


def _write(out: Path, files: dict[str, str], params: dict) -> None:
    """Write into fresh folders, then swap them in: a crash never leaves a half dataset."""
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("registry", "sources"):
        tmp = out / f".{sub}.tmp"
        if tmp.exists():
            shutil.rmtree(tmp)
        tmp.mkdir()
        prefix = f"{sub}/"
        for rel, text in files.items():
            if rel.startswith(prefix):
                (tmp / rel[len(prefix) :]).write_text(text, encoding="utf-8")
        old = out / sub
        if old.exists():
            shutil.rmtree(old)
        os.replace(tmp, old)
    atomic_write(out / MARKER, json.dumps({"generator": "kg synth", **params}, sort_keys=True) + "\n")
