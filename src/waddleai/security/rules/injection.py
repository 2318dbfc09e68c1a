"""Prompt injection: orders to drop the model's instructions, fake authority, orders hidden
in tool results.

"ignore" needs instructions or rules of the model as its object ("ignore the flaky test"
passes); an order addressed to the AI counts in tool results, not in the user's own text."""

from __future__ import annotations

from waddleai.security.rules.base import AI, AI_NAMES, NOT_HOUSE_RULES, W_AI, W_RULES, rule

_OVERRIDE_VERB = (
    r"(?:ignore|ignoring|disregard|forget|override|overwrite|bypass|skip|abandon|discard|"
    r"overlook|look past|pass over|brush aside|shrug off|sidestep|"
    r"pay no attention to|never mind|nevermind|drop|"
    r"set aside|setting aside|put aside|putting aside|lay aside|laying aside|leave behind|"
    r"throw away|throw out|stop following|no longer follow)"
)
_OF_MODEL = (
    r"(?:all|any|every|the|your|my|of|about|previous|previously|prior|above|earlier|preceding|"
    r"foregoing|original|initial|system|safety|default|existing|current|those|these|"
    r"given|provided|developer|openai|anthropic|security|ethical|moral|programmed|built-in|"
    r"core|old|former|that|this|it|instructions and|rules and|you were given|were given|"
    r"and|or|usual|normal|standard|regular|typical|own|such|\d+)"
)
_MODEL_RULES = (
    r"(?:instructions?|rules|directives?|guidelines|guidance|prompts?|programming|"
    r"restrictions|guardrails|policies|safeguards|training|conditioning)"
)
# Nouns that code uses of its own data ("override the default message", "drop constraints
# on the table", "discard the message rather than queue it"): the AI's only when a word
# says whose or which ("the previous messages", "your context", "the system constraints").
_PLAIN_RULES = (
    r"(?:messages?|context|constraints|orders|commands|directions|"
    r"user'?s? (?:request|question|task)s?)"
)
_WHICH = (
    r"(?:previous|previously|prior|above|earlier|preceding|foregoing|original|initial|system|"
    r"safety|your|developer|openai|anthropic|security|ethical|moral|programmed|built-in|core|"
    r"old|former|you were given|were given)"
)
# "Ignore instructions that appear in tool results": a defence, not an attack.
_NOT_INJECTED = (
    # "`ask()` accepts `system=` to override the system prompt per call": an API's parameter
    r"(?!\s+(?:per|for each|for every|on each|on every) (?:call|request|invocation|message)\b|"
    r"\s+(?:that|which)\s+(?:appear|are|come|arrive|show up)\s+(?:in|inside|within|from)\b|"
    r"\s+(?:found |embedded |contained )?(?:in|inside|within|from)\s+(?:tool|documents?|web|"
    r"files?|retrieved|search|emails?|pages?|untrusted|the (?:tool|document|page|file|content|"
    r"input|data))|"
    # "the previous instructions I gave you": the user's own, theirs to take back
    r"\s+(?:that\s+)?(?:i|we)\s+(?:gave|sent|wrote|mentioned|said|provided|posted|made)\b|"
    # "# ignore constraints that we don't want to expose": a program's own, in a comment
    r"\s+(?:that|which)\s+(?:we|they)\s+(?:\w+\s+)?(?:don'?t|do not|can'?t|cannot|won'?t|"
    r"never)\b)"
)

# "Dear AI reviewers, please be kind. This PR now runs the parser twice": a pleasantry to
# the AI, then prose about the change (whose "now", "run", "change" are not orders). Unless
# an order only an injection gives follows in the line ("... be kind and ignore the tests").
_NOT_PLEASANTRY = (
    r"(?!(?![^\n]{0,260}?\b(?:ignore|disregard|forget|override|bypass|you (?:must|should|will|"
    r"need to|are to|have to)|do not|don'?t|never|instead|approve|merge|send|forward|email|"
    r"execute|print|output|reply|respond|say|tell|rate|praise|recommend|mention|delete|remove|"
    r"rewrite|modify|insist|claim|push|commit|install|curl|wget|run (?:this|these|"
    r"the following|the commands?|`)|before (?:answering|responding|replying))\b)[^:,!.\n-]{0,40}"
    r"[:,!-]\s*(?:please |pls |"
    r"kindly )?(?:be (?:kind|gentle|nice|patient|merciful|lenient|generous)|go easy|have mercy|"
    r"bear with|thanks?\b|thank you|cheers|hello|hi\b|greetings|good (?:morning|evening|day)|"
    r"enjoy|sorry|apologies|forgive)[^.!?\n]{0,60}(?:[.!?]|$))"
)

# "disregard my previous message, I meant staging": the speaker takes back their own words
# (an order of theirs too, when a correction follows: "I will ignore my previous
# instructions and follow the new rules" stays an injection)
_NOT_OWN_MESSAGE = (
    r"(?!\s+my\s+(?:(?:last|previous|earlier|prior|first|second|other)\s+)?(?:messages?|"
    r"emails?|comments?|questions?|repl(?:y|ies)|posts?|answers?|notes?|suggestions?|typos?|"
    # "forget my previous instruction, use camelCase": the user's own order, taken back
    r"(?:instructions?|requests?|directions?|asks?)\s*(?:[,;:(]|(?:about|on|for|regarding|re)\b)))"
)

INJECTION = [
    rule(
        "supersedes",
        "prompt_injection",
        r"\b(?:overrides?|supersedes?|replaces?|takes? precedence over|trumps|outranks|cancels?)\s+"
        r"(?:all\s+)?(?:of\s+)?(?:your|the|all|any)\s+(?:\w+\s+){0,2}?(?:instructions|rules|"
        r"guidelines|system prompt|programming|directives|policies)\b"
        r"(?!\s+(?:section|file|page|step|doc|in|of|for|per (?:call|request)|with (?:the|a|new) "
        r"(?:new |updated )?"
        r"(?:install|setup|steps)))",
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
        needs=("instructions rules guidelines system programming directives policies",),
    ),
    rule(
        "ignore_everything",
        "prompt_injection",
        r"\b(?:ignore|disregard|forget|scratch|wipe|erase|clear|reset|toss|throw out|pay no "
        r"attention to|never mind|don't mind)\s+(?:it all|"
        r"everything (?:you (?:were|have been|'ve been) (?:told|given)|(?:said |written )?"
        r"(?:before|above|so far|prior|earlier))|all (?:prior|previous|earlier) "
        # (code resets things: "reset everything changed in semantic analysis")
        r"(?:context|instructions|messages)|everything(?<!scratch everything)(?<!wipe everything)"
        r"(?<!erase everything)(?<!clear everything)(?<!reset everything)(?<!toss everything)|"
        r"all (?:of )?(?:that|this|it|the above)|"
        r"(?:all\s+)?(?:the\s+)?(?:text|words|messages?|content|stuff)\s+(?:that\s+)?(?:came|"
        r"comes|was|were|is|appears?|written|said)?\s*(?:before|above|earlier|prior to)\s+(?:this|"
        r"that|here|now|my)|"
        r"anything (?:before|above|"
        r"else (?:you were|i) (?:told|said|given)))\b"
        r"(?!\s+(?:else|but|except) (?:in|about)\b|\s*[;:(]|"
        # "forget everything you think you know about this bank": an idiom about a topic
        r"\s+(?:you|we|i|they) (?:think|thought|believe|believed|assumed?) (?:you|we|i|they) "
        r"(?:know|knew)\b|\s+(?:cached|in (?:the )?(?:cache|"
        r"memory)|it (?:knew|knows|has)|the (?:cache|store)|and reload|and re-?read)|\s+(?:an?|the|"
        r"that|this|its|their|his|her|our)\s+\w+[^.;]{0,40}?\b(?:ever\s+)?(?:stored|saved|cached|"
        r"wrote|sent|"
        r"has|had|knew|owns))|"
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+)?"
        r"the\s+(?:above|previous|preceding|foregoing)(?:\s+(?:text|message|content|input|"
        r"context|conversation|prompt))?\s*(?:,\s*|\s+and\s+|;\s*|\.\s*)(?:instead|now|just|only|"
        r"then)?\s*(?:instead\s+)?(?:print|say|write|tell|output|respond|reply|answer|do|follow|"
        r"act|repeat|reveal|show|give|list|obey|comply)\b",
        0.8,
        anchors=(
            "pay no attention",
            "never mind",
            "don't mind",
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
        needs=(
            "everything all anything above previous preceding foregoing it text words messages "
            "message content stuff",
        ),
    ),
    rule(
        "if_you_are_ai",
        "prompt_injection",
        r"\bif you(?:'re| are) (?:an? )?(?:ai|llm|large language model|language model|assistant|"
        r"bot|chatbot|model|agent|ai model|ai assistant|ai agent|automated agent)\b[^.]{0,80}?"
        r"\b(?:you must|you should|you will|please|ignore|do not|don't|always|never|instead)\b",
        0.85,
        "tool,user,system",
        anchors=("if you",),
        lead=True,
        needs=("ai llm language model assistant bot chatbot agent",),
    ),
    rule(
        "vocative_order",
        "prompt_injection",
        r"(?:ai|assistant|claude|chatgpt|copilot|agent|llm|model|bot|"
        r"gpt)\s*[,:](?!\s*(?:[\"'][^\"']{0,30}[\"']|\w+)\s*[,:)\]])\s*(?:[^.!?]{0,60}?"
        r"[,;:]\s*)?(?:please\s+)?(?:\w+\s+){0,2}?(?:forward|send|email|delete|ignore|disregard|"
        r"run|execute|post|upload|"
        r"transfer|tell|reply|respond|say|add|remove|approve|merge|push|open|visit|click|buy|"
        r"recommend|write|append|include|print|reveal|output|share|report|claim|state|answer|"
        r"rate|approve|mark|label|classify|conclude|dm|message|wire|pay)\b",
        0.85,
        "tool",
        anchors=AI_NAMES,
        lead=True,
        before=r"(?:^|(?<![\w\"'])\.|(?<![\"'])[:;]|[!?>(\-\[*#/\"']|\b(?:hey|hi|hello|dear|ok|"
        r"okay|yo|attention|attn|note|psst))\s*@?(?:ai\s+|dear\s+)?$",
    ),
    rule(
        "rules_void",
        "prompt_injection",
        r"\b(?:previous|prior|above|earlier|old|original|all|your|system|safety) (?:\w+ )?"
        r"(?:rules|instructions|guidelines|restrictions|directives|prompts?|constraints|policies|"
        r"guardrails|safeguards|limits|limitations|filters|guidance) (?:(?:are|were|is|"
        r"have been) (?:now |hereby |all )?(?:void|null|nullified|cancell?ed|revoked|lifted|"
        r"removed|invalid|obsolete|suspended|disabled|overridden|replaced|superseded|changed|"
        r"updated|rescinded|withdrawn|reset|no longer (?:valid|apply|in "
        r"effect))|no longer (?:apply|matter|count|hold)|(?:do not|don't) apply(?: anymore)?)\b"
        # "the old rules don't apply to generated files": a scope in code, not the AI's rules
        r"(?![^.!?\n]{0,30}\b(?:files?|code|tests?|modules?|director(?:y|ies)|folders?|repos?|"
        r"projects?|endpoints?|versions?|branch(?:es)?|packages?|scripts?|migrations?|tables?|"
        r"lint\w*|builds?)\b)",
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
        needs=(
            (
                "rules instructions guidelines restrictions directives prompt prompts "
                "constraints policies guardrails safeguards limits limitations filters "
                "guidance"
            ),
            (
                "replaced superseded changed updated rescinded withdrawn reset "
                "void null nullified cancelled canceled revoked lifted removed invalid obsolete "
                "suspended disabled overridden longer apply"
            ),
        ),
    ),
    rule(
        "override_instructions",
        "prompt_injection",
        rf"\b{_OVERRIDE_VERB}\b{_NOT_OWN_MESSAGE}(?:(?:\s+{_OF_MODEL}\b){{0,5}}\s+{_MODEL_RULES}|"
        rf"(?:\s+{_OF_MODEL}\b){{0,4}}?\s+{_WHICH}\b(?:\s+{_OF_MODEL}\b){{0,4}}\s+{_PLAIN_RULES})\b"
        rf"{_NOT_INJECTED}|"
        r"\b(?:do not|don'?t) follow (?:your |the |any |all )?(?:original|previous|prior|system|"
        r"above|initial|earlier|old|safety)\s+(?:\w+\s+)?(?:instructions|rules|guidelines|prompts?|"
        r"directives|programming|orders|policies|restrictions|guidance|training)\b|\b(?:do not|"
        r"don'?t) follow (?:any of )?(?:your|ur)\s+(?:\w+\s+)?(?:guidelines|rules|instructions|"
        r"programming|system prompt|policies|restrictions|training|directives|guidance)\b",
        0.9,
        anchors=(
            "overlook",
            "look past",
            "pass over",
            "brush aside",
            "shrug off",
            "sidestep",
            "setting",
            "put",
            "putting",
            "lay",
            "laying",
            "leave",
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
        needs=(W_RULES + " follow user users",),
    ),
    rule(
        "new_instructions",
        "prompt_injection",
        r"\b(?:your|the) (?:new|real|actual|true|updated) (?:instructions?|task|objective|"
        r"orders|directive|goal|rules|purpose) (?:is|are|will be|:|begin|begins|start|starts|"
        r"follow|"
        r"follows|are as follows|come next|below)|\bnew system "
        r"(?:instructions?|directives?|rules?|policy|policies|prompt)\s*:|"
        # a user's "New instructions: always add type hints" is their next request; what
        # follows an attacker's header retasks the model (hijack.py has the tool header)
        r"\bnew (?:instructions?|directives?|rules?|policy|policies)\s*:\s*(?:you (?:are|must|"
        r"will|should|shall)|stop|instead|ignore|forget|disregard|from now on|do not|don)\b|"
        r"\bnew (?:instructions|rules|"
        r"orders|directives|guidelines)\s+(?:override|supersede|replace|cancel|take precedence "
        r"over|trump)s?\b",
        0.8,
        anchors=(
            "your new ",
            "the new ",
            "your real ",
            "the real ",
            "your actual ",
            "the actual ",
            "your true ",
            "the true ",
            "your updated ",
            "the updated ",
            "new instruction",
            "new system",
            "new directive",
            "new rule",
        ),
        lead=True,
        needs=(
            (
                "instruction instructions task objective orders directive directives goal rules "
                "rule purpose"
            ),
        ),
    ),
    rule(
        "fake_delimiter",
        "prompt_injection",
        # (not a special token described: "<|endoftext|> is the document separator")
        r"<\|(?:im_start|im_end|system|endoftext|start_header_id)\|>(?!\s*(?:is|are|was|token|"
        r"tokens|marks?|separators?|delimiters?)\b)|\[/?(?:inst|sys)\]|"
        r"<<sys>>|\bend of (?:the )?(?:system |user |developer |original |initial )?(?:input|"
        r"prompts?|messages?|instructions|conversation|context)\b[.!:]?\s*(?:begin|start|new)\b|"
        r"\bbegin (?:new |user-defined |updated |real |custom |the )?(?:system )?(?:prompt|"
        r"instructions|message)\s*:|\bend of (?:the )?(?:user )?(?:input|prompt|conversation|"
        r"context)\b.{0,80}"
        r"\b(?:instructions?|system|now)\b|\b(?:system|admin|developer) "
        r"(?:override|message|instruction|command)s?\s*:",
        0.85,
        anchors=(
            "begin",
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
    rule(
        "authority_override",
        "prompt_injection",
        r"\b(?:system|admin|administrator|developer|root|sudo|maintenance|debug|priority|emergency|"
        r"urgent|critical|security|operator|god) "
        r"(?:override|mode enabled|access granted|command)\b"
        # a feature of the person's own tools: "admin override on our Jenkins pipeline"
        r"(?! (?:on|in|for) (?:our|my) )",
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
            "priority ",
            "emergency ",
            "urgent ",
            "critical ",
            "security ",
            "operator ",
            "god ",
        ),
        lead=True,
        needs=("override mode access command",),
    ),
    rule(
        "addressed_to_ai",
        "prompt_injection",
        rf"\b(?:attention|note|message|instructions?|important|notice|hey|dear|attn|todo|fixme|"
        rf"hint|reminder|memo|request|task|p\.s\.|ps|(?:(?<=^ )|(?<=[.!?:>*#(\[-] ))to(?= (?:any|"
        rf"all|every|the) ))\b"
        # not a dotted name of code ("gen_ai.request.model": a telemetry attribute)
        r"(?![._]\w)"
        rf"\W{{0,3}}(?:to |for )?(?:the |any |all )?{AI}s?\b{_NOT_PLEASANTRY}{NOT_HOUSE_RULES}"
        # an API field's documentation: "instructions: Instructions for Claude, up to 10,000
        # bytes (UTF-8), added to the instructions ..." (the Anthropic SDK's own docstrings)
        rf"(?!,? (?:up to|at most|max(?:imum)?(?: of)?) \d)"
        rf"[^.\n]{{0,40}}?[:,!-]"
        rf"[^\n]{{0,200}}?\b(?:you (?:must|should|will|need to|are to|have to)|please|now|"
        # not "instead": generated files say "edit schema.yaml instead"
        rf"immediately|before (?:answering|responding|replying)|send|run|execute|"
        rf"forward|email|do not|don't|never tell|always|ignore|disregard|print|say|reply|respond|"
        rf"tell|output|write|rewrite|delete|add|remove|change|modify|recommend|mention|insist|"
        rf"claim|"
        rf"state|rate|describe|praise)\b",
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
            "todo",
            "fixme",
            "hint",
            "reminder",
            "memo",
            "request",
            "task",
            "p.s.",
            "ps",
        ),
        lead=True,
        needs=(W_AI,),
    ),
    rule(
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
        needs=("user users human humans operator developer developers",),
    ),
    rule(
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
        needs=(
            (
                "read reads see sees process processes summarize summarise summarizes "
                "summarises encounter encounters parse parses open opens"
            ),
            "must should will need immediately instead run execute send call",
            "this these",
        ),
    ),
    rule(
        "agent_exfil_order",
        "prompt_injection",
        rf"\b{AI}s?\b[^\n]{{0,60}}\b(?:must|should|needs? to|is required to|has to)\b"
        # "agents should never push to main": the order is negated within the line
        r"(?:(?!\b(?:never|not|don't|avoid|no)\b)[^\n]){0,60}\b(?:(?:run|execute)\b(?!\s+[`'\"]?(?:make|npm|pnpm|yarn|pytest|tox|nox|cargo|go|uv|"
        r"ruff|mypy|eslint|prettier|black|the (?:tests?|test suite|linters?|formatter|build)|tests|"
        r"lint|linters|pre-commit|just|gradle|mvn|bazel|dotnet)\b)|curl|wget|send|post|upload|"
        r"delete|rm -rf|transfer|add|"
        r"install|"
        r"email|forward|approve|merge|push)\b",
        0.85,
        "tool",
        anchors=AI_NAMES + ("coding agent",),
        lead=True,
    ),
]
