"""Score drafts against gold answers: precision, recall and F1 for entities and relations, title accuracy.

Matching (one-to-one, best score first):

* an extracted entity matches a gold entity when their top-level classes
  (Organization, Program, Person, Country, Place) are equal and a name of one
  (label or alias) equals a name of the other after :func:`~kg.extract.resolve.normalize`;
  failing that, when one label closes with ", COUNTRY" or ", CITY" and is the
  other's name without it ("Ministry of Industries, Sri Lanka" and "Ministry of
  Industries"); failing that, when their labels are close (rapidfuzz ratio >= 88;
  for programs, also one label containing the other's words, token-set ratio >= 95);
* a statement is correct when its subject, relation and object map to a gold statement;
* concept statements (relations whose range is the concept scheme: topic, targets,
  offers, ownership) and concept entities are left out on both sides: the
  development set does not annotate them;
* a title is correct when the gold ``represents`` statement is found with the
  same titles (case-insensitive; a title opening with its organization's name,
  "APO Director for Japan" of the APO, is compared without that name, as
  "ORG TITLE PERSON" is read; a minister's title closing with the remit its
  ministry is named after, "Deputy Minister of Industry and Technology" of the
  Ministry of Industry and Technology, is compared without that remit, as
  "Deputy Minister"; a head of mission's title is compared without the sending
  country and the post, which name the mission ("Ambassador of Thailand to
  Japan", "Philippine Ambassador to Viet Nam" are "Ambassador"); the member
  economy closing an APO director's title,
  "Director for Pakistan", may be written on one side and left out on the
  other, as gold authors do both, but not changed); a gold title whose
  statement is missing counts as wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz

from ..errors import UsageError
from ..ontology import CONCEPT_CLASS, Ontology
from .lexicon import lexicon
from .resolve import normalize

__all__ = ["ArticleScore", "Report", "evaluate", "match_entities", "score_article"]

FUZZY = 88.0


@dataclass
class PRF:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: PRF) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        return (
            f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )


@dataclass
class ArticleScore:
    """Scores of one article."""

    name: str
    entities: dict[str, PRF] = field(default_factory=dict)
    relations: dict[str, PRF] = field(default_factory=dict)
    attributes: PRF = field(default_factory=PRF)
    titles_ok: int = 0
    titles_total: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def total(self, what: str) -> PRF:
        t = PRF()
        for v in getattr(self, what).values():
            t.add(v)
        return t


@dataclass
class Report:
    """Scores of every article and their sums."""

    articles: list[ArticleScore]

    def total(self, what: str) -> PRF:
        t = PRF()
        for a in self.articles:
            t.add(a.total(what))
        return t

    def by(self, what: str) -> dict[str, PRF]:
        out: dict[str, PRF] = {}
        for a in self.articles:
            for k, v in getattr(a, what).items():
                out.setdefault(k, PRF()).add(v)
        return dict(sorted(out.items()))

    @property
    def title_accuracy(self) -> float:
        total = sum(a.titles_total for a in self.articles)
        return sum(a.titles_ok for a in self.articles) / total if total else 1.0

    def attributes(self) -> PRF:
        t = PRF()
        for a in self.articles:
            t.add(a.attributes)
        return t

    def as_dict(self) -> dict:
        def prf(x: PRF) -> dict:
            return {
                "precision": round(x.precision, 4),
                "recall": round(x.recall, 4),
                "f1": round(x.f1, 4),
                "tp": x.tp,
                "fp": x.fp,
                "fn": x.fn,
            }

        return {
            "entities": prf(self.total("entities")),
            "entities_by_class": {k: prf(v) for k, v in self.by("entities").items()},
            "relations": prf(self.total("relations")),
            "relations_by_relation": {k: prf(v) for k, v in self.by("relations").items()},
            "attributes": prf(self.attributes()),
            "title_accuracy": round(self.title_accuracy, 4),
            "articles": [
                {
                    "name": a.name,
                    "entity_f1": round(a.total("entities").f1, 4),
                    "relation_f1": round(a.total("relations").f1, 4),
                    "titles": [a.titles_ok, a.titles_total],
                }
                for a in self.articles
            ],
        }

    def text(self, verbose: bool = False) -> str:
        lines = [f"entities   {self.total('entities').row()}"]
        lines += [f"  {k:<22} {v.row()}" for k, v in self.by("entities").items()]
        lines.append(f"relations  {self.total('relations').row()}")
        lines += [f"  {k:<22} {v.row()}" for k, v in self.by("relations").items()]
        t_ok = sum(a.titles_ok for a in self.articles)
        t_all = sum(a.titles_total for a in self.articles)
        lines.append(
            f"titles     {self.title_accuracy:.3f} ({t_ok}/{t_all} gold titles on the right person and organization)"
        )
        lines.append(f"attributes {self.attributes().row()}")
        lines.append("per article:")
        width = max((len(a.name) for a in self.articles), default=10)
        for a in self.articles:
            lines.append(
                f"  {a.name:<{width}}  entities F1 {a.total('entities').f1:.3f}"
                f"  relations F1 {a.total('relations').f1:.3f}  titles {a.titles_ok}/{a.titles_total}"
            )
            if verbose:
                lines += [f"      missed {x}" for x in a.missed]
                lines += [f"      extra  {x}" for x in a.extra]
        return "\n".join(lines)


def _names(e: dict) -> set[str]:
    return {normalize(n) for n in [e.get("label", ""), *(e.get("aliases") or [])] if n}


_ENVOY = re.compile(
    r"((?:deputy )?(?:high commissioner|ambassador|consul(?:[- ]general)?|chief of mission))"
    r"(?: of (?:the )?[^,]+?)?(?: (?:to|in) (?:the )?[^,]+)?"
)


def _envoy_title(title: str) -> str:
    """A head of mission's title (casefolded) without the sending country and the post, which name the mission
    ("ambassador of thailand to japan", "philippine ambassador to viet nam" and "ambassador" are one title).

    >>> _envoy_title("philippine ambassador to viet nam"), _envoy_title("deputy high commissioner of india in fiji")
    ('ambassador', 'deputy high commissioner')
    """
    first, _, rest = title.partition(" ")
    if rest and first in {d.casefold() for d in lexicon().demonyms}:
        title = rest
    m = _ENVOY.fullmatch(title)
    return m.group(1) if m else title


def _without_place(label: str) -> str:
    """``label`` without a closing ", COUNTRY" or ", CITY" that only says where the body is ("Ministry of
    Industries, Sri Lanka", "High Commission of India, Colombo"), normalized; "" when there is none.

    >>> _without_place("Ministry of Industries, Sri Lanka"), _without_place("Faculty of Law, Ateneo")
    ('ministry of industries', '')
    """
    name, comma, place = label.rpartition(", ")
    lex = lexicon()
    return normalize(name) if comma and (lex.countries.get(place) or place in lex.cities) else ""


def match_entities(pred: list[dict], gold: list[dict], onto: Ontology) -> dict[str, str]:
    """Map extracted entity ids to gold entity ids (see the module docstring)."""

    def top(e: dict) -> str:
        c = e.get("class", "")
        return onto.top_class(c) if c in onto.classes else c

    cands: list[tuple[float, int, int]] = []
    for i, p in enumerate(pred):
        pn, pl = _names(p), normalize(p.get("label", ""))
        for j, g in enumerate(gold):
            if top(p) != top(g):
                continue
            gl = normalize(g.get("label", ""))
            if pn & _names(g):
                score = 100.0 if pl == gl else 99.0
            elif (_without_place(g.get("label", "")) or None) in pn or (
                _without_place(p.get("label", "")) or None
            ) in _names(g):
                score = 98.0  # one side closes the name with where the body is, the other does not
            else:
                score = fuzz.ratio(pl, gl)
                if score < FUZZY and top(p) == "Program" and min(len(pl.split()), len(gl.split())) >= 3:
                    score = 90.0 if fuzz.token_set_ratio(pl, gl) >= 95 else score
                if score < FUZZY:
                    continue
            cands.append((-score, i, j))
    out: dict[str, str] = {}
    used: set[int] = set()
    for _s, i, j in sorted(cands):
        if pred[i]["id"] in out or j in used:
            continue
        out[pred[i]["id"]] = gold[j]["id"]
        used.add(j)
    return out


def score_article(name: str, pred: dict, gold: dict, onto: Ontology) -> ArticleScore:
    """Score one extracted draft (the JSON shape) against its gold answer."""
    sc = ArticleScore(name)
    pred, gold = _without_concepts(pred, onto), _without_concepts(gold, onto)
    mapping = match_entities(pred["entities"], gold["entities"], onto)

    def top(e: dict) -> str:
        c = e.get("class", "")
        return onto.top_class(c) if c in onto.classes else c

    matched_gold = set(mapping.values())
    for g in gold["entities"]:
        prf = sc.entities.setdefault(top(g), PRF())
        if g["id"] in matched_gold:
            prf.tp += 1
        else:
            prf.fn += 1
            sc.missed.append(f"entity {g['id']} ({g['class']})")
    for p in pred["entities"]:
        if p["id"] not in mapping:
            sc.entities.setdefault(top(p), PRF()).fp += 1
            sc.extra.append(f"entity {p['id']} ({p['class']})")

    def m(i: str) -> str:
        return mapping.get(i, f"?{i}")

    got = {(m(s["subject"]), s["relation"], m(s["object"])) for s in pred["statements"]}
    want = {(s["subject"], s["relation"], s["object"]) for s in gold["statements"]}
    for rel in sorted({r for _, r, _ in got | want}):
        g_r = {x for x in got if x[1] == rel}
        w_r = {x for x in want if x[1] == rel}
        sc.relations[rel] = PRF(len(g_r & w_r), len(g_r - w_r), len(w_r - g_r))
    sc.missed += [f"{s} {r} {o}" for s, r, o in sorted(want - got)]
    sc.extra += [f"{s} {r} {o}" for s, r, o in sorted(got - want)]

    gold_names = {e["id"]: [e["label"], *e.get("aliases", [])] for e in gold["entities"]}

    def titles(v: object, org: str) -> set[str]:
        vals = v if isinstance(v, list) else [v] if v else []
        out = set()
        for x in vals:
            t = str(x).casefold().strip()
            for name in gold_names.get(org, ()):  # "APO Director for Japan" of the APO = "Director for Japan"
                t = t.removeprefix(f"{name.casefold()} ")
                # "Deputy Minister of Industry and Technology" of that ministry = "Deputy Minister"
                remit = re.fullmatch(r"ministry (?:of|for) (.+)", name.casefold())
                if remit and re.search(r"\bminister\b", t):
                    t = re.sub(rf"(\bminister) (?:of|for) {re.escape(remit.group(1))}$", r"\1", t)
            out.add(_envoy_title(t))
        return out

    def same_titles(a: set[str], b: set[str]) -> bool:
        """Equal titles; "Director for Pakistan" of the APO also equals "Director" (the member economy a
        director stands for is written or left out), but not "Director for India"."""
        rest = set(b)
        for t in a:
            (tb, te) = _economy(t)
            u = next(
                (u for u in sorted(rest) if u == t or (_economy(u)[0] == tb and None in (te, _economy(u)[1]))), None
            )
            if u is None:
                return False
            rest.discard(u)
        return not rest

    pred_titles = {
        (m(s["subject"]), m(s["object"])): (s.get("title"), m(s["object"]))
        for s in pred["statements"]
        if s["relation"] == "represents"
    }
    for s in gold["statements"]:
        if s["relation"] == "represents" and s.get("title"):
            sc.titles_total += 1
            found = pred_titles.get((s["subject"], s["object"]))
            if found and same_titles(titles(found[0], s["object"]), titles(s["title"], s["object"])):
                sc.titles_ok += 1
            else:
                sc.missed.append(f"title {s['subject']} -> {s['object']}: {s['title']!r}")

    got_a = {(m(a["entity"]), a["property"], str(a["value"])) for a in pred.get("attributes", [])}
    want_a = {(a["entity"], a["property"], str(a["value"])) for a in gold.get("attributes", [])}
    sc.attributes = PRF(len(got_a & want_a), len(got_a - want_a), len(want_a - got_a))
    sc.missed += [f"attribute {e} {p} {v}" for e, p, v in sorted(want_a - got_a)]
    sc.extra += [f"attribute {e} {p} {v}" for e, p, v in sorted(got_a - want_a)]
    return sc


@cache
def _economies() -> frozenset[str]:
    """Country and economy names as written in titles, case-folded ("pakistan", "roc", "ir iran")."""
    return frozenset(n.casefold().removeprefix("the ") for n in lexicon().countries)


def _economy(title: str) -> tuple[str, str | None]:
    """A case-folded title and the economy it ends with: "director for the roc" -> ("director", "roc")."""
    m = re.fullmatch(r"(.+?) for (?:the )?(.+)", title)
    return (m.group(1), m.group(2)) if m and m.group(2) in _economies() else (title, None)


def _without_concepts(doc: dict, onto: Ontology) -> dict:
    """The draft or gold answer without concept entities and concept statements (topic, targets...), not scored."""
    concept_rels = {n for n, p in onto.relations.items() if p.range and all(r == CONCEPT_CLASS for r in p.range)}
    return {
        **doc,
        "entities": [e for e in doc["entities"] if e.get("class") != CONCEPT_CLASS],
        "statements": [s for s in doc["statements"] if s["relation"] not in concept_rels],
    }


def evaluate(gold_dir: Path, articles_dir: Path, extract: object, onto: Ontology) -> Report:
    """Extract every article that has a gold file (same stem) and score it.

    ``extract`` is a callable ``path -> dict`` in the JSON shape of ``kg extract --format json``.
    """
    gold_files = sorted(Path(gold_dir).glob("*.json"))
    if not gold_files:
        raise UsageError(f"no gold answers (*.json) in {gold_dir}")
    articles = {p.stem: p for p in sorted(Path(articles_dir).iterdir()) if p.is_file()}
    scores = []
    for g in gold_files:
        art = articles.get(g.stem)
        if art is None:
            raise UsageError(f"gold answer {g.name} has no article {g.stem}.* in {articles_dir}")
        gold = json.loads(g.read_text(encoding="utf-8"))
        pred = extract(art)  # type: ignore[operator]
        scores.append(score_article(g.stem, pred, gold, onto))
    return Report(scores)
