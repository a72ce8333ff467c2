"""Shared fixtures: the seed graph, the tiny ecosystem, an in-process CLI runner, and the extractor with
the helpers the extraction tests read its drafts with."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.extract import Extractor, read_article

# tests/extract holds articles and gold answers, not test modules: scripts an author leaves there
# are not collected (tests/test_extract_gold.py checks every set's gold)
collect_ignore_glob = ["extract/*"]

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TESTS = ROOT / "tests"
TINY = TESTS / "data" / "tiny"
BROKEN = TESTS / "data" / "broken"
SEED_ARTICLE = ROOT.parent / "shared" / "seeds" / "000_586e6d756224607d.txt"


@pytest.fixture(scope="session")
def seed_kg() -> kg.KnowledgeGraph:
    """The knowledge graph built from the shipped data/ (built once per test run)."""
    return kg.load(DATA)


@pytest.fixture(scope="session")
def extractor(seed_kg: kg.KnowledgeGraph) -> Extractor:
    """The extractor over the shipped registry (built once per test run)."""
    return Extractor(seed_kg)


def draft_of(extractor: Extractor, body: str, head: str = "Title\n\n12 May 2024\n\n") -> dict:
    """The draft (as JSON data) of a news item made of ``head`` and the sentences ``body`` written for a test."""
    return extractor.draft(read_article((head + body).encode(), "news.txt")).as_dict()


def facts_of(d: dict) -> set[tuple[str, str, str]]:
    """The draft's statements as (subject, relation, object)."""
    return {(s["subject"], s["relation"], s["object"]) for s in d["statements"]}


def roles_of(d: dict) -> set[tuple[str, str, object]]:
    """The draft's ``represents`` statements as (person, organization, title); stacked titles as a tuple."""
    return {
        (s["subject"], s["object"], tuple(s["title"]) if isinstance(s.get("title"), list) else s.get("title"))
        for s in d["statements"]
        if s["relation"] == "represents"
    }


def id_of(d: dict, label: str) -> str:
    """The id of the draft's entity labelled ``label``."""
    return next(e["id"] for e in d["entities"] if e["label"] == label)


@pytest.fixture(scope="session")
def tiny_kg() -> kg.KnowledgeGraph:
    """A tiny ecosystem (tests/data/tiny): one workshop stated by two sources."""
    return kg.load(TINY)


@pytest.fixture
def cli():
    """Run ``kg`` in-process: ``cli("stats", "--json")`` → click Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return run


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    """The `oxigraph` server from the venv (pip package `oxigraph`): fails under CI=true when missing, else skips."""
    local = Path(sys.executable).parent / "oxigraph"
    path = str(local) if local.exists() else shutil.which("oxigraph")
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server binary is missing (pip install oxigraph) and CI=true forbids skipping")
        pytest.skip("no oxigraph server binary (pip install oxigraph)")
    return path


@contextlib.contextmanager
def oxigraph_server(workdir: Path, location: Path | None = None) -> Iterator[str]:
    """Run `oxigraph serve --union-default-graph` on 127.0.0.1:<free port>; yield its base URL; stop it after.

    Without ``location`` the store is in memory. The server's output goes to ``workdir/oxigraph.log``.
    """
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    if location is not None:
        cmd += ["--location", str(location)]
    log_path = workdir / "oxigraph.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                    break
                except OSError:
                    if proc.poll() is not None:
                        pytest.fail(f"oxigraph serve exited: {log_path.read_text(errors='replace')}")
                    if time.monotonic() > deadline:
                        pytest.fail("oxigraph serve did not answer within 30 s")
                    time.sleep(0.05)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
