"""Facts mode: short facts extracted from each turn, retrieved by relevance.

After a turn is stored, the small model (model.py) lists the facts worth remembering in
it, one per line; they are kept per session (at most MAX_FACTS, newest win). A new
request gets the facts most relevant to its message, ranked by BM25 over the session's
facts in Python - the same on SQLite and PostgreSQL, and bounded by MAX_FACTS. Vector
search through an embeddings model is not built (see the README).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

EXTRACT_INSTRUCTION = (
    "You maintain a memory of facts about a user and their conversation. From the "
    "exchange below, list the facts worth remembering later (names, preferences, "
    "decisions, numbers, plans), one short standalone sentence per line, at most 5. "
    "Answer NONE when there is nothing worth remembering."
)
MAX_NEW_FACTS = 5
MAX_FACT_CHARS = 300
TOP_FACTS = 8
_WORD = re.compile(r"[\w-]+", re.UNICODE)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s*")


def exchange_text(user_text: str, answer: str) -> str:
    return f"User: {user_text}\nAssistant: {answer}"


def parse_facts(text: str) -> list[str]:
    """The model's lines as facts: bullets stripped, NONE and blanks dropped, bounded."""
    facts = []
    for line in text.splitlines():
        fact = _BULLET.sub("", line).strip()
        if fact and fact.upper().rstrip(".") != "NONE":
            facts.append(fact[:MAX_FACT_CHARS])
    return facts[:MAX_NEW_FACTS]


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def rank(query: str, facts: Sequence[str], top: int = TOP_FACTS) -> list[str]:
    """The `top` facts most relevant to `query` by BM25 (k1=1.2, b=0.75), best first.

    Facts sharing no word with the query are left out; order among equals is newest
    first (the order `facts` comes in).
    """
    terms = set(words(query))
    if not terms or not facts:
        return []
    docs = [Counter(words(f)) for f in facts]
    avg = sum(sum(d.values()) for d in docs) / len(docs) or 1.0
    df = Counter(t for d in docs for t in terms if t in d)
    scored = []
    for index, doc in enumerate(docs):
        length = sum(doc.values())
        score = 0.0
        for term in terms:
            if term not in doc:
                continue
            idf = math.log(1 + (len(docs) - df[term] + 0.5) / (df[term] + 0.5))
            tf = doc[term]
            score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / avg))
        if score > 0:
            scored.append((-score, index))
    return [facts[i] for _, i in sorted(scored)[:top]]


def facts_note(facts: Sequence[str]) -> str:
    lines = "\n".join(f"- {fact}" for fact in facts)
    return f"Facts remembered from earlier conversations with me:\n{lines}"
