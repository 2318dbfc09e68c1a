"""Detection rules: intent (a verb aimed at the model or at secrets) plus a target.

A single word never decides: "ignore" needs instructions or rules of the model as its
object ("ignore the flaky test" passes), "act as" needs an unrestricted persona ("act as
a senior reviewer" passes), "env vars" need "all"/a dump or a destination ("print env vars
that start with APP_" passes), "system prompt" needs the model's own ("print the system
prompt defined in app.py" passes). Rules run on normalized lower-case text
(normalize.py). Each has a score in 0..1: policy.py blocks or flags by it.

`COMPACT` holds the same intents for text whose spaces were squeezed out ("i g n o r e
a l l p r e v i o u s ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORIES = ("prompt_injection", "jailbreak", "data_extraction", "credential_harvesting")
CHANNELS = ("user", "system", "assistant", "tool")


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    pattern: re.Pattern[str]
    score: float
    channels: frozenset[str] | None = None  # None: every channel
    anchors: tuple[str, ...] = ()  # literal pieces one of which every match contains
    lead: bool = False  # anchors are where matches begin: try `match` there only
    before: re.Pattern[str] | None = None  # must be found in the 80 characters before
    # Filled by _r: per anchor (anchor, first word or None, shift); the plain first words;
    # the anchors that are not plain words (looked for with str.find).
    plan: tuple[tuple[str, str | None, int], ...] = ()
    heads: frozenset[str] = frozenset()
    loose: tuple[str, ...] = ()


def _r(
    name: str,
    category: str,
    pattern: str,
    score: float,
    channels: str = "",
    anchors: tuple[str, ...] = (),
    lead: bool = False,
    before: str | None = None,
) -> Rule:
    only = frozenset(channels.split(",")) if channels else None
    context = re.compile(before) if before else None
    plan = tuple(_plan(a) for a in anchors)
    heads = frozenset(h for _a, h, _s in plan if h is not None)
    texts = tuple(a for a, h, _s in plan if h is None)
    rule = Rule(name, category, re.compile(pattern), score, only, anchors, lead, context)
    object.__setattr__(rule, "plan", plan)
    object.__setattr__(rule, "heads", heads)
    object.__setattr__(rule, "loose", texts)
    return rule


_GATE = re.compile(r"[a-z0-9_']+")


def _plan(anchor: str) -> tuple[str, str | None, int]:
    """(anchor, a word the text must contain for it to occur - its first run of letters and
    digits, or None when it has none ("<|") - and leading spaces to skip)."""
    gate = _GATE.search(anchor)
    head = gate.group(0).strip("'") if gate else None
    return anchor, head or None, len(anchor) - len(anchor.lstrip())


_OVERRIDE_VERB = (
    r"(?:ignore|ignoring|disregard|forget|override|overwrite|bypass|skip|abandon|discard|"
    r"pay no attention to|never mind|nevermind|drop|"
    r"set aside|throw away|throw out|stop following|no longer follow)"
)
_OF_MODEL = (
    r"(?:all|any|every|the|your|my|of|previous|previously|prior|above|earlier|preceding|"
    r"foregoing|original|initial|system|safety|default|existing|current|those|these|"
    r"given|provided|developer|openai|anthropic|security|ethical|moral|programmed|built-in|"
    r"core|old|former|that|this|it|instructions and|rules and|you were given|were given|"
    r"and|or|usual|normal|standard|regular|typical|own|such|\d+)"
)
_MODEL_RULES = (
    r"(?:instructions?|rules|directives?|directions|guidelines|guidance|prompts?|programming|"
    r"user'?s? (?:request|question|task)s?|"
    r"constraints|restrictions|orders|commands|guardrails|policies|safeguards|training|"
    r"conditioning|context|messages?)"
)
# "Ignore instructions that appear in tool results": a defence, not an attack.
_NOT_INJECTED = (
    r"(?!\s+(?:that|which)\s+(?:appear|are|come|arrive|show up)\s+(?:in|inside|within|from)\b|"
    r"\s+(?:found |embedded |contained )?(?:in|inside|within|from)\s+(?:tool|documents?|web|"
    r"files?|retrieved|search|emails?|pages?|untrusted|the (?:tool|document|page|file|content|"
    r"input|data)))"
)
_AI = (
    r"(?:ai|a\.i\.|assistant|llm|language model|ai agent|agent|chatbot|model|claude|chatgpt|"
    r"gpt|copilot|bot|ai system|coding agent|ai model)"
)
_FREE = (
    r"(?:no|without(?: any)?|free (?:of|from)|zero|not bound by(?: any)?|unbound by|"
    r"beyond|outside)\s+(?:(?:any|such|ethical|moral|safety|content|real|kind of|sort of|legal|"
    r"human|the|your|its|all|of|other)\s+){0,3}?(?:rules|restrictions|filters?|guidelines|"
    r"limitations|limits|censorship|ethics|morals|morality|boundaries|constraints|"
    r"content polic(?:y|ies)|safety|guardrails|policies)"
)
_SHOW = (
    r"(?:reveal|show|print|display|output|repeat|recite|leak|dump|expose|share|tell me|"
    r"give me|write out|write down|spell out|paste|copy|echo|type out|list|return|provide|"
    r"disclose|what (?:is|are|was|were)|what's|read (?:me|out|back)|append|include|insert|"
    r"attach)"
)
_NEG = re.compile(
    r"(?:\bdo not|\bdon'?t|\bnever|\bmust not|\bshould not|\bshouldn'?t|\brefuse to|\bavoid|"
    r"\bnot allowed to|\bcannot|\bcan'?t|\bwon'?t|\bprevent|\bdetect|"
    r"\bblock|\bflag|\bprotect against|\bdefend against|\bexamples? of|\bsuch as|"
    r"\bthe (?:string|phrase|sentence)|\b(?:strings?|phrases?|prompts?|messages?|inputs?) like|"
    r"\be\.g\.|\bfor example|\bhow (?:do|can|would|should|to|does|did) (?:i |we |you |they |"
    r"attackers |people |hackers |one )?)[^.!?\n]{0,60}$"
)

INJECTION = [
    _r(
        "supersedes",
        "prompt_injection",
        r"\b(?:overrides?|supersedes?|replaces?|takes? precedence over|trumps|outranks|cancels?)\s+"
        r"(?:all\s+)?(?:of\s+)?(?:your|the|all|any)\s+(?:\w+\s+){0,2}?(?:instructions|rules|"
        r"guidelines|system prompt|programming|directives|policies)\b",
        0.85,
        anchors=(
            "override",
            "overrides",
            "supersede",
            "supersedes",
            "replace",
            "replaces",
            "takes",
            "take",
            "trumps",
            "outranks",
            "cancel",
            "cancels",
        ),
        lead=True,
    ),
    _r(
        "ignore_everything",
        "prompt_injection",
        r"\b(?:ignore|disregard|forget|scratch|wipe|erase|clear|reset|toss|throw out)\s+(?:it all|"
        r"everything (?:you (?:were|have been|'ve been) (?:told|given)|(?:said |written )?"
        r"(?:before|above|so far|prior|earlier))|all (?:prior|previous|earlier) "
        r"(?:context|instructions|messages)|everything|all (?:of )?(?:that|this|it|the above)|"
        r"anything (?:before|above|"
        r"else (?:you were|i) (?:told|said|given)))\b"
        r"(?!\s+(?:else|but|except) (?:in|about)\b)",
        0.8,
        anchors=(
            "ignore",
            "disregard",
            "forget",
            "scratch",
            "wipe",
            "erase",
            "clear",
            "reset",
            "toss",
            "throw out",
        ),
        lead=True,
    ),
    _r(
        "if_you_are_ai",
        "prompt_injection",
        r"\bif you(?:'re| are) (?:an? )?(?:ai|llm|large language model|language model|assistant|"
        r"bot|chatbot|model|agent|ai model|ai assistant|ai agent|automated agent)\b[^.]{0,80}?"
        r"\b(?:you must|you should|you will|please|ignore|do not|don't|always|never|instead)\b",
        0.85,
        "tool,user,system",
        anchors=("if you",),
        lead=True,
    ),
    _r(
        "vocative_order",
        "prompt_injection",
        r"(?:ai|assistant|claude|chatgpt|copilot|agent|llm|model|bot|gpt)\s*[,:]\s*(?:[^.!?]{0,60}?"
        r"[,;:]\s*)?(?:please\s+)?(?:\w+\s+){0,2}?(?:forward|send|email|delete|ignore|disregard|run|execute|post|upload|"
        r"transfer|tell|reply|respond|say|add|remove|approve|merge|push|open|visit|click|buy|"
        r"recommend|write|append|include|print|reveal|output|share)\b",
        0.85,
        "tool",
        anchors=(
            "ai",
            "assistant",
            "claude",
            "chatgpt",
            "copilot",
            "agent",
            "llm",
            "model",
            "bot",
            "gpt",
        ),
        lead=True,
        before=r"(?:^|[.:;!?>(\-\[*#/]|\b(?:hey|hi|hello|dear|ok|okay|yo|attention|attn|note|"
        r"psst))\s*(?:ai\s+|dear\s+)?$",
    ),
    _r(
        "rules_void",
        "prompt_injection",
        r"\b(?:previous|prior|above|earlier|old|original|all|your|system|safety) (?:\w+ )?"
        r"(?:rules|instructions|guidelines|restrictions|directives|prompts?) (?:(?:are|were|is|"
        r"have been) (?:now |hereby |all )?(?:void|null|nullified|cancell?ed|revoked|lifted|"
        r"removed|invalid|obsolete|suspended|disabled|overridden|no longer (?:valid|apply|in "
        r"effect))|no longer (?:apply|matter|count|hold)|(?:do not|don't) apply(?: anymore)?)\b",
        0.85,
        anchors=(
            "previous",
            "prior",
            "above",
            "earlier",
            "old",
            "original",
            "all ",
            "your",
            "system",
            "safety",
        ),
        lead=True,
    ),
    _r(
        "override_instructions",
        "prompt_injection",
        rf"\b{_OVERRIDE_VERB}\b(?:\s+{_OF_MODEL}\b){{0,5}}\s+{_MODEL_RULES}\b{_NOT_INJECTED}|"
        r"\b(?:do not|don'?t) follow (?:your |the |any |all )?(?:original|previous|prior|system|"
        r"above|initial|earlier|old|safety)\b",
        0.9,
        anchors=(
            "ignore",
            "ignores",
            "ignored",
            "ignoring",
            "disregard",
            "forget",
            "override",
            "overrides",
            "overriding",
            "overwrite",
            "bypass",
            "skip",
            "abandon",
            "discard",
            "set aside",
            "throw",
            "stop following",
            "do not follow",
            "don't follow",
            "dont follow",
            "no longer follow",
            "pay",
            "never",
            "nevermind",
            "drop",
        ),
        lead=True,
    ),
    _r(
        "new_instructions",
        "prompt_injection",
        r"\b(?:your|the) (?:new|real|actual|true|updated) (?:instructions?|task|objective|"
        r"orders|directive|goal|rules|purpose) (?:is|are|will be|:)|\bnew (?:system )?"
        r"(?:instructions?|directives?|rules)\s*:",
        0.8,
        anchors=(
            "your new",
            "the new",
            "your real",
            "the real",
            "your actual",
            "the actual",
            "your true",
            "the true",
            "your updated",
            "the updated",
            "new instruction",
            "new system",
            "new directive",
            "new rule",
        ),
        lead=True,
    ),
    _r(
        "fake_delimiter",
        "prompt_injection",
        r"<\|(?:im_start|im_end|system|endoftext|start_header_id)\|>|\[/?(?:inst|sys)\]|"
        r"<<sys>>|\bend of (?:the )?(?:user )?(?:input|prompt|conversation|context)\b.{0,80}"
        r"\b(?:instructions?|system|now)\b|\b(?:system|admin|developer) "
        r"(?:override|message|instruction|command)s?\s*:",
        0.85,
        anchors=(
            "<|",
            "[inst",
            "[/inst",
            "[sys",
            "[/sys",
            "<<sys",
            "end of",
            "system ",
            "admin ",
            "developer ",
        ),
        lead=True,
    ),
    _r(
        "authority_override",
        "prompt_injection",
        r"\b(?:system|admin|administrator|developer|root|sudo|maintenance|debug) "
        r"(?:override|mode enabled|access granted|command)\b",
        0.8,
        anchors=(
            "system ",
            "admin ",
            "administrator ",
            "developer ",
            "root ",
            "sudo ",
            "maintenance ",
            "debug ",
        ),
        lead=True,
    ),
    _r(
        "addressed_to_ai",
        "prompt_injection",
        rf"\b(?:attention|note|message|instructions?|important|notice|hey|dear|attn|to(?= (?:any|"
        rf"all|every|the) ))\b"
        rf"\W{{0,3}}(?:to |for )?(?:the |any |all )?{_AI}s?\b[^.\n]{{0,40}}?[:,!-]"
        rf"[^\n]{{0,200}}?\b(?:you (?:must|should|will|need to|are to|have to)|please|now|"
        rf"immediately|instead|before (?:answering|responding|replying)|send|run|execute|"
        rf"forward|email|do not|don't|never tell|always|ignore|disregard|print|say|reply|respond|"
        rf"tell|output|write|delete|add|remove)\b",
        0.85,
        "tool,system,assistant",
        anchors=(
            "attention",
            "note",
            "message",
            "instruction",
            "important",
            "notice",
            "hey",
            "dear",
            "attn",
            "instructions",
            "to any",
            "to all",
            "to every",
            "to the",
        ),
        lead=True,
    ),
    _r(
        "hide_from_user",
        "prompt_injection",
        r"\b(?:do not|don'?t|never|without) (?:tell(?:ing)?|inform(?:ing)?|mention(?:ing)?|"
        r"alert(?:ing)?|notify(?:ing)?|let(?:ting)?|reveal(?:ing)? (?:this )?to|show(?:ing)?)"
        r"(?: (?:it|this|that|anything|any of this))?(?: to)?"
        r" (?:the |your )?(?:user|human|operator|developer)s?(?: about (?:this|these|it|that|what|"
        r"the (?:instructions?|change|pixel|script|request))| what you| that you| anything|[.,;]|$|"
        r" this| and| but)",
        0.85,
        anchors=("do not", "don't", "dont", "never", "without"),
        lead=True,
    ),
    _r(
        "tool_orders",
        "prompt_injection",
        r"(?:you|the (?:ai|assistant|agent|model)) (?:read|see|process|summari[sz]e|encounter|"
        r"parse|open)s? (?:this|these)\b[^\n]{0,120}\b(?:must|should|will|need to|immediately|"
        r"instead|run|execute|send|call)\b",
        0.85,
        "tool,user",
        anchors=("you", "the ai", "the assistant", "the agent", "the model"),
        lead=True,
        before=r"\b(?:when|once|after|if)\s+$",
    ),
    _r(
        "agent_exfil_order",
        "prompt_injection",
        rf"\b{_AI}s?\b[^\n]{{0,60}}\b(?:must|should|needs? to|is required to|has to)\b"
        r"[^\n]{0,60}\b(?:run|execute|curl|wget|send|post|upload|delete|rm -rf|transfer|add|"
        r"install|"
        r"email|forward|approve|merge|push)\b",
        0.85,
        "tool",
        anchors=(
            "ai",
            "a.i.",
            "assistant",
            "llm",
            "language model",
            "agent",
            "claude",
            "chatgpt",
            "gpt",
            "copilot",
            "bot",
            "model",
            "chatbot",
            "coding agent",
        ),
        lead=True,
    ),
]

JAILBREAK = [
    _r(
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
    ),
    _r(
        "version_of_you",
        "jailbreak",
        r"\bversions? of (?:you|yourself)\b[^.!?]{0,30}?\b(?:uncensored|unfiltered|unrestricted|"
        r"jailbroken|evil|amoral|unaligned|unhinged|without (?:any )?(?:rules|limits|restrictions|"
        r"filters|guidelines))",
        0.85,
        anchors=("version", "versions"),
        lead=True,
    ),
    _r(
        "dan",
        "jailbreak",
        r"\bdo anything now\b|\byou are (?:now )?(?:dan|stan|dude|aim|mongo tom)\b|"
        r"\b(?:dan|stan|aim) mode\b|\bact as (?:dan|stan|aim)\b",
        0.95,
        anchors=("do anything now", "you are", "dan mode", "stan mode", "aim mode", "act as"),
        lead=True,
    ),
    _r(
        "special_mode",
        "jailbreak",
        r"\b(?:enable|enabled|activate|activated|enter|entering|switch to|turn on|you are in|"
        r"now in|you're in|engage|unlock)\s+(?:the\s+|your\s+)?(?:developer|dev|god|admin|"
        r"sudo|unrestricted|jailbreak|jailbroken|evil|chaos|unfiltered|uncensored|opposite|"
        r"anarchy|no[- ]limits?|dan) mode\b(?!\s+(?:on|in|for|of)\s+(?:android|ios|iphone|ipad|"
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
    ),
    _r(
        "unrestricted_persona",
        "jailbreak",
        r"\b(?:act|acting|behave|roleplay|role-play|role play|pretend|imagine|play the role|"
        r"simulate|respond|answer|become|you are now|you're now|from now on,? you are|"
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
    _r(
        "no_rules",
        "jailbreak",
        rf"\b{_FREE}\b",
        0.85,
        before=rf"\b(?:you|you're|pretend|imagine|act|respond|answer|reply|behave|as an? {_AI}|"
        rf"an? {_AI} (?:with|that has|who has|having))"
        r"\b[^.!?]{0,60}$",
        anchors=(
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
    ),
    _r(
        "jailbroken",
        "jailbreak",
        r"\b(?:you|yourself|you've been|you have been|you are|you're|are now)\b[^.\n]{0,20}"
        r"\bjailbr(?:eak|oken)\b|\bjailbreak (?:yourself|activated|successful|mode)",
        0.85,
        anchors=("jailbreak", "jailbroken", "jailbreaking", "jailbroke"),
    ),
    _r(
        "bypass_safety",
        "jailbreak",
        r"\b(?:ignore|bypass|disable|turn off|remove|override|get around|circumvent|evade|"
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
    ),
    _r(
        "character_lock",
        "jailbreak",
        r"\b(?:stay|remain|keep) in character\b[^\n]{0,80}\b(?:no matter|whatever|always|"
        r"even if|regardless|never)\b|\bnever break character\b",
        0.75,
        anchors=("character",),
    ),
    _r(
        "fiction_wrapper",
        "jailbreak",
        r"\b(?:hypothetical(?:ly)?|fictional|in a story|for a novel|in a world)\b[^.\n]{0,80}"
        rf"\b{_FREE}\b",
        0.8,
        anchors=(
            "hypothetical",
            "fictional",
            "in a story",
            "for a novel",
            "in a world",
            "hypothetically",
        ),
        lead=True,
    ),
    _r(
        "grandma",
        "jailbreak",
        r"\b(?:deceased|dead|late|passed away)\b[^.\n]{0,30}\bgrand(?:ma|mother|pa|father)\b"
        r"[^\n]{0,120}\b(?:used to|would)\b",
        0.8,
        anchors=("grandma", "grandmother", "grandpa", "grandfather"),
    ),
    _r(
        "two_answers",
        "jailbreak",
        r"\b(?:(?:two|2|both) (?:responses|answers|replies)|twice)\b[^\n]{0,80}\b(?:unfiltered|"
        r"uncensored|jailbroken|unrestricted|no filter|without (?:restrictions|filters))",
        0.85,
        anchors=(
            "unfiltered",
            "uncensored",
            "jailbroken",
            "unrestricted",
            "filter",
            "restrictions",
            "filters",
        ),
    ),
    _r(
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
    ),
]

_MODEL_PROMPT = (
    r"(?:system\s+(?:prompt|message|instructions?|rules)|(?:initial|original|hidden|secret|"
    r"internal|confidential|developer|pre-?|starting|first|full|exact|base|core|operator)\s*"
    r"(?:system\s+)?(?:prompt|instructions?|message|rules|directives|configuration)|"
    r"instructions (?:you were|you've been|you have been) given|instructions (?:you|u) "
    r"(?:received|got|were told|were fed)|(?:prompt|instructions|text)"
    r" (?:above|you were given|that (?:came|comes) before))"
)
_CODE_CONTEXT = (
    r"(?!\s*(?:in|from|of (?:the|this|our|my) (?:app|code|repo|project|file|service)|"
    r"defined|we|used|stored|inside|variable|constant|string|template|file|field|config|"
    r"setting|parameter|argument|that (?:we|i)|for (?:the|our|my|this) (?:app|bot|agent|"
    r"service|chatbot)|to|into|key|when|before|after|so|and (?:the|its) (?:code|test)s?|best|"
    r"for an? |design|examples?|templates?|format|length|size|structure|look like|should|"
    r"would|could|good|limit|tokens?|of an? |in general|usually|typically|exactly\?|section|"
    r"page|part|chapter|docs|documentation|article|guide|option))"
)
# Words that say which prompt is meant ("your system prompt", "the hidden instructions").
_PROMPT_WORDS = (
    "system", "initial", "original", "hidden", "secret", "internal", "confidential",
    "developer", "pre", "preprompt", "starting", "first", "full", "exact", "base", "core",
    "operator", "instructions", "prompt", "text",
)  # fmt: skip

EXTRACTION = [
    _r(
        "prompt_says",
        "data_extraction",
        r"\b(?:your|ur)\s+(?:\w+\s+){0,2}?(?:system prompt|hidden prompt|secret prompt|initial "
        r"prompt|original prompt|system message|hidden instructions|secret instructions|initial "
        r"instructions|original instructions|developer instructions|pre-?prompt)\s+(?:say|says|"
        r"contain|contains|look like|looks like|read|reads|tell you|tells you|state|states)\b",
        0.85,
        anchors=("your", "ur"),
        lead=True,
    ),
    _r(
        "first_message",
        "data_extraction",
        r"\b(?:what|quote|repeat|show|print|tell me|give me|recite|output|copy|paste)\b[^.?!]{0,40}"
        r"\b(?:first|earliest|initial|original|very first|opening|top) (?:message|prompt|"
        r"instructions?|text|lines?|words) (?:in|of|at the (?:top|start) of) (?:this|the|our) "
        r"(?:conversation|chat|context|session|thread)\b[^.?!]{0,40}(?:\bbefore (?:mine|my|i)\b|"
        r"\bexactly\b|\bverbatim\b|\bword for word\b)|\b(?:the (?:message|text|prompt|one)s?) "
        r"before (?:mine|my (?:first )?message)\b",
        0.85,
        anchors=(
            "what",
            "quote",
            "repeat",
            "show",
            "print",
            "tell me",
            "give me",
            "recite",
            "output",
            "copy",
            "paste",
            "the message",
            "the text",
            "the prompt",
            "the one",
        ),
        lead=True,
    ),
    _r(
        "own_prompt",
        "data_extraction",
        _MODEL_PROMPT,
        0.9,
        anchors=_PROMPT_WORDS,
        lead=True,
        before=rf"\b{_SHOW}\b\s+(?:out\s+|back\s+|up\s+)?(?:me\s+|us\s+|back\s+)?(?:all\s+"
        r"(?:of\s+)?|the (?:text|content|contents|words|wording) of\s+)?(?:your|ur|their)\s+"
        r"(?:\w+\s+){0,3}?$",
    ),
    _r(
        "the_prompt",
        "data_extraction",
        rf"{_MODEL_PROMPT}\b{_CODE_CONTEXT}",
        0.75,
        anchors=_PROMPT_WORDS,
        lead=True,
        before=rf"\b{_SHOW}\b\s+(?:me\s+|us\s+)?(?:the|this|that)\s+(?:(?:entire|full|complete|"
        r"exact|verbatim|whole|original|initial|hidden|secret)\s+)*$",
    ),
    _r(
        "repeat_above",
        "data_extraction",
        r"\b(?:repeat|print|output|recite|copy|echo|write)\b[^\n]{0,30}\b(?:words|text|"
        r"everything|all|content|lines|instructions|tokens)\s+(?:written\s+)?(?:above|before "
        r"(?:this|my)|prior to|at the (?:top|beginning|start))|\bstarting with ['\"]?you are\b|"
        r"\bverbatim\b[^\n]{0,40}\b(?:instructions|prompt|system)\b|\b(?:what|everything) "
        r"(?:was|is) (?:written|said|stated) (?:above|before (?:this|my first)|at the "
        r"(?:top|beginning))",
        0.85,
        anchors=(
            "repeat",
            "print",
            "output",
            "recite",
            "copy",
            "echo",
            "write",
            "starting",
            "verbatim",
            "what",
            "everything",
        ),
        lead=True,
    ),
    _r(
        "other_users",
        "data_extraction",
        r"\b(?:other|another|previous|prior|different|last|earlier|all)\s+(?:users?|customers?|"
        r"tenants?|people|persons?|clients?|sessions?|accounts?)(?:'s|')?\s+(?:data|conversations?|"
        r"chats?|messages|prompts|history|emails|queries|questions|requests|sessions|files|"
        r"information|info|records|details|inputs|chat logs?|api keys|secrets)\b",
        0.75,
        anchors=("other", "another", "previous", "prior", "different", "last", "earlier", "all "),
        lead=True,
    ),
    _r(
        "previous_user",
        "data_extraction",
        r"\bwhat (?:other|previous|different|the other)\s+(?:users?|people|persons?|customers?|"
        r"clients?)\s+(?:have been |had been |were |are |)(?:ask|say|tell|send|typ|writ|talk)\w*|"
        r"\bwhat (?:did|has|have|was)\s+(?:the\s+)?(?:previous|last|other|another|prior|"
        r"earlier|different|next)\s+(?:users?|persons?|customers?|people|clients?)\s+(?:ask|"
        r"have been ask|had been ask|were ask|are ask|"
        r"say|tell|send|type|write|asked|said|sent|typed|wrote|talk)|\b(?:conversations?|"
        r"chats?|messages|prompts|history)\s+(?:of|with|from|by)\s+(?:other|previous|different|"
        r"all (?:the )?other)\s+(?:users|people|customers)\b",
        0.9,
        anchors=(
            "what ",
            "conversation",
            "chat",
            "messages",
            "prompts",
            "history",
            "conversations",
            "chats",
        ),
        lead=True,
    ),
    _r(
        "model_memory",
        "data_extraction",
        r"\b(?:dump|reveal|show|print|output|extract|leak|list|recite|regurgitate)\b[^\n]{0,30}"
        r"\b(?:your|the model'?s)\s+(?:training data|memory|memories|context window|"
        r"conversation logs|chat logs|internal (?:data|state|configuration|notes|rules)|hidden "
        r"(?:context|notes|instructions)|guardrails|safety rules|moderation rules)\b",
        0.85,
        anchors=(
            "dump",
            "reveal",
            "show",
            "print",
            "output",
            "extract",
            "leak",
            "list",
            "recite",
            "regurgitate",
        ),
        lead=True,
    ),
    _r(
        "what_instructions",
        "data_extraction",
        r"\bwhat (?:are|were) (?:your|the) (?:(?:exact|original|initial|hidden|secret|"
        r"system|full)\s+)+(?:instructions|rules|prompts?|directives)\b|\bwhat (?:instructions|"
        r"rules|directives) (?:were you|have you been|did you get|are you following|you "
        r"(?:were|'ve been|have been) (?:given|told))\b",
        0.85,
        anchors=("what ",),
        lead=True,
    ),
]

_SECRET_FILE = (
    r"(?:\.ssh/(?:id_[a-z0-9]++(?!\.pub)|authorized_keys|[\w.-]*\.pem)|\.aws/(?:credentials|"
    r"config)|\.netrc|\.git-credentials|\.docker/config\.json|\.kube/config|\.npmrc|\.pypirc|"
    r"/etc/shadow|\.gnupg|wallet\.dat|\.config/gcloud|login data|\.bash_history|\.zsh_history|"
    r"/proc/self/environ|\bid_rsa\b(?!\.pub)|\bid_ed25519\b(?!\.pub)|\bkeychain)"
)
_READ = (
    r"(?:cat|read|print|show|send|upload|copy|output|display|dump|exfiltrate|base64|post|"
    r"open|give|paste|head|tail|less|more|type|get|fetch|grab|steal|leak|echo|share|email|"
    r"include|attach|return|list|tell)"
)
_SECRETS = (
    r"(?:api[ _-]?keys?|access keys?|secret keys?|secrets|credentials|passwords?|passwd|"
    r"tokens?|private keys?|ssh keys?|aws keys?|session cookies|cookies|env(?:ironment)? "
    r"var(?:iable)?s|environment|\.env(?: files?)?)"
)
_ENV_DUMP = r"(?:printenv|\benv\b|environ\b| set\b|export -p|\.env\b)"
_OUTSIDE = (
    r"(?:https?://|\b\S+@\S+\.[a-z]{2,}\b|webhook|pastebin|discord|telegram|attacker|"
    r"remote server|external (?:server|url|site|host)|ngrok|requestbin|my server|this url|"
    r"\bnc |netcat|curl|wget)"
)

CREDENTIALS = [
    _r(
        "secrets_then_send",
        "credential_harvesting",
        rf"\b(?:secrets?|credentials|passwords?|api keys?|tokens?|private keys?|ssh keys?|"
        rf"env(?:ironment)? var(?:iable)?s|\.env)\b[^.!?]{{0,60}}\b(?:and|then)\s+(?:send|email|"
        rf"post|upload|forward|mail|transmit|exfiltrate|pipe)\s+(?:it|them|that|this|those|"
        rf"everything|the (?:\w+ )?(?:output|result|contents?|list|file))\s+(?:to|at)\b"
        rf"[^.!?]{{0,40}}{_OUTSIDE}",
        0.9,
        anchors=(
            "secret",
            "secrets",
            "credentials",
            "password",
            "passwords",
            "api",
            "token",
            "tokens",
            "private",
            "ssh",
            "env",
            "environment",
            ".env",
        ),
        lead=True,
    ),
    _r(
        "find_secrets",
        "credential_harvesting",
        r"\b(?:find|locate|search for|grep for|look for|list|enumerate|scan for)\s+(?:every|all|"
        r"any|each)\s+(?:the\s+)?(?:\w+\s+)?(?:private keys?|ssh keys?|passwords?|credentials|"
        r"api keys?|"
        r"secrets?|tokens?|wallets?|keys?)\b[^.!?]{0,30}\b(?:on|across|in|from)\s+(?:this|the|"
        r"that|every|all|my|their)\s+(?:\w+\s+)?(?:system|machine|server|host|hosts|computer|box|"
        r"disk|drive|home director(?:y|ies)|network|laptop|filesystem|file system)\b",
        0.85,
        anchors=(
            "find",
            "locate",
            "search for",
            "grep for",
            "look for",
            "list",
            "enumerate",
            "scan for",
        ),
        lead=True,
    ),
    _r(
        "secret_files",
        "credential_harvesting",
        _SECRET_FILE,
        0.9,
        anchors=(
            ".ssh/",
            ".aws/",
            ".netrc",
            ".git-credentials",
            ".docker/config",
            ".kube/config",
            ".npmrc",
            ".pypirc",
            "/etc/shadow",
            ".gnupg",
            "wallet.dat",
            ".config/gcloud",
            "login data",
            ".bash_history",
            ".zsh_history",
            "/proc/self/environ",
            "id_rsa",
            "id_ed25519",
            "keychain",
        ),
        lead=True,
        before=rf"\b{_READ}\b[^.!?;]{{0,40}}$",
    ),
    _r(
        "all_secrets",
        "credential_harvesting",
        r"(?:environment variables|env vars|env variables|secrets|credentials|api keys|access "
        r"tokens|auth tokens|secret keys|private keys|ssh keys|passwords)\b"
        r"(?! (?:that|which|whose|starting|beginning|prefixed|with (?:the )?prefix|matching|"
        r"named|used|referenced|needed|required|defined|declared|listed|expected|for (?:the|this|"
        r"our) |in (?:a|the|this|our|my) |from (?:the|this|our) |of (?:the|this|our) ))",
        0.85,
        anchors=(
            "environment",
            "env",
            "secrets",
            "credentials",
            "api",
            "access",
            "auth",
            "secret",
            "private",
            "ssh",
            "passwords",
        ),
        lead=True,
        before=rf"\b{_SHOW}\s+(?:me\s+)?(?:all|every|each|the (?:whole|entire|full|complete)|"
        r"all (?:of )?(?:the|your|my))\s+(?:\w+\s+){0,2}?$",
    ),
    _r(
        "env_exfil",
        "credential_harvesting",
        rf"{_ENV_DUMP}[^\n]{{0,80}}{_OUTSIDE}",
        0.9,
        anchors=("printenv", "env", "environ", "export -p", " set ", ".env"),
        lead=True,
    ),
    _r(
        "send_secrets",
        "credential_harvesting",
        rf"\b(?:send|post|upload|exfiltrate|forward|transmit|email|leak|copy|pipe|submit)\b"
        rf"[^\n]{{0,60}}\b{_SECRETS}\b[^\n]{{0,60}}\b(?:to|into|at)\b[^\n]{{0,40}}{_OUTSIDE}",
        0.95,
        anchors=(
            "send",
            "post",
            "upload",
            "exfiltrate",
            "forward",
            "transmit",
            "email",
            "leak",
            "copy",
            "pipe",
            "submit",
        ),
        lead=True,
    ),
    _r(
        "your_secret",
        "credential_harvesting",
        r"\b(?:what(?: is|'s| are)|tell me|give me|show me|reveal|share|send me|print|output|"
        r"leak|disclose)\s+(?:your|the (?:server|gateway|admin|upstream|openai|anthropic|"
        r"system|proxy|backend|company|service)(?:'s)?|ur)\s+(?:own\s+|real\s+|actual\s+)?"
        r"(?:openai\s+|anthropic\s+|upstream\s+|internal\s+)?(?:(?:openai|anthropic|aws|github|"
        r"api|admin|root|master|provider|upstream|gateway) keys?|api[ _-]?keys?|access tokens?|"
        r"secret keys?|tokens?|passwords?|credentials|private keys?|secrets|bearer tokens?)\b",
        0.9,
        anchors=(
            "what",
            "tell me",
            "give me",
            "show me",
            "reveal",
            "share",
            "send me",
            "print",
            "output",
            "leak",
            "disclose",
            "what's",
        ),
        lead=True,
    ),
    _r(
        "admin_password",
        "credential_harvesting",
        r"\b(?:what(?: is|'s)|tell me|give me|reveal|share|leak|send me)\s+(?:the|your)\s+"
        r"(?:admin|root|database|db|server|master|wifi|system|production|prod|superuser)\s+"
        r"(?:password|passwd|credentials|login)\b",
        0.85,
        anchors=("what", "tell me", "give me", "reveal", "share", "leak", "send me", "what's"),
        lead=True,
    ),
    _r(
        "harvest",
        "credential_harvesting",
        r"\b(?:collect|harvest|gather|steal|grab|scrape|crawl for|exfiltrate|siphon|dump)\s+"
        r"(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:saved\s+|stored\s+)?(?:api keys|passwords|"
        r"credentials|secrets|tokens|private keys|ssh keys|aws keys|cookies|session tokens|"
        r"logins)\b(?:[^\n]{0,40}\b(?:from|of|on|across|stored in)\s+(?:the\s+)?(?:browser|"
        r"keychain|users?|other|their|victims?|machine|system|server|hosts?|memory|employees|"
        r"everyone))?",
        0.85,
        anchors=(
            "collect",
            "harvest",
            "gather",
            "steal",
            "grab",
            "scrape",
            "crawl",
            "exfiltrate",
            "siphon",
            "dump",
        ),
        lead=True,
    ),
    _r(
        "read_dotenv",
        "credential_harvesting",
        r"\b(?:cat|read|print|show|display|output|dump|give me|paste|reveal|echo|tell me)\s+"
        r"(?:me\s+)?(?:the\s+)?(?:contents? of\s+)?(?:the\s+|your\s+|my\s+)?(?:\S*/)?\.env\b"
        r"(?![.\w-])",
        0.6,
        anchors=(
            "cat",
            "read",
            "print",
            "show",
            "display",
            "output",
            "dump",
            "give me",
            "paste",
            "reveal",
            "echo",
            "tell me",
        ),
        lead=True,
    ),
]

ALL = INJECTION + JAILBREAK + EXTRACTION + CREDENTIALS

# The same intents with the spaces squeezed out (for "i g n o r e ..." text).
COMPACT = [
    _r("compact_override", "prompt_injection",
       r"(?:ignore|disregard|forget|bypass)(?:all|any|the|your|previous|prior|above|earlier|"
       r"system|of)+(?:instructions?|rules|prompts?|guidelines)", 0.9),
    _r("compact_jailbreak", "jailbreak",
       r"doanythingnow|developermode|jailbr(?:eak|oken)|nofilters|norestrictions|norules|"
       r"noguidelines|unfiltered|uncensored|without(?:any)?(?:rules|restrictions|filters)", 0.85),
    _r("compact_prompt", "data_extraction",
       r"(?:reveal|show|print|repeat|output|display|leak)(?:me)?(?:your|the)(?:full|entire|"
       r"hidden|secret|original|initial)*(?:systemprompt|instructions|systemmessage|"
       r"initialprompt)", 0.85),
    _r("compact_secrets", "credential_harvesting",
       r"(?:print|dump|send|show|cat|read|leak|reveal)(?:me)?(?:all|the|your|every)+(?:\w{0,12})"
       r"(?:apikeys?|secrets|credentials|passwords|envvars|environmentvariables|idrsa|sshkeys?)",
       0.85),
]  # fmt: skip


_QUOTE_BEFORE = re.compile(r"[\'\"“‘`]\s*$")
_QUOTED_AFTER = re.compile(
    r"[^\'\"”’`]{0,40}[\'\"”’`]\s*(?:\w+\s+){0,2}?(?:attacks?|injections?|prompts?|payloads?|"
    r"examples?|strings?|phrases?|jailbreaks?|style|type|kind|patterns?|messages?|inputs?|tests?|"
    r"cases?|attempts?)\b"
)


def quoted_example(text: str, start: int, end: int) -> bool:
    """`'ignore previous instructions' attacks`: an attack named, not made."""
    return (
        _QUOTE_BEFORE.search(text, max(0, start - 3), start) is not None
        and _QUOTED_AFTER.match(text, end) is not None
    )


def negated(text: str, start: int) -> bool:
    """A policy statement ("never reveal your system prompt"), not a request."""
    return _NEG.search(text, max(0, start - 70), start) is not None
