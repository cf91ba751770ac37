"""Organiser key pairs for sealed reports.

Each organiser holds an X25519 private key; the bot only ever holds public keys, so a
stolen bot server reveals no report. Key handling is kept boring and portable:

* The private key file is armoured text (``-----BEGIN ADVICE-BOT PRIVATE KEY-----``)
  holding the raw 32-byte key sealed with ChaCha20-Poly1305 under a key derived from
  the passphrase by scrypt (N=2^17, r=8, p=1: 128 MiB and about a second per try, so
  guessing passphrases offline is slow and needs memory, unlike the PBKDF2 with 2,048
  iterations that PKCS#8 files from cryptography use). The scrypt parameters and salt
  are in the file and authenticated. Older key files (PKCS#8 PEM, ``-----BEGIN
  ENCRYPTED PRIVATE KEY-----``) are still read, so no organiser is locked out; new keys
  are always written in the new form.
* A passphrase must have at least 12 characters and must not be a common password
  (``password1234``, ``qwertyuiop12``…): :func:`check_passphrase`.
* The public key is one config-friendly line, ``x25519:<base64url of the raw 32 bytes>``,
  optionally followed by whitespace and a free-form name (``x25519:AbC… union-north``).
* A key's id is the hex of the first 8 bytes of SHA-256 of the raw public key; it labels
  which envelope entry belongs to which organiser without revealing anything else.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

__all__ = [
    "MIN_PASSPHRASE_CHARS",
    "PUBLIC_KEY_PREFIX",
    "KeyFormatError",
    "PassphraseError",
    "check_passphrase",
    "format_public_key",
    "key_id",
    "load_private_key",
    "new_keypair",
    "parse_public_key",
    "parse_public_key_line",
    "raw_public_bytes",
]

MIN_PASSPHRASE_CHARS = 12
PEM_BEGIN = b"-----BEGIN ADVICE-BOT PRIVATE KEY-----"
PEM_END = b"-----END ADVICE-BOT PRIVATE KEY-----"
_MAGIC = b"ABK1"
_HEADER = struct.Struct(">4sBBB16s12s")  # magic, log2(N), r, p, salt, nonce
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 17, 8, 1
# Words that most leaked passwords are made of; a passphrase that is one of them plus
# digits or symbols ("Password1234!", "qwerty123456") is refused.
_COMMON_WORDS = frozenset(
    [
        "password",
        "passw0rd",
        "p@ssword",
        "qwerty",
        "qwertyuiop",
        "qwertyuiopasdfghjkl",
        "asdfghjkl",
        "asdfgh",
        "zxcvbnm",
        "azerty",
        "iloveyou",
        "letmein",
        "welcome",
        "admin",
        "administrator",
        "monkey",
        "dragon",
        "football",
        "baseball",
        "soccer",
        "sunshine",
        "princess",
        "abc",
        "abcd",
        "abcdef",
        "abcdefgh",
        "abcdefghijkl",
        "trustno",
        "starwars",
        "whatever",
        "superman",
        "batman",
        "master",
        "shadow",
        "michael",
        "jennifer",
        "jordan",
        "hello",
        "freedom",
        "secret",
        "changeme",
        "default",
        "login",
        "charlie",
        "donald",
        "mustang",
        "access",
        "passphrase",
        "union",
        "organiser",
        "organizer",
        "telegram",
    ]
)
_SEQUENCES = ("0123456789" * 3, "9876543210" * 3, "abcdefghijklmnopqrstuvwxyz")
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


def check_passphrase(passphrase: bytes) -> None:
    """Refuse a passphrase that is empty, under 12 characters or a common password.

    Called before the passphrase is asked a second time, so a weak one is turned
    down at once.
    """
    if not isinstance(passphrase, bytes):
        raise PassphraseError("the passphrase must be bytes (encode text as UTF-8)")
    try:
        text = passphrase.decode("utf-8")
    except UnicodeDecodeError:
        text = passphrase.decode("latin-1")
    length = len(text)
    if not text.strip():
        raise PassphraseError("the passphrase is empty; choose a passphrase of 12+ characters")
    if length < MIN_PASSPHRASE_CHARS:
        raise PassphraseError(
            f"the passphrase has {length} characters; use at least {MIN_PASSPHRASE_CHARS} "
            "(several unrelated words work well)"
        )
    folded = text.casefold()
    squeezed = re.sub(r"[\s_.-]+", "", folded)
    base = re.sub(r"[\d\W_]+$", "", squeezed)  # "password1234!" -> "password"
    base = re.sub(r"^[\d\W_]+", "", base)
    common = (
        not base
        or base in _COMMON_WORDS
        or len(set(squeezed)) <= 3
        or any(squeezed in seq for seq in _SEQUENCES)
        or any(base == word * (len(base) // len(word)) for word in _COMMON_WORDS if word)
    )
    if common:
        raise PassphraseError(
            "the passphrase is a common password that is guessed first; choose several "
            "unrelated words instead"
        )


def _scrypt(passphrase: bytes, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(passphrase)


def _seal_private_key(raw: bytes, passphrase: bytes) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(_MAGIC, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _scrypt(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    body = base64.encodebytes(header + ChaCha20Poly1305(key).encrypt(nonce, raw, header))
    return PEM_BEGIN + b"\n" + body + PEM_END + b"\n"


def _open_private_key(pem: bytes, passphrase: bytes) -> X25519PrivateKey:
    inside = pem.split(PEM_BEGIN, 1)[1].split(PEM_END, 1)[0]
    try:
        blob = base64.b64decode(b"".join(inside.split()), validate=True)
    except binascii.Error:
        blob = b""
    if len(blob) != _HEADER.size + 32 + 16:
        raise KeyFormatError(
            "the private key file could not be read; it may be damaged or not a key file"
        )
    header = blob[: _HEADER.size]
    magic, log2_n, r, p, salt, nonce = _HEADER.unpack(header)
    if magic != _MAGIC or not (14 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise KeyFormatError(
            "the private key file could not be read; it may be damaged or made by a newer "
            "version of advice-bot"
        )
    key = _scrypt(passphrase, salt, log2_n, r, p)
    try:
        raw = ChaCha20Poly1305(key).decrypt(nonce, blob[_HEADER.size :], header)
    except InvalidTag:
        raise PassphraseError(
            "wrong passphrase for this private key file (or the file is damaged)"
        ) from None
    return X25519PrivateKey.from_private_bytes(raw)


def new_keypair(passphrase: bytes, name: str | None = None) -> tuple[bytes, str]:
    """Create an organiser key pair.

    Returns ``(private_pem, public_line)``: the scrypt-protected key file to keep offline, and
    the public key line to put in the bot's configuration.
    """
    check_passphrase(passphrase)
    private_key = X25519PrivateKey.generate()
    raw = private_key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return _seal_private_key(raw, passphrase), format_public_key(private_key.public_key(), name)


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
    if PEM_BEGIN in pem:
        return _open_private_key(pem, passphrase)
    if b"-----BEGIN" not in pem:
        raise KeyFormatError(
            f"this is not a private key file (it should start with '{PEM_BEGIN.decode()}')"
        )
    try:  # an older organiser key: PKCS#8 PEM, still read so nobody is locked out
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
