"""SHACL at scale: the compiled shapes give the reference's results; the file-hash cache re-checks what changed.

The cache is used above ``2 * part_size`` quads; these tests pass ``part_size=400`` so that
a 3000-triple synthetic dataset (77 source files) takes the cached path.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal, URIRef

import kg
import kg.validate as kv
from kg.ontology import ID, ONTOLOGY_DIR, SME
from kg.synth import synthesize
from kg.validate import (
    ShaclResult,
    cache_path,
    compile_shapes,
    load_shapes,
    shacl_check,
    shacl_check_cached,
    shacl_validate,
    source_state,
    union_graph,
)

EXAMPLES = Path(__file__).resolve().parent / "shapes"
PART = 400
BLANK_ALIAS = ShaclResult(
    focus="blank-alias-org",
    path="skos:altLabel",
    message="An alias (skos:altLabel) is a non-empty plain string.",
    value="",
    shape="altLabel",
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "ds"
    synthesize(3000, seed=7, out_dir=out)
    return out


@pytest.fixture
def ds(pristine, tmp_path) -> Path:
    out = tmp_path / "ds"
    shutil.copytree(pristine, out)
    return out


def run(d: Path) -> tuple[list[ShaclResult], str]:
    """What `kg validate` does: hash the files, load, SHACL with the cache."""
    state = source_state(d)
    return shacl_check_cached(kg.load(d), state, part_size=PART)


def sources(d: Path) -> list[Path]:
    return sorted((d / "sources").glob("*.yaml"))


def add_to(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# -- compiled shapes = the shapes as written ------------------------------------------------
@pytest.fixture(scope="module")
def ontology_triples() -> list[tuple]:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "sme.ttl", format="turtle")
    g.parse(ONTOLOGY_DIR / "concepts.ttl", format="turtle")
    return list(g)


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.ttl")))
def test_compiled_shapes_give_the_same_results_on_every_example(example, ontology_triples):
    sg = load_shapes()

    def data() -> Graph:
        g = Graph()
        for t in ontology_triples:
            g.add(t)
        return g.parse(EXAMPLES / example, format="turtle")

    fast = kv._results(data(), compile_shapes(sg))
    assert sorted(set(fast)) == shacl_validate(data(), sg)
    assert bool(fast) == example.endswith("-invalid.ttl")


def test_compiled_shapes_have_no_nested_property_shape_and_no_sh_or_of_classes_left():
    sg = load_shapes()
    fast = compile_shapes(sg)
    assert list(fast.graph.subject_objects(kv.SH.property)) == []
    assert list(fast.graph.subject_objects(kv.SH["or"])) == []
    based_in = URIRef("https://w3id.org/smekg/shapes#basedIn")
    (prop,) = sg.objects(based_in, kv.SH.property)
    assert fast.owners[prop] == based_in
    assert list(fast.graph.objects(prop, kv.SH.targetSubjectsOf)) == [SME.basedIn]
    (helper,) = fast.graph.objects(prop, kv.SH["class"])
    assert str(helper).startswith(kv.UNION_NS)
    assert {c for c, _p, u in fast.axioms if u == helper} == {SME.Country, SME.Place}


def test_data_naming_a_helper_class_keeps_sh_or_as_written(pristine):
    graph = kg.load(pristine)
    sg = load_shapes()
    (offers_domain,) = sg.objects(URIRef("https://w3id.org/smekg/shapes#offers"), kv.SH["or"])
    (helper,) = compile_shapes(sg).graph.objects(URIRef("https://w3id.org/smekg/shapes#offers"), kv.SH["class"])
    person = next(e for e in graph.records.entities.values() if e.cls == "Person")
    g = URIRef("https://w3id.org/smekg/id/source/injected")
    # A Person offering something breaks shapes:offers; were Person a subclass of the helper
    # class, sh:class would let it pass where sh:or does not.
    quads = list(graph.quads)
    quads += [(SME.Person, RDFS.subClassOf, helper, g), (person.iri, SME.offers, URIRef(str(kv.SH) + "x"), g)]
    whole = shacl_validate(union_graph(quads))
    assert any(r.focus == person.id and r.shape == "offers" and not r.path for r in whole)
    assert shacl_check(quads, part_size=PART)[0] == whole
    assert offers_domain


# -- focus: the violations of those nodes, as the whole run finds them ----------------------
def test_focus_finds_what_the_whole_run_finds_for_those_nodes(pristine):
    graph = kg.load(pristine)
    ents = list(graph.records.entities.values())
    progs = [e for e in ents if graph.ontology.is_a(e.cls, "Program")]
    orgs = [e for e in ents if graph.ontology.is_a(e.cls, "Organization")]
    g = URIRef("https://w3id.org/smekg/id/source/injected")
    date = URIRef("http://www.w3.org/2001/XMLSchema#date")
    quads = list(graph.quads)
    quads += [(p.iri, SME.startDate, Literal("2099-01-01", datatype=date), g) for p in progs[:3]]
    quads += [(o.iri, RDFS.label, Literal("A second label"), g) for o in orgs[:2]]
    quads += [(orgs[0].iri, SME.organized, orgs[1].iri, g)]
    whole = shacl_validate(union_graph(quads))
    focus = {str(progs[0].iri), str(orgs[0].iri), str(orgs[5].iri)}
    found, how = shacl_check(quads, part_size=PART, focus=focus)
    assert how == "1 part by subject on 1 process"
    assert found == [r for r in whole if str(ID) + r.focus in focus]
    assert {r.focus for r in found} == {progs[0].id, orgs[0].id}
    assert len(whole) > len(found)


# -- the cache --------------------------------------------------------------------------------
def test_cold_run_writes_the_cache_next_to_the_data_and_a_warm_run_reuses_it(ds):
    assert run(ds) == ([], "6 parts by subject on 2 processes; no cache yet: all 77 sources checked")
    path = cache_path(ds)
    assert path == ds.parent / ".kg-cache" / "shacl-ds.json"
    assert not list(ds.rglob("*.json"))  # never inside the data folder
    doc = json.loads(path.read_text())
    assert doc["format"] == 1 and len(doc["sources"]) == 77
    assert run(ds) == ([], "0 of 77 sources changed, 77 reused from cache; nothing to re-check")


def test_an_edit_that_breaks_a_shape_is_caught_with_the_cache_warm(ds):
    run(ds)
    before = cache_path(ds).read_bytes()
    # The loader lets a blank alias through (it strips it to ""); shapes:altLabel does not.
    add_to(sources(ds)[3], '\nentities:\n  - {id: blank-alias-org, class: Firm, label: "Blank Org", aliases: [" "]}\n')
    results, note = run(ds)
    assert results == [BLANK_ALIAS]
    assert note.startswith("1 of 77 sources changed, 76 reused from cache; ")
    assert results == shacl_validate(union_graph(kg.load(ds).quads))  # the reference agrees
    assert cache_path(ds).read_bytes() == before  # a failed run leaves the cache as it was
    # Still caught on the next run, and gone once fixed (the file is then as cached).
    assert run(ds)[0] == [BLANK_ALIAS]
    text = sources(ds)[3].read_text()
    sources(ds)[3].write_text(text.replace('aliases: [" "]', 'aliases: ["BAO"]'))
    results, note = run(ds)
    assert results == []
    assert note.startswith("1 of 77 sources changed, 76 reused from cache; ")
    assert run(ds) == ([], "0 of 77 sources changed, 77 reused from cache; nothing to re-check")


def test_a_registry_change_invalidates_everything(ds):
    run(ds)
    add_to(ds / "registry" / "organizations.yaml", '\n- {id: late-firm, class: Firm, label: "Late Firm"}\n')
    assert run(ds) == (
        [],
        "6 parts by subject on 2 processes; registry, ontology, shapes or code changed: all 77 sources checked",
    )
    assert run(ds)[1].startswith("0 of 77 sources changed")


def test_a_shapes_change_invalidates_everything(ds, tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shutil.copy(kv.SHAPES_PATH, shapes)
    assert source_state(ds, shapes).key == source_state(ds).key
    add_to(shapes, "\n# a comment is a change too\n")
    assert source_state(ds, shapes).key != source_state(ds).key
    assert source_state(ds, shapes).files == source_state(ds).files


def test_a_removed_source_rechecks_the_nodes_it_gave_triples_to(ds, monkeypatch):
    run(ds)
    gone = sources(ds)[5]
    subjects = json.loads(cache_path(ds).read_text())["sources"][gone.name]["subjects"]
    gone.unlink()
    seen = spy_on_focus(monkeypatch)
    results, note = run(ds)
    assert results == []
    assert note.startswith("0 of 76 sources changed (1 removed), 76 reused from cache; ")
    assert seen[0] == {str(ID) + s for s in subjects}


def spy_on_focus(monkeypatch) -> list:
    seen: list = []
    real = kv.shacl_check

    def spy(quads, *args, focus=None, **kw):
        seen.append(focus)
        return real(quads, *args, focus=focus, **kw)

    monkeypatch.setattr(kv, "shacl_check", spy)
    return seen


def test_a_type_changed_in_one_file_rechecks_who_points_to_it_in_the_others(ds, monkeypatch):
    a, b, c = sources(ds)[0], sources(ds)[1], sources(ds)[2]
    add_to(a, "\nentities:\n  - {id: extra-firm, class: Firm, label: Extra Firm}\n")
    graph = kg.load(ds)
    program_of_b = next(
        st.subject for st in graph.records.statements if st.relation == "heldIn" and st.at.file == str(b)
    )
    text = b.read_text()
    b.write_text(
        text.replace(
            "\nstatements:\n",
            f"\nstatements:\n  - {{subject: {program_of_b}, relation: conductedBy, object: extra-firm}}\n",
            1,
        )
    )
    assert run(ds)[0] == []
    add_to(c, "\n")  # a change that gives the same triples: its subjects are re-checked, nothing more
    seen = spy_on_focus(monkeypatch)
    run(ds)
    assert str(ID) + program_of_b not in seen[0]
    # extra-firm becomes another kind of organization: the program of (unchanged) b points to it.
    a.write_text(a.read_text().replace("class: Firm, label: Extra Firm", "class: Association, label: Extra Firm"))
    results, note = run(ds)
    assert results == []
    assert note.startswith("1 of 77 sources changed, 76 reused from cache; ")
    assert str(ID) + program_of_b in seen[1]
    assert str(ID) + "extra-firm" in seen[1]


def test_without_a_state_or_below_the_threshold_no_cache_is_read_or_written(ds):
    graph = kg.load(ds)
    assert shacl_check_cached(graph, None, part_size=PART) == ([], "6 parts by subject on 2 processes")
    assert shacl_check_cached(graph, source_state(ds)) == ([], "whole graph")
    assert not cache_path(ds).parent.exists()


def test_an_unreadable_cache_means_a_full_run(ds):
    run(ds)
    cache_path(ds).write_text("{not json")
    assert run(ds)[1].endswith("cache unreadable: all 77 sources checked")
    assert run(ds)[1].startswith("0 of 77 sources changed")


def test_a_file_changed_during_the_run_is_not_remembered(ds):
    run(ds)
    before = cache_path(ds).read_bytes()
    state = source_state(ds)  # hashed, then the file changes before the graph is loaded
    sources(ds)[2].unlink()
    results, note = shacl_check_cached(kg.load(ds), state, part_size=PART)
    assert results == []
    assert note.endswith("; a source file changed during the run, cache not written")
    assert cache_path(ds).read_bytes() == before
    # The next run sees the removal and re-checks what that file stated.
    assert run(ds)[1].startswith("0 of 76 sources changed (1 removed), 76 reused from cache; ")


def test_a_damaged_cache_means_a_full_run(ds):
    run(ds)
    path = cache_path(ds)
    doc = json.loads(path.read_text())
    doc["sources"][next(iter(doc["sources"]))] = "oops"
    path.write_text(json.dumps(doc))
    assert run(ds)[1].endswith("cache unreadable: all 77 sources checked")
