"""``advice-bot check`` finds every kind of organiser mistake, with file:line and a fix."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.content import check_content, load_content
from bot.engine.issues import ContentError, Level
from tests.helpers import FIXTURES, REPO, copy_mini

BROKEN = sorted((FIXTURES / "broken").iterdir())


def _expectation(path: Path) -> tuple[int, str]:
    m = re.match(r"# expect: (\d+): (.+)", path.read_text(encoding="utf-8").splitlines()[0])
    assert m, f"{path} needs a first line '# expect: LINE: text'"
    return int(m.group(1)), m.group(2)


def _place(root: Path, case: Path) -> str:
    rel = f"locales/en/{case.name}" if case.suffix == ".ftl" else f"flows/{case.name}"
    shutil.copy(case, root / rel)
    return rel


def test_there_are_at_least_ten_kinds_of_mistake() -> None:
    assert len(BROKEN) >= 10


@pytest.mark.parametrize("case", BROKEN, ids=[p.stem for p in BROKEN])
def test_each_mistake_is_an_error_at_its_line(tmp_path: Path, case: Path) -> None:
    root = copy_mini(tmp_path)
    rel = _place(root, case)
    line, text = _expectation(case)
    content, issues, _ = check_content(root)
    assert content is None
    errors = [i for i in issues if i.level is Level.ERROR]
    assert any(i.file == rel and i.line == line and text in i.message for i in errors), "\n".join(
        str(i) for i in errors
    )
    for issue in errors:
        assert issue.fix, f"no fix given for: {issue}"


def test_all_mistakes_are_reported_at_once(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    for case in BROKEN:
        _place(root, case)
    with pytest.raises(ContentError) as err:
        load_content(root)
    files = {i.file for i in err.value.issues if i.level is Level.ERROR}
    # every broken file is named (fluent-duplicate points at its own file too)
    assert len(files) >= len(BROKEN) - 1


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
