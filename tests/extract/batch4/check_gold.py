"""Sanity checks for the batch-4 gold files (run by hand: python tests/extract/batch4/check_gold.py).

Checks each gold file against ontology/sme.ttl (classes, scored relations, attributes, domain and range
through the subclass closure), ids, titles, ISO dates, and that every alias occurs in the article text.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Namespace

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


def load_ontology() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    g = Graph().parse(ROOT / "ontology" / "sme.ttl")
    ns = str(SME)
    local = {str(c)[len(ns) :]: c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(ns)}
    ancestors = {}
    for name, iri in local.items():
        seen, todo = set(), [iri]
        while todo:
            cur = todo.pop()
            if cur in seen:
                continue
            seen.add(cur)
            todo.extend(g.objects(cur, RDFS.subClassOf))
        ancestors[name] = {str(s)[len(ns) :] for s in seen if str(s).startswith(ns)}
    props = {}
    for p in set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(g.subjects(RDF.type, OWL.DatatypeProperty)):
        if not str(p).startswith(ns):
            continue
        name = str(p)[len(ns) :]
        dom = {str(o)[len(ns) :] for o in g.objects(p, SCHEMA.domainIncludes)}
        rng = {str(o)[len(ns) :] for o in g.objects(p, SCHEMA.rangeIncludes)}
        props[name] = (dom, rng)
    return ancestors, props


def article_text(stem: str) -> str:
    for ext in ("txt", "md", "html"):
        p = HERE / "articles" / f"{stem}.{ext}"
        if p.exists():
            t = p.read_text(encoding="utf-8")
            if ext == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            return re.sub(r"\s+", " ", t)
    raise FileNotFoundError(stem)


def check(path: Path, ancestors, props) -> list[str]:
    errs = []
    doc = json.loads(path.read_text(encoding="utf-8"))
    text = article_text(path.stem).lower()
    src = doc["source"]
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", src["date"]) or src.get("publisher") != "apo":
        errs.append(f"bad source {src}")
    ents = {}
    for e in doc["entities"]:
        if e["id"] in ents:
            errs.append(f"duplicate id {e['id']}")
        ents[e["id"]] = e
        if e["class"] not in ancestors:
            errs.append(f"{e['id']}: unknown class {e['class']}")
        for a in e["aliases"]:
            if a.lower() not in text:
                errs.append(f"{e['id']}: alias {a!r} not in text")
            if a.lower() == e["label"].lower():
                errs.append(f"{e['id']}: alias equals label")
        if re.match(r"(Dr|Prof|Mr|Ms|Mrs|Engr|Atty)\.? ", e["label"]):
            errs.append(f"{e['id']}: honorific in label")
    used = set()
    seen = set()
    for s in doc["statements"]:
        key = (s["subject"], s["relation"], s["object"])
        if key in seen:
            errs.append(f"duplicate statement {key}")
        seen.add(key)
        if s["relation"] not in SCORED:
            errs.append(f"unscored relation {s['relation']}")
            continue
        for end in ("subject", "object"):
            if s[end] not in ents:
                errs.append(f"{key}: {end} not an entity")
        if s["subject"] not in ents or s["object"] not in ents:
            continue
        used |= {s["subject"], s["object"]}
        dom, rng = props[s["relation"]]
        if dom and not (ancestors[ents[s["subject"]]["class"]] & dom):
            errs.append(f"{key}: subject class {ents[s['subject']]['class']} not in domain {dom}")
        if rng and not (ancestors[ents[s["object"]]["class"]] & rng):
            errs.append(f"{key}: object class {ents[s['object']]['class']} not in range {rng}")
        if "title" in s:
            if s["relation"] != "represents":
                errs.append(f"{key}: title on non-represents")
            t = s["title"]
            if not (isinstance(t, str) or (isinstance(t, list) and all(isinstance(x, str) for x in t))):
                errs.append(f"{key}: bad title {t!r}")
        elif s["relation"] == "represents" and s["object"] != "apo":
            errs.append(f"{key}: represents without title")
    for a in doc["attributes"]:
        if a["property"] not in ATTRS:
            errs.append(f"unknown attribute {a['property']}")
        if a["entity"] not in ents:
            errs.append(f"attribute on unknown entity {a['entity']}")
            continue
        used.add(a["entity"])
        if a["property"] in ("startDate", "endDate") and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(a["value"])):
            errs.append(f"bad date {a}")
        if a["property"] in ("participantCount", "countryCount", "founded") and not isinstance(a["value"], int):
            errs.append(f"non-integer {a}")
    starts = {a["entity"]: a["value"] for a in doc["attributes"] if a["property"] == "startDate"}
    ends = {a["entity"]: a["value"] for a in doc["attributes"] if a["property"] == "endDate"}
    for k in starts.keys() | ends.keys():
        if k not in starts or k not in ends or starts[k] > ends[k]:
            errs.append(f"{k}: start/end dates incomplete or reversed")
    for eid in ents.keys() - used:
        errs.append(f"{eid}: entity in no statement (deliberate mention?)")
    return errs


def main() -> int:
    ancestors, props = load_ontology()
    bad = 0
    for path in sorted((HERE / "gold").glob("*.json")):
        errs = check(path, ancestors, props)
        bad += len(errs)
        for e in errs:
            print(f"{path.name}: {e}")
    print("ok" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
