"""The gold answers of every extraction set (tests/extract/ and its batches) are consistent with the ontology.

One check for all sets, so a new batch is held to the same rules: classes and relations come from
ontology/sme.ttl (through kg's Ontology), statements join entities of the file within each relation's
domain and range, titles sit only on ``represents``, dates are ISO, counts are whole numbers. The holdout
is left out: it is read only to score.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

import kg
from kg.extract import read_article

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "tests" / "extract", *sorted(p for p in (ROOT / "tests" / "extract").glob("batch*") if p.is_dir())]
GOLD = [g for d in SETS for g in sorted((d / "gold").glob("*.json"))]


@pytest.fixture(scope="module")
def onto() -> kg.Ontology:
    return kg.load(ROOT / "data").ontology


def _fits(onto: kg.Ontology, cls: str, allowed: tuple[str, ...]) -> bool:
    return any(cls == a or onto.is_a(cls, a) for a in allowed)


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.parent.name}/{p.stem}")
def test_gold_file_is_consistent_with_the_ontology(path: Path, onto: kg.Ontology) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = read_article(next(path.parent.parent.joinpath("articles").glob(path.stem + ".*")))
    text = " ".join([article.title, *article.paragraphs]).lower().replace("’", "'")
    classes = {e["id"]: e["class"] for e in gold["entities"]}
    problems = []
    assert len(classes) == len(gold["entities"]), "duplicate entity ids"
    for e in gold["entities"]:
        if e["class"] not in onto.classes:
            problems.append(f"{e['id']}: unknown class {e['class']}")
        if re.match(r"(?:Dr|Mr|Ms|Mrs|Prof)\.?\s", e["label"]):
            problems.append(f"{e['id']}: honorific in label {e['label']!r}")
        for alias in e.get("aliases") or []:
            if alias.lower().replace("’", "'") not in text:
                problems.append(f"{e['id']}: alias {alias!r} is not in the article")
    for s in gold["statements"]:
        rel = onto.relations.get(s["relation"])
        if rel is None:
            problems.append(f"unknown relation {s['relation']}")
            continue
        if s["subject"] not in classes or s["object"] not in classes:
            problems.append(f"{s['subject']} {s['relation']} {s['object']}: an id is not an entity of the file")
            continue
        if not _fits(onto, classes[s["subject"]], rel.domain) or not _fits(onto, classes[s["object"]], rel.range):
            problems.append(f"{s['subject']} {s['relation']} {s['object']}: outside the relation's domain or range")
        if s.get("title") and s["relation"] != "represents":
            problems.append(f"{s['subject']} {s['relation']} {s['object']}: a title off 'represents'")
    for a in gold.get("attributes", []):
        if a["property"] not in onto.attributes or a["entity"] not in classes:
            problems.append(f"attribute {a}: unknown property or entity")
        elif a["property"] in ("startDate", "endDate"):
            date.fromisoformat(a["value"])
        elif a["property"] in ("participantCount", "countryCount", "founded") and not isinstance(a["value"], int):
            problems.append(f"attribute {a}: not a whole number")
    assert not problems, "\n".join(problems)
