"""Pick a supported language from a platform language code such as ``pt-BR``."""

from __future__ import annotations

from collections.abc import Iterable

# Codes platforms send that mean one of our languages.
ALIASES = {"fil": "tl", "pa-guru": "pa", "pa-in": "pa", "nb": "no", "iw": "he"}


def negotiate(code: str | None, available: Iterable[str], default: str = "en") -> str:
    """``pt-BR`` -> ``pt``; ``fil`` -> ``tl``; anything unknown -> the default."""
    avail = list(available)
    if not code:
        return default
    norm = code.strip().lower().replace("_", "-")
    for candidate in (norm, ALIASES.get(norm), norm.split("-")[0], ALIASES.get(norm.split("-")[0])):
        if candidate and candidate in avail:
            return candidate
    return default
