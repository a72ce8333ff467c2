"""Assemble a reviewable draft source file and write it as YAML (curated format) or JSON.

The YAML draft loads with :func:`kg.load` once it is saved under
``data/sources/``: proposed entities carry ``new: true``, statements and
attributes carry ``evidence`` (paragraph, start, end in the cleaned text)
and ``confidence``; the loader accepts these review keys and ignores them.
Entities that resolved to the registry are not repeated; a comment lists
them with the name found and the match score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date

import yaml

from ..ontology import Ontology
from .clean import Article
from .entities import UNIT_CLASSES, Mentions, _top, is_mission
from .lexicon import lexicon
from .relations import Attr, Stmt
from .resolve import Registry, slug
from .text import Sentence

__all__ = ["Draft", "build_draft"]

_ENTITY_ORDER = ("id", "class", "label", "aliases", "new")


@dataclass
class Draft:
    """A draft source: the JSON shape of ``kg extract --format json`` plus review notes."""

    source: dict
    entities: list[dict] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    attributes: list[dict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    matches: list[str] = field(default_factory=list)  # "id <- name (score, runner-up)" for the YAML comment

    def as_dict(self) -> dict:
        """The documented JSON shape: source, entities, statements, attributes."""
        return {
            "source": self.source,
            "entities": self.entities,
            "statements": self.statements,
            "attributes": self.attributes,
        }

    def to_json(self) -> str:
        """``kg extract --format json`` output (sorted, deterministic)."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_yaml(self, origin: str = "") -> str:
        """The draft in the curated source-file format, with review comments."""
        lines = [
            f"# Draft source file made by `kg extract` from {origin or 'an article'}.",
            "# Review it: delete wrong lines, fix labels and ids, then move it to data/sources/",
            "# and run `kg validate`. `new: true` marks proposed entities; `evidence` gives the",
            "# paragraph and character span in the cleaned article; `confidence` is the rule's.",
        ]
        for n in self.notes:
            lines.append(f"# NOTE: {n}")
        if self.matches:
            lines.append("# Resolved to the registry (name in the text -> id, score):")
            lines += [f"#   {m}" for m in self.matches]
        src = {k: v for k, v in self.source.items() if v}
        lines.append(_dump({"source": src}))
        new = [
            {k: e[k] for k in _ENTITY_ORDER if k in e and (k != "aliases" or e[k])} for e in self.entities if e["new"]
        ]
        lines.append(_dump({"entities": new}) if new else "entities: []")
        lines.append(
            _dump({"statements": [_yaml_item(s) for s in self.statements]}) if self.statements else "statements: []"
        )
        lines.append(
            _dump({"attributes": [_yaml_item(a) for a in self.attributes]}) if self.attributes else "attributes: []"
        )
        return "\n".join(lines) + "\n"


def _yaml_item(d: dict) -> dict:
    out = {k: v for k, v in d.items() if k not in ("evidence",)}
    ev = d.get("evidence") or {}
    out = {**out, "paragraph": ev.get("paragraph"), "evidence": {"start": ev.get("start"), "end": ev.get("end")}}
    if "confidence" in out:
        out["confidence"] = out.pop("confidence")
    return out


class _FlowDumper(yaml.SafeDumper):
    pass


def _repr_list_item(dumper: yaml.SafeDumper, data: dict) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _dump(obj: dict) -> str:
    ((key, items),) = obj.items()
    if isinstance(items, dict):
        return yaml.safe_dump({key: items}, sort_keys=False, allow_unicode=True, width=200).rstrip()
    body = [f"{key}:"]
    for it in items:
        body.append(
            "  - "
            + yaml.dump(
                it, Dumper=_FlowDumper, sort_keys=False, allow_unicode=True, default_flow_style=True, width=10_000
            ).strip()
        )
    return "\n".join(body)


def build_draft(
    art: Article,
    sents: list[Sentence],
    m: Mentions,
    stmts: list[Stmt],
    attrs: list[Attr],
    onto: Ontology,
    source_id: str,
    published: date | None,
    publisher: str,
    registry: Registry | None = None,
) -> Draft:
    """Ids, classes, inferred statements (units, cities), domain/range checks, ordering."""
    lex = lexicon()
    ents = m.entities
    stmts = list(stmts)

    def first_sentence(key: str) -> int:
        for si, ms in enumerate(m.by_sentence):
            if any(x.key == key for x in ms):
                return si
        return 0

    # APO Secretariat staff also represent the APO (the seed's convention); other people
    # represent only the most specific unit named
    part_of = {(s.subject, s.object) for s in stmts if s.relation == "partOf"}

    def top_parent(k: str, seen: frozenset[str] = frozenset()) -> str:
        for a, b in sorted(part_of):
            if a == k and b not in seen and _top(ents[b].cls) == "Organization":
                return top_parent(b, seen | {k})
        return k

    for s in list(stmts):
        if s.relation == "represents" and ents[s.object].cls == "OrganizationalUnit":
            t = top_parent(s.object)
            if t == s.object and registry is not None:  # "the Industry Department": the registry knows its chain
                t = registry.root(s.object)
            if t != s.object and t in ents and ents[t].cls == "IntergovernmentalOrganization":  # staff of APO units
                stmts.append(Stmt(s.subject, "represents", t, s.sentence, s.start, s.end, 0.7))
    # a city lies in its country (when that country is in the article)
    for k, e in ents.items():
        if e.cls == "City" and e.first:
            iso = lex.place_country(e.label)
            ck = next((c for c in (iso, f"new:{iso}") if c in ents and ents[c].first), None) if iso else None
            if ck:
                si = first_sentence(k)
                stmts.append(Stmt(k, "locatedIn", ck, si, sents[si].start, sents[si].end, 0.75))
    # a person's country is their organization's, when nothing else says where it is
    based = {(s.subject, s.object) for s in stmts if s.relation == "basedIn"}
    for s in list(stmts):
        if s.relation == "represents" and ents[top_parent(s.object)].cls != "IntergovernmentalOrganization":
            org = top_parent(s.object)  # (not the APO: its Directors are each from their own economy)
            for p, c in sorted(based):
                if p == s.subject and not any(a == org for a, _ in based) and ents[c].cls == "Country":
                    stmts.append(Stmt(org, "basedIn", c, s.sentence, s.start, s.end, 0.55))
                    based.add((org, c))
    # a city is more precise than its country
    located = {(s.subject, s.object) for s in stmts if s.relation == "locatedIn"}
    city_country = {c: k for c, k in located}
    for k_city, k_country in list(city_country.items()):
        for rel in ("basedIn", "heldIn"):
            subjects = {s.subject for s in stmts if s.relation == rel and s.object == k_city}
            stmts = [s for s in stmts if not (s.relation == rel and s.subject in subjects and s.object == k_country)]

    stmts += _name_facts(ents, stmts, first_sentence, sents)
    stmts += _government_facts(ents, stmts)
    stmts, addresses = _government_addresses(ents, stmts)

    # classes of people from what they did
    conducted = {s.object for s in stmts if s.relation == "conductedBy"}
    official = {s.object for s in stmts if s.relation in ("inauguratedBy", "welcomedBy")} | {
        s.subject for s in stmts if s.relation in ("represents", "attended")
    }
    cls_of = {}
    for k, e in ents.items():
        cls = e.cls
        if cls == "Person" and e.reg is None:
            cls = "Expert" if k in conducted else "Official" if k in official else "Person"
        cls_of[k] = cls

    # domain and range from the ontology
    def fits(rel: str, s_cls: str, o_cls: str) -> bool:
        p = onto.relations.get(rel)
        if p is None:
            return False
        ok_d = not p.domain or any(onto.is_a(s_cls, d) for d in p.domain)
        ok_r = not p.range or any(onto.is_a(o_cls, r) for r in p.range)
        return ok_d and ok_r

    seen: dict[tuple[str, str, str], Stmt] = {}
    for s in stmts:
        if s.subject not in ents or s.object not in ents or s.subject == s.object:
            continue
        if not fits(s.relation, cls_of[s.subject], cls_of[s.object]):
            continue
        key = (s.subject, s.relation, s.object)
        old = seen.get(key)
        if old is None or (s.titles and not old.titles) or (s.confidence > old.confidence and not old.titles):
            seen[key] = s
    used = {k for key in seen for k in (key[0], key[2])} | {a.entity for a in attrs if a.entity in ents}
    # a lone body word with nothing said of it is no body ("Park" of "Park told the group", "Ltd.", "GmbH")
    lone = {
        k
        for k, e in ents.items()
        if e.reg is None
        and _top(e.cls) == "Organization"
        and len(e.label.split()) == 1
        and not e.label.isupper()
        and (e.label.rstrip(".") in lex.org_heads or e.label in lex.legal_forms or e.label in lex.surname_heads)
    }
    keep = sorted(
        (k for k, e in ents.items() if (e.first and k not in addresses and k not in lone) or k in used),
        key=lambda k: (ents[k].first or 10**9, k),
    )

    ids: dict[str, str] = {}
    taken: set[str] = set()
    for k in keep:
        e = ents[k]
        if e.reg:
            i = e.reg.id
        elif k.startswith("new:") and e.cls == "Country":
            i = k[4:]
        else:
            i = slug(e.label)
        base, n = i, 2
        while i in taken:
            i, n = f"{base}-{n}", n + 1
        taken.add(i)
        ids[k] = i

    offsets = art.offsets()

    def evidence(si: int, start: int, end: int) -> dict:
        para = sents[si].paragraph
        return {"paragraph": para, "start": start, "end": end}

    del offsets
    d = Draft(
        source={
            "id": source_id,
            "type": "NewsItem",
            "title": art.title,
            "date": published.isoformat() if published else "",
            "publisher": publisher,
            "photoCredit": "",
        }
    )
    if art.photo_credit:
        pk = m.names.get(_norm(art.photo_credit)) or m.names.get(_norm(art.photo_credit.split()[0]))
        if pk in ids and _top(ents[pk].cls) == "Organization" and ents[pk].reg:
            d.source["photoCredit"] = ids[pk]
    for k in keep:
        e = ents[k]
        d.entities.append(
            {
                "id": ids[k],
                "label": e.label,
                "class": cls_of[k],
                "aliases": sorted({a for a in e.aliases if a != e.label}),
                "new": e.reg is None,
            }
        )
        if e.reg and e.cls != "Concept":
            note = f"{ids[k]} <- {e.label} ({e.reg.score:g})"
            if e.reg.runner_up:
                note += f"; runner-up {e.reg.runner_up} ({e.reg.runner_up_score:g})"
            d.matches.append(note)
    for s in sorted(seen.values(), key=lambda s: (s.start, s.sentence, ids[s.subject], s.relation, ids[s.object])):
        item = {"subject": ids[s.subject], "relation": s.relation, "object": ids[s.object]}
        if s.titles:
            item["title"] = list(s.titles) if len(s.titles) > 1 else s.titles[0]
        item["evidence"] = evidence(s.sentence, s.start, s.end)
        item["confidence"] = round(s.confidence, 2)
        d.statements.append(item)
    for a in sorted(attrs, key=lambda a: (a.start, a.property)):
        if a.entity not in ids:
            continue
        prop = onto.attributes.get(a.property)
        if prop is None or (prop.domain and not any(onto.is_a(cls_of[a.entity], x) for x in prop.domain)):
            continue
        value = a.value.isoformat() if isinstance(a.value, date) else a.value
        d.attributes.append(
            {
                "entity": ids[a.entity],
                "property": a.property,
                "value": value,
                "evidence": evidence(a.sentence, a.start, a.end),
                "confidence": round(a.confidence, 2),
            }
        )
    if not d.entities:
        d.notes.append("no recognizable entity in this text: nothing to draft")
    # the people a reviewer most often completes by hand: named, but with no body found for them
    roled = {s["subject"] for s in d.statements if s["relation"] == "represents"}
    alone = [e["label"] for e in d.entities if onto.is_a(e["class"], "Person") and e["id"] not in roled]
    if alone:
        d.notes.append(
            f"no organization found for {len(alone)} {'person' if len(alone) == 1 else 'people'}: "
            f"{'; '.join(alone)} (add `represents` with the title where the text gives one)"
        )
    return d


def _name_facts(ents: dict, stmts: list[Stmt], first_sentence: object, sents: list[Sentence]) -> list[Stmt]:
    """Facts an organization's name states: "Korea Productivity Center" is based in the ROK;
    "College of X, National Y University" is part of National Y University."""
    lex = lexicon()
    out: list[Stmt] = []
    based = {s.subject for s in stmts if s.relation == "basedIn"}
    part = {(s.subject, s.object) for s in stmts if s.relation == "partOf"}
    countries = {}
    for k, e in ents.items():
        if e.cls == "Country" and e.first:
            countries[k.removeprefix("new:")] = k
    by_label = {e.label: k for k, e in ents.items() if e.first and _top(e.cls) == "Organization"}
    by_city = {e.label: k for k, e in ents.items() if e.cls == "City"}
    for k, e in sorted(ents.items()):
        if not e.first or _top(e.cls) != "Organization":
            continue
        si = first_sentence(k)  # type: ignore[operator]
        ev = (si, sents[si].start, sents[si].end)
        if k not in based and e.label in lex.org_countries:
            iso = lex.org_countries[e.label]
            c = countries.get(iso) or next((x for x in ents if x in (iso, f"new:{iso}")), None)
            if c:
                out.append(Stmt(k, "basedIn", c, *ev, 0.6))
        elif k not in based and is_mission(e.label):
            # "Embassy of Nepal in Bangkok", "Philippine Embassy in Hanoi" are Nepal's and the Philippines', and
            # based where they are: the city or country after "in"
            host = e.label.split(" in ", 1)[1].removeprefix("the ") if " in " in e.label else ""
            found = lex.countries.get(host)
            where = countries.get(found) if found else by_city.get(host)
            if where:
                out.append(Stmt(k, "basedIn", where, *ev, 0.6))
        elif k not in based:
            found = lex.country_in_name(e.label) if e.cls not in UNIT_CLASSES else None
            iso = found[0] if found else None
            if iso and iso in countries:
                out.append(Stmt(k, "basedIn", countries[iso], *ev, 0.6))
        if ", " in e.label:
            parent = by_label.get(e.label.rsplit(", ", 1)[1])
            if parent and parent != k and (k, parent) not in part:
                out.append(Stmt(k, "partOf", parent, *ev, 0.7))
    return out


def _government_addresses(ents: dict, stmts: list[Stmt]) -> tuple[list[Stmt], set[str]]:
    """ "Ministry of Industry, Commerce and Supplies, Government of Nepal": a government written only as the
    address of its bodies is no entity of its own; its bodies are based in its country."""
    govs = {
        k: s.object
        for s in stmts
        if s.relation == "basedIn"
        and (k := s.subject) in ents
        and ents[k].cls == "GovernmentAgency"
        and ents[k].label.startswith("Government of")
        and ents[s.object].cls == "Country"
    }
    parents = {s.object for s in stmts if s.relation == "partOf"}
    for k in [k for k in govs if k not in parents]:
        govs.pop(k)  # named for itself ("the Indonesian government sent observers"), not as an address
    for s in stmts:  # a government that did something ("organized by the Government of Japan") stays
        if s.subject in govs and s.relation != "basedIn":
            govs.pop(s.subject)
        if s.object in govs and s.relation != "partOf":
            govs.pop(s.object)
    out = [s for s in stmts if s.subject not in govs]
    out = [replace(s, relation="basedIn", object=govs[s.object]) if s.object in govs else s for s in out]
    return out, set(govs)


def _government_facts(ents: dict, stmts: list[Stmt]) -> list[Stmt]:
    """Where a national government's bodies and programs are: its ministries are part of it, a program
    it runs is held in its country; an event a program attended while in a country is held there."""
    based = {}
    for s in stmts:
        if s.relation == "basedIn" and ents[s.object].cls == "Country":
            based.setdefault(s.subject, s.object)
    located = {s.subject: s.object for s in stmts if s.relation == "locatedIn"}
    govs = {
        c: k for k, c in based.items() if ents[k].cls == "GovernmentAgency" and ents[k].label.startswith("Government")
    }
    held = {s.subject for s in stmts if s.relation == "heldIn"}
    where: dict[str, str] = {}
    for s in stmts:
        if s.relation == "heldIn":
            c = s.object if ents[s.object].cls == "Country" else located.get(s.object)
            if c:
                where.setdefault(s.subject, c)
    out = []
    for k, c in sorted(based.items()):
        if ents[k].cls == "Ministry" and c in govs:
            out.append(Stmt(k, "partOf", govs[c], 0, 0, 0, 0.6))
    parents = {s.subject: s.object for s in stmts if s.relation == "partOf" and _top(ents[s.subject].cls) == "Program"}
    for s in stmts:
        if s.relation == "runBy" and s.object in govs.values() and s.subject not in held:
            c = next(c for c, g in govs.items() if g == s.object)
            out.append(Stmt(s.subject, "heldIn", c, s.sentence, s.start, s.end, 0.55))
            held.add(s.subject)
        if s.relation == "attended" and _top(ents[s.subject].cls) == "Program" and s.subject in where:
            ev, seen = s.object, {s.object}
            while parents.get(ev) and parents[ev] not in seen:  # the seminars' week, not each seminar
                ev = parents[ev]
                seen.add(ev)
            if ev not in held:
                out.append(Stmt(ev, "heldIn", where[s.subject], s.sentence, s.start, s.end, 0.5))
                held.add(ev)
    return out


def _norm(s: str) -> str:
    from .resolve import normalize

    return normalize(s)
