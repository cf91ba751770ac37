"""Transports: thin adapters between a chat platform and :class:`bot.service.Service`."""
