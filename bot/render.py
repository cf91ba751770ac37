"""Turn engine events into messages with buttons, shared by every transport.

Also the reverse: parse what a transport received (text, commands, callback data)
into engine inputs. Callback data is ``<token>:<index>``, except that a button whose
choice leaves at once (action ``quick_exit``, "Leave now") always carries
:data:`EXIT_CALLBACK`: the Telegram bridge recognises it without the session, so leaving
skips the rate limit and the chat's queue. Anything else is refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .engine.events import Event, LanguageChanged, Offer, QuickExit, Say
from .engine.step import Command, Input, Press, Start, Text
from .i18n.translator import Translator

# Messages rendering itself (and quick exit) uses; the loader checks they exist in English.
RENDER_MESSAGES = ("choose-below", "exit-neutral", "exit-not-all-removed")
# The callback data of every "Leave now" button: the same for everyone, on purpose (a
# forged press only leaves, which is always allowed).
EXIT_CALLBACK = "exit"
# Messages chat transports say outside a conversation step (bot/telegram.py). Optional:
# a missing one renders as ``text-unavailable``; ``advice-bot check`` warns about it.
TRANSPORT_MESSAGES = ("group-refused", "slow-down", "text-too-long-message", "only-text")
CALLBACK_RE = re.compile(r"^([0-9a-f]{1,3}):([0-9]{1,2})$")
COMMAND_RE = re.compile(r"^/([A-Za-z_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+(.*))?$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str


@dataclass(slots=True)
class OutMessage:
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    lang: str = "en"


@dataclass(slots=True)
class Rendered:
    messages: list[OutMessage]
    quick_exit: bool = False


def render(events: Iterable[Event], lang: str, tr: Translator) -> Rendered:
    """Consecutive ``Say`` events become one message; buttons attach to the last one."""
    out = Rendered([])
    paragraphs: list[str] = []

    def flush(buttons: list[list[Button]] | None = None) -> None:
        if paragraphs or buttons:
            text = "\n\n".join(paragraphs) if paragraphs else tr.format(lang, "choose-below")
            out.messages.append(OutMessage(text, buttons or [], lang))
            paragraphs.clear()

    for ev in events:
        if isinstance(ev, Say):
            paragraphs.append(tr.format(lang, ev.msg.id, ev.msg.args))
        elif isinstance(ev, Offer):
            labels = [
                Button(
                    tr.format(opt.lang or lang, opt.label.id, opt.label.args),
                    EXIT_CALLBACK if opt.leaves else f"{ev.token}:{opt.index}",
                )
                for opt in ev.options
            ]
            per_row = 2 if all(o.lang for o in ev.options) else 1
            flush([labels[i : i + per_row] for i in range(0, len(labels), per_row)])
        elif isinstance(ev, LanguageChanged):
            flush()
            lang = ev.lang
        elif isinstance(ev, QuickExit):
            paragraphs.clear()
            out.quick_exit = True
            # Only the cover line: advice on deleting the chat would give the cover away
            # (it is in the welcome and /help). The bridge replaces it by the honest
            # ``exit-not-all-removed`` if any deletion failed.
            paragraphs.append(tr.format(lang, "exit-neutral"))
    flush()
    return out


def parse_callback(data: str | None) -> Press | None:
    """``"1a:2"`` -> Press("1a", 2); anything malformed -> None (treated as a stale button)."""
    m = CALLBACK_RE.match(data or "")
    if not m:
        return None
    return Press(m.group(1), int(m.group(2)))


def parse_text(text: str) -> Input:
    """Commands (``/start pl``, ``/exit@MyBot``) or free text."""
    m = COMMAND_RE.match(text.strip()) if text.startswith("/") else None
    if m:
        name, arg = m.group(1).lower(), (m.group(2) or "").strip()
        # unknown commands reach the engine too, which says which ones exist
        return Start(arg) if name == "start" else Command(name, arg)
    return Text(text)
