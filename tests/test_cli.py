"""The CLI: documented commands, exact output, exit codes."""

from __future__ import annotations

import json

import pytest

from kg.cli import main

from conftest import DATA


def all_commands():
    return sorted(main.commands)


@pytest.mark.parametrize("name", all_commands())
def test_every_command_has_help_with_an_example(cli, name):
    result = cli(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output, f"kg {name} --help shows no example"


def test_stats_json_counts(cli):
    result = cli("stats", "--data", str(DATA), "--json")
    assert result.exit_code == 0
    s = json.loads(result.stdout)
    assert (s["entities"], s["sources"], s["statements"]) == (52, 2, 122)
    assert s["top_classes"]["Person"] == 6


def test_stats_table(cli):
    out = cli("stats", "--data", str(DATA)).stdout
    assert out.splitlines()[0].startswith("52 entities, 24 concepts, 122 statements")
    assert "ObservationalStudyMission" in out


def test_validate_ok(cli):
    result = cli("validate", "--data", str(DATA))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "data: OK (52 entities, 122 statements, 2 sources)",
        f"SHACL: conforms ({result.stdout.split('(')[2].split(' ')[0]} triples checked against ontology/shapes.ttl)",
    ]


def test_build_writes_nquads(cli, tmp_path):
    out = tmp_path / "x" / "kg.nq"
    result = cli("build", "--data", str(DATA), "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text()
    assert (
        "<https://w3id.org/smekg/id/apo> <https://w3id.org/smekg/ontology#organized> <https://w3id.org/smekg/id/osm-sme-development-2018> <https://w3id.org/smekg/id/source/apo-news-2018-09-25-sme-4ir-study-mission> ."
        in text
    )
    assert not list(out.parent.glob(".*.tmp"))


def test_unknown_option_is_a_usage_error(cli):
    assert cli("stats", "--nope").exit_code == 2
