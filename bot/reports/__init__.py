"""Anonymous, ephemeral, encrypted reports.

A worker's answers are checked against a YAML schema (:mod:`.schema`), sealed with HPKE
to each organiser's X25519 public key (:mod:`.seal`, :mod:`.keys`) and stored as one
opaque row with a day, an expiry time and an HMAC of a receipt code (:mod:`.store`).
Only organisers holding a private key can open reports (:meth:`ReportStore.pull`); they
share only small-number-suppressed aggregates (:mod:`.stats`) or export the reports
locally (:mod:`.export`). Nothing in this package logs report contents.
"""

from __future__ import annotations

from .export import write_csv, write_json
from .keys import (
    KeyFormatError,
    PassphraseError,
    format_public_key,
    key_id,
    load_private_key,
    new_keypair,
    parse_public_key,
    parse_public_key_line,
)
from .schema import ReportSchema, ReportValidationError, SchemaError
from .seal import EnvelopeError, open_envelope, seal
from .stats import stats, to_png, to_table
from .store import ReportStore, new_receipt_code, open_db

__all__ = [
    "EnvelopeError",
    "KeyFormatError",
    "PassphraseError",
    "ReportSchema",
    "ReportStore",
    "ReportValidationError",
    "SchemaError",
    "format_public_key",
    "key_id",
    "load_private_key",
    "new_keypair",
    "new_receipt_code",
    "open_db",
    "open_envelope",
    "parse_public_key",
    "parse_public_key_line",
    "seal",
    "stats",
    "to_png",
    "to_table",
    "write_csv",
    "write_json",
]
