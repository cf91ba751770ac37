"""Fluent localisation: catalogues, translation with fallback, language negotiation."""

from .catalog import LocaleCatalog, MessageInfo, parse_locale
from .negotiate import negotiate
from .translator import Translator

__all__ = ["LocaleCatalog", "MessageInfo", "Translator", "negotiate", "parse_locale"]
