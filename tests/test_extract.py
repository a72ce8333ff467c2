"""`kg extract` / `kg eval-extract`: development-set targets, seed coverage, output shape, bad input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.cli import main
from kg.extract import Extractor, read_article
from kg.extract.evaluate import evaluate, match_entities

from conftest import draft_of, id_of, roles_of

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "extract"
SEED = ROOT.parent / "shared" / "seeds" / "000_586e6d756224607d.txt"
SEED_SOURCE = "apo-news-2018-09-25-sme-4ir-study-mission"


@pytest.fixture(scope="module")
def graph() -> kg.KnowledgeGraph:
    return kg.load(ROOT / "data")


@pytest.fixture(scope="module")
def report(extractor: Extractor, graph: kg.KnowledgeGraph):
    return evaluate(
        DEV / "gold", DEV / "articles", lambda p: extractor.draft(read_article(p)).as_dict(), graph.ontology
    )


# -- the development set (tests/extract/) ----------------------------------------------------
def test_dev_set_has_at_least_20_articles_with_gold() -> None:
    gold = sorted(p.stem for p in (DEV / "gold").glob("*.json"))
    articles = sorted(p.stem for p in (DEV / "articles").iterdir())
    assert len(gold) >= 20
    assert gold == articles


def test_dev_set_entity_f1_at_least_090(report) -> None:
    assert report.total("entities").f1 >= 0.90, report.text()


def test_dev_set_relation_f1_at_least_075(report) -> None:
    assert report.total("relations").f1 >= 0.75, report.text()


def test_dev_set_titles_on_the_right_person_at_least_090(report) -> None:
    assert report.title_accuracy >= 0.90, report.text()


# -- batch 2 (tests/extract/batch2/): items 27-36, written apart from the extractor ---------------
BATCH2 = DEV / "batch2"


@pytest.fixture(scope="module")
def all_items(tmp_path_factory: pytest.TempPathFactory, extractor: Extractor, graph: kg.KnowledgeGraph):
    """Items 01-36 scored together (development set + batch 2)."""
    root = tmp_path_factory.mktemp("all_items")
    for sub in ("gold", "articles"):
        (root / sub).mkdir()
        for d in (DEV, BATCH2):
            for f in (d / sub).iterdir():
                shutil.copy(f, root / sub / f.name)
    return evaluate(
        root / "gold", root / "articles", lambda p: extractor.draft(read_article(p)).as_dict(), graph.ontology
    )


def test_batch2_scores_do_not_regress(extractor: Extractor, graph: kg.KnowledgeGraph) -> None:
    """Floor under items 27-36 alone.

    On arrival, before any tuning, they scored relation F1 0.63 and titles 0.68; they have since been
    used to find general rules (entity F1 0.962, relation F1 0.855, titles 0.957), so they no longer
    measure unseen writing -- ``holdout/`` does. The floors sit a little below the tuned scores.
    """
    rep = evaluate(
        BATCH2 / "gold", BATCH2 / "articles", lambda p: extractor.draft(read_article(p)).as_dict(), graph.ontology
    )
    assert len(rep.articles) == 10
    assert rep.total("entities").f1 >= 0.95, rep.text()
    assert rep.total("relations").f1 >= 0.83, rep.text()
    assert rep.title_accuracy >= 0.93, rep.text()


BATCH3 = DEV / "batch3"


def test_batch3_scores_do_not_regress(extractor: Extractor, graph: kg.KnowledgeGraph) -> None:
    """Floor under items 37-46 alone (a fourth author, written while the extractor was being generalized).

    Scored once on arrival, before they were read: entity F1 0.866, relation F1 0.638 (precision 0.85,
    recall 0.51), titles 0.74. They were then used to find general rules (entity F1 0.946, relation F1
    0.812, titles 0.88), so they no longer measure unseen writing. The floors sit a little below.
    """
    rep = evaluate(
        BATCH3 / "gold", BATCH3 / "articles", lambda p: extractor.draft(read_article(p)).as_dict(), graph.ontology
    )
    assert len(rep.articles) == 10
    assert rep.total("entities").f1 >= 0.93, rep.text()
    assert rep.total("relations").f1 >= 0.79, rep.text()
    assert rep.total("relations").precision >= 0.88, rep.text()
    assert rep.title_accuracy >= 0.85, rep.text()


BATCHES_4_TO_94 = [DEV / f"batch{n}" for n in range(4, 95)]


def test_batches_4_to_94_scores_do_not_regress(extractor: Extractor, graph: kg.KnowledgeGraph) -> None:
    """Floors under items 47-750 (ninety-one more authors and styles: the APO news desk and house style, APO
    News and annual-report write-ups, NPO, ministry and host press offices and news pages, newsletters,
    university and incubator news, rapporteurs' project notes, event reports, mixed pages, regional
    newspapers, news agencies, chambers, translated releases, participants' reports, SME agencies and
    development banks, conference reports, magazine features, donors' and chambers' newsletters, ministries'
    delegation releases, wire items, first-person reports, city pages, NPO project pages, university and
    incubator news, newspapers' business pages, SME agencies' releases, government information offices,
    development partners' project stories, chambers' newsletters, NPOs' own news, the APO website in three
    periods, newspapers, West and South Asian bodies, study missions' hosts, the APO's Centers of Excellence,
    SME agencies and startup hubs, opening ceremonies' dignitaries, NPOs' house voice, governments' bilateral
    releases, university incubators and accelerators). Each was scored once on arrival
    (relation F1 0.756 / 0.508 / 0.648 / 0.760 / 0.716 / 0.819 / 0.763 / 0.772 / 0.547 / 0.771 / 0.587 / 0.778 / 0.720 /
    0.769 / 0.717 / 0.679 / 0.775 / 0.758 / 0.848 / 0.788 / 0.823 / 0.728 / 0.828 / 0.784 / 0.794 / 0.637 /
    0.841 / 0.702 / 0.756 / 0.605 / 0.762 / 0.730 / 0.790 / 0.781 / 0.774 / 0.773 / 0.620 / 0.781 / 0.739 /
    0.611 / 0.723 / 0.885 / 0.629 / 0.726 / 0.657 / 0.855 / 0.703 / 0.730 / 0.780 / 0.774 / 0.684 / 0.868 /
    0.640 / 0.806 / 0.756 / 0.611 / 0.793 / 0.797 / 0.754 / 0.724 / 0.702 / 0.823 / 0.672 / 0.900 / 0.637 / 0.680 / 0.606 /
    0.590 / 0.549 / 0.517 / 0.798 / 0.832 / 0.830 / 0.749 / 0.700 / 0.856 / 0.792 / 0.802 / 0.720 / 0.867 / 0.780 /
    0.818 / 0.800 / 0.798 / 0.688 / 0.556 / 0.580 / 0.777 / 0.641 / 0.463 / 0.631) and then used to
    find general rules, so those are training data now; the
    floors sit a little below the tuned scores (see tests/extract/README.md)."""
    floors = {  # entity F1, relation F1, titles
        "batch4": (0.95, 0.88, 0.91),
        "batch5": (0.93, 0.66, 0.95),
        "batch6": (0.95, 0.83, 0.89),
        "batch7": (0.96, 0.87, 0.94),
        "batch8": (0.95, 0.85, 0.91),
        "batch9": (0.96, 0.89, 0.95),
        "batch10": (0.94, 0.84, 0.89),
        "batch11": (0.95, 0.87, 0.91),
        "batch12": (0.91, 0.79, 0.95),
        "batch13": (0.95, 0.86, 0.91),
        "batch14": (0.92, 0.76, 0.87),
        "batch15": (0.95, 0.87, 0.83),
        "batch16": (0.91, 0.76, 0.93),
        "batch17": (0.95, 0.82, 0.93),
        "batch18": (0.96, 0.89, 0.89),
        "batch19": (0.95, 0.83, 0.95),
        "batch20": (0.94, 0.85, 0.93),
        "batch21": (0.94, 0.81, 0.94),
        "batch22": (0.96, 0.87, 0.95),
        "batch23": (0.95, 0.87, 0.95),
        "batch24": (0.95, 0.83, 0.94),
        "batch25": (0.94, 0.80, 0.91),
        "batch26": (0.97, 0.89, 0.93),
        "batch27": (0.94, 0.82, 0.97),
        "batch28": (0.95, 0.85, 0.88),
        "batch29": (0.93, 0.77, 0.93),
        "batch30": (0.97, 0.88, 0.95),
        "batch31": (0.93, 0.69, 0.84),
        "batch32": (0.91, 0.77, 0.90),
        "batch33": (0.92, 0.69, 0.91),
        "batch34": (0.92, 0.73, 0.88),  # two found delegation visits labelled unlike the gold count as missed
        "batch35": (0.93, 0.80, 0.88),
        "batch36": (0.96, 0.85, 0.95),
        "batch37": (0.95, 0.83, 0.88),
        "batch38": (0.93, 0.81, 0.95),
        "batch39": (0.93, 0.80, 0.92),
        "batch40": (0.93, 0.74, 0.90),  # family names first in capitals ("Mr. OKADA Yoshinori")
        "batch41": (0.93, 0.79, 0.85),
        "batch42": (0.91, 0.74, 0.88),
        "batch43": (0.90, 0.62, 0.86),  # programs named only by description (a chamber's "tour of Korea")
        "batch44": (0.93, 0.72, 0.87),
        "batch45": (0.95, 0.88, 0.95),
        "batch46": (0.86, 0.64, 0.77),
        "batch47": (0.93, 0.73, 0.85),
        "batch48": (0.91, 0.65, 0.75),
        "batch49": (0.95, 0.84, 0.84),
        "batch50": (0.90, 0.69, 0.80),
        "batch51": (0.91, 0.72, 0.91),
        "batch52": (0.91, 0.77, 0.80),
        "batch53": (0.95, 0.77, 0.89),
        "batch54": (0.91, 0.68, 0.84),
        "batch55": (0.94, 0.86, 0.84),
        "batch56": (0.89, 0.64, 0.70),
        "batch57": (0.96, 0.79, 0.89),
        "batch58": (0.93, 0.73, 0.80),
        "batch59": (0.90, 0.60, 0.84),
        "batch60": (0.94, 0.78, 0.83),
        "batch61": (0.93, 0.79, 0.83),
        "batch62": (0.93, 0.75, 0.84),
        "batch63": (0.94, 0.73, 0.82),
        "batch64": (0.89, 0.70, 0.90),
        "batch65": (0.92, 0.81, 0.88),
        "batch66": (0.88, 0.66, 0.78),
        "batch67": (0.94, 0.88, 0.92),
        "batch68": (0.90, 0.61, 0.85),
        "batch69": (0.88, 0.66, 0.80),
        "batch70": (0.83, 0.58, 0.80),
        "batch71": (0.83, 0.59, 0.64),  # government releases: provincial ministers, long official titles
        "batch72": (0.86, 0.60, 0.82),  # development partners' stories: people named only in the story's narrative
        "batch73": (0.84, 0.52, 0.82),  # chambers: committees of a chamber, consulates
        "batch74": (0.92, 0.78, 0.90),
        "batch75": (0.90, 0.82, 0.83),
        "batch76": (0.93, 0.82, 0.92),
        "batch77": (0.91, 0.74, 0.82),
        "batch78": (0.87, 0.69, 0.78),  # government releases
        "batch79": (0.95, 0.83, 0.96),
        "batch80": (0.93, 0.78, 0.89),
        "batch81": (0.93, 0.79, 0.90),
        "batch82": (0.90, 0.70, 0.81),
        "batch83": (0.95, 0.88, 0.92),
        "batch84": (0.94, 0.79, 0.95),
        "batch85": (0.96, 0.81, 0.91),
        "batch86": (0.93, 0.79, 0.93),
        "batch87": (0.96, 0.78, 0.88),
        "batch88": (0.90, 0.68, 0.64),  # newspapers: lower-case titles, people introduced by quotes
        "batch89": (0.88, 0.55, 0.81),  # Centers of Excellence classed as bodies; events named by description
        "batch90": (0.87, 0.57, 0.80),  # SME agencies: long names joined by 'and'
        "batch91": (0.95, 0.79, 0.92),
        "batch92": (0.91, 0.68, 0.90),
        "batch93": (0.86, 0.53, 0.79),  # governments' releases: unnamed visits, missions named by the post
        "batch94": (0.93, 0.65, 0.94),
    }
    for folder in BATCHES_4_TO_94:
        rep = evaluate(
            folder / "gold", folder / "articles", lambda p: extractor.draft(read_article(p)).as_dict(), graph.ontology
        )
        ent, rel, titles = floors[folder.name]
        assert len(rep.articles) == (6 if int(folder.name.removeprefix("batch")) >= 83 else 8)  # rounds 16-17: six
        assert rep.total("entities").f1 >= ent, rep.text()
        assert rep.total("relations").f1 >= rel, rep.text()
        assert rep.title_accuracy >= titles, rep.text()


def test_items_01_to_36_meet_the_issue_targets(all_items) -> None:
    """The issue's targets over all 36 items, with relation precision kept at 0.88 or more; the F1 and
    title floors sit just under the current scores (relation F1 0.899, titles 0.936)."""
    assert len(all_items.articles) == 36
    assert all_items.total("entities").f1 >= 0.90, all_items.text()
    assert all_items.total("relations").f1 >= 0.88, all_items.text()
    assert all_items.total("relations").precision >= 0.88, all_items.text()
    assert all_items.title_accuracy >= 0.92, all_items.text()


def test_every_dev_article_yields_a_draft_that_loads(
    extractor: Extractor, graph: kg.KnowledgeGraph, tmp_path: Path
) -> None:
    """Each draft, put next to the curated data as-is, passes the loader (domain/range, ids, review keys)."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    for p in sorted((DEV / "articles").iterdir()):
        d = extractor.draft(read_article(p), source_id=f"draft-{p.stem.replace('_', '-')}")
        # drafts of different articles may propose the same new id; keep each in its own run
        (data / "sources" / "draft.yaml").write_text(d.to_yaml(p.name), encoding="utf-8")
        loaded = kg.load(data)
        assert f"draft-{p.stem.replace('_', '-')}" in loaded.records.sources


def test_abbreviation_collision_does_not_merge(extractor: Extractor) -> None:
    """ "Asia Pacific Orchestra (APO)" is a new entity, never the Asian Productivity Organization."""
    d = extractor.draft(read_article(DEV / "articles" / "06_conference_inclusive_growth_srilanka.txt")).as_dict()
    by_label = {e["label"]: e for e in d["entities"]}
    assert by_label["Asia Pacific Orchestra"]["new"] is True
    assert by_label["Asia Pacific Orchestra"]["id"] != "apo"
    assert by_label["Asian Productivity Organization"]["id"] == "apo"


def test_kpc_case_titles_and_units(extractor: Extractor) -> None:
    d = extractor.draft(read_article(DEV / "articles" / "01_osm_smart_manufacturing_japan.txt")).as_dict()
    st = {(s["subject"], s["relation"], s["object"]): s for s in d["statements"]}
    assert st[("nalinee-charoenwong", "represents", "apo-industry-department")]["title"] == "Program Officer"
    assert ("nalinee-charoenwong", "represents", "apo") in st
    assert ("apo-industry-department", "partOf", "apo-secretariat") in st
    assert ("apo-secretariat", "partOf", "apo") in st
    osm = "observational-study-mission-on-smart-manufacturing-for-smes"
    attrs = {(a["entity"], a["property"]): a["value"] for a in d["attributes"]}
    assert attrs == {
        (osm, "startDate"): "2019-06-10",
        (osm, "endDate"): "2019-06-14",
        (osm, "participantCount"): 18,
        (osm, "countryCount"): 13,
    }


# -- output shape and determinism ---------------------------------------------------------------
def test_json_shape(extractor: Extractor) -> None:
    d = extractor.draft(read_article(DEV / "articles" / "02_workshop_msme_finance_nepal.txt")).as_dict()
    assert list(d) == ["source", "entities", "statements", "attributes"]
    assert {"id", "title", "date", "publisher"} <= set(d["source"])
    ids = {e["id"] for e in d["entities"]}
    for e in d["entities"]:
        assert set(e) == {"id", "label", "class", "aliases", "new"}
    for s in d["statements"]:
        assert (
            {"subject", "relation", "object", "evidence", "confidence"}
            <= set(s)
            <= {
                "subject",
                "relation",
                "object",
                "evidence",
                "confidence",
                "title",
            }
        )
        assert set(s["evidence"]) == {"paragraph", "start", "end"}
        assert s["subject"] in ids and s["object"] in ids
    for a in d["attributes"]:
        assert set(a) == {"entity", "property", "value", "evidence", "confidence"}


def test_evidence_spans_point_into_the_cleaned_text(extractor: Extractor) -> None:
    art = read_article(DEV / "articles" / "02_workshop_msme_finance_nepal.txt")
    d = extractor.draft(art).as_dict()
    text = art.text
    st = next(s for s in d["statements"] if s["relation"] == "inauguratedBy")
    ev = st["evidence"]
    assert "inaugurated by Bishnu Prasad Adhikari" in text[ev["start"] : ev["end"]]
    assert art.paragraphs[ev["paragraph"] - 1] in text
    assert text[ev["start"] : ev["end"]] in art.paragraphs[ev["paragraph"] - 1]


def test_cli_json_equals_library_and_is_deterministic(tmp_path: Path) -> None:
    art = str(DEV / "articles" / "04_startup_challenge_malaysia.html")
    runner = CliRunner()
    a = runner.invoke(main, ["extract", art, "--format", "json"])
    b = runner.invoke(main, ["extract", art, "--format", "json"])
    assert a.exit_code == 0, a.output
    assert a.output == b.output
    assert json.loads(a.output)["source"]["title"] == "Young founders pitch productivity solutions in Kuala Lumpur"
    out1, out2 = tmp_path / "1.yaml", tmp_path / "2.yaml"
    runner.invoke(main, ["extract", art, "-o", str(out1), "--source-id", "x-1"])
    runner.invoke(main, ["extract", art, "-o", str(out2), "--source-id", "x-1"])
    assert out1.read_bytes() == out2.read_bytes()
    assert yaml.safe_load(out1.read_text())["source"]["id"] == "x-1"


def test_cli_stdin() -> None:
    text = (DEV / "articles" / "22_workshop_sme_policy_lao.txt").read_bytes()
    r = CliRunner().invoke(main, ["extract", "-", "--format", "json"], input=text)
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["source"]["date"] == "2018-06-23"


def test_cli_batch_with_a_failure(tmp_path: Path) -> None:
    src = tmp_path / "news"
    src.mkdir()
    shutil.copy(DEV / "articles" / "01_osm_smart_manufacturing_japan.txt", src)
    shutil.copy(DEV / "articles" / "13_workshop_green_productivity_vietnam.md", src)
    (src / "broken.txt").write_bytes(b"")
    out = tmp_path / "drafts"
    r = CliRunner().invoke(main, ["extract", str(src), "--out-dir", str(out)])
    assert r.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "01_osm_smart_manufacturing_japan.yaml",
        "13_workshop_green_productivity_vietnam.yaml",
    ]
    assert "broken.txt: the file is empty" in r.output


def test_cli_diff_marks_known_statements(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["extract", str(DEV / "articles" / "05_delegation_mongolia_korea.txt"), "--diff"])
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert all(line[:2] in ("+ ", "= ") for line in lines)
    assert any(line.startswith("+ ") for line in lines)


def test_eval_extract_cli_prints_scores() -> None:
    r = CliRunner().invoke(
        main, ["eval-extract", "--gold", str(DEV / "gold"), "--articles", str(DEV / "articles"), "--json"]
    )
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["entities"]["f1"] >= 0.90
    assert len(out["articles"]) == len(list((DEV / "gold").glob("*.json")))


# -- bad input ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"   \n\n", "the file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        ("latin1.txt", "Caf\u00e9 news\n\n1 Jan 2020\n\nThe APO met.".encode("latin-1"), "not UTF-8"),
        ("big.txt", b"a" * (5 * 1024 * 1024 + 1), "over the 5 MB limit"),
    ],
)
def test_bad_input_one_message_exit_1_no_output(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    out = tmp_path / "draft.yaml"
    r = CliRunner().invoke(main, ["extract", str(p), "-o", str(out)])
    assert r.exit_code == 1
    assert message in r.output
    assert "Traceback" not in r.output
    assert not out.exists()


def test_text_without_entities_gives_an_empty_draft_with_a_note(tmp_path: Path) -> None:
    p = tmp_path / "plain.txt"
    p.write_text("Notice\n\n3 Mar 2021\n\nthe office will be closed on friday for cleaning.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["extract", str(p)])
    assert r.exit_code == 0, r.output
    assert "# NOTE: no recognizable entity" in r.output
    doc = yaml.safe_load(r.output)
    assert doc["entities"] == [] and doc["statements"] == []


def test_the_draft_names_the_people_it_found_no_organization_for(tmp_path: Path) -> None:
    p = tmp_path / "item.txt"
    p.write_text(
        "Course opens\n\n12 May 2024\n\nThe Workshop on Lean was held in Suva. Ms. Ana Cruz opened it, and "
        "Mr. Ravi Das, Director, Fiji Trade Council, and Ms. Mere Tui spoke.\n",
        encoding="utf-8",
    )
    r = CliRunner().invoke(main, ["extract", str(p)])
    assert r.exit_code == 0, r.output
    note = next(line for line in r.output.splitlines() if line.startswith("# NOTE: no organization found"))
    assert note.startswith("# NOTE: no organization found for 2 people: Ana Cruz; Mere Tui (")
    assert "Ravi Das" not in note  # he has his body


# -- the seed article ----------------------------------------------------------------------------
@pytest.mark.skipif(not SEED.exists(), reason=f"seed article not present at {SEED}")
def test_seed_coverage_of_curated_statements(extractor: Extractor, graph: kg.KnowledgeGraph) -> None:
    """Covered = the curated statement's (subject, relation, object) is in the draft, after mapping each
    accepted `new` entity to the registry entity with the same label or alias (same top-level class).

    Every curated statement of the seed source counts (concept relations included). The issue's target
    is 0.90; the extractor reaches 91 of 101.
    """
    d = extractor.draft(read_article(SEED)).as_dict()
    registry = [
        {"id": e.id, "label": e.label, "class": e.cls, "aliases": list(e.aliases)}
        for e in graph.records.entities.values()
        if e.cls in graph.ontology.classes
    ]
    mapping = match_entities([e for e in d["entities"] if e["new"]], registry, graph.ontology)
    got = {
        (mapping.get(s["subject"], s["subject"]), s["relation"], mapping.get(s["object"], s["object"]))
        for s in d["statements"]
    }
    curated = [(s.subject, s.relation, s.object) for s in graph.records.statements if s.source == SEED_SOURCE]
    covered = [c for c in curated if c in got]
    assert len(curated) == 101
    assert len(covered) / len(curated) >= 0.90
    assert ("osm-sme-development-2018", "inauguratedBy", "taiho-kang") in got
    assert ("hank-ching-yao-huang", "represents", "nctu-ece") in got
    # concepts, the activity record, predecessors, sub-events
    assert {
        ("gccei", "ownership", "government-owned"),
        ("d-camp", "ownership", "privately-run"),
        ("sbc", "offers", "technical-assistance"),
        ("osm-sme-development-2018", "topic", "fourth-industrial-revolution"),
        ("apo", "organized", "apo-sme-workshops"),
        ("apo-sme-study-missions", "heldIn", "lka"),
        ("mss", "succeeds", "kor-former-sme-authority"),
        ("osm-sme-development-2018", "attended", "asean-korea-startup-week-seminars"),
        ("k-startup-grand-challenge", "runBy", "kor-government"),
    } <= got


def _statements(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    d = extractor.draft(read_article(text.encode(), "news.txt")).as_dict()
    return {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}


def test_activity_record_and_concepts_without_the_seed(extractor: Extractor) -> None:
    """Written for this test: an organization's record of activities, services and ownership pairs."""
    got = _statements(
        extractor,
        "Title\n\n2 May 2021\n\nThe Japan Productivity Center (JPC) organized a workshop on SME Policy in Tokyo, "
        "10-12 May 2021. Participants visited government-owned and privately run incubators and accelerators, "
        "the Tokyo Startup Hub and Zen Accelerator Lab. The JPC has been organizing activities focusing on SMEs, "
        "including workshops in Nepal, Fiji and Mongolia as well as study missions in Thailand and Malaysia.",
    )
    assert {
        ("workshop-on-sme-policy", "topic", "sme-policy"),
        ("tokyo-startup-hub", "ownership", "government-owned"),
        ("tokyo-startup-hub", "offers", "incubation"),
        ("zen-accelerator-lab", "ownership", "privately-run"),
        ("zen-accelerator-lab", "offers", "acceleration"),
        ("zen-accelerator-lab", "targets", "startups"),
        ("japan-productivity-center", "organized", "jpc-workshops-on-smes"),
        ("jpc-workshops-on-smes", "heldIn", "npl"),
        ("jpc-workshops-on-smes", "heldIn", "mng"),
        ("japan-productivity-center", "organized", "jpc-study-missions-on-smes"),
        ("jpc-study-missions-on-smes", "heldIn", "mys"),
        ("japan-productivity-center", "targets", "smes"),
        ("japan-productivity-center", "basedIn", "jpn"),
    } <= got
    assert ("jpc-workshops-on-smes", "heldIn", "tha") not in got


def test_unnamed_visit_owned_program_and_members(extractor: Extractor) -> None:
    """Written for this test: a study visit the text does not name becomes the program in focus; the
    owner's program it runs under; members in an apposition; sites after 'toured'; no visit to the APO."""
    got = _statements(
        extractor,
        "Title\n\n9 Jun 2021\n\nA delegation of ten officials from Nepal's Ministry of Industry, Commerce and "
        "Supplies (MOICS) made a study visit to Thailand, 1-4 June 2021, under the APO's bilateral cooperation "
        "program. The visit was hosted by the Foundation for Thailand Productivity Institute (FTPI).\n\n"
        "The delegation was led by MOICS Joint Secretary Ram Prasad Koirala. The delegates toured Siam Ceramics, "
        "a tile maker, and Chao Phraya Foods, a snack producer.\n\nNepal, an APO member country, plans a similar scheme.",
    )
    visit = "moics-delegation-study-visit-to-thailand"
    assert {
        ("foundation-for-thailand-productivity-institute", "organized", visit),
        (visit, "heldIn", "tha"),
        (visit, "participantFrom", "npl"),
        (visit, "partOf", "apo-bilateral-cooperation-program"),
        ("apo-bilateral-cooperation-program", "runBy", "apo"),
        ("ministry-of-industry-commerce-and-supplies", "attended", visit),
        ("ram-prasad-koirala", "attended", visit),
        (visit, "visited", "siam-ceramics"),
        (visit, "visited", "chao-phraya-foods"),
        ("npl", "memberOf", "apo"),
    } <= got
    assert (visit, "visited", "apo") not in got and ("apo", "attended", visit) not in got


def test_challenge_parts_winners_governments_and_member_lists(extractor: Extractor) -> None:
    """Written for this test: a named challenge with a year, an unnamed part run by an accelerator,
    'the Indonesian government', 'APO member countries such as ...', a winner 'of Country', a predecessor."""
    got = _statements(
        extractor,
        "Title\n\n3 Mar 2022\n\nThe Vietnam Startup Challenge 2022 was held in Hanoi on 1 March 2022 and organized "
        "by the Vietnam Productivity Institute (VNPI). The ten finalists spent two weeks in an intensive mentoring "
        "program run by Lotus Ventures, a Hanoi-based accelerator. The Indonesian government sent observers. "
        "APO member countries such as Cambodia, Lao PDR, and Myanmar took part. First prize went to Rice Tech of "
        "Viet Nam. In 2017 the Ministry of SMEs and Startups (MSS) replaced the former SME agency.",
    )
    ch, part = "vietnam-startup-challenge-2022", "vietnam-startup-challenge-2022-mentoring-program"
    assert {
        ("vietnam-productivity-institute", "organized", ch),
        (ch, "heldIn", "hanoi"),
        (part, "partOf", ch),
        (part, "runBy", "lotus-ventures"),
        ("government-of-indonesia", "basedIn", "idn"),
        ("khm", "memberOf", "apo"),
        ("lao", "memberOf", "apo"),
        ("mmr", "memberOf", "apo"),
        ("rice-tech", "attended", ch),
        ("rice-tech", "basedIn", "vnm"),
        ("mss", "succeeds", "former-sme-agency"),
    } <= got


# -- general phrasings (sentences written for these tests, not taken from any item) -----------------
_HEAD = "The APO organized the Workshop on Food Safety in Colombo, Sri Lanka, 4-6 April 2023. "
_WS = "workshop-on-food-safety"


def _rel(extractor: Extractor, text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for s, r, o in _statements(extractor, "Title\n\n2 May 2023\n\n" + text) if r == relation}


def _titles(extractor: Extractor, text: str) -> dict[tuple[str, str], object]:
    d = extractor.draft(read_article(("Title\n\n2 May 2023\n\n" + text).encode(), "news.txt")).as_dict()
    return {(s["subject"], s["object"]): s.get("title") for s in d["statements"] if s["relation"] == "represents"}


@pytest.mark.parametrize(
    "text",
    [
        "Participants toured Lanka Spice Mills and Ceylon Dairy Foods.",
        "Field trips took participants to Lanka Spice Mills in Galle and Ceylon Dairy Foods in Kandy.",
        "The itinerary included Lanka Spice Mills and Ceylon Dairy Foods.",
        "Participants visited the following companies:\n- Lanka Spice Mills\n- Ceylon Dairy Foods",
        "At Lanka Spice Mills, participants observed pepper grading, and at Ceylon Dairy Foods they saw a new line.",
    ],
)
def test_visited_phrasings(extractor: Extractor, text: str) -> None:
    """Sites after 'toured', 'took participants to', 'itinerary included', a list after ':', 'At ORG, they ...'."""
    assert _rel(extractor, _HEAD + text, "visited") == {(_WS, "lanka-spice-mills"), (_WS, "ceylon-dairy-foods")}


def test_visited_skips_the_owner_of_a_site(extractor: Extractor) -> None:
    got = _rel(extractor, _HEAD + "Participants visited the Tea Board's Ceylon Tea Testing Centre.", "visited")
    assert got == {(_WS, "ceylon-tea-testing-centre")}


@pytest.mark.parametrize(
    ("text", "program", "org"),
    [
        (
            "Participants studied the Green Factory Initiative, operated by the Ministry of Industry (MOI).",
            "green-factory-initiative",
            "ministry-of-industry",
        ),
        (
            "Participants learned about the SME Automation Matching Grant, a nationwide scheme run by the Ceylon "
            "Productivity Centre.",
            "sme-automation-matching-grant",
            "ceylon-productivity-centre",
        ),
        (
            "Under the Green Productivity Initiative of the APO, the workshop trained 30 advisers.",
            "green-productivity-initiative",
            "apo",
        ),
        (
            "The Ceylon Productivity Centre runs the Lean Coaching Program, which has trained 400 advisers.",
            "lean-coaching-program",
            "ceylon-productivity-centre",
        ),
    ],
)
def test_run_by_phrasings(extractor: Extractor, text: str, program: str, org: str) -> None:
    assert _rel(extractor, _HEAD + text, "runBy") == {(program, org)}


def test_implemented_by_after_another_program_is_not_an_organizer(extractor: Extractor) -> None:
    text = _HEAD + "The workshop is part of the SME Digital Program implemented by the Ceylon Productivity Centre."
    assert _rel(extractor, text, "runBy") == {("sme-digital-program", "ceylon-productivity-centre")}
    assert _rel(extractor, text, "organized") == {("apo", _WS)}


@pytest.mark.parametrize(
    "text",
    [
        "The workshop was attended by officials from the Ministry of Industries and the Sri Lanka Export Board.",
        "Representatives of the Ministry of Industries and the Sri Lanka Export Board joined the workshop.",
        "Twenty advisers attended, drawn from the Ministry of Industries and the Sri Lanka Export Board.",
    ],
)
def test_attended_phrasings(extractor: Extractor, text: str) -> None:
    assert _rel(extractor, _HEAD + text, "attended") == {
        ("ministry-of-industries", _WS),
        ("sri-lanka-export-board", _WS),
    }


def test_attended_by_a_quoted_participant(extractor: Extractor) -> None:
    text = _HEAD + '"It was worth it," said Nimal Perera, a consultant from Fiji who took part in the workshop.'
    assert _rel(extractor, text, "attended") == {("nimal-perera", _WS)}
    assert ("nimal-perera", "fji") in _rel(extractor, text, "basedIn")


def test_participants_named_by_demonyms(extractor: Extractor) -> None:
    text = _HEAD + "Participants included Nepali, Bhutanese and Sri Lankan officials."
    assert _rel(extractor, text, "participantFrom") == {(_WS, "npl"), (_WS, "btn"), (_WS, "lka")}


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("KANDY, 6 April 2023 – The APO Workshop on Food Safety ended today after three days of sessions.", "kandy"),
        (
            "The APO Workshop on Food Safety was held at the Hilltop Convention Centre in Galle, 4-6 April 2023.",
            "galle",
        ),
        ("The APO Workshop on Food Safety took place at the Lanka Food Institute, Jaffna, 4-6 April 2023.", "jaffna"),
    ],
)
def test_venue_city(extractor: Extractor, text: str, city: str) -> None:
    """A dateline city, 'at VENUE in CITY', 'at VENUE, CITY'."""
    assert _rel(extractor, text, "heldIn") == {(_WS, city)}


def test_person_and_firm_placed_by_the_country_after_the_role(extractor: Extractor) -> None:
    """The convention of the seed and the gold: "PERSON, TITLE, ORG, COUNTRY" and "ORG (COUNTRY)" place both."""
    text = _HEAD + (
        "The speakers were Priya Nair, Founder and CEO, GreenLedger Pvt. Ltd., India; Kenji Ito, Senior "
        "Researcher, Japan Finance Institute (Japan); and Ana Cruz (Philippines), Partner, Luzon Advisory."
    )
    assert _rel(extractor, text, "basedIn") == {
        ("priya-nair", "ind"),
        ("greenledger-pvt-ltd", "ind"),
        ("kenji-ito", "jpn"),
        ("japan-finance-institute", "jpn"),
        ("ana-cruz", "phl"),
        ("luzon-advisory", "phl"),
    }
    assert _rel(extractor, text, "conductedBy") == {(_WS, "priya-nair"), (_WS, "kenji-ito"), (_WS, "ana-cruz")}


def test_titles_in_speaker_and_panel_lists(extractor: Extractor) -> None:
    text = _HEAD + (
        "Panelists included Maria Santos, Vice President of Luzon Green Bank; Ahmad Rahimi, Director, Iran "
        "Small Industries Organization; and Lee Min-ho, Team Leader, Korea Credit Guarantee Fund. The panel was "
        "moderated by Dr. Anil Kumar, Head of SME Banking Products, Kestrel Digital Bank, and Kenji Ito of the "
        "Japan Finance Institute and Priya Nair, Founder and CEO, GreenLedger Pvt. Ltd. (India). Luzon Green Bank's "
        "Chief Economist Rosa Lim closed the session. Program Officer Aya Mori of the Japan Finance Institute "
        "briefed the panel."
    )
    assert _titles(extractor, text) == {
        ("maria-santos", "luzon-green-bank"): "Vice President",
        ("ahmad-rahimi", "iran-small-industries-organization"): "Director",
        ("lee-min-ho", "korea-credit-guarantee-fund"): "Team Leader",
        ("anil-kumar", "kestrel-digital-bank"): "Head of SME Banking Products",
        ("kenji-ito", "japan-finance-institute"): None,
        ("priya-nair", "greenledger-pvt-ltd"): ["Founder", "CEO"],
        ("rosa-lim", "luzon-green-bank"): "Chief Economist",
        ("aya-mori", "japan-finance-institute"): "Program Officer",
    }
    assert {o for _, o in _rel(extractor, text, "conductedBy")} >= {
        "maria-santos",
        "ahmad-rahimi",
        "lee-min-ho",
        "anil-kumar",
        "kenji-ito",
        "priya-nair",
    }


def test_title_with_a_scope_before_the_name(extractor: Extractor) -> None:
    """ "ORG TITLE for/of SCOPE PERSON": the scope belongs to the title."""
    text = (
        "The APO and the Netherlands Enterprise Agency (RVO) organized the Workshop on Food Safety in Colombo, "
        "Sri Lanka, 4-6 April 2023. RVO Deputy Director for International Affairs Maartje van Leeuwen opened the "
        "workshop. RVO Director of Training Sunil Perera welcomed the participants."
    )
    assert _titles(extractor, text) == {
        ("maartje-van-leeuwen", "netherlands-enterprise-agency"): "Deputy Director for International Affairs",
        ("sunil-perera", "netherlands-enterprise-agency"): "Director of Training",
    }
    assert _rel(extractor, text, "inauguratedBy") == {(_WS, "maartje-van-leeuwen")}


def test_lower_caseroles_of(extractor: Extractor) -> None:
    """ "ORG partner NAME"; "NAME, a growth coach from COUNTRY" (a person, placed in the country)."""
    text = (
        _HEAD
        + "Lotus Ventures partner Omar Farooq Siddiqui and Nadia Rahimi, a growth coach from Malaysia, mentored the teams."
    )
    assert _titles(extractor, text) == {("omar-farooq-siddiqui", "lotus-ventures"): "Partner"}
    assert _rel(extractor, text, "conductedBy") == {(_WS, "omar-farooq-siddiqui"), (_WS, "nadia-rahimi")}
    assert ("nadia-rahimi", "mys") in _rel(extractor, text, "basedIn")


def test_lower_case_founder_of_a_described_firm(extractor: Extractor) -> None:
    text = _HEAD + (
        "The panelists were Hasan Mahmud, founder of the Dhaka-based delivery startup ParcelKoi, and Rina Das, "
        "Head of SME Banking, BRAC Bank."
    )
    assert _titles(extractor, text) == {
        ("hasan-mahmud", "parcelkoi"): "Founder",
        ("rina-das", "brac-bank"): "Head of SME Banking",
    }


# -- patterns found on batches 4-6, each in sentences written for the test ----------------------------
def test_titles_with_a_remit_a_field_an_owner_and_a_second_role(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Quality was held in Colombo, Sri Lanka, 5-8 May 2024, by the National Iranian Productivity "
        "Organization (NIPO).\n\nProf. Lena Ortiz, Vice President for Research and Innovation, Pacific Coast "
        "University, Fiji, and Dr. Omar Haddad, Director (Policy), Harbor Lean Institute, spoke. Maryam Karimi, "
        "NIPO's Deputy for Productivity Promotion, who is also the APO Liaison Officer for IR Iran, welcomed them. "
        "Associate Professor Rizal Ahmad, Universiti Malaya, and Mr. Tomas Reyes, a counselor from the Harbor Lean "
        "Institute, also presented.",
    )
    got = roles_of(d)
    assert ("lena-ortiz", "pacific-coast-university", "Vice President for Research and Innovation") in got
    assert ("omar-haddad", "harbor-lean-institute", "Director (Policy)") in got
    assert ("maryam-karimi", "national-iranian-productivity-organization", "Deputy for Productivity Promotion") in got
    assert ("maryam-karimi", "apo", "Liaison Officer for IR Iran") in got  # the economy is part of an APO role
    assert ("rizal-ahmad", "universiti-malaya", "Associate Professor") in got
    assert ("tomas-reyes", "harbor-lean-institute", "Counselor") in got


def test_title_of_org_before_a_name_with_or_without_a_comma(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Quality was held in Colombo, Sri Lanka, 5-8 May 2024.\n\n"
        "Minister of Industries Hon. Ramesh Wickrama opened the workshop. The Minister of Investment, Trade and "
        "Industry, Dato' Seri Aziz bin Omar, spoke next, and Officer-in-Charge Carla Dizon of the Harbor Lean "
        "Institute moderated.",
    )
    got = roles_of(d)
    assert ("ramesh-wickrama", "ministry-of-industries", "Minister") in got
    assert ("aziz-bin-omar", "ministry-of-investment-trade-and-industry", "Minister") in got
    assert ("carla-dizon", "harbor-lean-institute", "Officer-in-Charge") in got
    classes = {e["id"]: e["class"] for e in d["entities"]}
    assert classes["ministry-of-industries"] == "Ministry"


def test_organizations_named_together_and_their_hierarchy(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Export Readiness was organized by the APO in partnership with the Small Business Bureau "
        "(SBB) of the Ministry of Trade Affairs (MTA) in Hanoi, Vietnam, 5-8 May 2024. The Harbor Development "
        "Academy (HDA), through its Productivity Center (HPC), hosted the sessions.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("small-business-bureau", "partOf", "ministry-of-trade-affairs") in got
    assert ("productivity-center", "partOf", "harbor-development-academy") in got
    assert ("small-business-bureau", "organized", "workshop-on-export-readiness") in got
    assert ("ministry-of-trade-affairs", "organized", "workshop-on-export-readiness") not in got


def test_participants_quoted_visits_in_a_city_and_a_filing_date(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "HANOI, 12 May 2024 – The Workshop on Export Readiness closed today. The workshop, held on 9 and 10 May, "
        "was organized by the APO. Eighteen officers from 11 member economies took part, and Bhutanese and Fijian "
        "extension officers sat with colleagues from Nepal.\n\nIn Haiphong, the group visited Song Lam Ceramics, "
        "a tile maker. Two experts, Mr. Kenji Ono from Japan and Dr. Lim Wei from Singapore, led the sessions.\n\n"
        '"We will copy the checklist," said Pakistani participant Sara Malik, Deputy Manager, Harbor Lean Institute.',
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    attrs = {(a["property"], str(a["value"])) for a in d["attributes"]}
    ws = "workshop-on-export-readiness"
    assert {("startDate", "2024-05-09"), ("endDate", "2024-05-10"), ("participantCount", "18")} <= attrs
    assert {(ws, "participantFrom", c) for c in ("btn", "fji", "npl")} <= got
    assert ("song-lam-ceramics", "basedIn", "haiphong") in got
    assert {("kenji-ono", "basedIn", "jpn"), ("lim-wei", "basedIn", "sgp")} <= got
    assert {(ws, "conductedBy", "kenji-ono"), (ws, "conductedBy", "lim-wei")} <= got
    assert {("sara-malik", "attended", ws), ("sara-malik", "basedIn", "pak")} <= got
    assert not any(a[0] == "participantCount" and a[1] == "2" for a in attrs)


def test_share_bars_tags_and_related_posts_are_dropped() -> None:
    art = read_article(
        (
            "Title line\nPosted on 27 September 2024 by NPC Communications\n\nBody paragraph one.\n\n"
            "Share on: Facebook | LINE | X\nTags: SMEs, lean\n\u00ab Previous: Another item\nRelated posts\n"
            "DAP graduates 45 productivity specialists\n"
        ).encode(),
        "news.txt",
    )
    assert art.date == "27 September 2024"
    assert art.paragraphs == ["Body paragraph one."]


_WORDS = [
    "The",
    "APO",
    "Dr.",
    "Ms.",
    "Prof.",
    "Professor",
    "Dato'",
    "Seri",
    "Hon.",
    "Director",
    "General",
    "Vice",
    "President",
    "for",
    "Research",
    "of",
    "the",
    "and",
    "at",
    "in",
    "from",
    "to",
    "(",
    ")",
    ",",
    ";",
    ":",
    ".",
    "'s",
    "Ministry",
    "Industries",
    "Department",
    "University",
    "Tehran",
    "Japan",
    "Sri",
    "Lanka",
    "ROC",
    "IR",
    "Iran",
    "Lin",
    "Chao-Ming",
    "Kenji",
    "Ito",
    "Taoyuan-based",
    "Formosa",
    "Casting",
    "Co.",
    "Ltd",
    "(Pvt)",
    "Pvt",
    "Secretariat",
    "Council",
    "NPC",
    "KPC",
    "delegation",
    "visited",
    "organized",
    "by",
    "who",
    "is",
    "also",
    "experts",
    "participant",
    "said",
    "opened",
    "welcomed",
    "led",
    "sessions",
    "In",
    "Seoul",
    "Bursa",
    "2024",
    "12",
    "May",
    "–",
    "-",
    "Program",
    "Officer",
    "Head",
    "Voucher",
    "SMEs",
    "workshop",
    "on",
    # words of round 10's rules: honorific pairs, family names in capitals, shared titles, addresses, lists
    "Tan",
    "Sri",
    "Pak",
    "KIM",
    "Min-jun",
    "both",
    "consultants",
    "Labs",
    "'",
    "Government",
    "Nepal",
    "represented",
    "by",
    "contingent",
    "comprised",
    "three",
    "firms",
    "Rayong-based",
    "Grant",
    "Sheikh",
    "where",
    "owner",
    "D.Oyunchimeg",
    "IE",
    "&",
    "State",
    ";",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40), min_size=1, max_size=4))
def test_any_word_salad_drafts_without_an_error(
    extractor: Extractor, graph: kg.KnowledgeGraph, paragraphs: list[list[str]]
) -> None:
    """Generated: sentences made of the words the rules look for, in any order, never raise, and every
    statement joins entities the draft proposes or the registry holds."""
    body = "\n\n".join(" ".join(p) for p in paragraphs)
    d = extractor.draft(read_article(f"Title\n\n12 May 2024\n\n{body}\n".encode(), "news.txt")).as_dict()
    ids = {e["id"] for e in d["entities"]} | set(graph.records.entities) | set(graph.ontology.concepts)
    assert all(s["subject"] in ids and s["object"] in ids for s in d["statements"])


def test_an_empty_part_of_a_list_of_names_raises_nothing(extractor: Extractor) -> None:
    """Found by a longer run of the word salad above: "A and the and B" left an empty part of the list."""
    d = draft_of(extractor, "Buri and the and Officer consultants ( Grant center Japan Ibu The co-founder")
    assert {e["label"] for e in d["entities"]} >= {"Japan"}


def test_second_roles_professors_quoted_participants_and_economies_across_a_comma(extractor: Extractor) -> None:
    """Written for this test: patterns found on batches 7-10."""
    d = draft_of(
        extractor,
        "The APO organized a Workshop on Export Readiness in Colombo, 5-8 May 2024, with the National Iranian "
        "Productivity Organization (NIPO). The reporters came from Nepal, the Philippines and Taipei, China.\n\n"
        "Reza Karimi, Director General of NIPO and APO Director for IR Iran, opened the workshop. Prof. Oh Min-su "
        "of Harbor National University spoke, as did Ashraf Rahman, Program Officer in the Agriculture Department "
        "of the APO Secretariat.\n\n"
        '"We will use this at home," said Sana Malik, Deputy Manager, Harbor Lean Institute, Pakistan.',
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    roles = roles_of(d)
    ws = "workshop-on-export-readiness"
    assert {(ws, "participantFrom", c) for c in ("npl", "phl", "twn")} <= got
    assert ("reza-karimi", "apo", "Director for IR Iran") in roles
    assert ("reza-karimi", "national-iranian-productivity-organization", "Director General") in roles
    assert ("oh-min-su", "harbor-national-university", "Professor") in roles
    assert ("ashraf-rahman", "apo-secretariat-agriculture-department", "Program Officer") in roles
    assert ("apo-secretariat-agriculture-department", "partOf", "apo-secretariat") in got
    assert {("sana-malik", "attended", ws), ("sana-malik", "basedIn", "pak")} <= got
    assert ("colombo", "locatedIn", "lka") in got  # the text never names Sri Lanka


def test_rules_do_not_fire_on_lookalike_sentences(extractor: Extractor) -> None:
    """Written for this test, from a review of this round's rules: sentences that look like a pattern
    but are not one."""
    d = draft_of(
        extractor,
        "The Korea Productivity Center (KPC) organized a workshop on Lean Management in Seoul, 2-4 March 2020.\n\n"
        "The workshop was organized by the Japan Productivity Center under the APO's Bilateral Cooperation program. "
        "Lessons were drawn from Japan. The idea for this came from Malaysia. APO Secretary-General Dr. Indra "
        "Pradana Singawinata introduced the new strategy. Participants were keen to see Samsung Electronics adopt "
        "the model. Cloud-based Acme Technologies Ltd. sent two managers.\n\n"
        "At the workshop, participants were welcomed by Dr. Kim Min-soo, President of KPC, and Dr. Lee Jae-won, "
        "Chairman of KOSGEB, opened the technical sessions.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    ws = "workshop-on-lean-management"
    assert not any(r == "partOf" and o == "apo" for _, r, o in got)
    assert not any(r == "participantFrom" and o in ("jpn", "mys") for _, r, o in got)
    assert (ws, "conductedBy", "indra-pradana-singawinata") not in got
    assert not any(r == "visited" for _, r, _ in got)
    assert not any(e["class"] == "City" and e["label"] == "Cloud" for e in d["entities"])
    assert {(ws, "welcomedBy", "kim-min-soo"), (ws, "inauguratedBy", "lee-jae-won")} <= got
    assert (ws, "inauguratedBy", "kim-min-soo") not in got and (ws, "welcomedBy", "lee-jae-won") not in got


def test_a_headline_and_a_dated_body_sentence_are_kept() -> None:
    art = read_article(
        b"New Programs Help Media and Services Firms Go Digital\n\nThe workshop closed in Seoul, 4 March 2020.\n",
        "a.txt",
    )
    assert art.title == "New Programs Help Media and Services Firms Go Digital"
    assert art.date == "" and art.paragraphs == ["The workshop closed in Seoul, 4 March 2020."]


def test_titles_after_a_defined_name_with_a_remit_a_list_ministry_or_a_based_firm(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Lean Services was held in Manila, the Philippines, 5-8 May 2024, by the Department of Trade "
        "and Industry (DTI) and the Harbor Lean Institute (HLI).\n\n"
        "Harbor Lean Institute (HLI) Chief Consultant Tomas Reyes led the sessions. DTI Undersecretary for MSME "
        "Development Carla Dizon opened the workshop. Minister of Trade and Industry Nguyen Chi Dung and "
        "Omar Haddad, Deputy Minister of Industry, Mine and Trade and Chairman of HLI, spoke, as did Lena Ortiz, "
        "Minister of Finance, and Rizal Ahmad, Director, DTI. Maryam Karimi, Founder of Cebu-based Island Looms, "
        "closed the day.",
    )
    got = roles_of(d)
    assert ("tomas-reyes", "harbor-lean-institute", "Chief Consultant") in got
    assert ("carla-dizon", "department-of-trade-and-industry", "Undersecretary for MSME Development") in got
    assert ("nguyen-chi-dung", "ministry-of-trade-and-industry", "Minister") in got
    assert ("omar-haddad", "ministry-of-industry-mine-and-trade", "Deputy Minister") in got
    assert ("omar-haddad", "harbor-lean-institute", "Chairman") in got
    # "Minister of Finance, and Rizal Ahmad, ...": the list of people goes on; it is not a ministry's name
    assert ("lena-ortiz", "ministry-of-finance", "Minister") in got
    assert ("rizal-ahmad", "department-of-trade-and-industry", "Director") in got
    assert ("maryam-karimi", "island-looms", "Founder") in got
    people = {e["label"] for e in d["entities"] if e["class"] in ("Person", "Official", "Expert")}
    assert "Industry Nguyen Chi Dung" not in people and "Nguyen Chi Dung" in people


def test_places_of_a_listed_pair_experts_from_a_country_and_names_after_a_city(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Cluster Consulting was held in Sialkot, Pakistan, 5-8 May 2024, with the Sialkot Chamber "
        "of Commerce and Industry (SCCI).\n\nParticipants visited Hilal Surgical Works (Pvt.) Ltd. and Crescent "
        "Sports Industries, both based in Sialkot. Sessions were led by two experts from Türkiye: Prof. Emre "
        "Yildiz, Faculty of Management, Istanbul Technical University (ITU), and Ms. Zeynep Aksoy, Senior "
        "Specialist, KOSGEB.",
    )
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert ("sialkot-chamber-of-commerce-and-industry", "sialkot") in based
    assert ("hilal-surgical-works-pvt-ltd", "sialkot") in based
    assert ("crescent-sports-industries", "sialkot") in based
    assert {("emre-yildiz", "tur"), ("zeynep-aksoy", "tur"), ("kosgeb", "tur")} <= based
    # Istanbul is written only inside the university's name: no city is proposed for it
    assert "istanbul" not in {e["id"] for e in d["entities"]}
    assert not any(o == "istanbul" for _, o in based)


def test_people_listed_one_per_line_and_a_jury_that_goes_on(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The APO Agritech Startup Challenge 2024 was held in Jakarta, Indonesia.\n\n"
        "The modules were delivered by three practitioners:\n\n1. Ms. Priya Raman, Head of Growth, ShopLah Pte Ltd, "
        "Singapore\n\n2. Mr. Tevita Raiwalui, Founder, Bula Digital, Fiji\n\n3. Dr. Nasrin Akter, Assistant "
        "Professor, University of Dhaka, Bangladesh.\n\nThe jury was chaired by Prof. Dewi Anggraini, Dean, "
        "Universitas Indonesia. It also included: Kim Ji-hoon (ROK), Managing Partner, Blue Wave Partners; and "
        "Rina Kusumawati, Deputy for Entrepreneurship, KemenKopUKM.\n\nThe results:\n\nWinner: AquaSense (Vietnam)"
        "\n\nRunner-up: HarvestHub (Philippines)",
    )
    conducted = {s["object"] for s in d["statements"] if s["relation"] == "conductedBy"}
    assert {"priya-raman", "tevita-raiwalui", "nasrin-akter"} <= conducted
    assert {"dewi-anggraini", "kim-ji-hoon", "rina-kusumawati"} <= conducted
    assert not any(s["relation"] == "attended" and s["subject"] in conducted for s in d["statements"])
    assert ("tevita-raiwalui", "bula-digital", "Founder") in roles_of(d)
    # the labelled result lines stay paragraphs of their own
    assert {"aquasense", "harvesthub"} <= {s["subject"] for s in d["statements"] if s["relation"] == "attended"}
    assert read_article(b"T\n\nSpeakers:\n\nWinner: A\n\nRunner-up: B", "x.txt").paragraphs == [
        "Speakers:",
        "Winner: A",
        "Runner-up: B",
    ]


def test_lower_case_course_visits_told_by_who_went_where_and_a_head_word_back_reference(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "Thirty Thai consultants completed a five-day course on lean diagnostics for small factories at the "
        "Thailand Productivity Institute (FTPI) in Bangkok, 10-14 September 2018. The course on its learning "
        "platform stays open.",
        head="Search …\n\nConsultants complete lean course\n\n",
    )
    assert d["source"]["title"] == "Consultants complete lean course"
    programs = {e["label"]: e["class"] for e in d["entities"] if e["class"] == "TrainingCourse"}
    assert programs == {"Course on Lean Diagnostics for Small Factories": "TrainingCourse"}
    d = draft_of(
        extractor,
        "PETALING JAYA, 12 March – The Malaysia Productivity Corporation (MPC) hosted an eight-member delegation "
        "from Fiji from 4 to 8 March.",
    )
    labels = {e["id"]: e["label"] for e in d["entities"]}
    assert labels["fijian-delegation-visit-to-malaysia"] == "Fijian delegation visit to Malaysia"
    d = draft_of(
        extractor,
        "Fourteen officials from Mongolia visited Korea on June 10-14, 2024, on a study visit organized by the "
        "Mongolian Productivity Organization (MPO).\n\nThe group closed the third run of the Productivity Startup "
        "Challenge. The Challenge is organized by the Development Academy of the Philippines (DAP).",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert (
        "mongolian-productivity-organization",
        "organized",
        "mongolian-delegation-study-visit-to-the-republic-of-korea",
    ) in got
    assert ("development-academy-of-the-philippines", "organized", "productivity-startup-challenge") in got
    assert "challenge" not in {e["id"] for e in d["entities"]}


def test_apo_roles_keep_their_economy_and_the_scorer_reads_org_title_and_economy_as_written_or_not(
    extractor: Extractor, graph: kg.KnowledgeGraph
) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Quality was held in Colombo, Sri Lanka, 5-8 May 2024.\n\nRanjith Wijesekara, Secretary, "
        "Ministry of Industry, who is also the APO Director for Sri Lanka, opened it. Elif Sarac, Director General "
        "of Productivity and APO Alternate Director for the ROC, spoke.",
    )
    got = roles_of(d)
    assert ("ranjith-wijesekara", "apo", "Director for Sri Lanka") in got
    assert ("elif-sarac", "apo", "Alternate Director for the ROC") in got
    from kg.extract.evaluate import score_article

    gold = {
        "entities": [
            {"id": "p", "label": "Ranjith Wijesekara", "class": "Official", "aliases": []},
            {
                "id": "apo",
                "label": "Asian Productivity Organization",
                "class": "IntergovernmentalOrganization",
                "aliases": ["APO"],
            },
        ],
        "statements": [
            {"subject": "p", "relation": "represents", "object": "apo", "title": "APO Director for Sri Lanka"}
        ],
    }
    pred = {**gold, "statements": [{**gold["statements"][0], "title": "Director for Sri Lanka"}]}
    assert score_article("x", pred, gold, graph.ontology).titles_ok == 1
    # the economy a director stands for may be written or left out (gold authors do both), but not changed
    for title, ok in (("Director", 1), ("Director for India", 0), ("Alternate Director", 0), ("Deputy Director", 0)):
        pred["statements"][0]["title"] = title
        assert score_article("x", pred, gold, graph.ontology).titles_ok == ok, title
    gold["statements"][0]["title"] = "Director"
    pred["statements"][0]["title"] = "Director for Sri Lanka"
    assert score_article("x", pred, gold, graph.ontology).titles_ok == 1


def test_the_scorer_reads_a_ministers_title_with_or_without_the_ministrys_remit(graph: kg.KnowledgeGraph) -> None:
    from kg.extract.evaluate import score_article

    gold = {
        "entities": [
            {"id": "p", "label": "Mehmet Yavuz", "class": "Official", "aliases": []},
            {"id": "m", "label": "Ministry of Industry and Technology", "class": "Ministry", "aliases": []},
        ],
        "statements": [
            {
                "subject": "p",
                "relation": "represents",
                "object": "m",
                "title": "Deputy Minister of Industry and Technology",
            }
        ],
    }
    pred = {**gold, "statements": [{**gold["statements"][0], "title": "Deputy Minister"}]}
    assert score_article("x", pred, gold, graph.ontology).titles_ok == 1
    for other in ("Minister", "Deputy Minister of Industry", "Deputy Director"):  # another title stays another
        pred["statements"][0]["title"] = other
        assert score_article("x", pred, gold, graph.ontology).titles_ok == 0, other


def test_the_scorer_reads_an_envoys_title_with_or_without_the_sender_and_post(graph: kg.KnowledgeGraph) -> None:
    from kg.extract.evaluate import score_article

    gold = {
        "entities": [
            {"id": "p", "label": "Jose Villareal", "class": "Official", "aliases": []},
            {"id": "e", "label": "Embassy of the Philippines in Hanoi", "class": "GovernmentAgency", "aliases": []},
        ],
        "statements": [
            {"subject": "p", "relation": "represents", "object": "e", "title": "Philippine Ambassador to Viet Nam"}
        ],
    }
    pred = {**gold, "statements": [{**gold["statements"][0], "title": "Ambassador"}]}
    assert score_article("x", pred, gold, graph.ontology).titles_ok == 1
    for other in ("Deputy Ambassador", "Consul", "Minister"):  # another post stays another
        pred["statements"][0]["title"] = other
        assert score_article("x", pred, gold, graph.ontology).titles_ok == 0, other


def test_the_scorer_matches_a_body_named_with_or_without_a_closing_place(graph: kg.KnowledgeGraph) -> None:
    gold = [
        {"id": "moi-lka", "label": "Ministry of Industries, Sri Lanka", "class": "Ministry", "aliases": []},
        {"id": "moi-bgd", "label": "Ministry of Industries, Bangladesh", "class": "Ministry", "aliases": []},
        {"id": "hc", "label": "High Commission of India, Colombo", "class": "GovernmentAgency", "aliases": []},
        {"id": "law", "label": "Faculty of Law, Ateneo", "class": "AcademicUnit", "aliases": []},
    ]
    pred = [
        {"id": "a", "label": "Ministry of Industries", "class": "Ministry", "aliases": []},
        {"id": "b", "label": "High Commission of India", "class": "GovernmentAgency", "aliases": []},
        {"id": "c", "label": "Faculty of Law", "class": "AcademicUnit", "aliases": []},  # a parent is no place
        {"id": "d", "label": "Ministry of Industries, Sri Lanka", "class": "Ministry", "aliases": []},
    ]
    # the exact name wins the one-to-one match; the bare name takes the other body it names without its place
    assert match_entities(pred, gold, graph.ontology) == {"d": "moi-lka", "a": "moi-bgd", "b": "hc"}


def test_titles_in_brackets_of_the_board_without_a_comma_after_a_demonym_and_after_its(
    extractor: Extractor,
) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Quality was held in Ulaanbaatar, Mongolia, 5-8 May 2024, by the Mongolian Productivity "
        "Organization (MPO) with the Harbor Lean Institute (HLI).\n\nMPO Deputy Director General (Productivity "
        "Policy) Encik Ahmad Firdaus opened it. Sodnom Purevdorj, Chairman of the Board, MPO, and Zubair "
        "Ghumman, President HLI, spoke. Kim Dae-sung, a Korean expert and Senior Researcher at HLI, presented.\n\n"
        "Participants called on Altan Foods, a dairy firm known in the city as MPO. Its operations manager, Lee "
        "Chee Keong, showed the plant.",
    )
    got = roles_of(d)
    mpo = "mongolian-productivity-organization"
    assert ("ahmad-firdaus", mpo, "Deputy Director General (Productivity Policy)") in got
    assert ("sodnom-purevdorj", mpo, "Chairman of the Board") in got
    assert ("zubair-ghumman", "harbor-lean-institute", "President") in got
    assert ("kim-dae-sung", "harbor-lean-institute", "Senior Researcher") in got
    assert ("lee-chee-keong", "altan-foods", "Operations Manager") in got
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert ("kim-dae-sung", "kor") in based


def test_the_item_goes_back_to_its_event_after_a_sentence_about_the_program_holding_it(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The National Productivity Organization (NPO), Pakistan, conducted a five-day training course on lean "
        "production in Sialkot, October 23-27, 2023.\n\nThe course is the first activity of the Sialkot Cluster "
        "Productivity Program, which was placed under NPO in July. The program will offer energy audits.\n\n"
        "Chief Executive Officer NPO Mr. Muhammad Asif Cheema inaugurated the course. The resource persons were "
        "Mr. Hiroshi Nakagawa (Japan) and Engr. Kamran Siddiqui, Senior Consultant, NPO.",
    )
    course, program = "training-course-on-lean-production", "sialkot-cluster-productivity-program"
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert (program, "runBy", "national-productivity-organization") in got
    assert {(course, "conductedBy", "hiroshi-nakagawa"), (course, "conductedBy", "kamran-siddiqui")} <= got
    assert (course, "inauguratedBy", "muhammad-asif-cheema") in got
    assert not any(s == program and r in ("conductedBy", "inauguratedBy") for s, r, _ in got)
    roles = roles_of(d)
    assert ("muhammad-asif-cheema", "national-productivity-organization", "Chief Executive Officer") in roles


def test_a_dated_workshop_is_an_event_and_trips_to_see_or_where(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The first activity, a two-day Kaizen Facilitator Workshop, was held in Kandy, Sri Lanka, on 8 and 9 "
        "August 2023.\n\nThe group took the train to Matale to see Matale Handloom Weavers' Society. They then "
        "traveled to Peradeniya, where the Lanka Spice Institute showed its dryers. Teams practiced mapping at "
        "Ceylon Softwear Ltd., a garment maker.",
    )
    classes = {e["id"]: e["class"] for e in d["entities"]}
    assert classes["kaizen-facilitator-workshop"] == "Workshop"
    visited = {s["object"] for s in d["statements"] if s["relation"] == "visited"}
    assert {"matale-handloom-weavers-society", "lanka-spice-institute", "ceylon-softwear-ltd"} <= visited


def test_participants_listed_after_among_them_and_consultants_and_trainers_from(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Training Course on Business Excellence was held in Singapore, 7-11 November 2016.\n\nNineteen consultants "
        "and trainers from 11 member countries attended: Bangladesh, Fiji and Nepal. Twenty-two participants from "
        "15 member countries attended. Among them were Ms. Rina Marlina (Indonesia), Mr. Sok Vanna (Cambodia), and "
        "Mr. Joseph Naidu (Fiji).",
    )
    p = "training-course-on-business-excellence"
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert {(p, "participantFrom", c) for c in ("bgd", "fji", "npl", "idn", "khm")} <= got
    assert {(x, "attended", p) for x in ("rina-marlina", "sok-vanna", "joseph-naidu")} <= got


def test_provinces_from_pycountry_and_a_town_after_a_firm(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Training Course on Lean Diagnostics was held in Bangkok, Thailand, 10-14 September 2018.\n\nThe teams "
        "visited Chao Phraya Rice Snacks in Nakhon Pathom and Alnoor Sports Industries in Wazirabad, which "
        "stitches balls. A plant in Binh Duong, Vietnam, was benchmarked. Tanauan City, Batangas, hosted a visit.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("chao-phraya-rice-snacks", "basedIn", "nakhon-pathom") in got
    assert ("nakhon-pathom", "locatedIn", "tha") in got
    assert ("alnoor-sports-industries", "basedIn", "wazirabad") in got
    classes = {e["id"]: e["class"] for e in d["entities"]}
    assert classes.get("binh-duong") == "City"
    assert "batangas" not in classes  # a province written after its city is part of the address


def test_lower_case_titles_after_a_name_a_possessive_or_an_organization(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Bookkeeping was held in Kandy, Sri Lanka, 5-8 May 2024, by the National Productivity "
        "Secretariat (NPS) with the Peradeniya Enterprise Incubator and the Korea Productivity Center (KPC).\n\n"
        "The secretariat's director general, Kumudini Herath, opened the workshop, and the incubator's manager, "
        "Nuwan Jayasekara, welcomed the visitors. Speakers included Reza Karimi, managing director, Tabriz Auto "
        "Parts Cluster, IR Iran, and Bilal Qureshi, chief executive of the Sialkot Surgical Instruments "
        "Association. Two Korean experts, KPC senior consultant Park Ji-hoon and Choi Min-seo, a research fellow "
        "at KPC, spoke. Divya Raman, a program officer in the Industry Department of the APO Secretariat, closed.",
    )
    got = roles_of(d)
    assert ("kumudini-herath", "national-productivity-secretariat", "Director General") in got
    assert ("nuwan-jayasekara", "peradeniya-enterprise-incubator", "Manager") in got
    assert ("reza-karimi", "tabriz-auto-parts-cluster", "Managing Director") in got
    assert ("bilal-qureshi", "sialkot-surgical-instruments-association", "Chief Executive") in got
    assert ("park-ji-hoon", "kpc", "Senior Consultant") in got
    assert ("choi-min-seo", "kpc", "Research Fellow") in got
    assert ("divya-raman", "apo-industry-department", "Program Officer") in got  # the registry's unit
    assert {e["id"]: e["class"] for e in d["entities"]}["divya-raman"] != "Program"


def test_a_newspaper_date_line_and_a_delegation_to_a_country_in_a_quote() -> None:
    art = read_article(
        b'Officials return with a plan\n\nHimalayan Commerce Times | Thursday, 2 November 2023\n\n"We argue about '
        b'exits," said Sabitri Adhikari, who led a ten-member Nepali delegation to the Republic of Korea last week.',
        "news.txt",
    )
    assert art.date == "2 November 2023" and art.paragraphs[0].startswith('"We argue')


def test_a_delegation_to_a_country_names_the_visit(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        '"We argue about exits," said Sabitri Adhikari, who led a ten-member Nepali delegation to the Republic of '
        "Korea last week.\n\nThe Korea Productivity Center (KPC) hosted the group.",
    )
    labels = {e["label"] for e in d["entities"]}
    assert "Nepali delegation visit to the Republic of Korea" in labels


def test_leaders_delegates_remits_in_lower_case_and_a_trip_under_a_program(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        '"We argue about exits," said Sabitri Adhikari, who led a ten-member Nepali delegation to the Republic of '
        "Korea last week.\n\nAdhikari, executive director of the National Productivity and Economic Development "
        "Centre (NPEDC), headed the study visit. The trip was organized by the Asian Productivity Organization "
        "(APO) under its bilateral program on SMEs and hosted by the Korea Productivity Center (KPC).\n\n"
        "Lee Soo-jin, deputy director for startup policy at the Ministry of SMEs and Startups (MSS), briefed the "
        "visitors. Among the delegates was Binita Shrestha, founder and chief executive of Udhyam Ghar. Ram Prasad "
        "Gautam, a director general at the Department of Industry, spoke.",
    )
    visit = "nepali-delegation-visit-to-the-republic-of-korea"
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert {("sabitri-adhikari", "attended", visit), ("binita-shrestha", "attended", visit)} <= got
    assert {("apo", "organized", visit), ("kpc", "organized", visit)} <= got
    roles = roles_of(d)
    assert ("lee-soo-jin", "mss", "Deputy Director for Startup Policy") in roles  # the registry's MSS
    assert ("binita-shrestha", "udhyam-ghar", ("Founder", "Chief Executive")) in roles
    assert ("ram-prasad-gautam", "department-of-industry", "Director General") in roles


def test_ministers_with_a_demonym_or_a_registered_ministry_and_a_remit_ending_in_a_province(
    extractor: Extractor,
) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Skills was held in Nusa Dua, Indonesia, 5-8 May 2024, with the Small and Medium Enterprises "
        "Development Authority (SMEDA).\n\nIndonesian Minister of Manpower Siti Rahmawati opened the meeting. Vice "
        "Minister of SMEs and Startups Lee Kyung-ho spoke. SMEDA Provincial Chief for Sindh Kamran Baloch briefed "
        "the group. Somchai Wongsuwan, Deputy Permanent Secretary, Ministry of Industry, Thailand, closed it.",
    )
    got = roles_of(d)
    assert ("siti-rahmawati", "ministry-of-manpower", "Minister") in got
    assert ("lee-kyung-ho", "mss", "Vice Minister") in got
    assert ("kamran-baloch", "small-and-medium-enterprises-development-authority", "Provincial Chief for Sindh") in got
    assert any(p == "somchai-wongsuwan" and t == "Deputy Permanent Secretary" for p, _, t in got)
    labels = {e["id"]: [e["label"], *e["aliases"]] for e in d["entities"]}
    somchai = next(o for p, o, _ in got if p == "somchai-wongsuwan")
    assert "Ministry of Industry" in labels[somchai]  # without the country that ends it
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert {("ministry-of-manpower", "idn"), (somchai, "tha")} <= based


def test_a_unit_of_a_university_and_participants_described_before_their_countries(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The APO Workshop on Export Readiness was held in Karachi, Pakistan, 16-20 September 2019, with the Keio "
        "Economic Observatory (KEO) of Keio University.\n\nThey were officers of SME agencies, trade promotion "
        "bodies, and national productivity organizations from Bangladesh, Fiji and Mongolia.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("keio-economic-observatory", "partOf", "keio-university") in got
    p = next(e["id"] for e in d["entities"] if e["class"] == "Workshop")
    assert {(p, "participantFrom", c) for c in ("bgd", "fji", "mng")} <= got


def test_a_meeting_of_heads_held_in_a_town_of_a_province_and_a_resource_person(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The 2018 Workshop Meeting of Heads of NPOs was jointly organized by the APO and the Ministry of Manpower "
        "of Indonesia in Nusa Dua, Bali, 21-23 March 2018.\n\nKazuo Hirose (Japan), Professor, Kobe University, "
        "served as the resource person.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    m = "workshop-meeting-of-heads-of-npos"
    assert {(m, "heldIn", "nusa-dua"), ("apo", "organized", m), (m, "conductedBy", "kazuo-hirose")} <= got


def test_a_body_described_by_its_place_before_its_name_and_a_trip_to_a_district(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Bookkeeping was held in Kandy, Sri Lanka, with visitors from Kathmandu, 5-8 May 2024.\n\n"
        "Thapa, founder of the Kathmandu bookkeeping app maker Hisab Kitab Labs, spoke. The winner was the "
        "Vietnamese startup RiceSense. The group travelled to Matale to visit Lakpahana Spice Growers. At the "
        "Taichung plant I saw a business, one learner said.",
    )
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert {("hisab-kitab-labs", "kathmandu"), ("ricesense", "vnm"), ("lakpahana-spice-growers", "matale")} <= based
    assert "i" not in {e["id"] for e in d["entities"]}


def test_a_person_of_a_country_then_a_lower_case_role(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Cashmere was held in Ulaanbaatar, Mongolia, 5-8 May 2024.\n\nIt was attended by Ms. Nomin "
        "Erdenebat of Mongolia, a production manager at Gobi Cashmere Processing LLC.",
    )
    assert ("nomin-erdenebat", "gobi-cashmere-processing-llc", "Production Manager") in roles_of(d)
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert ("nomin-erdenebat", "mng") in based


def test_a_quoted_participant_from_a_body_abroad_took_part(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Study Mission on Smart Agriculture was held in Taipei, Republic of China, 2-6 December 2019.\n\n"
        '"What I saw was mostly good organization," said Sunita Karki, a Senior Officer at Nepal\'s National '
        "Productivity and Economic Development Centre (NPEDC).",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("sunita-karki", "attended", "study-mission-on-smart-agriculture") in got


def test_a_site_banner_with_a_dash_an_honourable_minister_and_the_winners_listed(extractor: Extractor) -> None:
    art = read_article(
        b"National Productivity Organisation (NPO) - Ministry of Industries\n\nAward 2022 distributed\n\n"
        b"The Workshop on Quality was held in Dhaka, Bangladesh, 5-8 May 2024.",
        "news.txt",
    )
    assert art.title == "Award 2022 distributed"
    d = draft_of(
        extractor,
        "The Workshop on Quality was held in Dhaka, Bangladesh, 5-8 May 2024.\n\nHonourable Minister of Industries "
        "Abdul Karim Bhuiyan inaugurated the workshop. Among the winners in the small industry category were: "
        "Rupganj Jute Handicrafts Ltd., Narayanganj; Nabila Leather Goods Ltd., Gazipur.",
    )
    assert ("abdul-karim-bhuiyan", "ministry-of-industries", "Minister") in roles_of(d)
    attended = {s["subject"] for s in d["statements"] if s["relation"] == "attended"}
    assert {"rupganj-jute-handicrafts-ltd", "nabila-leather-goods-ltd"} <= attended


def test_a_permanent_secretary_names_a_ministry_and_an_apo_role_before_a_national_one(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Training Course on Tourism was held in Nadi, Fiji, 5-8 May 2024, with Enterprise Singapore.\n\n"
        "Permanent Secretary for Industry, Trade and Tourism Josefa Naivalu opened the course. Tan Wei Jie, APO "
        "Director for Singapore and Deputy Chief Executive, Enterprise Singapore, spoke.",
    )
    got = roles_of(d)
    assert ("josefa-naivalu", "ministry-of-industry-trade-and-tourism", "Permanent Secretary") in got
    assert ("tan-wei-jie", "apo", "Director for Singapore") in got
    assert ("tan-wei-jie", "enterprise-singapore", "Deputy Chief Executive") in got


def test_sites_listed_after_on_site_a_market_visited_and_participants_who_joined_from(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Training Course on Tourism took place in Nadi, Fiji, from September 4 to 8, 2017.\n\nThe group spent the "
        "week on site: Coral Bay Resort; Pacific Crest Bakery Ltd. At the Nadi Handicraft Market, they watched how "
        "stallholders manage the rush. Another 70 or so joined from four non-member countries, Ghana and Kenya.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    c = next(e["id"] for e in d["entities"] if e["class"] == "TrainingCourse")
    visited = {o for s_, r, o in got if s_ == c and r == "visited"}
    assert {"coral-bay-resort", "pacific-crest-bakery-ltd", "nadi-handicraft-market"} <= visited
    assert {(c, "participantFrom", "gha"), (c, "participantFrom", "ken")} <= got


def test_a_title_then_its_organization_then_the_name(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Quality was held in Dhaka, Bangladesh, 5-8 May 2024.\n\nSecretary, Ministry of "
        "Industries, Shamima Akhter presided over the ceremony.",
    )
    assert ("shamima-akhter", "ministry-of-industries", "Secretary") in roles_of(d)


def test_site_visits_arranged_to_firms_and_a_course_that_forms_part_of_a_program(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Training Course on Lean Services was held in Tokyo, Japan, 5-8 May 2024.\n\nSite visits were arranged "
        "to Hotel Minato Garden in Tokyo and to Futaba Logistics Co., Ltd. The APO developed the course in "
        "association with Universiti Teknologi Malaysia (UTM), and it forms part of the Digital SMEs program, "
        "which the APO Secretariat manages.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert not any(r == "organized" and x in ("hotel-minato-garden", "futaba-logistics-co-ltd") for x, r, _ in got)
    assert not any(x == "universiti-teknologi-malaysia" and r == "partOf" for x, r, _ in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "They were trained by experts from Japan on lean tools.",
        "Ms. Rina Sari, who headed the Lean Office at Sunrise Foods until 2020, now advises SMEs.",
        "Among the winners were firms supported by the Export Development Board and the Ceylon Chamber of Commerce.",
        "They heard that productivity at Sunrise Foods rose by 20 percent after the training.",
        "The keynote was delivered by Dr. Lee Jong-ho. They also included Ms. Rina Sari, who was selected in May.",
        "The participants later travelled to Scotland to meet exporters.",
        "Ms. Rina Sari, Director of Sunrise Foods, served as a judge at the national awards in 2019.",
    ],
)
def test_this_rounds_rules_do_not_fire_on_lookalikes(extractor: Extractor, sentence: str) -> None:
    """Lookalikes found by a review of this round's rules (participants 'from', leaders, winners, visits 'at',
    a jury that goes on, provinces): none of them may yield the statement its rule is for."""
    d = draft_of(extractor, "A Workshop on Quality was held in Colombo, Sri Lanka, 5-8 May 2024.\n\n" + sentence)
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    w = "workshop-on-quality"
    assert (w, "participantFrom", "jpn") not in got
    assert not any(r == "attended" for _, r, _ in got)
    assert not any(s == w and r == "visited" for s, r, _ in got)
    assert (w, "conductedBy", "rina-sari") not in got
    assert "scotland" not in {e["id"] for e in d["entities"]}


def test_lines_that_are_sentences_are_not_joined_as_a_list() -> None:
    art = read_article(
        b"T\n\nThe programme on the first day was as follows:\n\nDr. Lee Jong-ho of Korea delivered the keynote.\n\n"
        b"Ms. Rina Sari, Director of Sunrise Foods, welcomed the group.",
        "x.txt",
    )
    assert len(art.paragraphs) == 3


def test_a_korean_style_date_line_and_a_site_name_before_the_headline() -> None:
    art = read_article(
        b"Korea Productivity Center\n\nKPC NEWS | 2023.11.02 | Hits 412\n\nLao officials learn from Korean startup "
        b"support\n\nA nine-member delegation from the Lao PDR spent a week in the Republic of Korea.",
        "news.txt",
    )
    assert (art.date, art.title) == ("2023.11.02", "Lao officials learn from Korean startup support")
    # a headline in title case followed by the body stays the title
    art = read_article(b"Study Mission On Smart Factories\n\nThe APO organized a study mission in Seoul.", "x.txt")
    assert art.title == "Study Mission On Smart Factories"


def test_an_apo_director_is_from_that_economy_and_a_firm_described_as_city_based(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A Workshop on Quality was held in Seoul, Republic of Korea, 5-8 May 2024.\n\nThey toured Daeyang Foods, a "
        "Suwon-based kimchi exporter. Tan Wei Jie, APO Director for Singapore and Deputy Chief Executive, "
        "Enterprise Singapore, spoke.",
    )
    based = {(s["subject"], s["object"]) for s in d["statements"] if s["relation"] == "basedIn"}
    assert {("daeyang-foods", "suwon"), ("tan-wei-jie", "sgp")} <= based
    assert not any(x == "apo" for x, _ in based)  # the APO is not based where one of its Directors is


def test_an_abbreviation_used_before_its_definition_and_a_program_one_word_apart(extractor: Extractor) -> None:
    """The lead often quotes "CPC President X" before "China Productivity Center (CPC)" is spelled out;
    a program one topic word away from a registry program is a new program, not the registry's."""
    d = draft_of(
        extractor,
        '"Trust comes first," CPC President Dr. Lin Cheng-Hao said as he opened the Multicountry Observational '
        "Study Mission on SME Cluster Development in Taipei on 9 May.\n\nThe mission was organized by the APO in "
        "collaboration with the China Productivity Center (CPC).",
    )
    assert ("lin-cheng-hao", "china-productivity-center", "President") in roles_of(d)
    osm = next(e for e in d["entities"] if e["class"] == "ObservationalStudyMission")
    assert (osm["label"], osm["new"]) == (
        "Multicountry Observational Study Mission on SME Cluster Development",
        True,
    )


def test_an_unfamiliar_organization_before_a_title_and_an_honorific(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Asian SME Finance Forum was held in Kuala Lumpur, Malaysia, on 3 July.\n\n"
        '"Both sides are right," Bank Negara Malaysia Assistant Governor Dr. Rozita Hamid said, and SME Corp. '
        "Malaysia Chief Executive Officer Datuk Nor Azlina Yusof welcomed the delegates. Later Director Kim spoke.",
    )
    roles = roles_of(d)
    assert ("rozita-hamid", "bank-negara-malaysia", "Assistant Governor") in roles
    assert ("nor-azlina-yusof", "sme-corp-malaysia", "Chief Executive Officer") in roles
    assert not any(e["label"] == "Later" for e in d["entities"])


def test_a_plural_possessive_stays_inside_a_name(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Women Entrepreneurs was held in Bengaluru, India, 5-8 May 2024.\n\nMeera Rao (India), "
        "Chairperson, Centre for Women's Enterprise, spoke. Delegates from the Lao People's Democratic Republic "
        "attended, and the APO's Industry Department ran the sessions.",
    )
    assert ("meera-rao", "centre-for-women-s-enterprise", "Chairperson") in roles_of(d)
    labels = {e["label"] for e in d["entities"]}
    assert "Lao People's Democratic Republic" in labels
    assert not any(x.startswith("APO's") for x in labels)


def test_a_capitalised_led_word_in_a_topic_and_a_minister_of_state(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The International Conference on Productivity-led Growth of MSMEs was held in New Delhi on 24 November, "
        "in association with the Ministry of Micro, Small and Medium Enterprises (MoMSME).\n\nMinister of State "
        "for Micro, Small and Medium Enterprises Ramesh Kumar Singh inaugurated the conference.",
    )
    conf = next(e for e in d["entities"] if e["class"] == "Conference")
    assert conf["label"] == "International Conference on Productivity-led Growth of MSMEs"
    ministry = next(e["id"] for e in d["entities"] if e["class"] == "Ministry")
    assert ("ramesh-kumar-singh", ministry, "Minister of State") in roles_of(d)
    assert sum(e["class"] == "Ministry" for e in d["entities"]) == 1


def test_a_delegation_itinerary_and_its_members(extractor: Extractor) -> None:
    """A visit told as an itinerary (day, city: body) with a list of members: the delegation is named by
    where it comes from, each stop is visited and based in its city, and every listed member attended."""
    d = draft_of(
        extractor,
        "A delegation from Lao PDR, led by the Department of SME Promotion (DOSMEP), visited the Republic of "
        "Korea from 6 to 10 November 2017, hosted by the Korea Productivity Center (KPC).\n\n"
        "• 7 November, Daejeon: Ministry of SMEs and Startups (MSS), which explained its startup policy.\n\n"
        "• 9 November, Ansan: Hanil Precision Co., Ltd., a die-casting firm.\n\n"
        "Members of the delegation were: Mr. Khamphone Vongsavath, Director General, DOSMEP; Ms. Souksavanh "
        "Phommachanh, Deputy Director, DOSMEP; Mr. Bounmy Sihalath, Vice President, Lao National Chamber of "
        "Commerce and Industry.",
    )
    visit = next(e for e in d["entities"] if e["class"] == "DelegationVisit")
    assert visit["label"] == "Lao PDR delegation visit to the Republic of Korea"
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    v = visit["id"]
    assert {(v, "visited", "mss"), ("mss", "basedIn", "daejeon")} <= got
    assert {(v, "visited", "hanil-precision-co-ltd"), ("hanil-precision-co-ltd", "basedIn", "ansan")} <= got
    for who in ("khamphone-vongsavath", "souksavanh-phommachanh", "bounmy-sihalath"):
        assert (who, "attended", v) in got


def test_a_headline_names_the_workshop_and_its_implementer_runs_it(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "Venue: Ulaanbaatar, Mongolia\n\nImplementing organization: Mongolian Productivity Organization (MPO)\n\n"
        "The workshop was organized by the APO, implemented by the MPO in partnership with the Mongolian "
        "National Chamber of Commerce and Industry (MNCCI), and conducted as part of the APO's Digital "
        "Transformation of SMEs initiative.",
        head="Workshop on E-commerce for Micro and Small Enterprises\n\n30 Jun 2020\n\n",
    )
    w = next(e for e in d["entities"] if e["class"] == "Workshop")
    assert w["label"] == "Workshop on E-commerce for Micro and Small Enterprises"
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    mpo = next(e["id"] for e in d["entities"] if e["label"] == "Mongolian Productivity Organization")
    assert (w["id"], "runBy", mpo) in got and (mpo, "organized", w["id"]) not in got
    assert ("apo", "organized", w["id"]) in got
    assert ("mongolian-national-chamber-of-commerce-and-industry", "organized", w["id"]) in got
    # the possessive owner of the scheme the workshop is part of is not the chamber's parent
    d = draft_of(
        extractor,
        "The Workshop on Lean was organized by the APO in partnership with the Mongolian National Chamber of "
        "Commerce and Industry (MNCCI), and conducted as part of the APO's Digital Transformation of SMEs initiative.",
    )
    assert not any(s["relation"] == "partOf" and s["object"] == "apo" for s in d["statements"])


@pytest.mark.parametrize(
    ("headline", "named"),
    [
        ("Workshop on Green Productivity for SMEs", True),
        ("Workshop on green productivity opens in Colombo", False),
        ("APO workshops help SMEs", False),
    ],
)
def test_only_a_headline_that_is_an_events_name_names_the_workshop(
    extractor: Extractor, headline: str, named: bool
) -> None:
    """Only a headline in title case that opens with an event noun and "on/for" is a name."""
    d = draft_of(
        extractor,
        "Venue: Colombo, Sri Lanka\n\nThe workshop was organized by the APO.",
        head=f"{headline}\n\n30 Jun 2020\n\n",
    )
    assert any(e["label"] == headline for e in d["entities"]) is named


def test_a_title_an_honorific_and_a_name_of_an_organizations_unit(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held by the Department of Trade and Industry (DTI) in Manila on 5 May.\n\n"
        "Program Officer Dr. Hasan Ashraf of the APO Secretariat Industry Department read a message, and "
        "Undersecretary Carmela Reyes of the DTI's Regional Operations Group opened the workshop. Remarks came "
        "from Program Officer Ms. Chua Mei Ling of the APO Secretariat's Industry Department.",
    )
    roles = roles_of(d)
    assert ("hasan-ashraf", "apo-industry-department", "Program Officer") in roles
    assert ("chua-mei-ling", "apo-industry-department", "Program Officer") in roles
    unit = next(e for e in d["entities"] if e["label"].startswith("Regional Operations Group"))
    assert ("carmela-reyes", unit["id"], "Undersecretary") in roles
    assert (unit["id"], "partOf", "department-of-trade-and-industry") in {
        (s["subject"], s["relation"], s["object"]) for s in d["statements"]
    }
    assert not any("Ashraf" in e["label"] and e["class"] != "Official" for e in d["entities"])


def test_a_possessive_owner_of_several_words_and_a_unit_before_the_title(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Tokyo on 5 May.\n\nKenichi Aoyama, the Agriculture Department's "
        "Director, described the program. Dr. Nurul Huda, the APO Secretariat's Program Officer in charge of the "
        "workshop, spoke. The APO's Industry Department Program Officer, Dr. Rahim Shafiq, briefed the group. "
        "At the Japan Productivity Center (JPC), JPC's International Cooperation Department Senior Manager, "
        "Takeshi Hamada, outlined its history.",
    )
    roles = roles_of(d)
    assert ("kenichi-aoyama", "agriculture-department", "Director") in roles
    assert ("nurul-huda", "apo-secretariat", "Program Officer") in roles
    assert ("rahim-shafiq", "apo-industry-department", "Program Officer") in roles
    unit = next(e["id"] for e in d["entities"] if e["label"].startswith("International Cooperation Department"))
    assert ("takeshi-hamada", unit, "Senior Manager") in roles


def test_a_bare_secretary_general_belongs_to_the_intergovernmental_body_named(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was organized by the APO in Tokyo on 5 May.\n\nSecretary-General Dr. Ravi Menon "
        "welcomed the delegates, and Director Dr. Kim Soo-jin spoke.",
    )
    roles = roles_of(d)
    assert ("ravi-menon", "apo", "Secretary-General") in roles
    assert not any(p == "kim-soo-jin" for p, _, _ in roles)


def test_a_body_named_with_its_country_and_a_city_followed_by_the_country(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Development Academy of the Philippines hosted the Workshop on Incubation in Tagaytay City, the "
        "Philippines, between 2 and 6 July, with SME Corporation Malaysia (SME Corp. Malaysia) and the Department "
        "of Trade and Industry.\n\nNoraini Ismail, Chief Executive Officer, SME Corp. Malaysia, spoke.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    corp = next(e for e in d["entities"] if e["label"] == "SME Corporation Malaysia")
    assert corp["aliases"] == ["SME Corp. Malaysia"]
    assert ("noraini-ismail", corp["id"], "Chief Executive Officer") in roles_of(d)
    assert (corp["id"], "basedIn", "mys") in got and (corp["id"], "basedIn", "phl") not in got
    assert ("tagaytay-city", "locatedIn", "phl") in got
    assert ("department-of-trade-and-industry", "basedIn", "phl") in got


def test_sites_placed_by_their_description_or_the_city_of_the_visit(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Taipei on 5 May.\n\nThe group toured Saigon Precision Mechanics JSC, a "
        "Ho Chi Minh City maker of parts, and Kiyota Seiki Co., Ltd., a 45-employee maker of molds in the south "
        "of Tokyo. In Taichung, participants were received at Yung Feng Machine Tools Co., Ltd., a 120-employee "
        "Taichung firm. Participants visited two sites in Vientiane: Nakhong Food Industry Co., Ltd., a noodle "
        "producer, and the Food and Drug Quality Control Center. They also met Lotus Cloud, a Cloud-based firm.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    for firm, city in (
        ("saigon-precision-mechanics-jsc", "ho-chi-minh-city"),
        ("kiyota-seiki-co-ltd", "tokyo"),
        ("yung-feng-machine-tools-co-ltd", "taichung"),
        ("nakhong-food-industry-co-ltd", "vientiane"),
        ("food-and-drug-quality-control-center", "vientiane"),
    ):
        assert (firm, "basedIn", city) in got
    assert ("workshop-on-lean", "visited", "yung-feng-machine-tools-co-ltd") in got
    assert not any(s == "lotus-cloud" and r == "basedIn" for s, r, _ in got)


def test_participants_countries_after_an_aside_or_a_second_from(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Training Course on Food Safety was held in Vientiane on 5 May.\n\nThe nineteen participants, food "
        "technologists and quality managers among them, came from four member countries: Bangladesh, Cambodia, "
        "Fiji, and Vietnam. Sixty-four guests from 17 member countries attended the closing; the delegations "
        "from Mongolia and Nepal were the largest.",
    )
    got = {s["object"] for s in d["statements"] if s["relation"] == "participantFrom"}
    assert {"bgd", "khm", "fji", "vnm", "mng", "npl"} <= got


def test_a_new_name_with_its_title_in_a_relative_clause(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Taipei on 5 May.\n\nLiao Shu-fen, who is Deputy Director-General of the "
        "Small and Medium Enterprise Administration (SMEA), opened the workshop. Chen Mei, who was at the "
        "Taipei office until 2019, now consults.",
    )
    assert ("liao-shu-fen", "small-and-medium-enterprise-administration", "Deputy Director-General") in roles_of(d)
    assert not any(e["label"] == "Chen Mei" and e["class"] in ("Official", "Expert") for e in d["entities"])


def test_people_who_learned_something_at_a_named_workshop_attended_it(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "Twenty-three officials from 15 member economies learned how to redesign services at the Workshop on "
        "Design Thinking, held November 26 to 29, 2019, in Pasig City. The participants came from Fiji and Nepal.",
    )
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    w = "workshop-on-design-thinking"
    assert {(w, "heldIn", "pasig-city"), (w, "participantFrom", "fji"), (w, "participantFrom", "npl")} <= got
    assert {(a["property"], a["value"]) for a in d["attributes"] if a["entity"] == w} >= {
        ("startDate", "2019-11-26"),
        ("participantCount", 23),
    }


def test_an_org_title_honorific_name_of_the_secretariats_department(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was organized by the APO in Tokyo on 5 May.\n\nAPO Program Officer Mr. Kavinda "
        "Jayasuriya of the Secretariat's Research and Planning Department then briefed the participants.",
    )
    unit = next(e for e in d["entities"] if e["label"] == "APO Secretariat Research and Planning Department")
    assert ("kavinda-jayasuriya", unit["id"], "Program Officer") in roles_of(d)
    assert (unit["id"], "partOf", "apo-secretariat") in {
        (s["subject"], s["relation"], s["object"]) for s in d["statements"]
    }


def test_a_center_of_excellence_is_a_program_and_the_items_event_stays_in_focus(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "First activity: Workshop on Digital Maturity\n\nThe APO Center of Excellence on Digital Transformation "
        "(COE) opened at FTPI in Bangkok in August. The COE's first activity, the Workshop on Digital Maturity "
        "for SMEs, followed on 9-10 August in Bangkok. Ms. Yuriko Shimizu, Program Officer, APO Secretariat, "
        "welcomed the participants and explained how the COE fits into the APO's plans.",
    )
    progs = {e["label"]: e for e in d["entities"] if e["class"] in ("Program", "Workshop")}
    assert set(progs) == {"Center of Excellence on Digital Transformation", "Workshop on Digital Maturity for SMEs"}
    w = progs["Workshop on Digital Maturity for SMEs"]["id"]
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert (w, "welcomedBy", "yuriko-shimizu") in got and (w, "heldIn", "bangkok") in got


def test_a_unit_named_with_its_parent_is_labelled_unit_comma_parent(extractor: Extractor) -> None:
    """The curation rule of tests/extract/README.md: units get a label "Unit, Parent"."""
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Seoul on 5 May.\n\nThe resource persons were Kim Hyun-woo (ROK), "
        "Professor, Department of Economics, Chungnam National University; and Ravi Das (India), Director, "
        "Office of the Development Commissioner (DC-MSME), Ministry of Micro, Small and Medium Enterprises. Jennifer "
        "Uy, Vice President, Center for Governance, Development Academy of the Philippines, also spoke.",
    )
    labels = {e["label"]: e for e in d["entities"]}
    unit = labels["Department of Economics, Chungnam National University"]
    assert ("kim-hyun-woo", unit["id"], "Professor") in roles_of(d)
    assert "Office of the Development Commissioner" in labels  # an abbreviation of its own: its own name
    cg = labels["Center for Governance, Development Academy of the Philippines"]
    assert cg["aliases"] == ["Center for Governance"]
    assert ("jennifer-uy", cg["id"], "Vice President") in roles_of(d)


def test_a_professor_of_a_universitys_school(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Tokyo on 5 May.\n\nThe resource persons were Prof. Hiroko Ishida of "
        "Keio University's Graduate School of Business Administration; and Daisuke Fujimura, Managing Director, "
        "Fujimura Kaizen Consulting Co., Ltd.",
    )
    unit = next(e for e in d["entities"] if e["label"].startswith("Graduate School of Business Administration"))
    assert (unit["label"], unit["class"]) == (
        "Graduate School of Business Administration, Keio University",
        "AcademicUnit",
    )
    assert ("hiroko-ishida", unit["id"], "Professor") in roles_of(d)


def test_initials_in_a_name_and_secretary_to_a_ministry(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Colombo on 5 May.\n\nMr. W.A. Chandana Perera, Secretary to the Ministry "
        "of Public Administration, inaugurated the workshop.",
    )
    ministry = next(e["id"] for e in d["entities"] if e["class"] == "Ministry")
    assert ("w-a-chandana-perera", ministry, "Secretary") in roles_of(d)


def test_a_ministry_heads_remit_list_after_a_name_names_the_ministry(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was held in Suva on 5 May.\n\nRemarks were made by Sevanaia Tuilevuka, Permanent "
        "Secretary for Industry, Trade and Tourism, and by Ana Lee, Director for Trade, Fiji Revenue Authority.",
    )
    ministry = next(e for e in d["entities"] if e["class"] == "Ministry")
    assert ministry["label"] == "Ministry of Industry, Trade and Tourism"
    assert ("sevanaia-tuilevuka", ministry["id"], "Permanent Secretary") in roles_of(d)
    assert sum(e["class"] == "Ministry" for e in d["entities"]) == 1


def test_a_second_role_after_an_org_title_or_a_parent_body(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Training Course on Lean was organized by the Development Academy of the Philippines (DAP) in Manila "
        "on 5 May.\n\nMarcelino Tolentino, DAP President and CEO, who is also the APO Director for the Philippines, "
        "opened the course. Khamphone Sisavath, Director General of the Department of SME Promotion (DOSMEP), "
        "Ministry of Industry and Commerce (MOIC), who is also the APO Alternate Director for the Lao PDR, spoke.",
    )
    roles = roles_of(d)
    dap = "development-academy-of-the-philippines"
    assert ("marcelino-tolentino", dap, ("President", "CEO")) in roles
    assert ("marcelino-tolentino", "apo", "Director for the Philippines") in roles
    assert ("khamphone-sisavath", "apo", "Alternate Director for the Lao PDR") in roles


def test_a_unit_after_at_a_possessive_and_a_title_with_words_outside_the_lexicon(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Training Course on Lean was organized by the Development Academy of the Philippines (DAP) in Manila "
        "on 5 May.\n\nMa. Teresa Reyes, Lean Practice Leader at DAP's Center for Quality and Competitiveness, "
        "spoke. The speakers included Salote Naivalu, Principal Agricultural Officer at Fiji's Ministry of "
        "Agriculture.",
    )
    roles = roles_of(d)
    unit = next(e for e in d["entities"] if e["label"].startswith("Center for Quality"))
    assert unit["label"] == "Center for Quality and Competitiveness, Development Academy of the Philippines"
    assert ("ma-teresa-reyes", unit["id"], "Lean Practice Leader") in roles
    assert ("salote-naivalu", "ministry-of-agriculture", "Principal Agricultural Officer") in roles


def test_an_owners_unit_then_a_title_before_a_name_and_an_abbreviation_spelled_out_later(
    extractor: Extractor,
) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Lean was organized by the China Productivity Center (CPC) in Taichung on 5 May.\n\n"
        "CPC's Smart Manufacturing Division Manager Lin Yi-chen led the hands-on sessions. KOSGEB Vice President "
        "Murat Erdem then briefed the delegates at the headquarters of the Small and Medium Enterprises "
        "Development Organization (KOSGEB).",
    )
    roles = roles_of(d)
    unit = next(e for e in d["entities"] if e["label"].startswith("Smart Manufacturing Division"))
    assert unit["label"] == "Smart Manufacturing Division, China Productivity Center"
    assert ("lin-yi-chen", unit["id"], "Manager") in roles
    kosgeb = next(e for e in d["entities"] if "KOSGEB" in e["aliases"])
    assert ("murat-erdem", kosgeb["id"], "Vice President") in roles
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("workshop-on-lean", "conductedBy", "lin-yi-chen") in got


def test_the_headline_under_its_breadcrumb_ends_the_sites_banner() -> None:
    art = read_article(
        "National Productivity Organization\n\nMinistry of Industries & Production, Government of Pakistan\n\n"
        "Media Center » Press Releases » NPO delegation studies Turkish SME support model\n\n"
        "NPO delegation studies Turkish SME support model\n\nIslamabad, May 20, 2016\n\n"
        "A six-member delegation from Pakistan visited Turkey.".encode(),
        "x.txt",
    )
    assert art.title == "NPO delegation studies Turkish SME support model"
    assert art.paragraphs == ["A six-member delegation from Pakistan visited Turkey."]


def test_a_delegation_comprised_colon_lists_who_attended(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "A six-member delegation from Pakistan visited Turkey from 9 to 13 May 2016.\n\nThe delegation comprised: "
        "Mr. Muhammad Aslam Chaudhry, Chief Executive Officer, NPO; Ms. Sadia Rehman, General Manager, Small and "
        "Medium Enterprises Development Authority (SMEDA); and Ms. Hina Zafar, Deputy Director, NPO.",
    )
    visit = next(e["id"] for e in d["entities"] if e["class"] == "DelegationVisit")
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    for who in ("muhammad-aslam-chaudhry", "sadia-rehman", "hina-zafar"):
        assert (who, "attended", visit) in got and (who, "basedIn", "pak") in got


def test_a_legal_form_ends_a_firms_name_before_and(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Clusters was held in Tehran on 5 May.\n\nThe group toured Nikan Furniture Co. and Arya "
        "Charm Leather Products, two members of a cluster, and met the Ministry of Industry and Mines.",
    )
    labels = {e["label"] for e in d["entities"]}
    assert {"Nikan Furniture Co.", "Arya Charm Leather Products", "Ministry of Industry and Mines"} <= labels


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Do Minh Khoa, Head of the Lean Training Division at VNPI, shared cases from its own coaching.",
        "Dr. Do Minh Khoa, Head of the Lean Training Division at VNPI, covered coaching techniques.",
        "Dr. Do Minh Khoa, Head of the Lean Training Division at VNPI, moderated the closing panel.",
        "Dr. Do Minh Khoa, Head of the Lean Training Division at VNPI, gave an overview of the program.",
    ],
)
def test_more_verbs_of_a_speaker(extractor: Extractor, sentence: str) -> None:
    d = draft_of(extractor, "The Training Course on Lean was held in Hanoi, Vietnam, 5-8 May 2024.\n\n" + sentence)
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert ("training-course-on-lean", "conductedBy", "do-minh-khoa") in got


def test_a_sidebar_heading_that_repeats_the_breadcrumb_is_not_the_headline() -> None:
    """Round-6 lookalike: the breadcrumb's last part ("News") as a heading after the story has begun."""
    art = read_article(
        "Home » News\n\nWorkshop on Lean opens in Colombo\n\n5 May 2024\n\nThe Workshop on Lean was held in "
        "Colombo on 5 May. Twenty managers attended.\n\nNews\n\nMore items will follow.".encode(),
        "x.txt",
    )
    assert art.title == "Workshop on Lean opens in Colombo"
    assert art.paragraphs[0].startswith("The Workshop on Lean was held")


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "They toured Lanka Spice Mills, a maker of spices that sells in Japan and Fiji.",
            ("lanka-spice-mills", "basedIn", "jpn"),
        ),
        ("GVC Adviser Dr. Lee Jong-ho said SMEs must join GVCs.", ("lee-jong-ho", "represents", "gvc")),
        ("NGO Director Ms. Rina Sari spoke.", ("rina-sari", "represents", "ngo")),
        (
            "Digital Transformation Adviser Dr. Lee Jong-ho opened the session.",
            ("lee-jong-ho", "represents", "digital-transformation"),
        ),
        (
            "Participants from Fiji and Nepal attended; the trainers from Japan led the sessions.",
            ("workshop-on-quality", "participantFrom", "jpn"),
        ),
        (
            "Members of the delegation were taken on a tour by Mr. Sunil Perera, Director, Sunrise Foods.",
            ("sunil-perera", "attended", "workshop-on-quality"),
        ),
        ("• Day 2, Morning: Sunrise Foods hosted a plant tour.", ("sunrise-foods", "basedIn", "morning")),
        (
            "The grants covered 40 percent of the cost, said Ms. Rina Sari, owner of Sunrise Foods.",
            ("workshop-on-quality", "conductedBy", "rina-sari"),
        ),
        (
            "Dr. Lee Jong-ho moderated the questions from the floor while Ms. Rina Sari, a participant, asked about "
            "costs.",
            ("workshop-on-quality", "conductedBy", "rina-sari"),
        ),
        (
            "Participants shared cases from their firms; Ms. Rina Sari, a participant from Fiji, described hers.",
            ("workshop-on-quality", "conductedBy", "rina-sari"),
        ),
        (
            "The action plans drafted at the workshop will be implemented by Sunrise Foods.",
            ("workshop-on-quality", "runBy", "sunrise-foods"),
        ),
        (
            "Ms. Rina Sari, Deputy Minister for SMEs at the Ministry of Industry and Commerce, spoke.",
            ("rina-sari", "represents", "ministry-of-smes"),
        ),
        (
            "The course was organized by the APO. At the Federation of Chambers of Commerce, Secretary-General Mr. "
            "Sunil Perera briefed the group.",
            ("sunil-perera", "represents", "apo"),
        ),
    ],
)
def test_round6_rules_do_not_fire_on_lookalikes(
    extractor: Extractor, sentence: str, wrong: tuple[str, str, str]
) -> None:
    """Lookalikes found by a review of round 6's rules (a firm placed by its description, participants 'from',
    an organization before a title and an honorific, speaker verbs, ...): none may yield the wrong statement."""
    d = draft_of(extractor, "A Workshop on Quality was held in Colombo, Sri Lanka, 5-8 May 2024.\n\n" + sentence)
    got = {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}
    assert wrong not in got


def test_a_professors_unit_without_a_title_and_a_legal_form_ending_a_sentence(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Twins was held in Taichung on 5 May.\n\nThe resource persons were Prof. Huang Wen-chi, "
        "Department of Mechanical Engineering, National Chung Hsing University (NCHU); Prof. Kim Hyun-woo (ROK), "
        "Department of Economics, Chungnam National University; and Marco Bellini (Italy), Managing Partner, "
        "Distretti Consulting S.r.l. Karatas traced how zones pool services. Dr. Lee Min, Department of Trade, "
        "spoke.",
    )
    roles = roles_of(d)
    units = {e["label"]: e["id"] for e in d["entities"]}
    assert (
        "huang-wen-chi",
        units["Department of Mechanical Engineering, National Chung Hsing University"],
        "Professor",
    ) in roles
    assert ("kim-hyun-woo", units["Department of Economics, Chungnam National University"], "Professor") in roles
    assert ("marco-bellini", units["Distretti Consulting S.r.l."], "Managing Partner") in roles
    assert not any(p == "lee-min" for p, _, _ in roles)  # "Dr.", not "Prof.": no title is made up


def test_a_possessive_inside_a_university_name(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Energy was held in Bangkok on 5 May.\n\nThe speakers included Prof. Somchai Rattanakorn, "
        "Associate Professor, Joint Graduate School of Energy and Environment, King Mongkut's University of "
        "Technology Thonburi, and Dr. Chaminda Silva of Sri Lanka's University of Sri Jayewardenepura.",
    )
    labels = {e["label"] for e in d["entities"]}
    assert "King Mongkut's University of Technology Thonburi" in labels
    assert "University of Sri Jayewardenepura" in labels
    assert not any(x.startswith("Sri Lanka's") for x in labels)


def test_a_bare_title_after_at_org_is_that_bodys(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The study visit was held in Bangkok on 5 May.\n\nAt the Office of SMEs Promotion (OSMEP), Deputy Director "
        "Ms. Waraporn Chaiyasit explained the voucher scheme. At the plant of Siam Foods in Rayong, the group met "
        "Director Ms. Anong Sri and OSMEP staff.",
    )
    roles = roles_of(d)
    assert ("waraporn-chaiyasit", "office-of-smes-promotion", "Deputy Director") in roles
    # "At the plant of Siam Foods in Rayong," is no "At ORG," opener: the director is placed only by the linker of
    # titled people no rule placed (the nearest body before her), with a lower confidence
    (anong,) = [s for s in d["statements"] if s["subject"] == "anong-sri" and s["relation"] == "represents"]
    assert (anong["object"], anong["title"], anong["confidence"]) == (id_of(d, "Siam Foods"), "Director", 0.6)


def test_the_permanent_secretary_for_a_remit_list_before_the_name(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Training Course on Tourism was held in Nadi on 5 May.\n\nThe Permanent Secretary for Industry, Trade "
        "and Tourism, Mr. Josaia Naivalu, opened the course. The Director for Strategic Research, Ms. Ana Tui, spoke.",
    )
    ministry = next(e for e in d["entities"] if e["class"] == "Ministry")
    assert ministry["label"] == "Ministry of Industry, Trade and Tourism"
    assert ("josaia-naivalu", ministry["id"], "Permanent Secretary") in roles_of(d)
    assert sum(e["class"] == "Ministry" for e in d["entities"]) == 1


def test_two_roles_before_a_name_a_ministry_and_a_body(extractor: Extractor) -> None:
    d = draft_of(
        extractor,
        "The Workshop on Clusters was organized by the Iran Small Industries and Industrial Parks Organization "
        "(ISIPO) in Tehran on 5 May.\n\nDeputy Minister of Industry, Mine and Trade and Managing Director of ISIPO "
        "Mr. Alireza Karimifar inaugurated the workshop.",
    )
    roles = roles_of(d)
    ministry = next(e for e in d["entities"] if e["class"] == "Ministry")
    assert ministry["label"] == "Ministry of Industry, Mine and Trade"
    assert ("alireza-karimifar", ministry["id"], "Deputy Minister") in roles
    isipo = next(e["id"] for e in d["entities"] if "ISIPO" in e["aliases"])
    assert ("alireza-karimifar", isipo, "Managing Director") in roles
