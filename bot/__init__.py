"""Advice bot for workers facing sexual harassment at work in the UK."""

__version__ = "0.1.0"
