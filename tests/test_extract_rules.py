"""Extraction rules found on batches 24-28, each tested in sentences written for the test (no batch text)."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.extract import Extractor, read_article

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(kg.load(ROOT / "data"))


def _draft(extractor: Extractor, body: str, head: str = "Title\n\n12 May 2024\n\n") -> dict:
    return extractor.draft(read_article((head + body).encode(), "news.txt")).as_dict()


def _facts(d: dict) -> set[tuple[str, str, str]]:
    return {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}


def _id(d: dict, label: str) -> str:
    return next(e["id"] for e in d["entities"] if e["label"] == label)


def test_a_day_first_dotted_date_line_is_the_publication_date(extractor: Extractor) -> None:
    art = read_article(b"Delegation visits Colombo\n\n09.12.2019\n\nA delegation from Fiji visited Sri Lanka.", "x.txt")
    assert art.date == "09.12.2019"
    assert art.paragraphs == ["A delegation from Fiji visited Sri Lanka."]
    d = _draft(extractor, "A delegation from Fiji visited Sri Lanka on 2 December.", head="Title\n\n09.12.2019\n\n")
    assert d["source"]["date"] == "2019-12-09"
    assert {"entity": _id(d, "Fiji delegation visit to Sri Lanka"), "property": "startDate"}.items() <= next(
        a for a in d["attributes"] if a["property"] == "startDate"
    ).items()
