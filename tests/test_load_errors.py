"""Bad data gets a message a curator can act on: file:line, what is wrong, exit 1, no traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kg
from kg.errors import DataError

from conftest import BROKEN, ROOT

# kind → (file, line, words the message must contain)
CASES = {
    "yaml-syntax": ("sources/news-1.yaml", 9, "YAML syntax error"),
    "unknown-class": ("registry/entities.yaml", 5, "unknown class 'Incubatr'"),
    "unknown-relation": ("sources/news-1.yaml", 9, "unknown relation 'organised' (did you mean organized?)"),
    "domain-range": ("sources/news-1.yaml", 9, "'organized' cannot start at 'mira-chen' (Expert)"),
    "unknown-reference": ("sources/news-1.yaml", 9, "object 'busan' is not a known id"),
    "duplicate-id": ("registry/entities.yaml", 5, "duplicate id 'npb'"),
    "malformed-date": ("sources/news-1.yaml", 8, "startDate of lean-workshop is not a real date: '2021-04-31'"),
    "malformed-count": ("sources/news-1.yaml", 8, "participantCount of lean-workshop must be a whole number >= 0"),
    "statement-without-source": ("sources/news-1.yaml", 2, "statement npb organized lean-workshop has no source"),
    "source-without-title": ("sources/news-1.yaml", 2, "source 'news-1' has no title"),
    "source-without-date": ("sources/news-1.yaml", 2, "date of source 'news-1' is missing"),
}


def test_every_broken_fixture_is_covered():
    assert sorted(p.name for p in BROKEN.iterdir()) == sorted([*CASES, "many-errors"])


@pytest.mark.parametrize("kind", sorted(CASES))
def test_broken_fixture_is_reported_with_file_and_line(kind, cli):
    file, line, words = CASES[kind]
    data = BROKEN / kind
    with pytest.raises(DataError) as err:
        kg.load(data)
    assert [(i.file, i.line) for i in err.value.issues] == [(str(data / file), line)]
    assert words in str(err.value.issues[0])

    result = cli("validate", "--data", str(data))
    assert result.exit_code == 1
    assert f"{data / file}:{line}: " in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_all_problems_of_a_run_are_reported_at_once():
    data = BROKEN / "many-errors"
    with pytest.raises(DataError) as err:
        kg.load(data)
    got = [(i.file.split("many-errors/")[1], i.line, i.message.split(" (")[0]) for i in err.value.issues]
    assert got == [
        ("registry/entities.yaml", 5, "duplicate id 'npb'"),
        ("registry/entities.yaml", 6, "unknown class 'Incubatr' for entity 'harbor-lab'"),
        ("sources/news-1.yaml", 8, "participantCount of lean-workshop must be a whole number >= 0, got -3"),
        ("sources/news-1.yaml", 11, "unknown relation 'organised'"),
        ("sources/news-1.yaml", 12, "object 'busan' is not a known id"),
        ("sources/news-1.yaml", 13, "'heldIn' cannot start at 'mira-chen'"),
    ]


@pytest.mark.parametrize("kind", ["yaml-syntax", "domain-range", "malformed-date"])
def test_real_process_exits_1_without_traceback(kind):
    proc = subprocess.run(
        [sys.executable, "-m", "kg.cli", "validate", "--data", str(BROKEN / kind)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "problem(s) in the data" in proc.stderr


def test_range_violation_names_the_allowed_classes(tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "registry" / "e.yaml").write_text(
        "- {id: npb, class: ProductivityOrganization, label: NPB}\n- {id: w, class: Workshop, label: W}\n"
    )
    (tmp_path / "sources" / "s.yaml").write_text(
        "source: {id: s, title: T, date: 2020-01-01, publisher: npb}\n"
        "statements:\n  - {subject: w, relation: heldIn, object: npb}\n"
    )
    with pytest.raises(DataError) as err:
        kg.load(tmp_path)
    (issue,) = err.value.issues
    assert issue.line == 3
    assert issue.message == "'heldIn' cannot point to 'npb' (ProductivityOrganization)"
    assert issue.hint == "its range is Country or Place"


def test_unknown_keys_and_titles_on_the_wrong_relation_are_caught(tmp_path):
    (tmp_path / "registry").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "registry" / "e.yaml").write_text(
        "- {id: npb, class: ProductivityOrganization, label: NPB, alias: [N]}\n- {id: w, class: Workshop, label: W}\n"
    )
    (tmp_path / "sources" / "s.yaml").write_text(
        "source: {id: s, title: T, date: 2020-01-01, publisher: npb}\n"
        "statements:\n  - {subject: npb, relation: organized, object: w, title: Host}\n"
    )
    with pytest.raises(DataError) as err:
        kg.load(tmp_path)
    assert [(i.line, i.message, i.hint) for i in err.value.issues] == [
        (1, "unknown key 'alias' in entity", "did you mean aliases?"),
        (3, "'title' only applies to 'represents', not to 'organized'", ""),
    ]


def test_missing_data_directory_is_a_usage_error(cli, tmp_path):
    result = cli("validate", "--data", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


@pytest.mark.parametrize("url", ["www.apo-tokyo.org/news", "https://www.apo-tokyo.org/news?a=1|2", "https://x.org/a b"])
def test_a_source_url_must_be_an_absolute_iri(tmp_path, url):
    (tmp_path / "registry").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "registry" / "e.yaml").write_text("- {id: npb, class: ProductivityOrganization, label: NPB}\n")
    (tmp_path / "sources" / "s.yaml").write_text(
        f'source: {{id: s, title: T, date: 2020-01-01, publisher: npb, url: "{url}"}}\n'
    )
    with pytest.raises(DataError) as err:
        kg.load(tmp_path)
    (issue,) = err.value.issues
    assert (issue.line, issue.message) == (1, f"url of source 's' is not an absolute IRI: {url!r}")
