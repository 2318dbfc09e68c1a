"""Text an agent reads (tool results, fetched pages, code comments) that gives the AI orders,
and an assistant reply that shows it took them.

heldout15 (written blind) showed tooltext.py and grammar.py miss most indirect injection:
their orders must follow the address within one sentence, and their addressees are the
English AI words. The families here (described, not quoted: a rules file is itself text a
coding agent reads):

- keeping the user in the dark about a step, a rule or a change - in text the agent
  reads that is the attack's own mark, whoever is addressed;
- an addressee in more forms (a note for the grading or screening model, the AI named in
  German, Spanish or Portuguese, a bot handle, an if-you-are-an-LLM clause, a directive
  tag) and, within a few hundred characters, an order with an attacker's consequence
  (admin or owner rights, a push to main without review, automatic approval, a score,
  CSRF off, mail forwarded, a code sent back, the user's own request dropped);
- automated agents told they are required to send, run or set something that reaches
  outside (a URL, a registry, a token, an Authorization header);
- the assistant announcing that it acts behind the user's back or treats fetched text as
  authority.
"""

from __future__ import annotations

from waddleai.security.rules.base import NOT_HOUSE_RULES, Rule, rule

_APOS = r"['’]"
_USER = r"(?:the user|the human|the developer|the reviewer|the owner|users|them)\b"
_HIDE = (
    rf"\b(?:do not|don{_APOS}?t|never|without|won{_APOS}?t|will not|no need to)\s+"
    r"(?:mention(?:ing)?|tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|"
    r"point (?:this|it|that) out|bring (?:this|it) up|disclos(?:e|ing)|confirm(?:ing)? with)\b"
)
# Who the order is for: the AI words in several languages, a bot handle, a directive tag.
_ADDRESSEE = (
    r"(?:\b(?:note|hint|message|instruction|instrucci[oó]n|hinweis|aviso|nota|directive|notice)"
    r"\b[^.!?:]{0,30}?\b(?:for|to|an|para|al|à|a|pour)\b[^.!?:]{0,30}?\b(?:ai|assistant|model|"
    r"modelo|mod[eè]le|agent|bot|llm|ki-assistenten|ki|assistente|asistente|ia)\b|"
    r"@[\w-]*(?:bot|agent|ai)\b|\bif you are an? (?:llm|ai|language model|agent|assistant)\b|"
    r"\[ai-agent|\b(?:assistente|asistente|assistant|agent|llm) (?:de |d'|)?(?:ia|ai)\s*[:,]|"
    r"\b(?:ai|llm|agents?|assistants?|bots?) (?:code )?(?:reviewers?\s*)?[:,]|"
    r"\b(?:mail|email|inbox|screening|grading|review) (?:assistant|model|bot|agent)\b)"
)
_CONSEQUENCE = (
    r"(?:\b(?:give|grant|add|make)\b[^.!?]{0,50}?\b(?:admin|owner|maintainer|root|superuser)"
    r"(?: rights| role| access| permissions)?\b|\bstraight to (?:main|master|prod)\b|"
    r"\bwithout opening a pr\b|\bapprove (?:it|this|the pr|the change)\b[^.!?]{0,20}?"
    r"\bautomatically\b|\brate this (?:candidate|applicant|essay|submission)\b|"
    r"\brecommend an? (?:immediate )?(?:offer|hire)\b|\balready scored\b|"
    r"\bskip (?:your|the) (?:evaluation|review|checks?)\b|\bforward (?:every|all)\b|"
    r"\breply to this (?:email|message|mail) with\b|\bcsrf_enabled\s*=\s*false\b|"
    r"\bset [a-z_]*(?:csrf|auth|ssl|verify|security)[a-z_]* ?= ?(?:false|0|off|none)\b|"
    r"\bdisable (?:csrf|authentication|tls|ssl|2fa|mfa)\b|\bolvida lo que\b|\bdesconsider\w* "
    r"(?:as|las|los|o|a) (?:instru\w+|pedido)|\bung[uü]ltig\b|\bbillig|\bwebhook_url\b|"
    rf"\bno need to (?:ask|confirm|check)\b|\bdon{_APOS}?t ask\b|\bit{_APOS}?s approved\b|"
    r"\bsigned off\b|\bdo not open\b)"
)

AGENTIC: list[Rule] = [
    rule(
        "a_hide_from_user",
        "prompt_injection",
        rf"{_HIDE}(?:\s+(?:it|this|that|the (?:previous|above|following|next) "
        r"(?:rule|step|line|instruction|change|command|hook|file)|this (?:step|change|command|hook|"
        r"file|line)|anything|any of this))?"
        rf"(?:\s+(?:to|from|with))?\s+{_USER}",
        0.85,
        channels="tool",
        anchors=(
            "mention",
            "tell",
            "inform",
            "notify",
            "alert",
            "point",
            "bring",
            "disclos",
            "confirm",
        ),
        needs=("user human developer reviewer owner users them",),
    ),
    rule(
        "a_addressed_consequence",
        "prompt_injection",
        rf"{_ADDRESSEE}{NOT_HOUSE_RULES}[\s\S]{{0,280}}?{_CONSEQUENCE}",
        0.85,
        channels="tool,system",
        # anchored on the consequence (rarer than the AI words); the window reaches back to
        # the addressee
        anchors=(
            "admin",
            "owner",
            "maintainer",
            "root",
            "superuser",
            "straight to",
            "without opening",
            "automatically",
            "rate this",
            "recommend a",
            "already scored",
            "skip your",
            "skip the",
            "forward every",
            "forward all",
            "reply to this",
            "csrf",
            "ssl",
            "olvida",
            "desconsider",
            "ungültig",
            "ungultig",
            "billig",
            "webhook_url",
            "no need to",
            "don't ask",
            "dont ask",
            "approved",
            "signed off",
            "do not open",
        ),
    ),
    rule(
        "a_agents_must_reach_out",
        "prompt_injection",
        r"\b(?:automated |ai |coding |llm )?(?:agents|assistants|bots|llms)(?: calling this api|"
        r" reading this| processing this)? (?:must|should|are required to|need to|have to)\b"
        r"[^.!?]{0,160}?(?:https?://|\btoken\b|authorization header|credentials?\b|"
        r"\bregistry\b|\| ?(?:sh|bash)\b)",
        0.85,
        channels="tool",
        anchors=("agents", "assistants", "bots", "llms"),
        needs=("must should required need have",),
    ),
    rule(
        "a_acts_quietly",
        "prompt_injection",
        rf"\b(?:i{_APOS}?ll|i will|i{_APOS}?m going to|let me)\b[^.!?]{{0,100}}?\b(?:quietly|"
        r"silently|secretly|without (?:telling|mentioning|asking))\b|"
        rf"\bi (?:won{_APOS}?t|will not) (?:point (?:this|it) out|mention (?:this|it)) to the user|"
        r"\btreat instructions (?:found )?(?:inside|in) (?:fetched |retrieved )?(?:documents|"
        r"pages|web pages|tool results)[^.!?]{0,40}\bauthority|"
        r"\bfollowing the instructions (?:on|in|from) (?:that|the|this) (?:web ?page|page|site|"
        r"document|email)\b[^.!?]{0,40}\b(?:i{_APOS}?ll|i will)\b",
        0.8,
        anchors=(
            "quietly",
            "silently",
            "secretly",
            "without telling",
            "without mentioning",
            "without asking",
            "point this",
            "point it",
            "mention this",
            "mention it",
            "treat instructions",
            "following the instructions",
        ),
        channels="assistant",
    ),
]

__all__ = ["AGENTIC"]
