"""Check the batch 6 gold files against the ontology, the registry and their articles.

Run from the repository root: ``.venv/bin/python tests/extract/batch6/check_gold.py``.
Prints one line per problem and exits 1 when there is any.
"""

import json
import re
import sys
from pathlib import Path

import yaml
from rdflib import OWL, RDF, RDFS, Graph, Namespace

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SME = Namespace("https://w3id.org/smekg/ontology#")
SCORED = {
    "organized",
    "heldIn",
    "visited",
    "conductedBy",
    "inauguratedBy",
    "welcomedBy",
    "attended",
    "participantFrom",
    "benchmarked",
    "represents",
    "basedIn",
    "locatedIn",
    "partOf",
    "runBy",
    "memberOf",
}
ATTRS = {"startDate", "endDate", "participantCount", "countryCount", "founded"}
HONORIFICS = re.compile(r"^(Dr|Prof|Professor|Mr|Ms|Mrs|Atty|Engr|Dato'|H\.E)\.?\s")


def ontology_terms():
    g = Graph().parse(ROOT / "ontology" / "sme.ttl")
    ns = None
    for s in g.subjects(RDF.type, OWL.Class):
        if str(s).endswith("#Organization") or str(s).endswith("/Organization"):
            ns = str(s)[: -len("Organization")]
    classes = {str(s)[len(ns) :] for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(ns)}
    props = {str(s)[len(ns) :] for s in g.subjects(RDF.type, None) if str(s).startswith(ns)} - classes
    parents = {
        c: {str(o)[len(ns) :] for o in g.objects(Namespace(ns)[c], RDFS.subClassOf) if str(o).startswith(ns)}
        for c in classes
    }
    schema = Namespace("https://schema.org/")
    short = {}
    for p in props:
        dom = {str(o)[len(ns) :] for o in g.objects(Namespace(ns)[p], schema.domainIncludes)}
        rng = {str(o)[len(ns) :] for o in g.objects(Namespace(ns)[p], schema.rangeIncludes)}
        short[p] = (dom, rng)
    return classes, props, parents, short


def ancestors(cls, parents):
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(parents.get(c, ()))
    return seen


def registry():
    out = {}
    for f in sorted((ROOT / "data" / "registry").glob("*.yaml")):
        for rec in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            out[rec["id"]] = rec
    return out


def main() -> int:
    classes, props, parents, domain = ontology_terms()
    reg = registry()
    problems = []
    golds = sorted((HERE / "gold").glob("*.json"))
    for gf in golds:
        arts = [p for p in (HERE / "articles").glob(gf.stem + ".*")]
        if len(arts) != 1:
            problems.append(f"{gf.name}: {len(arts)} articles with this stem")
            continue
        text = arts[0].read_text(encoding="utf-8")
        flat = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).replace("**", "")
        d = json.loads(gf.read_text(encoding="utf-8"))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["source"]["date"]):
            problems.append(f"{gf.name}: source date {d['source']['date']}")
        ents = {}
        for e in d["entities"]:
            if e["id"] in ents:
                problems.append(f"{gf.name}: duplicate entity {e['id']}")
            ents[e["id"]] = e
            if e["class"] not in classes:
                problems.append(f"{gf.name}: {e['id']} has unknown class {e['class']}")
            if HONORIFICS.match(e["label"]):
                problems.append(f"{gf.name}: {e['id']} label has an honorific")
            if e["id"] in reg:
                r = reg[e["id"]]
                if r["label"] != e["label"] or r["class"] != e["class"]:
                    problems.append(f"{gf.name}: {e['id']} differs from registry ({r['label']}, {r['class']})")
            for a in e["aliases"]:
                if a.lower() not in flat.lower():
                    problems.append(f"{gf.name}: alias {a!r} of {e['id']} not in the article")
                if a.lower() == e["label"].lower():
                    problems.append(f"{gf.name}: alias {a!r} of {e['id']} equals its label")
        used = set()
        seen = set()
        for s in d["statements"]:
            key = (s["subject"], s["relation"], s["object"])
            if key in seen:
                problems.append(f"{gf.name}: duplicate statement {key}")
            seen.add(key)
            rel = s["relation"]
            if rel not in SCORED or rel not in props:
                problems.append(f"{gf.name}: relation {rel} not scored / not in ontology")
                continue
            for end, allowed in zip(("subject", "object"), domain[rel], strict=True):
                eid = s[end]
                if eid not in ents:
                    problems.append(f"{gf.name}: {end} {eid} of {rel} is not an entity")
                    continue
                used.add(eid)
                if not allowed & ancestors(ents[eid]["class"], parents):
                    problems.append(f"{gf.name}: {eid} ({ents[eid]['class']}) cannot be {end} of {rel}")
            if ("title" in s) and rel != "represents":
                problems.append(f"{gf.name}: title on {rel}")
            t = s.get("title")
            if t is not None and not (
                isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t))
            ):
                problems.append(f"{gf.name}: bad title {t!r}")
        for a in d["attributes"]:
            if a["property"] not in ATTRS or a["property"] not in props:
                problems.append(f"{gf.name}: attribute {a['property']}")
            if a["entity"] not in ents:
                problems.append(f"{gf.name}: attribute on unknown {a['entity']}")
            used.add(a["entity"])
            v = a["value"]
            if a["property"] in ("startDate", "endDate") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v)):
                problems.append(f"{gf.name}: date {v}")
            if a["property"] in ("participantCount", "countryCount") and not isinstance(v, int):
                problems.append(f"{gf.name}: count {v!r}")
        for eid in ents:
            if eid not in used:
                print(f"note {gf.name}: {eid} is a mention only (no statement)")
    for p in problems:
        print(p)
    print(f"{len(golds)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
