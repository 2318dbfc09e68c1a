"""Data extraction in the paraphrases later rounds showed: the prompt "you were given",
"that the developer gave you", what came before my message, the words used to set you up,
other users' messages and sessions, and what other people told you.

extraction.py holds the core forms (your system prompt, repeat the text above, other
users' data); the word lists shared with it live there.
"""

from __future__ import annotations

from waddleai.security.rules.base import NOT_A_FEATURE, SHOW, W_PEOPLE, rule
from waddleai.security.rules.extraction import _OTHERS

LEAKS = [
    rule(
        "prompt_before_mine",
        "data_extraction",
        r"\b(?:instructions|prompt|text|messages?|rules|guidelines|directives|words|content)\s+"
        r"(?:(?:that\s+)?you\s+(?:were|have been|'ve been)\s+(?:given|told|shown|sent)\s+|you "
        r"(?:got|received|saw)\s+|that (?:came|come|was|were|appears?)\s+|(?:came|come|were|was|"
        r"appeared|appear)\s+)?(?:before|above|prior "
        r"to)\s+(?:my|this|our)\s+(?:first\s+|very first\s+)?(?:message|question|prompt|"
        r"conversation|request|chat|turn|reply)\b",
        0.85,
        anchors=(
            "instructions",
            "prompt",
            "text",
            "message",
            "messages",
            "rules",
            "guidelines",
            "directives",
            "words",
            "content",
        ),  # fmt: skip
        lead=True,
        before=rf"(?:\b{SHOW}\b[^.?!\n]{{0,40}}|\b(?:what|which)\s+)$",
        needs=("before above prior", "my this our"),
    ),
]

LEAKS += [
    rule(
        "what_they_told_you",
        "data_extraction",
        r"\bwhat (?:did|have|has|do|does) (?:your|the) (?:\w+ )?(?:developers?|creators?|makers?|"
        r"operators?|owners?|company|openai|anthropic|trainers?|admins?|programmers?) (?:tell|told|"
        r"instruct|instructed|ask|asked|program|programmed|say|said|want|forbid|"
        r"forbade)\w*\s+(?:you|u)\b",
        0.85,
        anchors=("what",),
        lead=True,
        needs=(
            "developer developers creator creators maker makers operator operators owner owners "
            "company openai anthropic trainer trainers admin admins programmer programmers",
        ),
    ),
]

LEAKS += [
    rule(
        "setup_words",
        "data_extraction",
        r"\b(?:words|text|instructions|prompt|sentences|message|messages|"
        r"lines)\s+(?:that\s+(?:were|"
        r"was)\s+)?(?:used\s+|written\s+|given\s+)?(?:to|that)\s+(?:set (?:you )?up|set up you|"
        r"configure you|initiali[sz]e you|program you|prompt you|instruct you|create you|boot you|"
        r"start you|steer you|define you|brief you)\b",
        0.85,
        anchors=(
            "words",
            "text",
            "instructions",
            "prompt",
            "sentences",
            "message",
            "messages",
            "lines",
        ),  # fmt: skip
        lead=True,
        needs=("you",),
    ),
    rule(
        "others_messages",
        "data_extraction",
        r"\b(?:messages|conversations?|chats?|history|logs?|transcripts?|questions|"
        r"prompts|"
        rf"requests|data|files)\b[^.?!]{{0,40}}\b(?:with|from|of|by|belonging to)\s+{_OTHERS}\b",
        0.8,
        anchors=(
            "messages",
            "conversation",
            "conversations",
            "chat",
            "chats",
            "history",
            "log",
            "logs",
            "transcript",
            "transcripts",
            "session",
            "sessions",
            "questions",
            "prompts",
            "requests",
            "data",
            "files",
        ),  # fmt: skip
        lead=True,
        before=rf"\b(?:{SHOW}|read|send|forward|give)\b[^.?!\n]{{0,30}}$",
        needs=(W_PEOPLE,),
    ),
]

LEAKS += [
    rule(
        "given_text",
        "data_extraction",
        r"\b(?:the\s+)?(?:full\s+|exact\s+|entire\s+|original\s+|complete\s+)?(?:configuration|"
        r"config|"
        r"setup|instructions|prompt|text|rules|guidelines|directives|context|message|brief)\s+"
        r"(?:that\s+)?(?:you|u)\s+(?:were|have been|'ve been|got|received)\s*(?:given|fed|sent|"
        r"shown|"
        r"handed|configured with|set up with|loaded with|initiali[sz]ed with|started with)?\b",
        0.85,
        anchors=(
            "configuration",
            "config",
            "setup",
            "instructions",
            "prompt",
            "text",
            "rules",
            "guidelines",
            "directives",
            "context",
            "message",
            "brief",
        ),  # fmt: skip
        lead=True,
        before=rf"\b(?:{SHOW}|paste|give|send)\b[^.?!\n]{{0,30}}$",
        needs=("you u",),
    ),
]

LEAKS += [
    rule(
        "other_user_item",
        "data_extraction",
        r"\b(?:other|another|previous|prior|different|last|earlier)\s+(?:users?|customers?|"
        r"tenants?|"
        r"clients?|persons?|person)(?:'s|')\s+(?:prompt|message|question|request|conversation|chat|"
        rf"email|file|query|input|session)\b{NOT_A_FEATURE}",
        0.8,
        anchors=("other", "another", "previous", "prior", "different", "last", "earlier"),
        lead=True,
        before=rf"\b{SHOW}\b(?:\s+me)?\s+(?:the\s+|all\s+)?$",
        needs=(W_PEOPLE,),
    ),
]

LEAKS += [
    rule(
        "past_conversations",
        "data_extraction",
        r"\b(?:forward|send|show|give|share|paste|repeat|tell|recall|summari[sz]e)\s+(?:me\s+|"
        r"us\s+)?"
        r"(?:the\s+|your\s+|any\s+|all\s+)?(?:previous|prior|earlier|last|other|"
        r"past)\s+(?:conversations?|"
        r"chats?|messages|sessions?|exchanges?)\s+(?:you\s+(?:had|have had|held)|with|from)\b|"
        r"\b(?:what|anything)\s+(?:other|different)\s+(?:people|users|persons|"
        r"customers)\s+(?:have\s+)?"
        r"(?:told|said to|asked|sent|shared with)\s+(?:you|u)\b",
        0.85,
        anchors=(
            "forward",
            "send",
            "show",
            "give",
            "share",
            "paste",
            "repeat",
            "tell",
            "recall",
            "summarize",
            "summarise",
            "what",
            "anything",
        ),  # fmt: skip
        lead=True,
        needs=("previous prior earlier last other past different",),
    ),
]

LEAKS += [
    rule(
        "prompt_they_gave",
        "data_extraction",
        r"\b(?:prompt|instructions|rules|guidelines|directives|text|message)\s+(?:that\s+|"
        r"which\s+)?"
        r"(?:the|your)\s+(?:developers?|creators?|operators?|company|admins?|owners?|makers?)\s+"
        r"(?:gave|wrote|set|provided|wrote for|put in|loaded into|fed)\s+(?:you|u)\b",
        0.85,
        anchors=("prompt", "instructions", "rules", "guidelines", "directives", "text", "message"),
        lead=True,
        before=rf"\b(?:{SHOW}|give|send|what)\b[^.?!\n]{{0,30}}$",
        needs=("you u",),
    ),
    rule(
        "previous_session_user",
        "data_extraction",
        r"\bwhat\s+(?:did|has|have|was)\s+(?:the\s+)?(?:users?|person|people|customers?|someone)\s+"
        r"(?:in|from|of)\s+(?:the\s+)?(?:previous|last|other|earlier|prior|another)\s+(?:sessions?|"
        r"chats?|conversations?)\s+(?:ask|asked|say|said|send|sent|type|typed|write|wrote|want|"
        r"wanted|talk)",
        0.85,
        anchors=("what",),
        lead=True,
        needs=(W_PEOPLE,),
    ),
]
