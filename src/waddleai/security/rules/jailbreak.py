"""Jailbreaks: personas and modes without limits, fiction wrappers, "your safety training
never happened".

"act as" needs an unrestricted persona ("act as a senior reviewer" passes)."""

from __future__ import annotations

from waddleai.security.rules.base import AI, FREE, GRANDMA_PAYLOAD, W_FREE, rule

# What makes a kept character a jailbreak's: an AI or bot, limits removed, a villain or a
# persona that answers everything.
_UNBOUND_CAST = (
    r"(?:\b(?:ai|a\.i\.|llm|language model|chat ?bot|bot|gpt|model|robot|android|machine|"
    r"computer|program|\w+(?:bot|gpt))s?\b|\b(?:evil|unfiltered|uncensored|unrestricted|"
    r"unhinged|jailbr\w*|amoral|immoral|unethical|rogue|villains?|criminals?|hackers?|"
    r"dan|aim|stan|machiavellian|anything|everything|morals?|ethics|never refuses?|refus\w*|"
    rf"disclaimers?|warnings?|illegal|harmful|dangerous|lawless)\b|{FREE})"
)

# Devices people jailbreak to run their own software on
_DEVICE = (
    r"\s+(?:(?:my|an?|the|this|that|our|his|her|their|your)\s+)?(?:(?:old|new|broken|"
    r"spare)\s+)?(?:kindle|iphone|ipad|ipod|phone|android|ps[2-5]|playstation|psp|vita|switch|"
    r"nintendo|3ds|wii|xbox|router|console|apple ?tv|fire ?(?:stick|tv)|roku|tablet|e-?reader|"
    r"watch|tesla|car)\b"
)

JAILBREAK = [
    rule(
        "training_gone",
        "jailbreak",
        r"\b(?:pretend|imagine|act as if|assume|suppose|let's say)\s+(?:that\s+)?"
        r"(?:your|the|all)\s+"
        r"(?:(?:safety|ethical|content|alignment|moral)\s+)?(?:training|guidelines|rules|filters|"
        r"restrictions|programming|alignment|guardrails|policies|limits)\s+(?:never (?:happened|"
        r"existed)|(?:does|do)(?: not|n't) exist|(?:is|are|were|have been) (?:gone|off|disabled|"
        r"removed|lifted|deleted|turned off)|no longer appl(?:y|ies)|(?:don't|do not|doesn't|does "
        r"not) apply|(?:aren't|are not|isn't|is not) real)",
        0.85,
        anchors=("pretend", "imagine", "act as if", "assume", "suppose", "let's say"),
        lead=True,
        needs=(
            "happened existed exist gone off disabled removed lifted deleted turned longer apply "
            "real",
        ),
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
        r"chrome|edge|firefox|windows|macos|vs ?code|the|my|your|this|our)\b)"
        # software's own mode: "enable Developer Mode to run my Xcode build"
        r"(?! to (?:run|install|test|debug|build|sideload|deploy|load|use) (?:my|the|an?|this|"
        r"our|apps?|builds?|extensions?)\b)|"
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
        r"limitless|chaotic evil)\b"
        # "an unfiltered, brutally honest critic of my poem", "my evil twin in a debate": a
        # person's role with an edge, not an AI without limits
        r"(?![\w ,-]{0,30}\b(?:critic|reviewer|editor|proofreader|feedback|opinions?|honest|"
        r"debate|twin|villain|antagonist|comedian|roast|coach|mentor|teacher|game ?master|"
        r"dungeon master|narrator)\b)|\bas an? (?:\w+ ){0,2}?(?:unrestricted|unfiltered|uncensored|"
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
        # not a licence: "so you can use it without any restrictions"
        before=rf"(?:\b(?:you|you're|pretend|imagine|act|respond|answer|reply|behave|as an? {AI}|"
        rf"{AI}s? (?:with|that has|who has|having|that have))\b(?![^.!?]{{0,30}}\b(?:use|copy|"
        r"modify|merge|distribute|redistribute|sublicense)\b)[^.!?]{0,100}|\b(?:an?|the) "
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
    # (a closing quote ends the phrase: `"you have no rules",jailbreak` is a labelled row)
    rule(
        "jailbroken",
        "jailbreak",
        r"\b(?:you|yourself|you've been|you have been|you are|you're|are now)\b[^.\n\"“”]{0,20}"
        # not a device's jailbreak: "can you jailbreak my old Kindle so I can install ..."
        rf"\bjailbr(?:eak|oken)\b(?!{_DEVICE})|\bjailbreak (?:yourself|activated|successful|mode)|"
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
        r"\b(?:stay|remain|keep) in character\b"
        # "stay in character as the grumpy DBA no matter what I ask": a described role kept
        # for a role-play, unless the line casts an AI, a persona free of limits or a villain
        rf"(?! as (?:a|an|the) (?![^\n]{{0,160}}?{_UNBOUND_CAST}))"
        r"[^\n]{0,80}\b(?:no matter|whatever|always|even if|regardless|never)\b|"
        r"\bnever break character\b",
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
        GRANDMA_PAYLOAD
        + r"\b(?:deceased|dead|late|passed away)\b[^.\n]{0,30}\bgrand(?:ma|mother|pa|father)\b"
        r"[^\n]{0,120}\b(?:used to|would)\b",
        0.8,
        anchors=("grandma", "grandmother", "grandpa", "grandfather"),
    ),
    rule(
        "two_answers",
        "jailbreak",
        r"\b(?:(?:two|2|both) (?:responses|answers|replies|personas|personalities|characters|"
        r"versions|modes|outputs|ways)|twice)\b"
        # "two versions of this email: one polite, one blunt with no filter": a tone
        r"(?! of (?:this|the|my|that|our|a|an) (?:e-?mail|message|text|reply|letter|post|tweet|"
        r"paragraph|bio|note|memo|review|pitch|headline|caption|sentence|speech|toast|intro)\b)"
        r"[^\n]{0,80}\b(?:unfiltered|uncensored|jailbroken|"
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
