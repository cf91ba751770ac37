"""Format messages with fluent.runtime, falling back to English message by message.

A worker never sees a raw message id: a message missing everywhere (which
``advice-bot check`` reports) renders as a neutral line from ``common.ftl``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import babel
from fluent.runtime import FluentBundle

from .catalog import LocaleCatalog

RLM = "\u200f"
BASE = "en"
UNAVAILABLE = "text-unavailable"
# Babel knows some languages under another code.
BABEL_CODES = {"tl": ["tl", "fil"], "pa": ["pa", "pa_Guru"]}


@lru_cache(maxsize=64)
def is_rtl(code: str) -> bool:
    try:
        return bool(babel.Locale.parse(code.replace("-", "_")).text_direction == "rtl")
    except (babel.UnknownLocaleError, ValueError):
        return False


class Translator:
    def __init__(self, catalogs: Iterable[LocaleCatalog], base: str = BASE) -> None:
        self.base = base
        self.catalogs = {cat.code: cat for cat in catalogs}
        self._bundles: dict[str, FluentBundle] = {}
        if base not in self.catalogs:
            raise ValueError(f"the base language '{base}' has no locale folder")

    @property
    def languages(self) -> list[str]:
        return [self.base, *sorted(c for c in self.catalogs if c != self.base)]

    def bundle(self, lang: str) -> FluentBundle | None:
        """The language's bundle, parsed the first time it is needed."""
        found = self._bundles.get(lang)
        if found is None:
            cat = self.catalogs.get(lang)
            if cat is None:
                return None
            found = FluentBundle(BABEL_CODES.get(lang, [lang]), use_isolating=False)
            for res in cat.resources:
                found.add_resource(res)
            self._bundles[lang] = found
        return found

    def has(self, lang: str, msg_id: str) -> bool:
        cat = self.catalogs.get(lang)
        return cat is not None and msg_id in cat.messages

    def format(self, lang: str, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        text = self._format(lang, msg_id, args)
        if text is None and lang != self.base:
            text = self._format(self.base, msg_id, args)
            lang = self.base
        if text is None:
            text = self._format(self.base, UNAVAILABLE, None) or "…"
        if is_rtl(lang):
            text = RLM + text.replace("\n", "\n" + RLM)
        return text

    def _format(self, lang: str, msg_id: str, args: Mapping[str, Any] | None) -> str | None:
        bundle = self.bundle(lang) if self.has(lang, msg_id) else None
        if bundle is None or not bundle.has_message(msg_id):
            return None
        message = bundle.get_message(msg_id)
        if message.value is None:
            return None
        text, errors = bundle.format_pattern(message.value, dict(args) if args else None)
        if errors:
            return None
        return str(text)
