"""Fluent localisation: catalogues, translation with fallback, language negotiation.

Import the modules themselves (``bot.i18n.translator``...): this package imports nothing,
so the processes that parse Fluent files in parallel start quickly.
"""
