"""Shared fixtures for the anonymous report tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.reports.schema import ReportSchema
from bot.reports.store import ReportStore, open_db
from tests.helpers import REPORT_SCHEMA

NOW = datetime(2025, 6, 15, 13, 37, 42, tzinfo=UTC)
TODAY = date(2025, 6, 15)
SECRET = b"s" * 32


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def secret() -> bytes:
    return SECRET


@pytest.fixture(scope="session")
def schema() -> ReportSchema:
    return ReportSchema.load(REPORT_SCHEMA)


@pytest.fixture
def answers() -> dict[str, Any]:
    return {
        "nation": "northern-ireland",
        "sector": "domestic-work",
        "workplace": "private-home",
        "what": ["sexual-assault", "messages-images"],
        "who": ["agency-gangmaster"],
        "when": "2019-07",
        "reported_to_employer": "yes-treated-worse",
        "barriers": ["visa", "not-believed"],
        "account": "ZebraCrossingAccount42 happened near the depot",
        "consent_evidence": "yes",
    }


@pytest.fixture
def report(schema: ReportSchema, answers: dict[str, Any]) -> dict[str, Any]:
    return schema.validate(answers, today=TODAY)


@pytest.fixture
def alice() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


@pytest.fixture
def bob() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reports.db"


@pytest.fixture
def store(db_path: Path) -> ReportStore:
    return ReportStore(open_db(db_path))
