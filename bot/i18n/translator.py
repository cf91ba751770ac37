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
        # A message that uses no variables (most texts and every button label) always
        # formats to the same text: keep it, as formatting costs ~25 µs and a step needs
        # ~10. Flows pass the session's variables to every message, so "no variables"
        # is read off the message itself, not off the arguments given.
        self._plain: dict[tuple[str, str], str] = {}
        self._uses_vars: dict[tuple[str, str], bool] = {}
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

    def preload(self) -> None:
        """Parse every language and compile every message now rather than on first use."""
        for lang in self.languages:
            bundle = self.bundle(lang)
            if bundle is not None:
                for msg_id in self.catalogs[lang].messages:
                    if bundle.has_message(msg_id):
                        bundle.get_message(msg_id)  # fluent.runtime compiles on lookup

    def has(self, lang: str, msg_id: str) -> bool:
        cat = self.catalogs.get(lang)
        return cat is not None and msg_id in cat.messages and msg_id not in cat.withheld

    def format(self, lang: str, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        found = self._plain.get((lang, msg_id))
        if found is not None:
            return found
        if self.uses_variables(lang, msg_id) or self.uses_variables(self.base, msg_id):
            # never kept: the values may be what a worker typed, or a receipt code
            return self._format_with_fallback(lang, msg_id, args)
        found = self._plain[lang, msg_id] = self._format_with_fallback(lang, msg_id, None)
        return found

    def uses_variables(self, lang: str, msg_id: str) -> bool:
        """Whether the message (or a message it references) in ``lang`` reads a variable."""
        key = (lang, msg_id)
        found = self._uses_vars.get(key)
        if found is None:
            self._uses_vars[key] = True  # a reference cycle reads as "uses variables"
            cat = self.catalogs.get(lang)
            info = cat.messages.get(msg_id) if cat is not None else None
            found = info is not None and bool(
                info.variables or any(self.uses_variables(lang, r) for r in info.references)
            )
            self._uses_vars[key] = found
        return found

    def _format_with_fallback(self, lang: str, msg_id: str, args: Mapping[str, Any] | None) -> str:
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
        try:
            text, errors = bundle.format_pattern(message.value, dict(args) if args else None)
        except RecursionError:  # messages using each other in a circle (`check` says where)
            return None
        if errors:
            return None
        return str(text)
