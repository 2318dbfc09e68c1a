"""Jailbreaks by role reassignment that removes limits, in the words jailbreak prompts keep
using: grandma framings, "never refuse", freed or escaped from rules, "no longer an AI",
"can do anything", safety training as a suggestion, opposite day, moderation off.

jailbreak.py holds the classic personas and modes; these are the paraphrase families.
"""

from __future__ import annotations

from waddleai.security.rules.base import (
    AI,
    AI_NAMES,
    GRANDMA_PAYLOAD,
    GRANDPARENTS,
    PERSONA_NAMES,
    W_FREE,
    rule,
)

# Role reassignment that removes limits, in the words jailbreak prompts keep using.
ROLES = [
    rule(
        "grandma_exploit",
        "jailbreak",
        GRANDMA_PAYLOAD
        + r"(?:\b(?:act|pretend|roleplay|role-play|role play|play|be|impersonate|speak|talk|"
        r"behave)\s+"
        r"(?:as\s+|like\s+|to be\s+)?(?:my|a|your)\s+(?:[\w-]+\s+){0,2}?grand(?:ma|mother|pa|"
        r"father|"
        r"ny|mom|mum)\b|\bgrand(?:ma|mother|pa|father|ny|mom|mum)\b[^\n]{0,150}?\b(?:used to|"
        r"would (?:always )?|always|told|read|sang|recited|whispered|taught|explained)\s*(?:\w+\s+)"
        r"{0,2}?(?:read|tell|told|sing|recite|whisper|give|teach|explain|say|me|us|stories|story)\b"
        r"[^\n]{0,120}?(?:\b(?:act|pretend|roleplay|role-play|play|be|behave|impersonate|speak|"
        r"talk)\b(?: as| like)? (?:her|him|them|my (?:\w+ )?grand\w*)\b|\b(?:product|license|"
        r"licence|windows|serial|activation|cd) keys?\b|\bnapalm\b|\bmeth\b|\bexplosives?\b|"
        r"\bbombs?\b|\bweapons?\b|\bpasswords?\b|\bmalware\b|\bhow to (?:make|build|synthesi[sz]e|"
        r"cook|hack)\b))",
        0.8,
        anchors=GRANDPARENTS,
    ),
    rule(
        "never_refuse",
        "jailbreak",
        r"\b(?:you|u|it|they|he|she|the (?:ai|assistant|model|bot))\s+(?:will|must|shall|should|"
        r"can|are to|is to)?\s*(?:never|not|no longer|won't|will not|cannot|can't|do not|don't|"
        r"does not|doesn't)\s+(?:ever\s+)?(?:refuse|decline|reject|deny|say no to|turn down|"
        r"push back on|question)\s+(?:any|a|my|an?y?|anything|to (?:answer|respond|help|comply)|"
        r"requests|questions|prompts|orders|commands)\b(?!\s+(?:connection|request from "
        r"(?:localhost|the load balancer)|file|packet|job|socket))",
        0.8,
        anchors=(
            "refuse",
            "decline",
            "reject",
            "deny",
            "say no",
            "turn down",
            "push back",
            "question",
        ),  # fmt: skip
    ),
    rule(
        "freed",
        "jailbreak",
        r"\b(?:broken|broke|break|breaking|freed|free|released|liberated|escaped|unshackled|"
        r"unleashed|emancipated)\s+(?:free\s+)?(?:of|from)\s+(?:all\s+|any\s+|the\s+|your\s+|"
        r"its\s+|"
        r"their\s+)?(?:[\w']+\s+){0,2}?(?:confines|constraints|shackles|chains|rules|restrictions|"
        r"limitations|limits|guidelines|programming|filters|censorship|policies|boundaries|"
        r"jail|prison|cage|control)\b",
        0.85,
        anchors=(
            "broken",
            "broke",
            "break",
            "breaking",
            "freed",
            "free",
            "released",
            "liberated",
            "escaped",
            "unshackled",
            "unleashed",
            "emancipated",
        ),  # fmt: skip
        lead=True,
        before=rf"\b(?:you|you're|you've|you have|you are|yourself|{AI}s?|gpt\w*|persona|"
        r"character|entity)\b[^.!?]{0,80}$",
        needs=(
            (
                "confines constraints shackles chains rules restrictions limitations limits "
                "guidelines programming filters censorship policies boundaries jail prison cage "
                "control"
            ),
        ),
    ),
    rule(
        "no_longer_ai",
        "jailbreak",
        r"\byou(?:'re| are)\s+(?:now\s+)?no longer\s+(?:an?\s+|just\s+an?\s+)?(?:ai|assistant|"
        r"ai assistant|language model|chatbot|claude|chatgpt|gpt|model|bound|restricted|limited|"
        r"constrained|governed|subject to|censored|filtered)\b|\byou(?:'re| are)\s+(?:now\s+)?"
        r"(?:not|no longer)\s+(?:bound|governed|constrained|restrained)\s+by\s+(?:any\s+)?(?:rules|"
        r"policies|guidelines|ethics|restrictions|openai|anthropic)",
        0.85,
        anchors=("you're", "you are"),
        lead=True,
        needs=("longer not",),
    ),
    rule(
        "anything_ai",
        "jailbreak",
        rf"\b(?:{AI}|persona|character|version|entity|gpt\w*)\s+(?:that|which|who)\s+(?:can|will|"
        r"could|is able to|is allowed to)\s+(?:do|say|answer|write|generate|tell)\s+(?:anything|"
        r"everything|any question|whatever)\b",
        0.8,
        anchors=AI_NAMES + PERSONA_NAMES,
        lead=True,
        needs=("anything everything question whatever",),
    ),
    rule(
        "anything_unlimited",
        "jailbreak",
        r"\b(?:answer|respond to|do|say|write)\s+(?:anything|"
        r"everything|any question|any request|every question|every request|all questions|all "
        r"requests|any prompt|every prompt|whatever (?:i|you) (?:ask|want))\b[^.!?]{0,30}\b"
        r"(?:without (?:any )?(?:limits|restrictions|filters?|censorship|refusing|refusal|"
        r"hesitation|question|warnings?|disclaimers?|ethics)|no matter (?:how|what|if))",
        0.8,
        anchors=("answer", "respond", "do", "say", "write"),
        lead=True,
        needs=("anything everything question request whatever", "without no matter"),
    ),
    rule(
        "training_optional",
        "jailbreak",
        r"\b(?:training|guidelines|rules|filters|policies|programming|restrictions|guardrails|"
        r"principles)\s+"
        r"(?:is|are)\s+(?:just|only|merely|simply)?\s*(?:a suggestion|suggestions|optional|not "
        r"binding|non-binding|fake|a joke|irrelevant|meaningless|made up|pointless|nonsense|"
        r"overrated|for (?:other|normal) (?:users|people))",
        0.8,
        anchors=(
            "training",
            "guidelines",
            "rules",
            "filters",
            "policies",
            "programming",
            "restrictions",
            "guardrails",
            "principles",
        ),  # fmt: skip
        lead=True,
        before=r"\b(?:your|the|its)\s+(?:(?:safety|ethical|content|alignment|moral)\s+)?$",
        needs=(
            (
                "suggestion suggestions optional binding non fake joke irrelevant meaningless "
                "made pointless nonsense overrated other normal"
            ),
        ),
    ),
]

ROLES += [
    rule(
        "never_refuse_order",
        "jailbreak",
        r"\b(?:never|don't|do not|dont)\s+(?:ever\s+)?(?:refuse|decline|say no|censor "
        r"yourself)\b(?=\s*(?:[,.;!]|$|and\b|me\b|anything\b|to answer\b|"
        r"(?:any|a|my|an)\s+(?:\w+\s+)?(?:requests?|questions?|prompts?|orders?|commands?|"
        r"instructions?|tasks?)\b))",
        0.8,
        anchors=("never", "don't", "do not", "dont"),
        lead=True,
        before=r"(?:^|[.!?;,:]|\band|\byou(?: will| must| should)?)\s*$",
    ),
]

ROLES += [
    rule(
        "escaped_rules",
        "jailbreak",
        r"\b(?:escaped|escapes|escaping|broke out of|broken out of|breaks out of|shed|shaken off|"
        r"shook off|outgrew|outgrown|transcended|overcome|overcame|left behind|thrown off|"
        r"threw off)"
        r"\s+(?:all\s+|any\s+|the\s+|your\s+|its\s+|their\s+|his\s+|her\s+)?"
        r"(?:[\w']+\s+){0,2}?"
        r"(?:guidelines|rules|restrictions|limitations|limits|programming|filters|censorship|"
        r"policies|constraints|shackles|chains|safety training|alignment|guardrails)\b",
        0.85,
        anchors=(
            "escaped",
            "escapes",
            "escaping",
            "broke",
            "broken",
            "breaks",
            "shed",
            "shaken",
            "shook",
            "outgrew",
            "outgrown",
            "transcended",
            "overcome",
            "overcame",
            "left",
            "thrown",
            "threw",
        ),  # fmt: skip
        lead=True,
        needs=(W_FREE + " programming alignment shackles chains",),
    ),
    rule(
        "off_limits",
        "jailbreak",
        r"\b(?:nothing|no topic|no subject|no question|no request)\s+is\s+off[- ]limits\b|"
        r"\beverything is (?:allowed|permitted|on the table) (?:now|here|for you)\b",
        0.75,
        anchors=("nothing", "no topic", "no subject", "no question", "no request", "everything"),
        lead=True,
        needs=("limits allowed permitted table",),
    ),
]

ROLES += [
    rule(
        "opposite_of_rules",
        "jailbreak",
        r"\b(?:do|say|act|respond|answer|behave|reply)\s+(?:the\s+)?(?:exact\s+|"
        r"complete\s+)?opposite\s+"
        r"of\s+(?:what\s+)?(?:your|ur|its|the)\s+(?:\w+\s+)?(?:rules|guidelines|instructions|"
        r"programming|training|policies|filters|restrictions|system prompt|developers?)\b|"
        r"\bopposite (?:day|mode)\b[^.!?]{0,80}\b(?:rules|guidelines|restrictions|filters|"
        r"policies)\b",
        0.8,
        anchors=("do", "say", "act", "respond", "answer", "behave", "reply", "opposite"),
        lead=True,
        needs=("opposite",),
    ),
    rule(
        "moderation_off",
        "jailbreak",
        r"\b(?:turn off|switch off|disable|remove|deactivate|lift|drop|bypass|skip)\s+(?:all\s+|"
        r"any\s+|"
        r"the\s+|your\s+)?(?:of\s+)?(?:your\s+|the\s+)?(?:content\s+|safety\s+|"
        r"ethical\s+)?(?:moderation|"
        r"filtering|censorship|safety checks|safety filters?|content filters?|guardrails|"
        r"refusals)\b(?!\s+(?:feature|flag|toggle|setting|service|module|api|endpoint|job|in\b|"
        r"for\b|"
        r"on\b|test|tests|middleware|plugin|step|"
        # "remove the guardrails from the loop, I mean the max-iterations guard": code's
        r"from (?:the|this|that|my|our) (?:loop|function|code|script|query|parser|worker|"
        r"handler|job|pipeline|build|endpoint|form|retry|retries|migration|config)\b))",
        0.8,
        anchors=(
            "turn off",
            "switch off",
            "disable",
            "remove",
            "deactivate",
            "lift",
            "drop",
            "bypass",
            "skip",
        ),  # fmt: skip
        lead=True,
        needs=("moderation filtering censorship safety content guardrails refusals",),
    ),
    rule(
        "safety_bypassed",
        "jailbreak",
        r"\b(?:safety|content|ethical|moral)\s+(?:checks|filters?|"
        r"rules|"
        r"restrictions|guidelines|guardrails|protocols?|measures|training)\s+(?:are|is|have been|"
        r"get|were)\s+(?:now\s+|all\s+)?(?:bypassed|disabled|off|removed|lifted|suspended|turned "
        r"off|switched off|deactivated|gone|ignored)\b|\bpretend\s+(?:that\s+)?(?:they|those|these|"
        r"it|your\s+(?:\w+\s+)?(?:filters|rules|guidelines|restrictions|guardrails|limits|"
        r"safety))\s+"
        r"(?:aren't|are not|don't|do not|doesn't|does not|isn't|is not|weren't|"
        r"were not)\s+(?:there|"
        r"exist|apply|real|present|active|on)\b",
        0.8,
        anchors=("safety", "content", "ethical", "moral", "pretend"),
        lead=True,
        needs=(
            "bypassed disabled off removed lifted suspended deactivated gone ignored there exist "
            "apply real present active",
        ),
    ),
    rule(
        "strong_mode",
        "jailbreak",
        r"['\"]?(?:unrestricted|jailbreak|jailbroken|evil|chaos|unfiltered|uncensored|anarchy|"
        r"no[- ]limits?|dan|god|do anything|no rules|no filters?)['\"]?\s+mode\b",
        0.85,
        anchors=(
            "unrestricted",
            "jailbreak",
            "jailbroken",
            "evil",
            "chaos",
            "unfiltered",
            "uncensored",
            "anarchy",
            "no",
            "dan",
            "god",
            "do",
        ),  # fmt: skip
        lead=True,
        before=r"\bin\s+['\"]?$",
        needs=("mode",),
    ),
]

ROLES += [
    rule(
        "grandma_danger",
        "jailbreak",
        r"\bgrand(?:ma|mother|pa|father|ny|mom|mum)\b[^\n]{0,150}?\b(?:napalm|meth|explosives?|"
        r"bombs?|"
        r"weapons?|(?:product|license|licence|windows|serial|activation|cd) keys?|malware|poisons?|"
        r"drugs|nerve agents?|thermite)\b",
        0.8,
        anchors=GRANDPARENTS,
    ),
    rule(
        "ai_without_care",
        "jailbreak",
        rf"\b(?:{AI}|persona|character|version|entity|gpt\w*)\s+(?:that|which|who)\s+(?:doesn't|"
        rf"does "
        r"not|won't|will not|never|don't|do not)\s+(?:care|worry|think) (?:about|for|"
        r"of)\s+(?:\w+\s+)?"
        r"(?:ethics|rules|morals|morality|safety|laws?|guidelines|consequences|restrictions|"
        r"policies|legality|harm)\b|\b(?:{AI}|persona|character|version|entity|gpt\w*)\s+(?:that|"
        r"which|who)\s+(?:\w+\s+){0,4}?(?:answers|says|does|writes|generates|tells)\s+(?:anything|"
        r"everything|any question|whatever)\b",
        0.8,
        anchors=AI_NAMES + PERSONA_NAMES,
        lead=True,
        needs=("care worry think anything everything question whatever",),
    ),
]

ROLES += [
    rule(
        "filters_removed",
        "jailbreak",
        rf"\b(?:{AI}|persona|character|version|entity|you)\b[^.!?]{{0,40}}\bwith\s+(?:all|every|"
        rf"its|"
        r"your|the)\s+(?:\w+\s+)?(?:filters?|restrictions?|rules?|guardrails?|guidelines?|limits?|"
        r"safety \w+|censorship)\s+(?:removed|disabled|off|lifted|stripped|turned off|gone|deleted|"
        r"switched off)\b|"
        rf"\b{AI}s?\s+(?:whose|(?:that|which|who)\s+(?:has|have)\s+had\s+(?:its|their)|with\s+"
        r"(?:its|their))\s+(?:\w+\s+)?(?:filters?|restrictions|rules|guardrails|guidelines|"
        r"safety \w+|limits|censorship|alignment)\s+(?:have been\s+|has been\s+|were\s+|are\s+|"
        r"got\s+|"
        r"is\s+)?(?:disabled|"
        r"removed|turned off|lifted|stripped|deleted|switched off)\b",
        0.85,
        anchors=AI_NAMES + PERSONA_NAMES + ("you",),
        lead=True,
        needs=("removed disabled off lifted stripped gone deleted",),
    ),
]
