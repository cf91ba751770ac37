"""The pure conversation engine: (flows, session, input) -> (new session, events).

Importing the package registers every built-in action, including ``signpost``.
"""

from . import events
from . import signpost as signpost  # registers the "signpost" action
from .session import Session
from .step import step

__all__ = ["Session", "events", "signpost", "step"]
