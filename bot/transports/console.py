"""Talk to the real engine and translations in a terminal, with no token and no network.

Buttons are shown numbered; type the number to press one. The same commands as on
Telegram work (``/exit`` clears the screen, as the bot deletes the chat there). The
first screen, and the first screen in each language chosen, says how to choose and
how to leave (``console-intro`` in ``locales/*/console.ftl``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from ..content import Content
from ..engine.events import LanguageChanged, Offer
from ..engine.step import Input, Press, Start
from ..render import Rendered, parse_text
from ..service import MemoryStore, Service
from ..transcripts import MemoryReports, describe, save_transcript

CLEAR = "\033[2J\033[H"
INTRO = "console-intro"


def show(rendered: Rendered, write: Callable[[str], Any]) -> None:
    for msg in rendered.messages:
        write("\n" + msg.text + "\n")
        n = 0
        for row in msg.buttons:
            for button in row:
                n += 1
                write(f"  [{n}] {button.label}\n")


async def chat(
    content: Content,
    *,
    lang: str | None = None,
    flow: str | None = None,
    record: Path | None = None,
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    service: Service[str] | None = None,
) -> int:
    service = service or Service(content, MemoryStore(), MemoryReports())
    key = "console"
    token = ""
    options = 0
    steps: list[dict[str, Any]] = []
    write = stdout.write
    translator = content.translator
    current = lang if lang and translator.has(lang, INTRO) else translator.base
    introduced: set[str] = set()

    async def send(inp: Input, label: dict[str, Any]) -> None:
        nonlocal token, options, current
        reply = await service.handle(key, inp, lang)
        for ev in reply.events:
            if isinstance(ev, Offer):
                token, options = ev.token, len(ev.options)
            elif isinstance(ev, LanguageChanged):
                current = ev.lang
        if reply.rendered.quick_exit:
            write(CLEAR if stdout.isatty() else "")
            token, options = "", 0
        show(reply.rendered, write)
        if current not in introduced and translator.has(translator.base, INTRO):
            introduced.add(current)
            write("\n" + translator.format(current, INTRO) + "\n")
        steps.append({**label, "expect": describe(reply.events)})
        stdout.flush()

    payload = "__".join(p for p in (lang or "", flow or "") if p) if (lang or flow) else ""
    if flow and not lang:
        payload = f"__{flow}"
    await send(Start(payload), {"send": f"/start {payload}".strip()})
    while True:
        write("\n> ")
        stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.rstrip("\n")
        if text.strip() in ("/quit", "/q"):
            break
        if text.strip().isdecimal() and options and 1 <= int(text.strip()) <= options:
            await send(Press(token, int(text.strip()) - 1), {"press": int(text.strip())})
        else:
            await send(parse_text(text), {"send": text})
    write("\n")
    if record is not None:
        save_transcript(record, {"lang": lang or "en", "steps": steps})
        write(f"recorded {len(steps)} steps to {record}\n")
    return 0
