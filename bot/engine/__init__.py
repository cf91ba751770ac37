"""The pure conversation engine: (flows, session, input) -> (new session, events).

Nothing in this package does I/O, reads the clock or draws random numbers.
"""

from .events import Event
from .flowset import FlowSet
from .session import Session
from .step import Command, Input, Press, Start, StepResult, Text, step

__all__ = [
    "Command",
    "Event",
    "FlowSet",
    "Input",
    "Press",
    "Session",
    "Start",
    "StepResult",
    "Text",
    "step",
]
