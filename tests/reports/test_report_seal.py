"""HPKE sealing: every organiser opens the same report, nobody else, sizes leak nothing."""

from __future__ import annotations

import json
import struct
from datetime import date
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.reports.keys import key_id
from bot.reports.schema import FieldType, ReportSchema
from bot.reports.seal import (
    BUCKETS,
    EnvelopeError,
    canonical_json,
    envelope_key_ids,
    open_envelope,
    pad,
    padded_size,
    seal,
    unpad,
)
from tests.helpers import REPORT_SCHEMA


def test_two_organisers_open_the_same_report(
    report: dict[str, Any], alice: X25519PrivateKey, bob: X25519PrivateKey
) -> None:
    envelope = seal(report, [alice.public_key(), bob.public_key()])
    assert open_envelope(envelope, alice) == report
    assert open_envelope(envelope, bob) == report
    assert envelope_key_ids(envelope) == [key_id(alice.public_key()), key_id(bob.public_key())]


def test_wrong_key_opens_nothing(report: dict[str, Any], alice: X25519PrivateKey) -> None:
    envelope = seal(report, [alice.public_key()])
    assert open_envelope(envelope, X25519PrivateKey.generate()) is None


def test_duplicate_keys_are_sealed_once(report: dict[str, Any], alice: X25519PrivateKey) -> None:
    envelope = seal(report, [alice.public_key(), alice.public_key()])
    assert len(envelope_key_ids(envelope)) == 1


def test_no_keys_is_refused(report: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="no organiser public keys"):
        seal(report, [])


def test_same_bucket_same_size(report: dict[str, Any], alice: X25519PrivateKey) -> None:
    short = dict(report, account="a")
    long = dict(report, account="a" * 150)
    assert padded_size(len(canonical_json(short))) == padded_size(len(canonical_json(long)))
    keys = [alice.public_key(), X25519PrivateKey.generate().public_key()]
    assert len(seal(short, keys)) == len(seal(long, keys))
    bigger = dict(report, account="a" * 1900)
    assert len(seal(bigger, keys)) > len(seal(long, keys))


def test_each_seal_is_fresh(report: dict[str, Any], alice: X25519PrivateKey) -> None:
    assert seal(report, [alice.public_key()]) != seal(report, [alice.public_key()])


@pytest.mark.parametrize("length", [0, 1, 507, 508, 509, 8188, 16380, 16381, 40000])
def test_padding_is_exact(length: int) -> None:
    data = bytes(range(256)) * (length // 256) + bytes(range(length % 256))
    padded = pad(data)
    assert len(padded) in BUCKETS or len(padded) % BUCKETS[-1] == 0
    assert len(padded) >= len(data) + 4
    assert unpad(padded) == data


def test_unpad_rejects_inconsistent_padding() -> None:
    padded = bytearray(pad(b"abc"))
    padded[-1] = 1
    with pytest.raises(EnvelopeError):
        unpad(bytes(padded))
    with pytest.raises(EnvelopeError):
        unpad(struct.pack(">I", 600) + bytes(508))


def test_envelope_contains_no_plaintext(
    report: dict[str, Any], alice: X25519PrivateKey, bob: X25519PrivateKey
) -> None:
    envelope = seal(report, [alice.public_key(), bob.public_key()])
    needles = [canonical_json(report)]
    for name, value in report.items():
        needles.append(name.encode())
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and len(item) >= 4:
                needles += [item.encode("utf-8"), item.encode("utf-16-le")]
    for needle in needles:
        assert needle not in envelope


def test_damaged_envelopes_raise_envelope_error(
    report: dict[str, Any], alice: X25519PrivateKey
) -> None:
    envelope = seal(report, [alice.public_key()])
    tampered = bytearray(envelope)
    tampered[-1] ^= 1
    with pytest.raises(EnvelopeError, match="tampered"):
        open_envelope(bytes(tampered), alice)
    for broken in (envelope[:3], envelope[:-1], envelope + b"x", b"XXXX" + envelope[4:]):
        with pytest.raises(EnvelopeError):
            open_envelope(broken, alice)
    with pytest.raises(EnvelopeError, match="version"):
        open_envelope(envelope[:4] + b"\x09" + envelope[5:], alice)


def _answers(schema: ReportSchema) -> st.SearchStrategy[dict[str, Any]]:
    parts: dict[str, st.SearchStrategy[Any]] = {}
    for field in schema.fields:
        if field.type is FieldType.CHOICE:
            parts[field.name] = st.sampled_from(field.options)
        elif field.type is FieldType.MULTI:
            normal = [o for o in field.options if o not in field.exclusive]
            parts[field.name] = st.one_of(
                st.lists(st.sampled_from(normal), min_size=1, max_size=len(normal)),
                *[st.just([o]) for o in field.exclusive],
            )
        elif field.type is FieldType.TEXT:
            text = st.text(max_size=field.max_length or 0)
            parts[field.name] = st.none() | text if field.optional else text
        else:
            parts[field.name] = st.builds(
                lambda y, m: f"{y:04d}-{m:02d}",
                st.integers(1990, 2024),
                st.integers(1, 12),
            )
    return st.fixed_dictionaries(parts)


SCHEMA = ReportSchema.load(REPORT_SCHEMA)
ALICE = X25519PrivateKey.generate()
BOB = X25519PrivateKey.generate()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_answers(SCHEMA))
def test_any_valid_report_round_trips(answers: dict[str, Any]) -> None:
    report = SCHEMA.validate(answers, today=date(2025, 1, 1))
    envelope = seal(report, [ALICE.public_key(), BOB.public_key()])
    assert open_envelope(envelope, ALICE) == report
    assert open_envelope(envelope, BOB) == report
    assert json.loads(canonical_json(report)) == report
