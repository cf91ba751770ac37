"""Sealing reports to organisers with HPKE (RFC 9180).

A report is encoded as canonical JSON (sorted keys, no whitespace, UTF-8), then padded:
a 4-byte big-endian length prefix, the JSON, and zero bytes up to the smallest size
bucket that fits (512, 1024, 2048, 4096, 8192, 16384 bytes; beyond that, the next
multiple of 16384). Every report in a bucket therefore produces ciphertext of exactly
the same size, so the stored size says almost nothing about what was written.

The padded plaintext is sealed *separately* to each organiser public key with
HPKE base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305, and the
fixed ``info`` label :data:`INFO`. Each single-shot seal uses a fresh ephemeral key.

Envelope layout (binary, all integers big-endian)::

    b"ABRE"            magic
    u8  version        = 1
    u8  count          number of recipients (1..255)
    count times:
        8 bytes        key id (first 8 bytes of SHA-256 of the raw public key)
        u32 length     ciphertext length
        length bytes   HPKE ciphertext (32-byte encapsulated key + sealed plaintext + tag)

:func:`open_envelope` looks for its own key id and returns ``None`` when the envelope
was not sealed to that key; it never tries other entries.
"""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from .keys import raw_public_bytes

__all__ = [
    "BUCKETS",
    "ENVELOPE_VERSION",
    "INFO",
    "EnvelopeError",
    "canonical_json",
    "envelope_key_ids",
    "open_envelope",
    "pad",
    "padded_size",
    "seal",
    "unpad",
]

INFO = b"advice-bot report v1"
MAGIC = b"ABRE"
ENVELOPE_VERSION = 1
BUCKETS = (512, 1024, 2048, 4096, 8192, 16384)
_LENGTH = struct.Struct(">I")
_HEADER = struct.Struct(">4sBB")
_ENTRY = struct.Struct(">8sI")
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


class EnvelopeError(ValueError):
    """An envelope is malformed or was tampered with (not: sealed to someone else)."""


def canonical_json(report: Mapping[str, Any]) -> bytes:
    return json.dumps(
        report, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def padded_size(length: int) -> int:
    """Size of the padded plaintext for ``length`` bytes of JSON."""
    needed = length + _LENGTH.size
    for bucket in BUCKETS:
        if needed <= bucket:
            return bucket
    top = BUCKETS[-1]
    return -(-needed // top) * top


def pad(data: bytes) -> bytes:
    size = padded_size(len(data))
    return _LENGTH.pack(len(data)) + data + bytes(size - len(data) - _LENGTH.size)


def unpad(padded: bytes) -> bytes:
    if len(padded) < _LENGTH.size:
        raise EnvelopeError("padded report is too short")
    (length,) = _LENGTH.unpack_from(padded)
    end = _LENGTH.size + length
    if end > len(padded) or any(padded[end:]):
        raise EnvelopeError("padded report has an inconsistent length or non-zero padding")
    return padded[_LENGTH.size : end]


def _key_id_bytes(public_key: X25519PublicKey) -> bytes:
    return hashlib.sha256(raw_public_bytes(public_key)).digest()[:8]


def seal(report: Mapping[str, Any], public_keys: Iterable[X25519PublicKey]) -> bytes:
    """Seal ``report`` to every key in ``public_keys`` and return the envelope bytes."""
    plaintext = pad(canonical_json(report))
    entries: list[bytes] = []
    seen: set[bytes] = set()
    for public_key in public_keys:
        kid = _key_id_bytes(public_key)
        if kid in seen:
            continue
        seen.add(kid)
        ciphertext = _SUITE.encrypt(plaintext, public_key, info=INFO)
        entries.append(_ENTRY.pack(kid, len(ciphertext)) + ciphertext)
    if not entries:
        raise ValueError("no organiser public keys configured; a report cannot be sealed")
    if len(entries) > 255:
        raise ValueError("at most 255 organiser public keys are supported")
    return _HEADER.pack(MAGIC, ENVELOPE_VERSION, len(entries)) + b"".join(entries)


def _entries(envelope: bytes) -> list[tuple[bytes, bytes]]:
    view = memoryview(envelope)
    if len(view) < _HEADER.size:
        raise EnvelopeError("envelope is truncated")
    magic, version, count = _HEADER.unpack_from(view)
    if magic != MAGIC:
        raise EnvelopeError("not a report envelope (bad magic bytes)")
    if version != ENVELOPE_VERSION:
        raise EnvelopeError(f"unsupported envelope version {version}")
    offset = _HEADER.size
    entries: list[tuple[bytes, bytes]] = []
    for _ in range(count):
        if offset + _ENTRY.size > len(view):
            raise EnvelopeError("envelope is truncated")
        kid, length = _ENTRY.unpack_from(view, offset)
        offset += _ENTRY.size
        if offset + length > len(view):
            raise EnvelopeError("envelope is truncated")
        entries.append((kid, bytes(view[offset : offset + length])))
        offset += length
    if offset != len(view):
        raise EnvelopeError("envelope has trailing bytes")
    return entries


def envelope_key_ids(envelope: bytes) -> list[str]:
    """Hex key ids of the organisers an envelope was sealed to."""
    return [kid.hex() for kid, _ in _entries(envelope)]


def open_envelope(envelope: bytes, private_key: X25519PrivateKey) -> dict[str, Any] | None:
    """Return the report sealed in ``envelope`` for ``private_key``, or None.

    None means the envelope was not sealed to this key. A malformed or tampered
    envelope raises :class:`EnvelopeError`.
    """
    kid = _key_id_bytes(private_key.public_key())
    for entry_kid, ciphertext in _entries(envelope):
        if entry_kid != kid:
            continue
        try:
            padded = _SUITE.decrypt(ciphertext, private_key, info=INFO)
        except (InvalidTag, ValueError) as exc:
            raise EnvelopeError(
                "the entry for this key failed authentication: the envelope was damaged "
                "or tampered with"
            ) from exc
        try:
            report = json.loads(unpad(padded).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EnvelopeError("sealed report is not valid JSON") from exc
        if not isinstance(report, dict):
            raise EnvelopeError("sealed report is not a JSON object")
        return report
    return None
