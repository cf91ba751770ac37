"""Organiser key pairs: passphrase-protected PEM, one-line public keys, clear errors."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.reports.keys import (
    KeyFormatError,
    PassphraseError,
    format_public_key,
    key_id,
    load_private_key,
    new_keypair,
    parse_public_key,
    parse_public_key_line,
    raw_public_bytes,
)

PASS = b"correct horse battery staple"


def test_keypair_round_trip() -> None:
    pem, line = new_keypair(PASS, name="union  north\tbranch")
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert line.startswith("x25519:") and line.endswith(" union north branch")
    private = load_private_key(pem, PASS)
    public, name = parse_public_key_line(line)
    assert name == "union north branch"
    assert raw_public_bytes(private.public_key()) == raw_public_bytes(public)
    assert key_id(public) == key_id(private.public_key())
    assert len(key_id(public)) == 16


def test_public_line_without_name_and_with_padding() -> None:
    public = X25519PrivateKey.generate().public_key()
    line = format_public_key(public)
    assert " " not in line and len(line) == len("x25519:") + 43
    assert raw_public_bytes(parse_public_key("  " + line + "=\n")) == raw_public_bytes(public)


def test_wrong_passphrase_is_a_clear_error() -> None:
    pem, _ = new_keypair(PASS)
    with pytest.raises(PassphraseError, match="wrong passphrase"):
        load_private_key(pem, b"not the right passphrase")
    with pytest.raises(PassphraseError, match="passphrase is needed"):
        load_private_key(pem, b"")


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [
        (b"", "empty"),
        (b"   ", "empty"),
        (b"short", "has 5 characters; use at least 12"),
        ("ééééééééééé".encode(), "has 11 characters"),
    ],
)
def test_weak_passphrase_refused(passphrase: bytes, message: str) -> None:
    with pytest.raises(PassphraseError, match=message):
        new_keypair(passphrase)


def test_unicode_passphrase_of_12_characters_is_accepted() -> None:
    pem, _ = new_keypair("éééééééééééé".encode())
    load_private_key(pem, "éééééééééééé".encode())


def test_unencrypted_or_foreign_private_keys_are_refused() -> None:
    plain = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(KeyFormatError, match="not passphrase-protected"):
        load_private_key(plain, PASS)
    with pytest.raises(KeyFormatError, match="not a PEM private key"):
        load_private_key(b"hello", PASS)
    damaged = b"-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n"
    with pytest.raises(KeyFormatError, match="could not be read"):
        load_private_key(damaged, PASS)


def test_non_x25519_private_key_refused() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASS),
    )
    with pytest.raises(KeyFormatError, match="expected an X25519 key"):
        load_private_key(pem, PASS)


GOOD = format_public_key(X25519PrivateKey.generate().public_key())


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        (GOOD[len("x25519:") :], "must start with 'x25519:'"),
        ("ed25519:" + GOOD[len("x25519:") :], "type 'ed25519' is not supported"),
        (GOOD[:-5], "has 38 characters, expected 43"),
        (GOOD[:-1] + "+", r"not base64url \(\+\)"),
        (GOOD[:-1] + "é", r"not base64url \(é\)"),
        ("x25519:" + base64.urlsafe_b64encode(bytes(32)).decode().rstrip("="), "all zeros"),
    ],
)
def test_public_key_errors_say_what_is_wrong(line: str, message: str) -> None:
    with pytest.raises(KeyFormatError, match=message):
        parse_public_key(line)
