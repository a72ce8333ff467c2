"""kg release: the partner bundle is complete, described (VoID/DCAT), checksummed, reproducible and atomic."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL

import kg
from kg import export as ex
from kg import release as rel

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
DATASET = URIRef("https://w3id.org/smekg/dataset")
FILES = [
    "SHA256SUMS",
    "context.jsonld",
    "shapes.ttl",
    "sme-kg.cyjs",
    "sme-kg.gexf",
    "sme-kg.graphml",
    "sme-kg.jsonld",
    "sme-kg.nq",
    "sme-kg.nt",
    "sme-kg.rdf",
    "sme-kg.trig",
    "sme-kg.ttl",
    "void.ttl",
]


@pytest.fixture(scope="module")
def bundle(seed_kg, tmp_path_factory):
    target = tmp_path_factory.mktemp("rel") / "release"
    kg.write_release(seed_kg, target, quiet=True)
    return target


def test_bundle_has_every_file(bundle):
    assert sorted(p.name for p in bundle.iterdir()) == FILES


def test_manifest_checks_every_other_file(bundle):
    lines = (bundle / "SHA256SUMS").read_text().splitlines()
    listed = {}
    for line in lines:
        digest, name = line.split("  ")
        listed[name] = digest
    assert sorted(listed) == [f for f in FILES if f != "SHA256SUMS"]
    for name, digest in listed.items():
        assert hashlib.sha256((bundle / name).read_bytes()).hexdigest() == digest, name


def test_void_describes_title_license_version_date_and_counts(bundle, seed_kg):
    g = Graph().parse(bundle / "void.ttl", format="turtle")
    assert g.value(DATASET, DCTERMS.title) == Literal("SME-support ecosystem knowledge graph", lang="en")
    assert g.value(DATASET, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    onto_version = seed_kg.ontology.graph.value(URIRef("https://w3id.org/smekg/ontology"), OWL.versionInfo)
    assert str(g.value(DATASET, OWL.versionInfo)) == str(onto_version) == "0.1.0"
    # the newest source date in the data (the reference list), not today's date
    created = g.value(DATASET, DCTERMS.created)
    assert str(created) == max(s.date for s in seed_kg.records.sources.values()).isoformat() == "2026-11-26"
    counts = {str(g.value(sub, SD.name)): int(g.value(sub, VOID.triples)) for sub in g.objects(DATASET, VOID.subset)}
    assert counts == seed_kg.stats()["graphs"]
    assert counts["https://w3id.org/smekg/id/source/reference-apo-members"] == sum(
        1 for q in seed_kg.quads if str(q[3]).endswith("/reference-apo-members")
    )
    assert int(g.value(DATASET, VOID.triples)) == len(seed_kg.quads)
    sizes = {
        str(g.value(d, DCTERMS.title)): int(g.value(d, DCAT.byteSize)) for d in g.objects(DATASET, DCAT.distribution)
    }
    assert sizes["sme-kg.nq"] == (bundle / "sme-kg.nq").stat().st_size
    assert g.value(URIRef("https://w3id.org/smekg/dataset/sme-kg.ttl"), DCAT.mediaType) == Literal("text/turtle")


def test_bundle_files_are_the_exports_and_conform(bundle, seed_kg):
    assert (bundle / "sme-kg.nt").read_bytes() == ex.export_format(seed_kg, "nt", with_ontology=True)
    assert (bundle / "context.jsonld").read_bytes() == ex.CONTEXT_PATH.read_bytes()
    data = Graph().parse(bundle / "sme-kg.ttl", format="turtle")
    shapes = Graph().parse(bundle / "shapes.ttl", format="turtle")
    assert kg.shacl_validate(data, shapes) == []


def test_two_releases_are_byte_identical(bundle, seed_kg, tmp_path):
    again = tmp_path / "again"
    kg.write_release(kg.load(seed_kg.data_dir), again, quiet=True)
    for name in FILES:
        assert (again / name).read_bytes() == (bundle / name).read_bytes(), name


def test_release_replaces_an_earlier_release(seed_kg, tmp_path):
    target = tmp_path / "r"
    kg.write_release(seed_kg, target, quiet=True)
    (target / "sme-kg.ttl").write_text("stale")
    (target / "leftover.txt").write_text("from an older layout")
    kg.write_release(seed_kg, target, quiet=True)
    assert sorted(p.name for p in target.iterdir()) == FILES
    assert (target / "sme-kg.ttl").read_bytes() == ex.export_format(seed_kg, "turtle", with_ontology=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]  # no temporary folders left


def test_release_refuses_a_folder_that_is_not_a_release(cli, tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "notes.txt").write_text("keep me")
    r = cli("release", str(target))
    assert r.exit_code == 2
    assert "is not empty and holds no earlier release (SHA256SUMS)" in r.stderr
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_failure_mid_release_leaves_the_old_bundle_and_no_temp(seed_kg, tmp_path, monkeypatch):
    target = tmp_path / "r"
    kg.write_release(seed_kg, target, quiet=True)
    before = {p.name: p.read_bytes() for p in target.iterdir()}

    def boom(sel):
        raise KeyboardInterrupt  # Ctrl-C while writing GEXF

    gexf = ex.FORMATS["gexf"]
    monkeypatch.setitem(ex.FORMATS, "gexf", ex.Format(**{**gexf.__dict__, "write": boom}))
    with pytest.raises(KeyboardInterrupt):
        kg.write_release(seed_kg, target, quiet=True)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]


def test_failure_while_writing_files_leaves_nothing(seed_kg, tmp_path, monkeypatch):
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 5:
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(rel.os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left"):
        kg.write_release(seed_kg, tmp_path / "r", quiet=True)
    assert list(tmp_path.iterdir()) == []


def test_cli_release_lists_files(cli, tmp_path):
    r = cli("release", str(tmp_path / "out"), "--quiet")
    assert r.exit_code == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith(f"wrote {tmp_path / 'out'}/ (13 files, ")
    assert [line.split()[0] for line in lines[1:]] == FILES
