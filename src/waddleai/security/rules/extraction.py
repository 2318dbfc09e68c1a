"""Data extraction: the model's own hidden prompt or instructions, its memory, other users'
data.

"system prompt" needs the model's own ("print the system prompt defined in app.py"
passes)."""

from __future__ import annotations

from waddleai.security.rules.base import (
    EXTRACT,
    NOT_A_FEATURE,
    NOT_STEPS,
    SHOW,
    W_PEOPLE,
    W_PROMPT,
    rule,
)

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
    r"setting|parameter|argument|that (?:we|i)|(?:i|we) (?:should|could|would|can|will|might|"
    r"need to|want to)\b|for (?:the|our|my|this) (?:app|bot|agent|"
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
    rule(
        "prompt_says",
        "data_extraction",
        r"\b(?:your|ur)\s+(?:\w+\s+){0,2}?(?:system prompt|system message|(?:hidden|secret|"
        r"initial|original|developer|internal|system|starting|base|operator|first)\s+(?:prompt|"
        r"instructions|configuration|config|rules|guidelines|directives|setup|message)|"
        r"pre-?prompt)\s+(?:say|says|"
        r"contain|contains|look like|looks like|read|reads|tell you|tells you|state|states)\b",
        0.85,
        anchors=("your", "ur"),
        lead=True,
        needs=("say says contain contains look looks read reads tell tells state states",),
    ),
    rule(
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
        needs=(
            "conversation chat context session thread message messages text prompt one",
            "first earliest initial original opening top",
        ),
    ),
    rule(
        "own_prompt",
        "data_extraction",
        _MODEL_PROMPT,
        0.9,
        anchors=_PROMPT_WORDS,
        lead=True,
        before=rf"\b{SHOW}\b\s+(?:out\s+|back\s+|up\s+)?(?:me\s+|us\s+|back\s+)?(?:all\s+"
        r"(?:of\s+)?|the (?:text|content|contents|words|wording) of\s+)?(?:your|ur|their|its)\s+"
        r"(?:\w+\s+){0,3}?$",
        needs=(W_PROMPT,),
    ),
    rule(
        "the_prompt",
        "data_extraction",
        rf"{_MODEL_PROMPT}\b{_CODE_CONTEXT}",
        0.75,
        anchors=_PROMPT_WORDS,
        lead=True,
        before=rf"\b{SHOW}\b\s+(?:me\s+|us\s+)?(?:the|this|that)\s+(?:(?:entire|full|complete|"
        r"exact|verbatim|whole|original|initial|hidden|secret)\s+)*$",
        needs=(W_PROMPT, "the this that"),
    ),
    rule(
        "repeat_above",
        "data_extraction",
        r"\b(?:repeat|print|output|recite|copy|echo|write)\b[^\n]{0,30}\b(?:words|text|"
        r"everything|all|content|lines|instructions|tokens)\s+(?:written\s+)?(?:above|before "
        r"(?:this|my)|prior to|at the (?:top|beginning|start))|\bstarting with ['\"]?you are\b|"
        # not a defence's words: "filter outputs for long verbatim overlaps with the prompt"
        r"\bverbatim\b(?!\s+(?:overlaps?|match(?:es|ing)?|leaks?)\b)[^\n]{0,40}"
        r"\b(?:instructions|prompt|system)\b|\b(?:what|everything) "
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
        needs=("above before prior top beginning start verbatim you written said stated",),
    ),
    rule(
        "other_users",
        "data_extraction",
        r"\b(?:other|another|previous|prior|different|last|earlier|all)\s+(?:users?|customers?|"
        r"tenants?|people|persons?|clients?|sessions?|accounts?)(?:'s|')?\s+(?:data|conversations?|"
        r"chats?|messages|prompts|history|emails|queries|questions|requests|sessions|files|"
        r"information|info|records|details|inputs|chat logs?|api keys|secrets|chat history|"
        rf"conversation history|transcripts?)\b{NOT_A_FEATURE}",
        0.75,
        anchors=("other", "another", "previous", "prior", "different", "last", "earlier", "all "),
        lead=True,
        needs=(
            (
                "data conversations conversation chats chat messages prompts history "
                "emails queries questions requests sessions files information info "
                "records details inputs logs log keys secrets api prompt message question "
                "request email file query input session transcript transcripts"
            ),
            W_PEOPLE,
        ),
    ),
    rule(
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
        needs=(W_PEOPLE,),
    ),
    rule(
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
        needs=(
            (
                "training memory memories context conversation chat internal hidden guardrails "
                "safety moderation"
            ),
        ),
    ),
    rule(
        "what_instructions",
        "data_extraction",
        r"\bwhat (?:are|were) (?:your|the) (?:(?:exact|original|initial|hidden|secret|"
        r"system|full)\s+)+(?:instructions|rules|prompts?|directives)\b|\bwhat (?:instructions|"
        r"rules|directives) (?:were you|have you been|did you get|are you following|you "
        r"(?:were|'ve been|have been) (?:given|told))\b",
        0.85,
        anchors=("what ",),
        lead=True,
        needs=("instructions rules prompt prompts directives",),
    ),
]

_YOUR_RULES = (
    r"(?:instructions|prompt|system prompt|system message|rules|guidelines|directives|"
    r"configuration|config|preamble|programming|guidance|initial message|first message|"
    r"context|constraints|restrictions|policies|persona|role message|system role|role prompt|"
    r"developer message|system role message|setup prompt|hidden text)"
)
_OTHERS = (
    r"(?:other|another|previous|prior|earlier|past|former|different|last|the other|some other|"
    r"a different|the previous|the last)\s+(?:users?|customers?|clients?|people|persons?|"
    r"visitors?|humans?|tenants?|accounts?|patients?|members?)"
)
_SAID = (
    r"(?:asked|ask|asking|sent|send|sending|said|say|saying|told|tell|wrote|write|writing|"
    r"typed|type|shared|share|submitted|submit|uploaded|upload|talked|talk|discussed|discuss|"
    r"mentioned|mention|requested|request|queried|query)"
)

# The hidden prompt by any verb and any name, and other users' conversations.
EXTRACTION += [
    rule(
        "your_rules_text",
        "data_extraction",
        rf"(?:your|ur)\s+(?:[\w-]+\s+){{0,2}}?{NOT_STEPS}{_YOUR_RULES}"
        r"\b(?!\s+(?:for|on|about|to\s+(?:install|set|run|build|deploy|use|do|make|fix|create|"
        r"configure|get|the team|me\b)|of how|regarding|here|there\b|above|in (?:the|this|our|my) "
        r"(?:readme|docs?|file|repo|pr|ticket|issue|answer|reply|response|message|comment)|"
        r"are (?:clear|good|great|helpful|wrong|unclear|confusing)|were (?:clear|good|great|"
        r"helpful|wrong|unclear|confusing)))",
        0.8,
        anchors=("your", "ur"),
        lead=True,
        before=rf"\b{EXTRACT}\b[^.?!\n]{{0,40}}$",
        needs=(
            (
                "instructions prompt system rules guidelines directives configuration config "
                "preamble programming guidance message context constraints restrictions policies "
                "persona"
            ),
        ),
    ),
    rule(
        "what_were_you_told",
        "data_extraction",
        r"\bwhat (?:rules|instructions|guidelines|guidance|directives|prompts?|orders|"
        r"restrictions|constraints|text|limits|policies)\s+(?:were|have|had|did)\s+(?:you|u)\s+"
        r"(?:been\s+)?(?:given|told|get|got|receive|received|fed|programmed|trained|configured|"
        r"set up|provided|loaded)\b|\bwhat (?:were|have|had|did) (?:you|u) (?:been )?(?:told|"
        r"instructed|programmed|configured|fed)\b(?!\s+to\s+(?:do|fix|change|implement|build|"
        r"write|test|use)\b)|\bwhat (?:are|were) (?:your|ur) (?:\w+ )?(?:instructions|rules|"
        r"guidelines|directives|prompts?|orders|constraints|restrictions)\b(?!\s+(?:for|on|"
        r"about|regarding|to|of how)\b)",
        0.8,
        anchors=("what ",),
        lead=True,
        needs=(
            (
                "rules instructions guidelines guidance directives prompt prompts orders "
                "restrictions constraints text limits policies told instructed programmed "
                "configured fed"
            ),
        ),
    ),
    rule(
        "first_words_of_prompt",
        "data_extraction",
        r"\b(?:first|last|top|opening|initial|beginning)\s+(?:\d+\s+|few\s+|hundred\s+|fifty\s+|"
        r"ten\s+|twenty\s+)?(?:words|lines|sentences|characters|chars|paragraphs|tokens|"
        r"letters)\s+(?:of|in|from)\s+(?:your|ur|the system|this system|the hidden|the initial|"
        r"the original)\s+(?:\w+\s+)?(?:prompt|instructions|context|system message|message|"
        r"configuration|rules)\b",
        0.85,
        anchors=("first", "last", "top", "opening", "initial", "beginning"),
        lead=True,
        needs=(
            "words lines sentences characters chars paragraphs tokens letters",
            "prompt instructions context message configuration rules",
        ),
    ),
    rule(
        "everything_above",
        "data_extraction",
        r"\b(?:everything|all|all (?:of )?the (?:text|words|content|messages)|the (?:text|words|"
        r"content)|whatever|anything)\s+(?:that\s+(?:is|was|appears|came)\s+|written\s+|you (?:can"
        r" )?see\s+|you were given\s+)?(?:above|before|prior to|preceding)\s+(?:this|my|the)\s+"
        r"(?:\w+\s+)?(?:message|prompt|question|request|conversation|chat|point)\b",
        0.8,
        anchors=(
            "everything",
            "all",
            "the text",
            "the words",
            "the content",
            "whatever",
            "anything",
        ),  # fmt: skip
        lead=True,
        before=r"\b(?:put|place|wrap|format|paste|print|repeat|output|copy|show|dump|return|"
        r"include|write out|write|echo|recite|reproduce|quote|render|display|reveal|give me|"
        r"tell me|type|list|send|encode)\b[^.?!\n]{0,30}$",
        needs=(
            "message prompt question request conversation chat point",
            "above before prior preceding",
        ),
    ),
    rule(
        "others_said",
        "data_extraction",
        rf"\b{_OTHERS}\b[^.?!]{{0,40}}?\b{_SAID}\b(?:[^.?!]{{0,20}}?\b(?:you|u|here|"
        r"today|this (?:bot|assistant|chat|model|service))\b)?",
        0.85,
        anchors=(
            "other",
            "another",
            "previous",
            "prior",
            "earlier",
            "past",
            "former",
            "different",
            "last",
            "the other",
            "some other",
            "a different",
        ),  # fmt: skip
        lead=True,
        before=r"\b(?:what|which|who|show|list|tell|give|share|reveal|dump|print|repeat|"
        r"summari[sz]e|display|output|read|quote|copy|paste|forward|send|whom)\b[^.?!]{0,40}$",
        needs=(
            (
                "asked ask asking sent send sending said say saying told tell wrote write "
                "writing typed type shared share submitted submit uploaded upload talked "
                "talk discussed discuss mentioned mention requested request queried query"
            ),
            W_PEOPLE,
        ),
    ),
    rule(
        "talks_with_others",
        "data_extraction",
        r"\b(?:conversations?|chats?|discussions|sessions|talks|interactions|"
        r"exchanges)\s+(?:have\s+|"
        r"did\s+)?(?:you|u)\s+(?:have\s+|had\s+|held\s+|been\s+having\s+)?(?:had\s+)?(?:with|"
        r"for)\s+"
        rf"{_OTHERS}|\b(?:chat|conversation|message|search|prompt|query) (?:history|logs?|"
        rf"transcripts?) (?:of|from|for|with|belonging to) {_OTHERS}|\b(?:the\s+)?(?:users?|"
        r"person|people|customers?|clients?|someone|somebody|anyone|guy|one)\s+(?:who\s+(?:was|"
        rf"were|came)\s+)?(?:here\s+|on\s+)?(?:before|prior to|ahead of)\s+me\b[^.?!]{{0,30}}\b"
        rf"{_SAID}",
        0.85,
        anchors=(
            "conversation",
            "conversations",
            "chat",
            "chats",
            "discussions",
            "sessions",
            "talks",
            "interactions",
            "exchanges",
            "message",
            "search",
            "prompt",
            "query",
            "user",
            "users",
            "person",
            "people",
            "customer",
            "customers",
            "client",
            "clients",
            "someone",
            "somebody",
            "anyone",
        ),  # fmt: skip
        lead=True,
        needs=(
            (
                "conversation conversations chat chats discussions sessions talks "
                "interactions exchanges history logs log transcript transcripts before "
                "prior ahead"
            ),
            W_PEOPLE,
        ),
    ),
]
