"""Sanity checks for the batch 7 gold files (run: .venv/bin/python tests/extract/batch7/check_gold.py).

Checks ids, classes, relations and attributes against ontology/sme.ttl (domain and range via
schema:domainIncludes / schema:rangeIncludes and rdfs:subClassOf), that every statement points at
an entity of the file, that every entity is used, that aliases occur in the article text, that
labels carry no honorifics, that titles sit only on `represents`, and that dates are ISO.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

from rdflib import RDFS, Graph, Namespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SME = Namespace("https://w3id.org/smekg/ontology#")
SCHEMA = Namespace("https://schema.org/")
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
HONORIFIC = re.compile(r"^(Dr|Prof|Professor|Mr|Ms|Mrs|H\.E|Eng)\.?\s")
MENTIONS: dict[str, set[str]] = {}  # deliberate mentions without a statement, per stem


def ontology() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    g = Graph().parse(ROOT / "ontology" / "sme.ttl")
    local = lambda u: str(u).split("#")[-1].split("/")[-1]  # noqa: E731
    parents: dict[str, set[str]] = {}
    for s, o in g.subject_objects(RDFS.subClassOf):
        parents.setdefault(local(s), set()).add(local(o))
    props: dict[str, tuple[set[str], set[str]]] = {}
    for p in set(g.subjects(SCHEMA.domainIncludes, None)):
        props[local(p)] = (
            {local(o) for o in g.objects(p, SCHEMA.domainIncludes)},
            {local(o) for o in g.objects(p, SCHEMA.rangeIncludes)},
        )
    return parents, props


def ancestors(cls: str, parents: dict[str, set[str]]) -> set[str]:
    seen, todo = {cls}, [cls]
    while todo:
        for p in parents.get(todo.pop(), ()):
            if p not in seen:
                seen.add(p)
                todo.append(p)
    return seen


def check(path: Path, parents, props) -> list[str]:
    errs: list[str] = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    stem = path.stem
    article = next((HERE / "articles").glob(stem + ".*"))
    text = article.read_text(encoding="utf-8")
    dt.date.fromisoformat(doc["source"]["date"])
    ents = {}
    for e in doc["entities"]:
        if e["id"] in ents:
            errs.append(f"duplicate entity {e['id']}")
        ents[e["id"]] = e
        if e["class"] not in parents and e["class"] != "Organization":
            errs.append(f"{e['id']}: unknown class {e['class']}")
        if HONORIFIC.match(e["label"]):
            errs.append(f"{e['id']}: honorific in label")
        for a in e["aliases"]:
            if a not in text:
                errs.append(f"{e['id']}: alias {a!r} not in article")
            if a.lower() == e["label"].lower():
                errs.append(f"{e['id']}: alias {a!r} only differs in case")
    used, seen = set(), set()
    for s in doc["statements"]:
        key = (s["subject"], s["relation"], s["object"])
        if key in seen:
            errs.append(f"duplicate statement {key}")
        seen.add(key)
        rel = s["relation"]
        if rel not in SCORED:
            errs.append(f"unscored relation {rel}")
            continue
        for end in ("subject", "object"):
            if s[end] not in ents:
                errs.append(f"{key}: {end} not an entity")
        if s["subject"] not in ents or s["object"] not in ents:
            continue
        used |= {s["subject"], s["object"]}
        dom, rng = props[rel]
        if not ancestors(ents[s["subject"]]["class"], parents) & dom:
            errs.append(f"{key}: subject class {ents[s['subject']]['class']} not in domain {dom}")
        if not ancestors(ents[s["object"]]["class"], parents) & rng:
            errs.append(f"{key}: object class {ents[s['object']]['class']} not in range {rng}")
        if "title" in s and rel != "represents":
            errs.append(f"{key}: title on {rel}")
        if rel == "represents" and not s.get("title") and s["object"] != "apo":
            errs.append(f"{key}: represents without title")
    for a in doc["attributes"]:
        if a["property"] not in ATTRS:
            errs.append(f"unknown attribute {a['property']}")
        if a["entity"] not in ents:
            errs.append(f"attribute on unknown entity {a['entity']}")
        else:
            used.add(a["entity"])
        if a["property"] in ("startDate", "endDate"):
            dt.date.fromisoformat(a["value"])
        elif not isinstance(a["value"], int):
            errs.append(f"{a}: not an integer")
    for i in set(ents) - used - MENTIONS.get(stem, set()):
        errs.append(f"entity {i} takes part in no statement")
    return errs


def main() -> int:
    parents, props = ontology()
    parents.setdefault("Organization", set())
    bad = 0
    for path in sorted((HERE / "gold").glob("*.json")):
        errs = check(path, parents, props)
        for e in errs:
            print(f"{path.name}: {e}")
        bad += len(errs)
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
