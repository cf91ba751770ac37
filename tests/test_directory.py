"""flows/directory.yaml validation: file:line errors, sources required, stale dates warned."""

from __future__ import annotations

from datetime import date

from bot.directory import parse_directory
from bot.engine.issues import Level

TODAY = date(2026, 11, 23)

GOOD = """\
version: 1
entries:
  - id: samaritans
    name: Samaritans
    phone: "116 123"
    hours: 24/7
    free: true
    nations: [england, wales, scotland, northern-ireland]
    topics: [emotional-support]
    verified: 2026-11-22
    source: "uk-facts.md §6 [V]"
"""


def test_a_good_entry_loads_as_a_plain_dict() -> None:
    entries, issues = parse_directory(GOOD, today=TODAY)
    assert issues == []
    assert entries[0]["phone"] == "116 123"
    assert entries[0]["verified"] == "2026-11-22"  # plain JSON data
    assert entries[0]["listed"] is True


def test_an_entry_without_a_source_is_an_error() -> None:
    text = GOOD.replace('    source: "uk-facts.md §6 [V]"\n', "")
    entries, issues = parse_directory(text, today=TODAY)
    assert entries == ()
    assert [(i.level, i.line, i.code) for i in issues] == [(Level.ERROR, 3, "directory-no-source")]


def test_an_old_verification_is_a_warning() -> None:
    entries, issues = parse_directory(GOOD, today=date(2027, 11, 23))
    assert entries  # still loads
    assert [(i.level, i.line, i.code) for i in issues] == [(Level.WARNING, 10, "directory-stale")]


def test_exactly_twelve_months_is_not_stale() -> None:
    _, issues = parse_directory(GOOD, today=date(2027, 11, 22))
    assert issues == []


def test_unknown_keys_and_values_point_at_their_line() -> None:
    text = GOOD.replace("    hours: 24/7\n", "    opening: 24/7\n").replace(
        "[emotional-support]", "[feelings]"
    )
    _, issues = parse_directory(text, today=TODAY)
    found = {(i.line, i.level) for i in issues}
    assert (6, Level.ERROR) in found  # opening:
    assert (9, Level.ERROR) in found  # topics: [feelings]
    assert any("unknown key 'opening'" in i.message for i in issues)


def test_a_phone_number_with_letters_is_refused() -> None:
    _, issues = parse_directory(GOOD.replace('"116 123"', '"116 123 ext 4"'), today=TODAY)
    assert issues and issues[0].line == 5


def test_duplicate_ids_and_listed_entries_without_contact_are_errors() -> None:
    second = GOOD.split("entries:\n", 1)[1].replace('    phone: "116 123"\n', "")
    _, issues = parse_directory(GOOD + second, today=TODAY)
    codes = sorted(i.code for i in issues)
    assert codes == ["directory-duplicate", "directory-no-contact"]


def test_yaml_errors_are_reported_not_raised() -> None:
    _, issues = parse_directory("version: 1\nentries: [\n", today=TODAY)
    assert issues and issues[0].code == "yaml-syntax"
