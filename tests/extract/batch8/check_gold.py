"""Check the batch 8 gold files against ontology/sme.ttl and the curation rules.

Run from the repository root: ``.venv/bin/python tests/extract/batch8/check_gold.py``.
Prints one line per problem and exits 1 when there is any.
"""

import datetime as dt
import json
import re
import sys
from pathlib import Path

import rdflib
import yaml
from rdflib.namespace import OWL, RDF, RDFS

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SME = "https://w3id.org/smekg/ontology#"
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
HONORIFICS = re.compile(r"^(Dr|Prof|Professor|Mr|Ms|Mrs|Engr|Atty|Dato'|H\.E|Encik)\b")


def ontology():
    g = rdflib.Graph().parse(ROOT / "ontology" / "sme.ttl")
    local = lambda t: str(t)[len(SME) :]  # noqa: E731
    classes = {local(s) for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(SME)}
    parents = {
        c: {local(o) for o in g.objects(rdflib.URIRef(SME + c), RDFS.subClassOf) if str(o).startswith(SME)}
        for c in classes
    }
    dom, rng = {}, {}
    for p in SCORED:
        node = rdflib.URIRef(SME + p)
        dom[p] = {local(o) for o in g.objects(node, rdflib.URIRef("https://schema.org/domainIncludes"))}
        rng[p] = {local(o) for o in g.objects(node, rdflib.URIRef("https://schema.org/rangeIncludes"))}
    return classes, parents, dom, rng


def ancestors(cls, parents):
    out, todo = {cls}, [cls]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in out:
                out.add(p)
                todo.append(p)
    return out


def main() -> int:
    classes, parents, dom, rng = ontology()
    countries = {c["id"]: c["label"] for c in yaml.safe_load((ROOT / "data/registry/countries.yaml").read_text())}
    problems = []
    arts = {p.stem for p in (HERE / "articles").iterdir()}
    golds = sorted((HERE / "gold").glob("*.json"))
    if arts != {p.stem for p in golds}:
        problems.append(f"articles and gold stems differ: {sorted(arts ^ {p.stem for p in golds})}")
    for path in golds:
        doc = json.loads(path.read_text(encoding="utf-8"))
        text = next((HERE / "articles").glob(path.stem + ".*")).read_text(encoding="utf-8")
        say = lambda m, name=path.name: problems.append(f"{name}: {m}")  # noqa: E731
        dt.date.fromisoformat(doc["source"]["date"])
        ents = {}
        for e in doc["entities"]:
            if e["id"] in ents:
                say(f"duplicate entity {e['id']}")
            ents[e["id"]] = e
            if e["class"] not in classes:
                say(f"{e['id']}: unknown class {e['class']}")
            if HONORIFICS.match(e["label"]):
                say(f"{e['id']}: honorific in label {e['label']!r}")
            if e["class"] == "Country" and e["id"] in countries and countries[e["id"]] != e["label"]:
                say(f"{e['id']}: label {e['label']!r} is not the registry's {countries[e['id']]!r}")
            for a in e["aliases"]:
                if a not in text:
                    say(f"{e['id']}: alias {a!r} not in the article")
                if a.lower() == e["label"].lower():
                    say(f"{e['id']}: alias {a!r} differs from the label only in case")
        used = set()
        seen = set()
        for s in doc["statements"]:
            key = (s["subject"], s["relation"], s["object"])
            if key in seen:
                say(f"duplicate statement {key}")
            seen.add(key)
            if s["relation"] not in SCORED:
                say(f"unscored relation {s['relation']}")
                continue
            for end, allowed in (("subject", dom[s["relation"]]), ("object", rng[s["relation"]])):
                eid = s[end]
                if eid not in ents:
                    say(f"{key}: {end} {eid} is not an entity")
                    continue
                used.add(eid)
                if allowed and not ancestors(ents[eid]["class"], parents) & allowed:
                    say(f"{key}: {end} class {ents[eid]['class']} not in {sorted(allowed)}")
            if s["relation"] == "represents":
                t = s.get("title")
                if t is not None and not (
                    isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t))
                ):
                    say(f"{key}: bad title {t!r}")
                if t is None and s["object"] != "apo":
                    say(f"{key}: represents without title")
            elif "title" in s:
                say(f"{key}: title on a {s['relation']} statement")
        for a in doc["attributes"]:
            if a["property"] not in ATTRS:
                say(f"unknown attribute {a['property']}")
            if a["entity"] not in ents:
                say(f"attribute on unknown entity {a['entity']}")
            else:
                used.add(a["entity"])
            if a["property"] in {"startDate", "endDate"}:
                dt.date.fromisoformat(a["value"])
            elif not isinstance(a["value"], int):
                say(f"{a}: value must be an integer")
        for eid in ents.keys() - used:
            say(f"entity {eid} takes part in no statement")
    for p in problems:
        print(p)
    print(f"{len(golds)} gold files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
