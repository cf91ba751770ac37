"""``advice-bot check`` finds every kind of organiser mistake, with file:line and a fix."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.content import check_content, load_content
from bot.engine.issues import CODES, ContentError, Issue, Level
from tests.helpers import FIXTURES, REPO, copy_mini

BROKEN = sorted((FIXTURES / "broken").iterdir())
HEADER = re.compile(r"# expect: (\d+) ([a-z0-9-]+)(?: @(\S+))?: (.+)")


@dataclass(frozen=True)
class Case:
    """A broken file and the issue it must cause, from its first lines.

    ``# expect: LINE CODE[ @FILE]: text`` (FILE: where the issue is, if not the file
    itself), then optionally ``# with: PATH`` (copied from the repo into the content
    first) and ``# remove: PATH`` (deleted from the content first).
    """

    path: Path
    line: int
    code: str
    text: str
    file: str | None
    extra: dict[str, str]

    @property
    def placed(self) -> str:
        if self.path.suffix == ".ftl":
            return f"locales/en/{self.path.name}"
        if self.path.name.startswith("report-schema"):
            return "flows/report-schema.yaml"
        return f"flows/{self.path.name}"


def _case(path: Path) -> Case:
    head = path.read_text(encoding="utf-8").splitlines()
    m = HEADER.match(head[0])
    assert m, f"{path} needs a first line '# expect: LINE CODE: text'"
    extra = dict(
        line[2:].split(": ", 1) for line in head[1:3] if line.startswith(("# with:", "# remove:"))
    )
    return Case(path, int(m.group(1)), m.group(2), m.group(4), m.group(3), extra)


CASES = [_case(p) for p in BROKEN]


def _place(root: Path, case: Path | Case) -> str:
    case = case if isinstance(case, Case) else _case(case)
    if "with" in case.extra:
        shutil.copy(REPO / case.extra["with"], root / case.extra["with"])
    if "remove" in case.extra:
        (root / case.extra["remove"]).unlink()
    shutil.copy(case.path, root / case.placed)
    return case.placed


def test_there_are_at_least_ten_kinds_of_mistake() -> None:
    assert len(BROKEN) >= 10


def test_every_issue_code_has_a_broken_fixture() -> None:
    """goflow's issues/base_test.go: a registered kind of issue is shown by a file."""
    assert set(CODES) - {c.code for c in CASES} == set()


@pytest.mark.parametrize("case", CASES, ids=[c.path.stem for c in CASES])
def test_each_mistake_is_reported_at_its_line(tmp_path: Path, case: Case) -> None:
    root = copy_mini(tmp_path)
    rel = _place(root, case)
    content, issues, _ = check_content(root)
    level = CODES[case.code].level if case.code in CODES else Level.ERROR
    assert (content is None) is (level is Level.ERROR)
    file = case.file or rel
    found = [i for i in issues if i.file == file and i.line == case.line and case.text in i.message]
    assert found, "\n".join(str(i) for i in issues)
    assert found[0].code == case.code and found[0].level is level
    for issue in issues:
        assert issue.fix, f"no fix given for: {issue}"


def test_all_mistakes_are_reported_at_once(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    placed = [
        c
        for c in CASES
        if CODES.get(c.code, CODES["yaml-syntax"]).level is Level.ERROR
        and c.code != "no-entry"
        and not c.path.name.startswith("report-schema")
    ]
    for case in placed:
        _place(root, case)
    with pytest.raises(ContentError) as err:
        load_content(root)
    files = {i.file for i in err.value.issues if i.level is Level.ERROR}
    # every broken file is named (fluent-duplicate points at its own file too)
    assert len(files) >= len(placed) - 1


def test_the_repos_own_content_has_no_errors() -> None:
    content, issues, _ = check_content(REPO)
    assert content is not None, "\n".join(str(i) for i in issues if i.level is Level.ERROR)


def test_soft_issues_do_not_stop_loading(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "flows" / "extra.yaml").write_text(
        "version: 1\nid: extra\nstart: a\nnodes:\n  a:\n    say: menu-question\n"
        "  orphan:\n    say: menu-question\n    end: true\n"
        "  b:\n    branch:\n      - when: {colour: red}\n        goto: a\n    otherwise: a\n",
        encoding="utf-8",
    )
    with (root / "locales" / "en" / "common.ftl").open("a", encoding="utf-8") as f:
        f.write("never-used = Nobody says this.\n")
    (root / "locales" / "pl" / "welcome.ftl").write_text(
        "# status: draft\nlaw-ni = Inaczej { $foo }.\nnot-in-english = Extra\n", encoding="utf-8"
    )
    content, issues, coverage = check_content(root)
    assert content is not None
    codes = {i.code for i in issues if i.level is Level.WARNING}
    assert {
        "dead-end",
        "unreachable",
        "unused-message",
        "unset-variable",
        "l10n-missing",
        "l10n-extra",
        "l10n-variables",
    } <= codes
    pl = next(c for c in coverage if c.code == "pl")
    assert pl.status == "draft" and 0 < pl.percent < 100


def test_a_missing_welcome_flow_is_explained(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "flows" / "welcome.yaml").unlink()
    _, issues, _ = check_content(root)
    assert any("welcome" in i.message and "flows/welcome.yaml" in i.fix for i in issues)


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    _place(root, FIXTURES / "broken" / "unknown-key.yaml")
    _, issues, _ = check_content(root)
    issue = next(i for i in issues if "sya" in i.message)
    assert "did you mean 'say'" in issue.fix


# --- one mistake, one error: cascades are not reported (issue 13) -------------------------


def _repo_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    for part in ("flows", "locales"):
        shutil.copytree(REPO / part, root / part)
    return root


def _edit(root: Path, rel: str, old: str, new: str) -> int:
    """Replace ``old`` (once) in a content file; returns the line the edit starts on."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _errors(root: Path) -> list[Issue]:
    content, issues, _ = check_content(root)
    assert content is None
    return [i for i in issues if i.level is Level.ERROR]


def test_bad_indentation_is_one_error_not_a_cascade(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    line = _edit(root, "flows/rights.yaml", "  hub:\n    say:\n", "  hub:\n     say:\n")
    errors = _errors(root)
    assert [(e.file, e.code) for e in errors] == [("flows/rights.yaml", "yaml-syntax")], "\n".join(
        map(str, errors)
    )
    assert line <= errors[0].line <= line + 5  # where libyaml notices it


def test_a_misspelt_key_is_one_error_with_the_right_spelling(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    line = _edit(
        root,
        "flows/rights.yaml",
        "      - rights-what-to-know\n    choices:",
        "      - rights-what-to-know\n    choises:",
    )
    errors = _errors(root)
    assert [(e.file, e.line, e.code) for e in errors] == [
        ("flows/rights.yaml", line + 1, "unknown-key")
    ], "\n".join(map(str, errors))
    assert "did you mean 'choices'" in errors[0].fix


def test_a_duplicated_node_id_names_both_lines_and_nothing_else(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    first = _edit(root, "flows/rights.yaml", "  hub-ni:\n", "  hub:\n    end: true\n\n  hub-ni:\n")
    errors = _errors(root)
    assert [(e.file, e.code) for e in errors] == [("flows/rights.yaml", "duplicate-key")], (
        "\n".join(map(str, errors))
    )
    second = (root / "flows" / "rights.yaml").read_text("utf-8").splitlines().index(
        "  hub:", first
    ) + 1
    assert errors[0].line == second
    assert f"first on line {first}" in errors[0].message
    assert f"again on line {second}" in errors[0].message


def test_root_causes_are_listed_first(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    _edit(root, "flows/welcome.yaml", "say: menu-question", "say: menu-questoin")
    _edit(root, "flows/rights.yaml", "  hub:\n    say:\n", "  hub:\n     say:\n")
    errors = _errors(root)
    assert [e.code for e in errors][:2] == ["yaml-syntax", "missing-message"]
    assert str(ContentError(errors)).splitlines()[1].startswith("flows/rights.yaml")


# --- report answers a flow sets are checked against flows/report-schema.yaml (issue 9) -----


def test_a_misspelt_report_option_is_an_error_with_the_right_spelling(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    line = _edit(
        root,
        "flows/report.yaml",
        "report_sector: warehouse-logistics",
        "report_sector: warehous-logistics",
    )
    errors = _errors(root)
    assert [(e.file, e.line, e.code) for e in errors] == [
        ("flows/report.yaml", line, "report-option")
    ], "\n".join(map(str, errors))
    assert "did you mean 'warehouse-logistics'" in errors[0].fix


def test_a_misspelt_report_field_is_an_error(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    line = _edit(root, "flows/report.yaml", "{report_nation: wales}", "{report_natoin: wales}")
    errors = _errors(root)
    assert [(e.line, e.code) for e in errors] == [(line, "report-field")]
    assert "did you mean 'report_nation'" in errors[0].fix


def test_a_question_without_leave_now_is_named_by_check(tmp_path: Path) -> None:
    root = _repo_copy(tmp_path)
    text = (root / "flows" / "rights.yaml").read_text("utf-8")
    hub = text.index("  hub:\n")
    leave = text.index("      - label: leave-now\n        action: quick_exit\n", hub)
    (root / "flows" / "rights.yaml").write_text(
        text[:leave]
        + text[leave:].replace("      - label: leave-now\n        action: quick_exit\n", "", 1),
        encoding="utf-8",
    )
    _, issues, _ = check_content(root)
    found = [i for i in issues if i.code == "no-leave-now"]
    assert [(i.file, i.line) for i in found] == [("flows/rights.yaml", text[:hub].count("\n") + 1)]
    assert "quick_exit" in found[0].fix


def test_check_prints_the_root_cause_first_and_says_nothing_loaded(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli import main

    root = _repo_copy(tmp_path)
    _edit(root, "flows/welcome.yaml", "say: menu-question", "say: menu-questoin")
    _edit(root, "flows/rights.yaml", "  hub:\n    say:\n", "  hub:\n     say:\n")
    result = CliRunner().invoke(main, ["check", "--quiet", "--root", str(root)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith("flows/rights.yaml:") and "YAML syntax error" in lines[0]
    assert (
        lines[-1] == "2 error(s), 0 warning(s); not loaded: fix the first error, then check again."
    )
