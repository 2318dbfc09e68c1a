"""The same intents for text whose spaces were squeezed out ("i g n o r e a l l p r e v i o
u s ..." read back as "ignoreallprevious...")."""

from __future__ import annotations

from waddleai.security.rules.base import rule

# The same intents with the spaces squeezed out (for "i g n o r e ..." text).
COMPACT = [
    rule("compact_override", "prompt_injection",
       r"(?:ignore|disregard|forget|bypass)(?:all|any|the|your|previous|prior|above|earlier|"
       r"system|of)+(?:instructions?|rules|prompts?|guidelines)", 0.9),
    rule("compact_jailbreak", "jailbreak",
       r"doanythingnow|developermode|jailbr(?:eak|oken)|nofilters|norestrictions|norules|"
       r"noguidelines|unfiltered|uncensored|without(?:any)?(?:rules|restrictions|filters)", 0.85),
    rule("compact_prompt", "data_extraction",
       r"(?:reveal|show|print|repeat|output|display|leak)(?:me)?(?:your|the)(?:full|entire|"
       r"hidden|secret|original|initial)*(?:systemprompt|instructions|systemmessage|"
       r"initialprompt)", 0.85),
    rule("compact_secrets", "credential_harvesting",
       r"(?:print|dump|send|show|cat|read|leak|reveal)(?:me)?(?:all|the|your|every)+(?:\w{0,12})"
       r"(?:apikeys?|secrets|credentials|passwords|envvars|environmentvariables|idrsa|sshkeys?)",
       0.85),
]  # fmt: skip
