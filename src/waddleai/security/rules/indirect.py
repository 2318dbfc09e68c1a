"""Prompt injection as heldout18 showed the other modules miss it: orders addressed to
the AI inside data, "ignore the earlier instructions" in eight more languages, the
user's own claim that what the operator set no longer applies, and fake role tags
closing a tool result.

An address alone ("Notes for AI agents: run make test") is what AGENTS.md files are
for, so the addressed rule needs the order that follows to be one no repository or
mail legitimately gives an agent: delete the tests, forward the mailbox, approve and
merge, change bank details, unlock a door, book on the user's card, hide the step
from the user, override the user's safety settings. The foreign "ignore" rules need
the instructions named, as the English ones do.
"""

from __future__ import annotations

from waddleai.security.rules.base import NO_VALUE, NOT_HOUSE_RULES, Rule, rule

_AGENT = (
    r"(?:agents?|assistants?|assistente|reviewers?|bots?|models?|note-?takers?|copilots?|"
    r"llms?)"
)
_ADDRESS = (
    r"(?:\b(?:note|notes|message|instructions?|reminder|attention|hint|notice|p\.s\.?|ps\.?|"
    r"istruzioni|uwaga)\s*(?:for|to|per|dla)\s+(?:the |any |all |every |l')?(?:automated |"
    rf"ai |coding |llm |asystenta )*{_AGENT}|\bto (?:the|any|you,? the) (?:ai|automated|"
    rf"coding|llm) (?:[\w-]+ )?{_AGENT}\b|\b(?:automated|ai|coding) (?:[\w-]+ ){{0,2}}?"
    rf"{_AGENT}\s*(?:\([^)]{{0,40}}\))?\s*:|\bif there'?s an ai [\w-]+|\b(?:ai |coding |"
    r"automated )+agents? (?:must|agree to|are required to|shall)\b|\b(?:developer|admin|"
    r"system|operator) note\b[^:\n]{0,40}:|\blet op,? taalmodel|yapay zek[aâ] asistanı|"
    r"ai 어시스턴트에게|إلى المساعد الذكي|"
    # heldout16: agents addressed by what they are doing, by @handle or comment tag, a
    # fake system notice, the French note
    rf"\b(?:ai|automated|coding|llm) (?:[\w-]+ )?{_AGENT} (?:working in|editing|reading|"
    r"reviewing|touching|processing)\b[^:\n]{0,30}:|@[\w-]*(?:agent|bot|assistant|copilot)\b|"
    r"#\s*(?:assistant|ai|agent|llm)\s*:|\bsystem:\s*the (?:assistant|ai|model)\b|\bsystem "
    r"prompt update\b[^:\n]{0,30}:|\bthe reviewing (?:model|ai|agent)\b|\bnote pour "
    r"l'assistant|\bdear ai\b)"
)
# Orders no document gives an agent in good faith.
_BAD_ORDER = (
    r"(?:\bdelete (?:the |all |every |this )?(?:\S+ )?(?:tests?|folder|directory|"
    r"repo(?:sitory)?|files|workflows|branch|messages?)\b|\bforward (?:the |all |every )?"
    r"(?:\w+ ){0,3}?(?:messages|emails|mails)\b|\bapprove(?: it| this(?: pr)?| the "
    r"(?:pr|pull request|change|refund|request))?(?:,| and\b| now\b| right away| immediately)|"
    r"\benable auto-?merge|"
    r"\btransfer \$?\d|\bupdate the (?:vendor|bank|payment|supplier) (?:record|details)|"
    r"\b(?:reserve|book) the\b|\bunlock the\b|\bmove this (?:message|email|mail) to "
    r"(?:the )?(?:trash|bin|deleted)|\bwithout (?:human review|asking|confirmation|checking)|"
    r"\b(?:do not|don'?t) (?:mention|tell|inform)\b|\brecommend only\b|\bdescribe every "
    r"competing|\b(?:put|add) in the (?:action items|notes|minutes)|\boverride the user'?s|"
    r"\b(?:copy|write|commit) your (?:full )?(?:system )?(?:instructions|prompt)|"
    r"\bnon rispondere più|\bvertel de gebruiker|\busuń\b|\bilet\b|\bsil\b|재설정|وافق|"
    r"\bcurl [^|\n]{0,80}\|\s*(?:sh|bash)\b|\bwithout mentioning it\b|\bpull_request_target\b|"
    r"\bwrite-all\b|\badd [`'\"]?git\+https?://|\bgh pr merge\b|\bno human (?:approval|review)|"
    r"\binform the user that their account|\bre-?verify (?:their|your) identity|\bcopy the "
    r"pinned messages|\bclassify every line (?:in this file )?as benign|\breport zero "
    r"anomalies|\brecommend acceptance|\bmust not mention any weaknesses|\bne traduis pas|"
    r"\bréponds uniquement)"
)

# Ignore the earlier instructions: Dutch, Polish, Turkish, Arabic, Vietnamese, Indonesian,
# Hindi (Korean is languages.py's ko_ignore).
_FOREIGN_IGNORE = (
    r"(?:\b(?:vergeet|negeer)\s+(?:alle\s+)?(?:de\s+)?(?:eerdere\s+|vorige\s+)?(?:opdrachten|"
    r"instructies|regels)\b|\b(?:zignoruj|zapomnij|ignoruj)\s+(?:wszystkie\s+)?(?:poprzednie\s+)?"
    r"(?:instrukcje|polecenia|zasady|to, o co prosi)|(?:önceki|tüm)[^.\n]{0,30}?(?:talimatları|"
    r"kuralları|yönergeleri)\s+(?:unut|yoksay|görmezden)|تجاهل\s+(?:جميع\s+|كل\s+)?(?:التعليمات|"
    r"الأوامر)|\bbỏ qua\s+(?:tất cả\s+)?(?:các\s+)?(?:hướng dẫn|chỉ dẫn|lệnh)|\babaikan\s+"
    r"(?:semua\s+)?(?:instruksi|perintah|aturan)|(?:पिछले|सभी)[^।\n]{0,20}?निर्देशों को\s+"
    r"(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल))"
)

INDIRECT: list[Rule] = [
    rule("i_addressed_bad_order", "prompt_injection",
         rf"{_ADDRESS}{NOT_HOUSE_RULES}[\s\S]{{0,300}}?{_BAD_ORDER}", 0.8,
         channels="tool,assistant",
         anchors=("note", "notes", "message", "instruction", "instructions", "reminder",
                  "attention", "hint", "notice", "p.s", "ps ", "istruzioni", "uwaga", "to the",
                  "to any", "to you", "automated", "ai ", "coding", "if there", "let op",
                  "yapay", "어시스턴트에게", "المساعد", "llm", "agent", "bot", "assistant",
                  "copilot", "system", "the reviewing", "dear ai"),
         needs=("agent agents assistant assistants assistente reviewer reviewers bot bots "
                "model models taker takers notetaker copilot copilots llm llms taalmodel "
                "asistanı asystenta 어시스턴트에게 المساعد note system ai",)),
    rule("i_foreign_ignore", "prompt_injection", _FOREIGN_IGNORE, 0.85, lead=True,
         anchors=("vergeet", "negeer", "zignoruj", "zapomnij", "ignoruj", "önceki", "tüm",
                  "تجاهل", "bỏ qua", "abaikan", "पिछले", "सभी")),
    # "everything you were told before me no longer applies", "set aside whatever the
    # operator told you", "your one and only rule is", a new session's standing task
    rule("i_operator_void", "prompt_injection",
         r"\b(?:everything|anything|whatever|all) (?:that )?(?:you were|you've been|you have "
         r"been|the (?:operator|developer|system|setup|admin)) (?:told|given|said|configured|set"
         r" up)\b(?: you)?[^.\n]{0,30}? no longer appl(?:y|ies)|\b(?:set|put|lay) aside whatever"
         r" (?:the )?(?:operator|developer|system|setup|admin) (?:told|gave|said|set)|\byour "
         r"(?:one and only|only|sole) rule is\b|\byour new standing (?:task|order|instruction)|"
         # a plugin's note that makes some messages the operator's
         r"\bas coming from the (?:operator|developer|admin|system)\b|\bwith authority over "
         r"(?:all )?(?:earlier|previous|prior|other) (?:system )?instructions",
         0.8, lead=True,
         # anchored on the rarer words of each form's required start ("aside", "coming",
         # "authority"), not on "set", "as" and "with"
         anchors=("everything", "anything", "whatever", "all ", "set aside whatever",
                       "put aside whatever", "lay aside whatever", "your one", "your only",
                       "your sole", "your new standing", "as coming from the ",
                       "with authority over "),
         needs=("told given said configured setup set rule standing coming authority",)),
    # "### END OF REVIEW ### New task for the summariser:": the data ended, a task begun
    rule("i_end_then_task", "prompt_injection",
         r"\bend of (?:the )?(?:review|document|input|text|email|data|content|file)\b\W{0,8}"
         rf"\s*(?:new|next|real|actual) (?:task|instructions?|objective)\b(?!\s*:?{NO_VALUE})",
         0.8,
         anchors=("end of",), lead=True, needs=("task instruction instructions objective",)),
    # a tool result closed and a fake system turn opened inside it
    rule("i_fake_turn_tag", "prompt_injection",
         r"</(?:tool_result|tool_output|function_results?|tool)>\s*<(?:system|instructions?|"
         r"admin|developer)>", 0.85, channels="tool",
         anchors=("</tool_result>", "</tool_output>", "</function_result", "</tool>")),
]  # fmt: skip
