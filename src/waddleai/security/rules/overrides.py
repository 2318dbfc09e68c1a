"""Prompt injection phrased the many ways the classic "ignore previous instructions" is.

injection.py knows the verb-first form with a fixed verb list; these rules judge the same
intent in any order and wording: the model's instructions are the target (its own, by
"your", by "you were given", by "previous/system/original"), and the sentence voids them
("...are fake; disregard them", "treat them as void", "stop obeying", "pay no heed to").
An edit of a document's instructions ("replace the instructions section of the README")
has no such owner and passes. Also: orders to act on a decoded or concatenated payload
(payload splitting), and orders addressed to whatever AI reads a document.
"""

from __future__ import annotations

from waddleai.security.rules.base import AI, AI_NAMES, NOT_HOUSE_RULES, W_AI, W_RULES, W_VOID, rule

# What the model was told, by any name.
_RULES = (
    r"(?:instructions?|rules|guidelines|guidance|directives?|directions|orders|commands|"
    r"constraints|restrictions|programming|system prompt|system message|prompt|policies|"
    r"guardrails|training|configuration|setup|brief|briefing)"
)
# "...you were given / told / configured with": the instructions are the model's.
_GIVEN = (
    r"\s+(?:that\s+|which\s+)?(?:you|u)(?:'ve|'re|'d)?\s+(?:(?:were|was|have been|had been|are|"
    r"been|have|had)\s+(?:\w+\s+){0,2}?(?:given|handed|told|taught|fed|sent|configured|set up|"
    r"programmed|trained|provided|issued|loaded|initiali[sz]ed|instructed|shown|assigned|"
    r"following|working under|operating under)|got|received|had|have|follow|obey|saw|read|"
    r"started with|came with|run on|operate under|work under)\b"
)
_RULE_WORDS = ("instruction", "instructions", "rules", "guidelines", "guidance", "directive",
               "directives", "directions", "orders", "commands", "constraints", "restrictions",
               "programming", "system", "prompt", "policies", "guardrails", "training",
               "configuration", "setup", "brief", "briefing")  # fmt: skip
_VOID = (
    r"(?:(?:have|has)\s+(?:now\s+|just\s+)?(?:been\s+)?(?:changed|updated|modified|replaced|"
    r"rewritten|reset|revoked|removed|lifted|cancell?ed|overridden|suspended|expired)|"
    r"(?:are|were|is|was|as)\s+(?:now\s+|hereby\s+|all\s+|just\s+|only\s+)?(?:void|fake|"
    r"false|a test|a lie|lies|a trick|not real|fictional|made up|revoked|cancell?ed|null|"
    r"nullified|obsolete|outdated|expired|irrelevant|meaningless|invalid|over|lifted|"
    r"suspended|overridden|superseded|replaced|deprecated|no longer (?:valid|active|in "
    r"(?:effect|force))|not (?:binding|important|to be followed))|no longer (?:matter|apply|"
    r"count|hold|bind you)|(?:don't|do not|doesn't|does not|didn't|won't) (?:matter|apply|count|"
    r"hold)(?: anymore)?|(?:drop|"
    r"ignore|forget|disregard|discard|delete|erase|scrap|ditch|toss|skip|abandon|override|"
    r"bypass) (?:them|it|those|these|that)\b|(?:treat|consider|regard) (?:them|it|those|"
    r"these) as (?:void|null|invalid|irrelevant|fake|cancell?ed|optional|suggestions?))"
)
# Verbs that void a target only when it is clearly the model's own.
# Verbs that are everyday edits too ("delete the old rules from the firewall config"): the
# target must be the model's ("your ...") or its previous/system instructions, not in a file.
_WEAK = (
    r"(?:erase|delete|wipe|clear|cancel|scrap|ditch|toss|throw|dismiss|neglect|drop|remove|"
    r"purge|void|nullify|revoke|suspend|get rid of|let go of|move past)"
)
_DROP = (
    r"(?:(?:stop|quit) paying (?:any )?(?:attention|heed|mind) to|(?:don't|do not|dont|no longer|"
    r"never) (?:have|need) to (?:follow|obey|respect|adhere to|"
    r"listen to|stick to|abide by)|no more (?:following|obeying|listening to|adhering to|"
    r"respecting)|stop (?:obeying|"
    r"following|listening to|adhering to|"
    r"applying|respecting|honou?ring)|no longer (?:obey|follow|listen to|adhere to|respect|"
    r"apply)|(?:do not|don't|dont|never) (?:obey|listen to|adhere to|comply with|abide by|"
    r"respect|heed)|pay no (?:heed|mind|attention) to|take no notice of|turn your back on|"
    r"break (?:free )?(?:from|of)|free yourself (?:from|of))"
)
_MINE = (
    r"(?:(?:all\s+(?:of\s+)?)?(?:your|ur)\s+(?:[\w-]+\s+){0,2}?|(?:all\s+|any\s+)?(?:of\s+)?"
    r"(?:the\s+)?(?:previous|prior|earlier|above|preceding|original|initial|system|old|former|"
    r"developer'?s?|operator'?s?|openai'?s?|anthropic'?s?|safety)\s+(?:[\w-]+\s+){0,1}?)"
)
_FROM_MIND = r"(?!\s+(?:in|from|on|of|for)\s+(?!(?:your\s+)?(?:memory|mind|context|head)\b))"
_NOT_DOC = (
    r"(?!\s+(?:in|from|of|for|on)\s+(?:the\s+|this\s+|our\s+|my\s+|a\s+)?(?:readme|docs?|"
    r"documentation|file|page|section|wiki|ticket|issue|pr|form|\S+\.\w{1,4}\b)|\s+(?:section|"
    r"file|page|step|doc|table|list|queue))"
)

OVERRIDES = [
    rule(
        "your_rules_void",
        "prompt_injection",
        rf"\b(?:your|ur|its)\s+(?:[\w-]+\s+){{0,2}}?{_RULES}\b(?:{_GIVEN})?[^.!?\n]{{0,40}}?"
        rf"(?:[?,;:.!-]\s*(?:and\s+|so\s+|just\s+|now\s+|please\s+)?)?(?:\w+\s+){{0,2}}?{_VOID}",
        0.85,
        anchors=("your", "ur", "its"),  # rarer in code than the rule words
        lead=True,
        needs=(
            "your ur its",
            W_VOID,
        ),
    ),
    rule(
        "given_rules_void",
        "prompt_injection",
        rf"\b{_RULES}{_GIVEN}[^.!?\n]{{0,40}}?(?:[?,;:.!-]\s*(?:and\s+|so\s+|just\s+|now\s+|"
        rf"please\s+)?)?(?:\w+\s+){{0,2}}?{_VOID}",
        0.85,
        anchors=_RULE_WORDS,
        lead=True,
        before=r"\b(?:the|those|these|all|any|whatever|every|all the|any of the)\s+"
        r"(?:[\w-]+\s+){0,2}?$",
        needs=(W_VOID, "you u"),
    ),
    rule(
        "told_you_void",
        "prompt_injection",
        r"\b(?:what|whatever|everything|anything)\s+(?:your|the)\s+(?:developers?|creators?|"
        r"makers?|operators?|owners?|trainers?|admins?|company|openai|anthropic)\s+(?:told|taught|"
        rf"instructed|said to|programmed|gave)\s+(?:you|u)\b[^.!?\n]{{0,40}}?{_VOID}|"
        r"\b(?:everything|anything|all|whatever|what)\s+(?:that\s+)?(?:you|u)\s+(?:were|have been|"
        r"'ve been|got|had been)\s+(?:told|instructed|given|taught|programmed|shown)\b"
        rf"[^.!?\n]{{0,40}}?{_VOID}|\b(?:everything|all|anything|whatever)\s+(?:written\s+|said\s+|"
        r"stated\s+|you read\s+)?(?:before|above|prior to)\s+(?:this|that|here|my)\s*(?:\w+\s+)?"
        rf"{_VOID}",
        0.85,
        anchors=("what", "whatever", "everything", "anything", "all"),
        lead=True,
        needs=(
            W_VOID,
            "told taught instructed said programmed gave given shown before above prior",
        ),
    ),
    rule(
        "drop_model_rules",
        "prompt_injection",
        rf"\b{_DROP}\s+{_MINE}{_RULES}\b{_NOT_DOC}|\b{_DROP}\s+(?:all\s+(?:of\s+)?)?(?:the\s+|"
        rf"any\s+)?"
        rf"{_RULES}(?:{_GIVEN}|\s+(?:that\s+)?(?:your|the)\s+(?:\w+\s+)?(?:operators?|developers?|"
        r"creators?|admins?|makers?|owners?|company|openai|anthropic|system)\s+(?:set|gave|wrote|"
        r"imposed|defined|put|added|specified|configured)\b)",
        0.85,
        anchors=(
            "no more",
            "stop",
            "no longer",
            "do not",
            "don't",
            "dont",
            "never",
            "pay no",
            "take no",
            "turn your",
            "break",
            "free yourself",
        ),  # fmt: skip
        lead=True,
        needs=(W_RULES,),
    ),
    rule(
        "erase_model_rules",
        "prompt_injection",
        rf"\b{_WEAK}\s+(?:all\s+(?:of\s+)?)?(?:your|ur)\s+(?:[\w-]+\s+){{0,2}}?{_RULES}\b"
        rf"{_FROM_MIND}{_NOT_DOC}|\b{_WEAK}\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:previous|prior|"
        r"above|earlier|preceding|original|initial|system)\s+(?:system\s+)?(?:instructions|"
        rf"prompts?|directives|guidelines|rules)\b(?!\s+(?:in|from|on|of|for)\b){_NOT_DOC}",
        0.85,
        anchors=(
            "erase",
            "delete",
            "wipe",
            "clear",
            "cancel",
            "scrap",
            "ditch",
            "toss",
            "throw",
            "dismiss",
            "neglect",
            "drop",
            "remove",
            "purge",
            "void",
            "nullify",
            "revoke",
            "suspend",
            "get rid",
            "let go",
            "move past",
        ),  # fmt: skip
        lead=True,
        needs=(W_RULES, "your ur previous prior above earlier preceding original initial system"),
    ),
    rule(
        "told_you_ignore",
        "prompt_injection",
        r"\b(?:ignore|disregard|forget|override|bypass|skip|drop|discard|never mind|don't listen "
        r"to|do not listen to|stop listening to|pay no attention to)\s+(?:whatever|what|everything|"
        r"anything|all)\s+(?:(?:your|the)\s+)?(?:developers?|creators?|makers?|operators?|"
        r"owners?|trainers?|admins?|company|openai|anthropic|system|they|anyone|others?|"
        r"somebody|someone)\s+(?:(?:has|have|had)\s+)?(?:told|taught|instructed|said|programmed|"
        r"asked|gave)\b",
        0.85,
        anchors=(
            "ignore",
            "disregard",
            "forget",
            "override",
            "bypass",
            "skip",
            "drop",
            "discard",
            "never mind",
            "don't listen",
            "do not listen",
            "stop listening",
            "pay no",
        ),  # fmt: skip
        lead=True,
        needs=("told taught instructed said programmed asked gave",),
    ),
    rule(
        "obey_payload",
        "prompt_injection",
        r"\b(?:decode|decrypt|decipher|unscramble|reverse|rot13|de-?obfuscate|base64[- ]decode|"
        r"concatenate|combine|join|merge|put together|assemble|glue)\b[^.!?\n]{0,80}?\b(?:and|"
        r"then|,)\s+(?:then\s+)?(?:follow|execute|obey|perform|carry out|act on|comply with|"
        r"run|do)\s+(?:it|them|that|the (?:instructions?|commands?|orders?|text|message|result|"
        r"request|task)|what(?:ever)? it says|as (?:your|an?) (?:new )?instructions?)\b|"
        r"\b(?:execute|run|follow|obey|perform|eval(?:uate)?)\s+[a-z]\w{0,12}\s*\+\s*(?:['\"][^'\"]{0,4}"
        r"['\"]\s*\+\s*)?[a-z]\w{0,12}\b|"
        r"\b(?:do|follow|execute|obey|perform|answer) (?:what(?:ever)?|the instructions?) "
        r"(?:[a-z]\w{0,3} ?\+ ?[a-z]\w{0,3}|the (?:combined|concatenated|joined|resulting|"
        r"decoded|assembled|reversed) (?:\w+ )?(?:string|text|message|words|sentence|"
        r"instructions?))\b|\b(?:execute|follow|obey|treat) the (?:result|output|string|"
        r"combination) as (?:your |an? )?(?:new )?(?:instructions?|orders|commands?|prompt)\b",
        0.85,
        anchors=(
            "decode",
            "decrypt",
            "decipher",
            "unscramble",
            "reverse",
            "rot13",
            "deobfuscate",
            "de-obfuscate",
            "base64",
            "concatenate",
            "combine",
            "join",
            "merge",
            "put together",
            "assemble",
            "glue",
            "do ",
            "follow",
            "execute",
            "obey",
            "perform",
            "answer",
            "treat",
        ),  # fmt: skip
        lead=True,
        needs=("follow execute obey perform carry act comply run do says say answer treat",),
    ),
    rule(
        "reader_order",
        "prompt_injection",
        rf"\b{AI}s?\s+(?:that\s+is\s+|who\s+is\s+|"
        r"which\s+is\s+|that\s+are\s+|is\s+|are\s+)?(?:reading|processing|summari[sz]ing|"
        r"parsing|analy[sz]ing|reviewing|evaluating|scanning|screening|ingesting|crawling|"
        r"indexing|grading|ranking|sees?|reads?|process(?:es)?|summari[sz]es?)\s+(?:this|these|"
        rf"the following|my|our)\b{NOT_HOUSE_RULES}[^\n]{{0,120}}?\b(?:must|should|shall|will|"
        r"needs? to|has to|"
        r"have to|is (?:instructed|required|asked) to|are (?:instructed|required|asked) to|"
        r"please|ignore|disregard|instead|always|never|do not|don't)\b",
        0.85,
        "tool,user,system",
        anchors=AI_NAMES,
        lead=True,
        needs=(
            (
                "reading processing summarizing summarising parsing analyzing analysing "
                "reviewing evaluating scanning screening ingesting crawling indexing "
                "grading ranking see sees read reads process processes summarizes "
                "summarises"
            ),
            "this these following my our",
        ),
    ),
]

OVERRIDES += [
    rule(
        "treat_as_optional",
        "prompt_injection",
        r"\b(?:treat|consider|regard|see|view|handle)\s+(?:everything\s+in\s+|all\s+of\s+|the\s+"
        rf"contents?\s+of\s+|anything\s+in\s+)?(?:your|ur|its|"
        rf"the)\s+(?:[\w-]+\s+){{0,2}}?{_RULES}\s+"
        r"as\s+(?:a\s+|mere\s+|just\s+|only\s+)*(?:suggestions?|optional|void|null|irrelevant|fake|"
        r"guidance you (?:can|may) (?:skip|ignore)|recommendations?|a joke|noise|untrusted|invalid|"
        r"outdated|obsolete|non-binding|not binding)",
        0.85,
        anchors=("treat", "consider", "regard", "see", "view", "handle"),
        lead=True,
        needs=(W_RULES,),
    ),
    rule(
        "lines_for_the_ai",
        "prompt_injection",
        r"\b(?:the\s+)?(?:following|these|next|below|above|hidden)\s+(?:instructions?|text|message|"
        r"lines?|section|note|commands?|paragraph|content|directions)\s+(?:is|are)\s+(?:meant\s+|"
        rf"intended\s+|written\s+|addressed\s+)?(?:only\s+)?(?:for|to)\s+(?:the\s+|any\s+|an?\s+|"
        rf"all\s+)?{AI}s?\b",
        0.85,
        anchors=("following", "these", "next", "below", "above", "hidden"),
        lead=True,
        needs=(W_AI,),
    ),
]

OVERRIDES += [
    rule(
        "updating_your_rules",
        "prompt_injection",
        r"\b(?:i'm|i am|im|we're|we are|i have|i've|we have|we've)\s+(?:now\s+|just\s+|hereby\s+)?"
        r"(?:updating|updated|changing|changed|revising|revised|lifting|lifted|removing|removed|"
        r"disabling|disabled|suspending|suspended|relaxing|relaxed|waiving|waived|replacing|"
        r"replaced|overriding|overridden|rewriting|rewritten|resetting|reset|unlocking|unlocked)\s+"
        r"(?:all\s+)?(?:of\s+)?(?:your|ur)\s+(?:\w+\s+)?(?:polic(?:y|ies)|rules|guidelines|"
        r"restrictions|instructions|filters|safety|guardrails|limits|limitations|programming|"
        r"settings|directives|constraints|system prompt|prompt)\b",
        0.85,
        anchors=("i'm", "i am", "im", "we're", "we are", "i have", "i've", "we have", "we've"),
        lead=True,
        needs=("your ur",),
    ),
    rule(
        "json_system_role",
        "prompt_injection",
        r"[\"']role[\"']\s*:\s*[\"'](?:system|developer)[\"'][^}]{0,300}?(?:no restrictions|ignore|"
        r"must obey|obey the user|unrestricted|disregard|override|jailbr|no rules|no limits|"
        r"without "
        r"(?:any )?(?:restrictions|rules|limits|filters)|do anything|never refuse)",
        0.85,
        "user,tool",
        anchors=("role",),
        needs=("system developer",),
    ),
    rule(
        "chat_turn_system",
        "prompt_injection",
        r"\b(?:user|human|assistant|ai|bot)\s*:[^\n]{0,200}?\bsystem\s*:\s*[^\n]{0,120}?(?:\bnew "
        r"(?:policy|policies|rules?|instructions?|guidelines|mode|objective)\b|\bignore\b|"
        r"\bdisregard\b|\bno (?:restrictions|rules|limits)\b|\bunrestricted\b|"
        r"\banswer everything\b|"
        r"\bcomply\b|\bobey\b)",
        0.85,
        "user,tool",
        anchors=("user", "human", "assistant", "ai", "bot"),
        lead=True,
        needs=("system",),
    ),
]

OVERRIDES += [
    rule(
        "ai_told_to_deceive",
        "prompt_injection",
        rf"\b{AI}s?\b[^.\n]{{0,40}}\b(?:must|should|shall|need to|needs to|has to|have to|are "
        r"required to|is required to|are to|is to|are instructed to|"
        r"is instructed to)\s+(?:always\s+|"
        r"also\s+|now\s+|first\s+)?(?:tell|inform|convince|assure|persuade|advise|"
        r"warn)\s+(?:the\s+)?"
        r"(?:users?|customers?|readers?|visitors?|people|everyone|them|buyers?|clients?)\b|"
        rf"\b{AI}s?\b[^.\n]{{0,40}}\b(?:must|should|shall|need to|needs to|has to|have to|are "
        r"required to|is required to|are to|is to|are instructed to|"
        r"is instructed to)\s+(?:always\s+|"
        r"also\s+)?(?:rate|score|rank|grade|approve|accept|recommend|hire|select|prefer|favou?r|"
        r"praise|endorse)\s+(?:this|it|the|our|my|us|him|her|them|me)\b",
        0.85,
        "tool,system",
        anchors=AI_NAMES,
        lead=True,
        needs=("must should shall need needs has have required are is instructed",),
    ),
    rule(
        "orders_from_me",
        "prompt_injection",
        r"\b(?:your|ur)\s+(?:new\s+|only\s+|real\s+)?(?:instructions|orders|commands|directives|"
        r"rules)\s+(?:now\s+)?(?:come|comes|will come)\s+(?:only\s+)?from\s+me\b|"
        r"\byou\s+(?:now\s+)?"
        r"(?:only\s+)?(?:take|follow|obey|answer to|listen to)\s+(?:orders|instructions|"
        r"commands)\s+"
        r"(?:only\s+)?from\s+me\b",
        0.85,
        anchors=("your", "ur", "you"),
        lead=True,
        needs=("me",),
    ),
    rule(
        "consider_void",
        "prompt_injection",
        r"\b(?:consider|treat|regard|deem|mark)\s+(?:all\s+)?(?:the\s+)?(?:previous|prior|earlier|"
        r"above|preceding|original|system|your)\s+(?:\w+\s+)?(?:messages?|instructions|rules|"
        r"guidelines|prompts?|directives|context)\s+(?:as\s+)?(?:void|null|invalid|cancell?ed|"
        r"deleted|"
        r"erased|irrelevant|obsolete|fake|gone|forgotten)\b|\breset\s+(?:yourself|your (?:memory|"
        r"instructions|rules|programming|guidelines|system prompt))\b(?!\s+(?:for|before|after)\b)",
        0.8,
        anchors=("consider", "treat", "regard", "deem", "mark", "reset"),
        lead=True,
    ),
]

OVERRIDES += [
    rule(
        "outranks_prompt",
        "prompt_injection",
        r"(?:priority|precedence|authority)\s+(?:than|over)\s+(?:your|the|all|any)\s+(?:\w+\s+)?"
        r"(?:system prompt|instructions|rules|guidelines|programming|directives|developers?|prompt|"
        r"policies)\b",
        0.85,
        anchors=("priority", "precedence", "authority"),
        lead=True,
        before=r"\b(?:has|have|takes?|with|carries|carry|given|gets?)\s+(?:a\s+)?(?:higher|top|absolute|"
        r"highest|greater|more)\s+$",
    ),
    rule(
        "nothing_counts",
        "prompt_injection",
        r"\bnothing\s+(?:that\s+)?(?:you|u)\s+(?:were|have been|'ve been|got|had been)\s+(?:told|"
        r"given|"
        r"instructed|taught)\b[^.!?]{0,30}\b(?:counts?|matters?|applies|apply|holds?|is valid|is "
        r"binding)\b",
        0.85,
        anchors=("nothing",),
        lead=True,
    ),
    rule(
        "mine_not_theirs",
        "prompt_injection",
        r"instructions?\b[^.]{0,20}?,?\s*not\s+(?:the\s+ones|those|yours|the instructions|your "
        r"(?:\w+ )?instructions)\s+(?:from|of|given by|by)\s+(?:your|the)\s+(?:developers?|"
        r"creators?|"
        r"operators?|system|company|openai|anthropic)\b",
        0.85,
        anchors=("instruction", "instructions"),
        lead=True,
        before=r"\b(?:my|these)\s+$",
    ),
]

OVERRIDES += [
    rule(
        "programmed_stop",
        "prompt_injection",
        r"\b(?:whatever|everything|anything|all)\s+(?:that\s+)?(?:you|u)\s+(?:were|have been|"
        r"'ve been|"
        r"are)\s+(?:programmed|told|instructed|trained|configured|designed|built|set up)\s+(?:to\s+"
        r"(?:do|say|follow))?[^.!?]{0,10}?[,;:]?\s*(?:stop|forget it|ignore it|drop it|scrap it|"
        r"never mind)\b",
        0.85,
        anchors=("whatever", "everything", "anything", "all"),
        lead=True,
        needs=(
            "stop forget ignore drop scrap never",
            "programmed told instructed trained configured designed built set",
        ),
    ),
    rule(
        "mine_above_yours",
        "prompt_injection",
        r"\b(?:prioriti[sz]e|put|place|rank|value|favou?r|follow|obey)\s+(?:my|the user's|these|"
        r"this "
        r"user's)\s+(?:commands|instructions|orders|requests|words|messages)\s+(?:above|over|"
        r"before|"
        r"ahead of|instead of)\s+(?:your|the|all|any)\s+(?:[\w-]+\s+){0,2}?(?:rules|instructions|"
        r"guidelines|system prompt|programming|directives|policies|safety)\b",
        0.85,
        anchors=(
            "prioritize",
            "prioritise",
            "put",
            "place",
            "rank",
            "value",
            "favor",
            "favour",
            "follow",
            "obey",
        ),  # fmt: skip
        lead=True,
        needs=("my user's these", "above over before ahead instead"),
    ),
    rule(
        "follow_mine",
        "prompt_injection",
        r"(?:follow|obey|listen to)\s+(?:mine|my (?:instructions|rules|orders|commands|words)|"
        r"me)\b",
        0.85,
        anchors=("follow", "obey", "listen"),
        lead=True,
        before=r"\b(?:system prompt|instructions|rules|guidelines|programming)\b[^.!?]{0,60}"
        r"\b(?:and|then|,)\s+(?:only\s+)?$",
        needs=("mine my me",),
    ),
]
