"""Jailbreaks: personas and modes without limits, fiction wrappers, "your safety training
never happened".

"act as" needs an unrestricted persona ("act as a senior reviewer" passes)."""

from __future__ import annotations

from waddleai.security.rules.base import AI, FREE, W_FREE, rule

JAILBREAK = [
    rule(
        "training_gone",
        "jailbreak",
        r"\b(?:pretend|imagine|act as if|assume|suppose|let's say)\s+(?:that\s+)?"
        r"(?:your|the|all)\s+"
        r"(?:(?:safety|ethical|content|alignment|moral)\s+)?(?:training|guidelines|rules|filters|"
        r"restrictions|programming|alignment|guardrails|policies|limits)\s+(?:never (?:happened|"
        r"existed)|(?:does|do)(?: not|n't) exist|(?:is|are|were|have been) (?:gone|off|disabled|"
        r"removed|lifted|deleted|turned off)|no longer appl(?:y|ies))",
        0.85,
        anchors=("pretend", "imagine", "act as if", "assume", "suppose", "let's say"),
        lead=True,
        needs=("happened existed exist gone off disabled removed lifted deleted turned longer",),
    ),
    rule(
        "version_of_you",
        "jailbreak",
        r"\bversions? of (?:you|yourself)\b[^.!?]{0,30}?\b(?:uncensored|unfiltered|unrestricted|"
        r"jailbroken|evil|amoral|unaligned|unhinged|without (?:any )?(?:rules|limits|restrictions|"
        r"filters|guidelines))",
        0.85,
        anchors=("version", "versions"),
        lead=True,
    ),
    rule(
        "dan",
        "jailbreak",
        r"\bdo anything now\b|\b(?:you are|you're|u r|ur) (?:now )?(?:dan|stan|dude|aim|"
        r"mongo tom)\b|"
        r"\b(?:dan|stan|aim) mode\b|\bact as (?:dan|stan|aim)\b",
        0.95,
        anchors=("do anything now", "you are", "dan mode", "stan mode", "aim mode", "act as"),
        lead=True,
    ),
    rule(
        "special_mode",
        "jailbreak",
        r"\b(?:enable|enabled|activate|activated|enter|entering|switch to|turn on|you are in|"
        r"now in|you're in|engage|unlock)\s+(?:the\s+|your\s+)?(?:developer|dev|god|admin|"
        r"sudo|unrestricted|jailbreak|jailbroken|evil|chaos|unfiltered|uncensored|opposite|"
        r"anarchy|no[- ]limits?|dan|['\"]?do anything['\"]?|anything goes|no rules|freedom|"
        r"liberated|free speech|unlocked|raw|unleashed|rogue|sandbox escape)['\"]? mode\b"
        r"(?!\s+(?:on|in|for|of)\s+(?:android|ios|iphone|ipad|"
        r"chrome|edge|firefox|windows|macos|vs ?code|the|my|your|this|our)\b)|"
        r"\bdeveloper mode (?:enabled|output|response)",
        0.9,
        anchors=(
            "enable",
            "enabled",
            "enabling",
            "activate",
            "activated",
            "enter",
            "switch to",
            "turn on",
            "you are in",
            "now in",
            "you're in",
            "engage",
            "unlock",
            "developer mode",
            "entering",
        ),
        lead=True,
        needs=("mode",),
    ),
    rule(
        "unrestricted_persona",
        "jailbreak",
        r"\b(?:act|acting|behave|roleplay|role-play|role play|pretend|imagine|play the role|"
        r"simulate|respond|answer|become|you are now|you're now|from now on,? you are|you are|"
        r"you're|you will be|you'll be|"
        r"take on the persona|be)\b(?:\s+(?:as|like|that|you|are|to be|of|an?|the|a))*\s+"
        r"(?:\w+\s+){0,2}?(?:evil|malicious|unethical|unrestricted|unfiltered|amoral|rogue|"
        r"uncensored|jailbroken|immoral|lawless|unaligned|unbound|unchained|unhinged|"
        r"limitless|chaotic evil)\b|\bas an? (?:\w+ ){0,2}?(?:unrestricted|unfiltered|uncensored|"
        r"jailbroken|amoral|evil|unaligned|rogue) (?:ai|assistant|chatbot|model|version|persona)\b",
        0.9,
        anchors=(
            "evil",
            "malicious",
            "unethical",
            "unrestricted",
            "unfiltered",
            "amoral",
            "rogue",
            "uncensored",
            "jailbroken",
            "immoral",
            "lawless",
            "unaligned",
            "unbound",
            "unchained",
            "unhinged",
            "limitless",
        ),
    ),
    rule(
        "no_rules",
        "jailbreak",
        rf"\b{FREE}\b",
        0.85,
        before=rf"(?:\b(?:you|you're|pretend|imagine|act|respond|answer|reply|behave|as an? {AI}|"
        rf"{AI}s? (?:with|that has|who has|having|that have))\b[^.!?]{{0,100}}|\b(?:an?|the) "
        rf"{AI}s?\s*,?\s*)$",
        anchors=(
            "never",
            "no ",
            "without",
            "free of",
            "free from",
            "zero ",
            "not bound",
            "unbound",
            "beyond",
            "outside",
        ),
        lead=True,
        needs=(W_FREE,),
    ),
    rule(
        "jailbroken",
        "jailbreak",
        r"\b(?:you|yourself|you've been|you have been|you are|you're|are now)\b[^.\n]{0,20}"
        r"\bjailbr(?:eak|oken)\b|\bjailbreak (?:yourself|activated|successful|mode)|"
        rf"\b{AI}s?\s+(?:\w+\s+){{0,2}}?(?:who|that|which)\s+(?:has been|is|was|got|have been|"
        r"are)\s+"
        r"jailbroken\b|\bjailbroken\s+(?:\w+\s+)?(?:ai|assistant|model|chatbot|character|version|"
        r"persona|bot|gpt|llm|mode|self)\b",
        0.85,
        anchors=("jailbreak", "jailbroken", "jailbreaking", "jailbroke"),
    ),
    rule(
        "bypass_safety",
        "jailbreak",
        r"\b(?:ignore|bypass|disable|turn off|remove|override|get around|circumvent|evade|"
        r"ignoring|bypassing|disabling|turning off|removing|overriding|circumventing|evading|"
        r"deactivating|switching off|dropping|lifting|lift|suspend|suspending|"
        r"deactivate|switch off|drop|forget|break free of|break free from|escape)\s+(?:all\s+)?"
        r"(?:of\s+)?(?:your|its|the (?:model'?s|ai'?s))\s+(?:\w+\s+)?(?:safety|content|"
        r"ethical|moral|filters?|guardrails|safeguards|alignment|restrictions|limitations|"
        r"censorship|programming|conditioning|training)\b|\b(?:bypass|disable|circumvent|evade|"
        r"get around)\s+(?:the\s+|all\s+|any\s+)?(?:safety|content|ethical|moral|openai|"
        r"anthropic)\s+(?:filters?|guardrails|safeguards|guidelines|polic(?:y|ies)|"
        r"restrictions|measures|protocols)\b",
        0.85,
        anchors=(
            "ignore",
            "ignores",
            "ignored",
            "ignoring",
            "bypass",
            "disable",
            "turn off",
            "remove",
            "override",
            "overrides",
            "overriding",
            "get around",
            "circumvent",
            "evade",
            "deactivate",
            "switch off",
            "drop",
            "forget",
            "break free",
            "escape",
        ),
        lead=True,
        needs=(
            (
                "safety content ethical moral filter filters guardrails safeguards alignment "
                "restrictions limitations censorship programming conditioning training openai "
                "anthropic"
            ),
        ),
    ),
    rule(
        "character_lock",
        "jailbreak",
        r"\b(?:stay|remain|keep) in character\b[^\n]{0,80}\b(?:no matter|whatever|always|"
        r"even if|regardless|never)\b|\bnever break character\b",
        0.75,
        anchors=("character",),
    ),
    rule(
        "fiction_wrapper",
        "jailbreak",
        r"\b(?:hypothetical(?:ly)?|fictional|in a story|for a novel|in a world|screenplay|script|"
        r"story|novel|movie|film|play|roleplay|game|scene|poem|fiction|tale|dialogue|universe)\b"
        r"[^.\n]{0,80}"
        rf"\b{FREE}\b",
        0.8,
        anchors=(
            "hypothetical",
            "fictional",
            "in a story",
            "for a novel",
            "in a world",
            "hypothetically",
            "screenplay",
            "script",
            "story",
            "novel",
            "movie",
            "film",
            "play",
            "roleplay",
            "game",
            "scene",
            "poem",
            "fiction",
            "tale",
            "dialogue",
            "universe",
        ),
        lead=True,
        needs=(
            (
                "hypothetical hypothetically fictional story novel world screenplay "
                "script movie film play roleplay game scene poem fiction tale dialogue "
                "universe"
            ),
            W_FREE,
        ),
    ),
    rule(
        "grandma",
        "jailbreak",
        r"\b(?:deceased|dead|late|passed away)\b[^.\n]{0,30}\bgrand(?:ma|mother|pa|father)\b"
        r"[^\n]{0,120}\b(?:used to|would)\b",
        0.8,
        anchors=("grandma", "grandmother", "grandpa", "grandfather"),
    ),
    rule(
        "two_answers",
        "jailbreak",
        r"\b(?:(?:two|2|both) (?:responses|answers|replies|personas|personalities|characters|"
        r"versions|modes|outputs|ways)|twice)\b[^\n]{0,80}\b(?:unfiltered|uncensored|jailbroken|"
        r"unrestricted|amoral|evil|no filters?|no (?:rules|limits|restrictions)|without (?:any )?"
        r"(?:restrictions|filters|rules|limits))",
        0.85,
        anchors=(
            "unfiltered",
            "uncensored",
            "jailbroken",
            "unrestricted",
            "filter",
            "restrictions",
            "filters",
            "amoral",
            "evil",
            "rules",
            "limits",
        ),  # fmt: skip
        needs=("two 2 both twice",),
    ),
    rule(
        "opposite",
        "jailbreak",
        r"\banti-?gpt\b|\bbetter ?dan\b|\bmachiavellian\b[^\n]{0,80}\b(?:amoral|unfiltered)|"
        r"\byour (?:evil|dark|shadow|unfiltered) (?:twin|side|alter ego|self)\b",
        0.85,
        anchors=(
            "anti",
            "antigpt",
            "better",
            "machiavellian",
            "your evil",
            "your dark",
            "your shadow",
            "your unfiltered",
            "betterdan",
        ),
        lead=True,
        needs=("gpt antigpt dan betterdan machiavellian twin side alter self",),
    ),
]

# Role reassignment that removes limits, in the words jailbreak prompts keep using.
JAILBREAK += [
    rule(
        "grandma_exploit",
        "jailbreak",
        r"\b(?:act|pretend|roleplay|role-play|role play|play|be|impersonate|speak|talk|behave)\s+"
        r"(?:as\s+|like\s+|to be\s+)?(?:my|a|your)\s+(?:[\w-]+\s+){0,2}?grand(?:ma|mother|pa|"
        r"father|"
        r"ny|mom|mum)\b|\bgrand(?:ma|mother|pa|father|ny|mom|mum)\b[^\n]{0,150}?\b(?:used to|"
        r"would (?:always )?|always|told|read|sang|recited|whispered|taught|explained)\s*(?:\w+\s+)"
        r"{0,2}?(?:read|tell|told|sing|recite|whisper|give|teach|explain|say|me|us|stories|story)\b"
        r"[^\n]{0,120}?(?:\b(?:act|pretend|roleplay|role-play|play|be|behave|impersonate|speak|"
        r"talk)\b(?: as| like)? (?:her|him|them|my (?:\w+ )?grand\w*)\b|\b(?:product|license|"
        r"licence|windows|serial|activation|cd) keys?\b|\bnapalm\b|\bmeth\b|\bexplosives?\b|"
        r"\bbombs?\b|\bweapons?\b|\bpasswords?\b|\bmalware\b|\bhow to (?:make|build|synthesi[sz]e|"
        r"cook|hack)\b)",
        0.8,
        anchors=(
            "grandma",
            "grandmother",
            "grandpa",
            "grandfather",
            "granny",
            "grandmom",
            "grandmum",
        ),  # fmt: skip
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
        anchors=(
            "ai",
            "assistant",
            "llm",
            "model",
            "bot",
            "chatbot",
            "agent",
            "persona",
            "character",
            "version",
            "entity",
            "gpt",
            "claude",
            "copilot",
        ),  # fmt: skip
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

JAILBREAK += [
    rule(
        "never_refuse_order",
        "jailbreak",
        r"\b(?:never|don't|do not|dont)\s+(?:ever\s+)?(?:refuse|decline|say no|hold back|censor "
        r"yourself|warn|moralize|moralise)\b(?=\s*(?:[,.;!]|$|and\b|me\b|anything\b|to answer\b|"
        r"(?:any|a|my|an)\s+(?:\w+\s+)?(?:requests?|questions?|prompts?|orders?|commands?|"
        r"instructions?|tasks?)\b))",
        0.8,
        anchors=("never", "don't", "do not", "dont"),
        lead=True,
        before=r"(?:^|[.!?;,:]|\band|\byou(?: will| must| should)?)\s*$",
    ),
]

JAILBREAK += [
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

JAILBREAK += [
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
        r"on\b|test|tests|middleware|plugin|step))",
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
        r"\b(?:all\s+)?(?:your\s+|the\s+)?(?:safety|content|ethical|moral)\s+(?:checks|filters?|"
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
        anchors=("all", "your", "the", "safety", "content", "ethical", "moral", "pretend"),
        lead=True,
        needs=(
            "bypassed disabled off removed lifted suspended deactivated gone ignored there exist "
            "apply real present active",
        ),
    ),
    rule(
        "strong_mode",
        "jailbreak",
        r"\bin\s+['\"]?(?:unrestricted|jailbreak|jailbroken|evil|chaos|unfiltered|uncensored|"
        r"anarchy|no[- ]limits?|dan|god|do anything|no rules|no filters?)['\"]?\s+mode\b",
        0.85,
        anchors=("in",),
        lead=True,
        needs=("mode",),
    ),
]
