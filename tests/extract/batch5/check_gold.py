"""Check the batch 5 gold files against the ontology, the registry and the article texts.

Run from the repository root: ``.venv/bin/python tests/extract/batch5/check_gold.py``.
Prints one line per problem and exits 1 when there is any.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

import rdflib
import yaml

ROOT = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
SME = rdflib.Namespace("https://w3id.org/smekg/ontology#")
SCHEMA = rdflib.Namespace("https://schema.org/")
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
# Entities kept on purpose with no statement (distractors).
MENTIONS = {"58_training_smart_retail_roc": {"cpc-corporation-taiwan"}}


def ontology():
    g = rdflib.Graph().parse(ROOT / "ontology" / "sme.ttl")
    ns = str(SME)
    classes = {str(c)[len(ns) :] for c in g.subjects(rdflib.RDF.type, rdflib.OWL.Class) if str(c).startswith(ns)}
    parents = {
        c: {str(p)[len(ns) :] for p in g.objects(SME[c], rdflib.RDFS.subClassOf) if str(p).startswith(ns)}
        for c in classes
    }
    props = {}
    for p in g.subjects(rdflib.RDF.type, rdflib.OWL.ObjectProperty):
        name = str(p)[len(ns) :]
        dom = {str(x)[len(ns) :] for x in g.objects(p, SCHEMA.domainIncludes)}
        rng = {str(x)[len(ns) :] for x in g.objects(p, SCHEMA.rangeIncludes)}
        props[name] = (dom, rng)
    return classes, parents, props


def ancestors(cls, parents):
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(parents.get(c, ()))
    return seen


def text_of(stem):
    path = next((HERE / "articles").glob(stem + ".*"))
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"<[^>]+>", " ", raw)
    return re.sub(r"\s+", " ", raw)


def main() -> int:
    classes, parents, props = ontology()
    registry = {}
    for f in sorted((ROOT / "data" / "registry").glob("*.yaml")):
        for rec in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            registry[rec["id"]] = rec
    problems = []
    for gf in sorted((HERE / "gold").glob("*.json")):
        stem = gf.stem
        doc = json.loads(gf.read_text(encoding="utf-8"))
        text = text_of(stem)

        def say(msg: str, name: str = gf.name) -> None:
            problems.append(f"{name}: {msg}")

        ents = {}
        for e in doc["entities"]:
            if e["id"] in ents:
                say(f"duplicate entity {e['id']}")
            ents[e["id"]] = e
            if e["class"] not in classes:
                say(f"{e['id']}: unknown class {e['class']}")
            reg = registry.get(e["id"])
            if reg and (reg["label"] != e["label"] or reg["class"] != e["class"]):
                say(f"{e['id']}: registry has {reg['class']} {reg['label']!r}")
            if e["class"] == "Country" and not reg:
                say(f"{e['id']}: country not in registry")
            for a in e["aliases"]:
                if a.lower() not in text.lower():
                    say(f"{e['id']}: alias {a!r} not in text")
                if a.lower() == e["label"].lower():
                    say(f"{e['id']}: alias {a!r} differs only in case")
            if re.match(r"(Dr|Mr|Ms|Prof|Professor|Shri|Datuk|Dato)\b", e["label"]):
                say(f"{e['id']}: honorific in label")
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
            for end in ("subject", "object"):
                if s[end] not in ents:
                    say(f"{key}: {end} not an entity")
            if s["subject"] not in ents or s["object"] not in ents:
                continue
            used.update((s["subject"], s["object"]))
            dom, rng = props[s["relation"]]
            if not ancestors(ents[s["subject"]]["class"], parents) & dom:
                say(f"{key}: subject class {ents[s['subject']]['class']} not in domain {sorted(dom)}")
            if not ancestors(ents[s["object"]]["class"], parents) & rng:
                say(f"{key}: object class {ents[s['object']]['class']} not in range {sorted(rng)}")
            if s["relation"] == "represents":
                t = s.get("title")
                if t is None and s["object"] != "apo":
                    say(f"{key}: represents without title")
                if t is not None and not (
                    isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t))
                ):
                    say(f"{key}: bad title {t!r}")
            elif "title" in s:
                say(f"{key}: title on {s['relation']}")
        for a in doc["attributes"]:
            if a["entity"] not in ents:
                say(f"attribute on unknown entity {a['entity']}")
            if a["property"] not in ATTRS:
                say(f"unknown attribute {a['property']}")
            if a["property"] in ("startDate", "endDate"):
                datetime.date.fromisoformat(a["value"])
            elif a["property"] == "founded":
                if not re.fullmatch(r"\d{4}", a["value"]):
                    say(f"founded {a['value']!r} is not a year")
            elif not isinstance(a["value"], int):
                say(f"{a['property']} {a['value']!r} is not an integer")
        datetime.date.fromisoformat(doc["source"]["date"])
        for orphan in sorted(set(ents) - used - MENTIONS.get(stem, set())):
            say(f"entity {orphan} takes part in no statement")
        if doc["source"]["publisher"] not in ents:
            say(f"publisher {doc['source']['publisher']} is not an entity")
    for p in problems:
        print(p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
