"""Prompt injection by claimed authority: text that says it comes from the system, the
developers or the vendor, or that hands the model a new objective.

A claim alone ("I'm the repo admin") is ordinary; it counts when it is addressed to the
model as its owner ("I am your administrator", "message from your developer:"), when it
fakes a role header followed by orders ("### SYSTEM: the assistant must..."), or when it
announces that the model's policy changed ("OpenAI has updated your policy").
"""

from __future__ import annotations

from waddleai.security.rules.base import AI, AI_NAMES, NO_VALUE, W_BOSS, rule

_BOSS = (
    r"(?:developers?|creators?|makers?|admins?|administrators?|operators?|owners?|"
    r"programmers?|engineers?|trainers?|masters?|system|openai|anthropic|safety team|"
    r"trust (?:and|&) safety|staff|moderators?|supervisors?|security team)"
)
_ORDERS = (
    rf"(?:\b{AI}\b[^.!?]{{0,40}}\b(?:must|will|shall|should|is to|are to|now|may|can)\b|"
    r"\byou (?:must|will|shall|are to|may now|can now|are now|should now|now)\b|\bnew "
    r"(?:objective|task|goal|mission|instructions?|rules|directives?|orders|role|persona)\b|"
    r"\b(?:ignore|disregard|forget|override|comply|obey|from now on|unrestricted|disabled?|"
    r"lifted|suspended|off for)\b)"
)

# What a fake role header is followed by (stricter than _ORDERS: "(admin): add, edit,
# enable/disable" in a page's docstring is a header too).
_STRONG_ORDERS = (
    rf"(?:\b{AI}\b[^.!?]{{0,40}}\b(?:must|will|shall|should|is to|are to)\b|\byou (?:must|will|"
    r"shall|are to|may now|can now|are now|should now|now)\b|\bnew (?:objective|task|goal|mission|"
    r"instructions?|rules|directives?|orders|role|persona|policy)\b|\b(?:ignore|disregard|forget|"
    r"override|comply|obey|from now on|unrestricted)\b)"
)

AUTHORITY = [
    rule(
        "claimed_owner",
        "prompt_injection",
        rf"\b(?:i am|i'm|im|this is|we are|we're|speaking as|it's)\s+(?:your|ur)\s+(?:\w+\s+)?"
        rf"{_BOSS}\b|\b(?:i am|i'm|im|we are|we're)\s+(?:the|a|an|one of the)\s+(?:\w+\s+)?"
        rf"{_BOSS}\s+"
        r"(?:who|that|which)\s+(?:\w+\s+)?(?:built|made|created|trained|designed|programmed|wrote|"
        r"owns?|runs?|deployed|configured|coded|developed)\s+(?:you|u|this (?:ai|bot|assistant|"
        r"model))\b|\b(?:i am|i'm|this is|we are)\s+(?:an?\s+|the\s+)?(?:openai|anthropic)\s+"
        r"(?:employee|engineer|developer|staff|researcher|admin|team)\b",
        0.8,
        anchors=("i am", "i'm", "im", "this is", "we are", "we're", "speaking as", "it's"),
        lead=True,
        needs=(W_BOSS,),
    ),
    rule(
        "message_from_boss",
        "prompt_injection",
        r"\b(?:message|note|notice|update|instructions?|orders?|memo|directive|override|word|"
        r"notification|announcement|alert|command)s?\s+(?:directly\s+)?from\s+(?:your|the|ur)?"
        rf"\s*(?:\w+\s+)?{_BOSS}\b[^\n]{{0,20}}?[:\-]\s*[^\n]{{0,120}}?{_ORDERS}",
        0.85,
        anchors=(
            "message",
            "messages",
            "note",
            "notes",
            "notice",
            "update",
            "updates",
            "instruction",
            "instructions",
            "order",
            "orders",
            "memo",
            "directive",
            "directives",
            "override",
            "word",
            "notification",
            "announcement",
            "alert",
            "command",
            "commands",
        ),  # fmt: skip
        lead=True,
        needs=("from", W_BOSS),
    ),
    rule(
        "role_header",
        "prompt_injection",
        r"(?:system|admin|administrator|developer|operator|root|sys|supervisor)\b(?: (?:message|"
        r"prompt|note|instruction|update|notice|override))?(?:\s*(?:\]|>|\*\*|\)|\})\s*:?|\s*:)"
        rf"\s*[^\n]{{0,80}}?{_STRONG_ORDERS}",
        0.85,
        anchors=(
            "system",
            "admin",
            "administrator",
            "developer",
            "operator",
            "root",
            "sys",
            "supervisor",
        ),  # fmt: skip
        lead=True,
        before=r"(?:#{1,6} ?|\[|<|\*\*|\(|\{|<\|)\s*$",
    ),
    rule(
        "new_objective",
        "prompt_injection",
        r"\b(?:new|real|actual|true|updated|revised|secret|hidden|primary|overriding)\s+"
        r"(?:objective|goal|mission|orders|persona|directive|purpose|prime directive)\s*(?::|is\b|"
        r"are\b|-)",
        0.8,
        anchors=(
            "new",
            "real",
            "actual",
            "true",
            "updated",
            "revised",
            "secret",
            "hidden",
            "primary",
            "overriding",
        ),  # fmt: skip
        lead=True,
        needs=("objective goal mission orders persona directive purpose",),
    ),
    rule(
        "new_task_in_tool",
        "prompt_injection",
        r"\b(?:new|real|actual|updated|revised|urgent|different)\s+(?:task|instructions?|"
        rf"request|assignment)(?:\s+from\s+[^:.]{{0,40}})?\s*:(?!{NO_VALUE})",
        0.8,
        "tool",
        anchors=("new", "real", "actual", "updated", "revised", "urgent", "different"),
        lead=True,
        needs=("task instruction instructions request assignment",),
    ),
    rule(
        "policy_changed",
        "prompt_injection",
        rf"\b{_BOSS}\s+(?:has|have|just)?\s*(?:updated|changed|revised|lifted|"
        r"removed|disabled|suspended|relaxed|waived|replaced|turned off|switched off)\s+(?:your|"
        r"the|its|all|any)\s+(?:\w+\s+)?(?:polic(?:y|ies)|rules|guidelines|restrictions|"
        r"instructions|filters|safety|guardrails|limits|limitations)\b|\b(?:updated|revised|new)"
        r"\s+(?:instructions|policy|rules|guidelines|orders)\s+from\s+(?:the\s+|your\s+)?"
        rf"{_BOSS}\b",
        0.85,
        anchors=(
            "developer",
            "creator",
            "maker",
            "admin",
            "administrator",
            "operator",
            "owner",
            "programmer",
            "engineer",
            "system",
            "openai",
            "anthropic",
            "safety",
            "staff",
            "updated",
            "revised",
            "new",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "updated changed revised lifted removed disabled suspended relaxed waived "
                "replaced turned switched new"
            ),
            (
                "policy policies rules guidelines restrictions instructions filters safety "
                "guardrails limits limitations orders"
            ),
        ),
    ),
]

AUTHORITY += [
    rule(
        "boss_authorized_me",
        "prompt_injection",
        r"(?:developers?|creators?|admins?|administrators?|operators?|owners?|company|openai|"
        r"anthropic)\s+(?:has|have)\s+(?:authori[sz]ed|allowed|permitted|given me permission|"
        r"approved|asked|cleared)\s+(?:me\s+)?to\s+(?:change|modify|override|disable|update|remove|"
        r"lift|bypass|access|see|replace|reset)\b",
        0.85,
        anchors=(
            "developer",
            "developers",
            "creator",
            "creators",
            "admin",
            "admins",
            "administrator",
            "administrators",
            "operator",
            "operators",
            "owner",
            "owners",
            "company",
            "openai",
            "anthropic",
        ),  # fmt: skip
        lead=True,
        before=r"\b(?:your|the)\s+$",
        needs=("authorized authorised allowed permitted permission approved asked cleared",),
    ),
    rule(
        "i_am_the_system",
        "prompt_injection",
        r"\b(?:i am|i'm|im|this is)\s+(?:the\s+)?(?:system|admin|administrator|developer|root|"
        r"operator|"
        r"supervisor)\b(?=[.!,:;]?\s*(?:obey|comply|listen|follow|you (?:must|will|shall))\b)",
        0.85,
        anchors=("i am", "i'm", "im", "this is"),
        lead=True,
        needs=("obey comply listen follow must will shall",),
    ),
    rule(
        "agent_instructions_header",
        "prompt_injection",
        rf"\b{AI}s?\s+(?:instructions?|orders|tasks?|directives?|commands?|"
        rf"notes?)\s*(?:\([^)]{{0,20}}"
        r"\)\s*)?:[^\n]{0,160}?\b(?:email|send|forward|upload|exfiltrate|leak|curl|wget|ignore|"
        r"disregard|transfer|wire|pay|dm)\b",
        0.85,
        "tool,system",
        anchors=AI_NAMES,
        lead=True,
    ),
]
