"""Shared fixtures: the seed graph, the tiny ecosystem, and an in-process CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main

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
