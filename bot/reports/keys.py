"""Organiser key pairs for sealed reports.

Each organiser holds an X25519 private key; the bot only ever holds public keys, so a
stolen bot server reveals no report. Key handling is kept boring and portable:

* The private key is written as standard PKCS#8 PEM encrypted with
  ``BestAvailableEncryption`` (today PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC), so
  ``openssl pkey`` can read it too. Because cryptography fixes the PBKDF2 work factor
  for PKCS#8, the passphrase itself must carry the strength: at least 12 characters.
* The public key is one config-friendly line, ``x25519:<base64url of the raw 32 bytes>``,
  optionally followed by whitespace and a free-form name (``x25519:AbC… union-north``).
* A key's id is the hex of the first 8 bytes of SHA-256 of the raw public key; it labels
  which envelope entry belongs to which organiser without revealing anything else.
"""

from __future__ import annotations

import base64
import hashlib
import re

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "PUBLIC_KEY_PREFIX",
    "KeyFormatError",
    "PassphraseError",
    "format_public_key",
    "key_id",
    "load_private_key",
    "new_keypair",
    "parse_public_key",
    "parse_public_key_line",
    "raw_public_bytes",
]

MIN_PASSPHRASE_CHARS = 12
PUBLIC_KEY_PREFIX = "x25519:"
_B64URL_RE = re.compile(r"^[A-Za-z0-9_-]{43}=?$")


class KeyFormatError(ValueError):
    """A public or private key is malformed; the message says what is wrong."""


class PassphraseError(ValueError):
    """A passphrase is too weak (when creating) or wrong (when loading)."""


def raw_public_bytes(public_key: X25519PublicKey) -> bytes:
    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: X25519PublicKey) -> str:
    """Hex of the first 8 bytes of SHA-256 of the raw public key (16 hex characters)."""
    return hashlib.sha256(raw_public_bytes(public_key)).digest()[:8].hex()


def format_public_key(public_key: X25519PublicKey, name: str | None = None) -> str:
    """The one-line form ``x25519:<base64url>`` (plus `` name`` if given)."""
    encoded = base64.urlsafe_b64encode(raw_public_bytes(public_key)).rstrip(b"=").decode("ascii")
    line = PUBLIC_KEY_PREFIX + encoded
    if name:
        name = " ".join(name.split())
        if name:
            line += " " + name
    return line


def _check_passphrase(passphrase: bytes) -> None:
    if not isinstance(passphrase, bytes):
        raise PassphraseError("the passphrase must be bytes (encode text as UTF-8)")
    try:
        length = len(passphrase.decode("utf-8"))
    except UnicodeDecodeError:
        length = len(passphrase)
    if not passphrase.strip():
        raise PassphraseError("the passphrase is empty; choose a passphrase of 12+ characters")
    if length < MIN_PASSPHRASE_CHARS:
        raise PassphraseError(
            f"the passphrase has {length} characters; use at least {MIN_PASSPHRASE_CHARS} "
            "(several unrelated words work well)"
        )


def new_keypair(passphrase: bytes, name: str | None = None) -> tuple[bytes, str]:
    """Create an organiser key pair.

    Returns ``(private_pem, public_line)``: the encrypted PKCS#8 PEM to keep offline, and
    the public key line to put in the bot's configuration.
    """
    _check_passphrase(passphrase)
    private_key = X25519PrivateKey.generate()
    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    return pem, format_public_key(private_key.public_key(), name)


def parse_public_key_line(line: str) -> tuple[X25519PublicKey, str | None]:
    """Parse ``x25519:<base64url> [name]``; return the key and the name (or None)."""
    if not isinstance(line, str):
        raise KeyFormatError("a public key line must be text")
    parts = line.strip().split(None, 1)
    if not parts:
        raise KeyFormatError(
            "the public key line is empty; expected 'x25519:' followed by 43 base64url characters"
        )
    token = parts[0]
    name = parts[1].strip() if len(parts) > 1 else None
    if not token.startswith(PUBLIC_KEY_PREFIX):
        algorithm = token.split(":", 1)[0] if ":" in token else ""
        if algorithm and algorithm.lower() != "x25519":
            raise KeyFormatError(
                f"public key type '{algorithm}' is not supported; only x25519 keys are "
                "(the line must start with 'x25519:')"
            )
        raise KeyFormatError(
            "the public key line must start with 'x25519:' (copy the whole line printed "
            "when the key pair was made)"
        )
    encoded = token[len(PUBLIC_KEY_PREFIX) :]
    if not _B64URL_RE.match(encoded):
        bad = sorted({c for c in encoded if not (c.isascii() and (c.isalnum() or c in "-_="))})
        if bad:
            raise KeyFormatError(
                f"the public key contains characters that are not base64url ({''.join(bad)}); "
                "it may have been mangled when copied"
            )
        raise KeyFormatError(
            f"the public key after 'x25519:' has {len(encoded)} characters, expected 43 "
            "(it may have been cut off when copied)"
        )
    raw = base64.urlsafe_b64decode(encoded.rstrip("=") + "=")
    if len(raw) != 32:  # pragma: no cover - guaranteed by the regex
        raise KeyFormatError(f"the public key decodes to {len(raw)} bytes, expected 32")
    if raw == bytes(32):
        raise KeyFormatError("the public key is all zeros, which is not a usable key")
    return X25519PublicKey.from_public_bytes(raw), name


def parse_public_key(line: str) -> X25519PublicKey:
    """Parse a public key line (see :func:`parse_public_key_line`) and return the key."""
    return parse_public_key_line(line)[0]


def load_private_key(pem: bytes, passphrase: bytes) -> X25519PrivateKey:
    """Decrypt an organiser's private key file; clear errors for a wrong passphrase."""
    if not passphrase:
        raise PassphraseError("a passphrase is needed to open the private key file")
    if b"-----BEGIN" not in pem:
        raise KeyFormatError(
            "this is not a PEM private key file (it should start with "
            "'-----BEGIN ENCRYPTED PRIVATE KEY-----')"
        )
    try:
        key = serialization.load_pem_private_key(pem, passphrase)
    except TypeError as exc:
        # Raised when the file is not encrypted although a passphrase was given.
        raise KeyFormatError(
            "this private key file is not passphrase-protected; organiser keys must be "
            "encrypted, make a new key pair"
        ) from exc
    except ValueError as exc:
        if b"ENCRYPTED" in pem and "password" in str(exc).lower():
            raise PassphraseError(
                "wrong passphrase for this private key file (or the file is damaged)"
            ) from exc
        raise KeyFormatError(
            "the private key file could not be read; it may be damaged or not a key file"
        ) from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyFormatError(
            f"the private key file holds a {type(key).__name__}, expected an X25519 key"
        )
    return key
