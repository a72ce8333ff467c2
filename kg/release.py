"""The release bundle for partners: every export format, a VoID/DCAT description and a SHA-256 manifest.

``kg release DIR`` writes into ``DIR``:

* ``sme-kg.<ext>`` for every format of :data:`kg.export.FORMATS` (RDF formats
  with the ontology and concept scheme, so each file stands alone);
* ``context.jsonld`` (the JSON-LD context) and ``shapes.ttl`` (SHACL shapes);
* ``void.ttl``: title, license, version, creation date (the newest source date,
  not the clock), triples per named graph (``void:subset``) and the files;
* ``SHA256SUMS``: ``sha256sum -c`` compatible, one line per file.

The bundle is assembled in a temporary folder next to ``DIR`` and renamed into
place, so ``DIR`` is either the old bundle or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import DCTERMS, OWL

from .build import KnowledgeGraph
from .errors import UsageError
from .export import FORMATS, PREFIXES, context_bytes, export_format, newest_source_date, sorted_turtle
from .ontology import ONTOLOGY_IRI
from .progress import progress
from .validate import SHAPES_PATH

__all__ = ["BUNDLE", "DATASET_IRI", "bundle_files", "void_description", "write_bundle", "write_release"]

#: Stem of the data files in a release (``sme-kg.ttl``, ``sme-kg.nq``, ...).
BUNDLE = "sme-kg"
DATASET_IRI = "https://w3id.org/smekg/dataset"
_TITLE = "SME-support ecosystem knowledge graph"
_DESCRIPTION = (
    "Organizations, programs, people, places and countries of SME-support ecosystems, with the source of "
    "every statement: one named graph per source, a registry graph of who each entity is, the ontology and "
    "the concept scheme."
)
_DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"
_VOID_PREFIXES = {
    "void": "http://rdfs.org/ns/void#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
    **{p: PREFIXES[p] for p in ("dcterms", "owl", "xsd", "rdf")},
}
_MANIFEST = "SHA256SUMS"


def _iri(v: str) -> ox.NamedNode:
    return ox.NamedNode(v)


def _lit(v: object, dt: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(v), language=lang)
    return ox.Literal(str(v), datatype=ox.NamedNode(PREFIXES["xsd"] + dt)) if dt else ox.Literal(str(v))


def void_description(kg: KnowledgeGraph, files: dict[str, bytes]) -> bytes:
    """VoID/DCAT Turtle for the dataset: counts per named graph and the distribution files.

    Examples
    --------
    >>> from kg.build import load
    >>> ttl = void_description(load("data"), {}).decode()
    >>> 'dcterms:created "2026-11-26"^^xsd:date' in ttl
    True
    """
    v, dcat, dct, sd = (_VOID_PREFIXES[p] for p in ("void", "dcat", "dcterms", "sd"))
    rdf_type = _iri(PREFIXES["rdf"] + "type")
    onto = kg.ontology.graph
    version = str(onto.value(ONTOLOGY_IRI, OWL.versionInfo) or "0")
    version_iri = onto.value(ONTOLOGY_IRI, OWL.versionIRI)
    license_iri = str(onto.value(ONTOLOGY_IRI, DCTERMS.license) or _DEFAULT_LICENSE)
    per_graph = {g: len(lines) for g, lines in kg.lines.items()}
    titles = {str(s.iri): s.title for s in kg.records.sources.values()}

    ds = _iri(DATASET_IRI)
    t: list[ox.Triple] = [
        ox.Triple(ds, rdf_type, _iri(v + "Dataset")),
        ox.Triple(ds, rdf_type, _iri(dcat + "Dataset")),
        ox.Triple(ds, _iri(dct + "title"), _lit(_TITLE, lang="en")),
        ox.Triple(ds, _iri(dct + "description"), _lit(_DESCRIPTION, lang="en")),
        ox.Triple(ds, _iri(dct + "license"), _iri(license_iri)),
        ox.Triple(ds, _iri(dct + "created"), _lit(newest_source_date(kg).isoformat(), "date")),
        ox.Triple(ds, _iri(PREFIXES["owl"] + "versionInfo"), _lit(version)),
        ox.Triple(ds, _iri(dcat + "version"), _lit(version)),
        ox.Triple(ds, _iri(v + "vocabulary"), _iri(str(ONTOLOGY_IRI))),
        ox.Triple(ds, _iri(v + "uriSpace"), _lit(PREFIXES["id"])),
        ox.Triple(ds, _iri(v + "triples"), _lit(len(kg.quads), "nonNegativeInteger")),
        ox.Triple(ds, _iri(v + "entities"), _lit(len(kg.records.entities), "nonNegativeInteger")),
    ]
    if version_iri is not None:
        t.append(ox.Triple(ds, _iri(dct + "conformsTo"), _iri(str(version_iri))))
    for g, n in sorted(per_graph.items()):
        sub = _iri(f"{DATASET_IRI}/{g.removeprefix('https://w3id.org/smekg/').strip('/')}")
        t += [
            ox.Triple(ds, _iri(v + "subset"), sub),
            ox.Triple(sub, rdf_type, _iri(v + "Dataset")),
            ox.Triple(sub, _iri(sd + "name"), _iri(g)),
            ox.Triple(sub, _iri(v + "triples"), _lit(n, "nonNegativeInteger")),
        ]
        if g in titles:
            t.append(ox.Triple(sub, _iri(dct + "title"), _lit(titles[g])))
    media = {f"{BUNDLE}.{f.extension}": f.media_type for f in FORMATS.values()}
    for name, data in sorted(files.items()):
        dist = _iri(f"{DATASET_IRI}/{name}")
        t += [
            ox.Triple(ds, _iri(dcat + "distribution"), dist),
            ox.Triple(dist, rdf_type, _iri(dcat + "Distribution")),
            ox.Triple(dist, _iri(dct + "title"), _lit(name)),
            ox.Triple(dist, _iri(dcat + "byteSize"), _lit(len(data), "nonNegativeInteger")),
        ]
        if name in media:
            t.append(ox.Triple(dist, _iri(dcat + "mediaType"), _lit(media[name])))
    return sorted_turtle(t, _VOID_PREFIXES)


def bundle_files(kg: KnowledgeGraph, quiet: bool = False) -> dict[str, bytes]:
    """Every file of the release, name → bytes (manifest last)."""
    files: dict[str, bytes] = {}
    with progress("write_release", total=len(FORMATS) + 2, quiet=quiet) as task:
        for name, fmt in FORMATS.items():
            task.describe(f"release: {name}")
            files[f"{BUNDLE}.{fmt.extension}"] = export_format(kg, name, with_ontology=fmt.kind != "network")
            task.advance()
        files["context.jsonld"] = context_bytes(kg.ontology)
        files["shapes.ttl"] = SHAPES_PATH.read_bytes()
        task.describe("release: void.ttl")
        files["void.ttl"] = void_description(kg, dict(files))
        task.advance()
        files[_MANIFEST] = "".join(
            f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in sorted(files.items())
        ).encode()
        task.advance()
    return files


def write_bundle(directory: Path | str, files: dict[str, bytes]) -> Path:
    """Write ``files`` as the folder ``directory``, all at once (temporary folder, then rename).

    Refuses (:class:`~kg.errors.UsageError`) to replace a folder that is not an
    earlier release (no ``SHA256SUMS``), so nobody's files get deleted.
    """
    target = Path(directory)
    if target.exists() and not target.is_dir():
        raise UsageError(f"{target} is a file; give a folder for the release")
    if target.is_dir() and any(target.iterdir()) and not (target / _MANIFEST).is_file():
        raise UsageError(f"{target} is not empty and holds no earlier release ({_MANIFEST}); choose a new folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    old: Path | None = None
    try:
        for name, data in files.items():
            with open(tmp / name, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp / name, 0o644)
        os.chmod(tmp, 0o755)  # noqa: S103 -- a published bundle is world-readable, like a checkout
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.rmdir(old)
            os.rename(target, old)
        os.rename(tmp, target)
    except BaseException:
        if old is not None and old.exists() and not target.exists():
            os.rename(old, target)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


def write_release(kg: KnowledgeGraph, directory: Path | str, quiet: bool = False) -> dict[str, bytes]:
    """Write the release bundle into ``directory`` (atomically); returns the files written.

    Examples
    --------
    >>> import tempfile
    >>> from kg.build import load
    >>> files = write_release(load("data"), Path(tempfile.mkdtemp()) / "release")
    >>> sorted(files)[:4]
    ['SHA256SUMS', 'context.jsonld', 'shapes.ttl', 'sme-kg.cyjs']
    """
    files = bundle_files(kg, quiet=quiet)
    write_bundle(directory, files)
    return files
