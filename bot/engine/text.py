"""Free text a worker types, made safe and measured the same way everywhere.

:func:`clean_text` is the one definition: the engine stores an answer only after
cleaning it and checks its length on the cleaned text, and the report sink cleans every
text answer the same way before the schema checks it. So an answer the conversation
accepted can never be refused when the report is sealed (Unicode normalisation can make
a text longer: 1,500 Gurmukhi letters like U+0A33 become 3,000 code points in NFC).

Cleaning removes what could act on an organiser's terminal or spreadsheet, or hide
text, rather than show it: terminal escape sequences, control characters other than
line breaks (a tab becomes a space, every line break ``\\n``) and the Unicode controls
that reorder text (bidirectional embeddings, overrides and isolates). Joiners and marks
that scripts need (ZWJ, ZWNJ, the left-to-right and right-to-left marks) stay.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text"]

# ESC-introduced sequences: CSI (ESC [ ... final byte), OSC/DCS/APC/PM/SOS strings
# (ending in BEL or ESC \), and two-character escapes. The 8-bit forms (U+009B CSI,
# U+009D OSC...) are C1 controls, removed below with the rest of them.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # any other escape
)
_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
_REMOVE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f"  # C0 (not tab or line breaks), DEL, C1
    "\u202a-\u202e\u2066-\u2069]"  # bidirectional embeddings, overrides, isolates
)


def clean_text(text: str) -> str:
    """``text`` without escapes and controls, NFC-normalised, stripped (see module doc)."""
    text = _ESCAPES.sub("", text)
    text = _BREAKS.sub("\n", text).replace("\t", " ")
    text = _REMOVE.sub("", text)
    return unicodedata.normalize("NFC", text).strip()
