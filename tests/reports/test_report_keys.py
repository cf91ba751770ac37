"""Organiser key pairs: passphrase-protected PEM, one-line public keys, clear errors."""

from __future__ import annotations

import base64
from pathlib import Path

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
    assert pem.startswith(b"-----BEGIN ADVICE-BOT PRIVATE KEY-----")
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
        (b"password1234", "common password"),
        (b"Password1234!", "common password"),
        (b"qwertyuiop12", "common password"),
        (b"123456789012", "common password"),
        (b"aaaaaaaaaaaaaaaa", "common password"),
        (b"iloveyou iloveyou", "common password"),
        (b"abcdefghijklm", "common password"),
    ],
)
def test_weak_passphrase_refused(passphrase: bytes, message: str) -> None:
    with pytest.raises(PassphraseError, match=message):
        new_keypair(passphrase)


def test_unicode_passphrase_of_12_characters_is_accepted() -> None:
    pem, _ = new_keypair("żółw łódź ćma".encode())
    load_private_key(pem, "żółw łódź ćma".encode())


def test_unencrypted_or_foreign_private_keys_are_refused() -> None:
    plain = X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(KeyFormatError, match="not passphrase-protected"):
        load_private_key(plain, PASS)
    with pytest.raises(KeyFormatError, match="not a private key file"):
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


def test_key_file_uses_scrypt_with_strong_parameters() -> None:
    # A memory-hard KDF: scrypt N=2^17 (128 MiB), r=8, p=1, recorded in the file.
    import struct

    pem, _ = new_keypair(PASS)
    body = b"".join(pem.splitlines()[1:-1])
    magic, log2_n, r, p = struct.unpack(">4sBBB", base64.b64decode(body)[:7])
    assert (magic, log2_n, r, p) == (b"ABK1", 17, 8, 1)
    assert b"ENCRYPTED PRIVATE KEY" not in pem  # not PKCS#8 with 2,048 PBKDF2 rounds


def test_old_pkcs8_key_files_still_open() -> None:
    # Organisers who made a key before the change are not locked out.
    old = X25519PrivateKey.generate()
    pem = old.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(PASS),
    )
    opened = load_private_key(pem, PASS)
    assert raw_public_bytes(opened.public_key()) == raw_public_bytes(old.public_key())
    with pytest.raises(PassphraseError, match="wrong passphrase"):
        load_private_key(pem, b"not the right passphrase")


def test_damaged_new_key_file_is_a_clear_error() -> None:
    pem, _ = new_keypair(PASS)
    lines = pem.splitlines()
    cut = b"\n".join([lines[0], lines[1][:20], lines[-1]])
    with pytest.raises(KeyFormatError, match="could not be read"):
        load_private_key(cut, PASS)
    flipped = bytearray(base64.b64decode(b"".join(lines[1:-1])))
    flipped[-1] ^= 1
    armoured = b"\n".join([lines[0], base64.encodebytes(bytes(flipped)).strip(), lines[-1]])
    with pytest.raises(PassphraseError, match=r"wrong passphrase .*damaged"):
        load_private_key(armoured, PASS)


def test_keys_new_checks_the_passphrase_before_asking_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from bot.cli import main

    monkeypatch.delenv("ADVICE_BOT_KEY_PASSPHRASE", raising=False)
    args = ["keys", "new", "--out", str(tmp_path / "k")]
    result = CliRunner().invoke(main, args, input="password1234\n")
    assert result.exit_code == 1 and "common password" in result.output
    assert "again" not in result.output  # refused at once, not after typing it twice
    result = CliRunner().invoke(main, args, input="lantern oyster quilt\nlantern oyster quilT\n")
    assert result.exit_code == 1 and "differ" in result.output
    assert not (tmp_path / "k").exists()
